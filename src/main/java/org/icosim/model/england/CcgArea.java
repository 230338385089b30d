package org.icosim.model.england;

import java.util.Objects;

/**
 * A clinical commissioning group of April 2015 and the sustainability and transformation
 * partnership (STP) most of its practices belonged to in September 2020 (ODD 7: no official 2015
 * lookup exists; for all but 3 CCGs every practice).
 *
 * @param code    CCG code, e.g. {@code 00C}
 * @param name    CCG name, 2015-16
 * @param stpCode the STP's code, e.g. {@code QHM}
 */
public record CcgArea(String code, String name, String stpCode) implements java.io.Serializable {

    public CcgArea {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(stpCode, "stpCode");
        if (code.isBlank()) throw new IllegalArgumentException("CCG code is blank");
        if (stpCode.isBlank()) throw new IllegalArgumentException("CCG " + code + ": STP code is blank");
    }
}
