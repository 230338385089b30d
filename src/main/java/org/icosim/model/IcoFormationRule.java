package org.icosim.model;

/**
 * How a trust decides whether to start forming an integrated care organisation this quarter
 * (MODEL.md section 6, "Trust decisions"). One implementation per rule so a study can swap it
 * ({@link IcoSim#setIcoFormationRule}).
 */
public interface IcoFormationRule extends java.io.Serializable {

    /**
     * The probability that {@code trust}, not yet an ICO, starts forming one this quarter, if it
     * would be led as {@code leadership}. Called only while an ICO policy applies.
     */
    double formationProbability(Trust trust, Leadership leadership, IcoSim sim);
}
