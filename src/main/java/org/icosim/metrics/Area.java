package org.icosim.metrics;

/**
 * A place the metrics are also reported for ({@code areas.csv}): an economy of a synthetic world,
 * or in a real world an STP (the economy) or a CCG.
 *
 * @param type {@link #ECONOMY}, {@link #STP} or {@link #CCG}
 * @param code the economy's id, or the STP's or CCG's code
 * @param name "economy N", or the STP's or CCG's name
 */
public record Area(String type, String code, String name) implements java.io.Serializable {

    /** An economy of a synthetic world. */
    public static final String ECONOMY = "economy";
    /** An economy of a real world: a sustainability and transformation partnership. */
    public static final String STP = "STP";
    /** A clinical commissioning group of 2015-16 (real worlds only). */
    public static final String CCG = "CCG";
}
