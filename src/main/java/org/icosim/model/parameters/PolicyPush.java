package org.icosim.model.parameters;

/** The choices of {@link Parameters#POLICY_PUSH}: how hard trusts are pushed to become ICOs (ODD 8.17). */
public enum PolicyPush {
    /** The status quo: no ICO policy. */
    NONE,
    /** Trusts are invited; the formation hazard is scaled by {@link Parameters#VOLUNTARY_PUSH}. */
    VOLUNTARY,
    /** Trusts are asked, not required (Labour 2015): push 1. */
    STRONG,
    /** Every acute trust forms an ICO; practices are absorbed unless they refuse at a cost. */
    MANDATED
}
