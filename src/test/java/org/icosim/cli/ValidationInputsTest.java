package org.icosim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.icosim.experiment.validation.PracticeCovariates;
import org.icosim.experiment.validation.PracticeOutcome;
import org.icosim.io.TargetsFile;
import org.icosim.metrics.Metric;
import org.icosim.model.observe.Observer;
import org.junit.jupiter.api.Test;

/** The shipped outcomes and covariates, read as the validation reads them, against the targets taken from them. */
class ValidationInputsTest {

    private static final Path DATA = Path.of("models/data/england-2015");
    private static final List<Metric> BANDS = List.of(Metric.endedStartUpTo3000Cum, Metric.endedStart3000To5000Cum,
            Metric.endedStart5000To10000Cum, Metric.endedStartOver10000Cum);

    @Test
    void theEndingsTargetsAreTheRealEnglandsTargetsAndTheEndedPracticesByBandCountedFromTheData() throws Exception {
        List<TargetsFile.Target> base = TargetsFile.read(Path.of("models/england-2015-targets.csv"));
        List<TargetsFile.Target> all = TargetsFile.read(Path.of("models/england-2015-endings-targets.csv"));
        assertEquals(base, all.subList(0, base.size()), "the 43 figures of the real England first, as they are");
        List<TargetsFile.Target> endings = all.subList(base.size(), all.size());
        assertEquals(8, endings.size());

        Map<String, PracticeOutcome> outcomes = ValidationInputs.outcomes(DATA.resolve("practice-outcomes-2015-2019.csv"));
        Map<String, PracticeCovariates> covariates = ValidationInputs.covariates(DATA.resolve("practices-2015.csv"));
        assertEquals(7819, covariates.size());
        for (TargetsFile.Target t : endings) {
            int band = BANDS.indexOf(t.metric());
            assertTrue(band >= 0, t.toString());
            int year = t.date().getYear();
            assertEquals(YearMonth.of(year, 12), t.date(), "ended by the end of a year");
            assertTrue(year <= 2019, "fitted to figures up to 2019 only: " + t);
            int ended = 0;
            for (PracticeCovariates c : covariates.values()) {
                if (Observer.startBand(Math.round(c.patients())) == band && outcomes.get(c.code()).endedBy(year)) ended++;
            }
            assertEquals(ended, t.value(), 0, t.toString());
            assertEquals("RE1", t.source());
            assertTrue(t.observationSd() >= 3 && t.discrepancySd() >= 5, t.toString());
        }
        // The four bands of each year add up to every practice ended by then.
        for (int year : new int[] {2017, 2019}) {
            int ended = 0;
            for (PracticeOutcome o : outcomes.values()) if (o.endedBy(year)) ended++;
            double sum = 0;
            for (TargetsFile.Target t : endings) if (t.date().getYear() == year) sum += t.value();
            assertEquals(ended, sum, 0, "ended by the end of " + year);
        }
    }
}
