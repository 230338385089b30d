package org.icosim.model.england;

import java.util.Objects;

/**
 * One GP practice operating on 1 April 2015, as the data give it (ODD 7): its ODS code and name,
 * its CCG of 2015-16, the WGS84 latitude and longitude of its postcode, its contract, and its list
 * and fully qualified GPs in 2015. Only 2015 figures: what became of it later is not here.
 *
 * @param odsCode      ODS code, e.g. {@code A81001}
 * @param name         the practice's name
 * @param ccgCode      its CCG in 2015-16
 * @param lat          latitude, degrees north (WGS84)
 * @param lon          longitude, degrees east (WGS84)
 * @param contractType GMS, PMS or APMS; empty when the data do not say (the model pays every
 *                     contract alike, ODD 8.5; an APMS contract is time-limited, 8.42)
 * @param dispensing   whether it dispenses (kept as an attribute, not used by the model)
 * @param patients     registered patients, 2015 (at least 1)
 * @param gpFte        fully qualified GP FTE, September 2015 census; NaN where the census has none
 * @param gpHeadcount  fully qualified GP head count, September 2015 census; -1 where it has none
 */
public record PracticeSite(String odsCode, String name, String ccgCode, double lat, double lon, String contractType,
        boolean dispensing, int patients, double gpFte, int gpHeadcount) implements java.io.Serializable {

    public PracticeSite {
        Objects.requireNonNull(odsCode, "odsCode");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(ccgCode, "ccgCode");
        Objects.requireNonNull(contractType, "contractType");
        if (odsCode.isBlank()) throw new IllegalArgumentException("practice ODS code is blank");
        if (ccgCode.isBlank()) throw new IllegalArgumentException("practice " + odsCode + ": CCG code is blank");
        if (!(lat >= -90 && lat <= 90) || !(lon >= -180 && lon <= 180)) {
            throw new IllegalArgumentException("practice " + odsCode + ": latitude " + lat + ", longitude " + lon + " out of range");
        }
        if (patients < 1) throw new IllegalArgumentException("practice " + odsCode + ": " + patients + " patients, expected at least 1");
        if (!Double.isNaN(gpFte) && !(gpFte >= 0 && gpFte < 1000)) {
            throw new IllegalArgumentException("practice " + odsCode + ": GP FTE " + gpFte + ", expected NaN or in [0, 1000)");
        }
        if (gpHeadcount < -1) throw new IllegalArgumentException("practice " + odsCode + ": GP head count " + gpHeadcount);
    }

    /** Whether the census counted any fully qualified GP at the practice. */
    public boolean hasCensusGps() {
        return gpHeadcount > 0;
    }
}
