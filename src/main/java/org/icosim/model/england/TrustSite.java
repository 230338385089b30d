package org.icosim.model.england;

import java.util.Objects;

/**
 * An acute NHS trust of 2014 at its main site (ODD 7).
 *
 * @param odsCode ODS code, e.g. {@code R1H}
 * @param name    the trust's name
 * @param lat     latitude of its main site's postcode, degrees north (WGS84)
 * @param lon     longitude, degrees east (WGS84)
 */
public record TrustSite(String odsCode, String name, double lat, double lon) implements java.io.Serializable {

    public TrustSite {
        Objects.requireNonNull(odsCode, "odsCode");
        Objects.requireNonNull(name, "name");
        if (odsCode.isBlank()) throw new IllegalArgumentException("trust ODS code is blank");
        if (!(lat >= -90 && lat <= 90) || !(lon >= -180 && lon <= 180)) {
            throw new IllegalArgumentException("trust " + odsCode + ": latitude " + lat + ", longitude " + lon + " out of range");
        }
    }
}
