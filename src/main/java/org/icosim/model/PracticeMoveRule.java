package org.icosim.model;

/**
 * How a partner-led practice decides its organisational moves (MODEL.md section 6, "Practice
 * decisions"), and how the other side of a two-sided move answers. One implementation per rule so
 * a study can swap it ({@link IcoSim#setPracticeMoveRule}).
 */
public interface PracticeMoveRule extends java.io.Serializable {

    /** The move {@code practice} proposes this quarter. */
    PracticeMove choose(Practice practice, IcoSim sim);

    /** Whether {@code practice} agrees to merge with {@code proposer}: a merger needs both. */
    boolean acceptsMerger(Practice practice, Practice proposer, IcoSim sim);

    /** Whether {@code practice} agrees to found a federation with {@code proposer}. */
    boolean acceptsFederation(Practice practice, Practice proposer, IcoSim sim);

    /** Whether {@code practice} takes over the list of {@code handedBack}, whose contract was handed back. */
    boolean takesOver(Practice practice, Practice handedBack, IcoSim sim);

    /**
     * The probability that {@code practice} would accept an alliance with {@code ico} if it were
     * led as {@code leadership}: how a trust judges local GP support before forming an ICO.
     */
    double allianceAcceptance(Practice practice, Trust ico, Leadership leadership, IcoSim sim);
}
