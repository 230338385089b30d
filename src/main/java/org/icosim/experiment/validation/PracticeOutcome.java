package org.icosim.experiment.validation;

import java.time.LocalDate;

/**
 * What became of one real practice to 2019 (the outcomes file of the real England): its ODS close
 * date if it closed or merged by the end of 2019, and its registered patients in the September
 * workforce census of each year 2015 to 2019.
 *
 * @param code        ODS code
 * @param closed      the close date, on or before 2019-12-31, or {@code null}
 * @param septemberPatients registered patients in September of {@link PracticeValidation#FIRST_YEAR}
 *                    + k, NaN where the census has none (closed, or missing from it)
 */
public record PracticeOutcome(String code, LocalDate closed, double[] septemberPatients) {

    /** Closed or merged by the end of {@code year}. */
    public boolean endedBy(int year) {
        return closed != null && closed.getYear() <= year;
    }
}
