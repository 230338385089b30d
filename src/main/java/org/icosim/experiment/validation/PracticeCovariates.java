package org.icosim.experiment.validation;

/**
 * What a referee knows of a practice in 2015, for the naive baselines: list size, GP head count
 * and FTE, and contract type (the 2015 practices file of the real England).
 *
 * @param code      ODS code
 * @param patients  registered patients in 2015
 * @param gpHeadcount fully qualified GPs, head count, September 2015; NaN if unknown
 * @param gpFte     their FTE; NaN if unknown
 * @param contract  GMS, PMS or APMS; empty if unknown
 */
public record PracticeCovariates(String code, double patients, double gpHeadcount, double gpFte, String contract) {

    /** Single-handed: one GP or none by head count (unknown head count is not single-handed). */
    public boolean singleHanded() {
        return !Double.isNaN(gpHeadcount) && gpHeadcount <= 1;
    }
}
