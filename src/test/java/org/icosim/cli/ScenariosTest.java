package org.icosim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.icosim.metrics.Metric;
import org.icosim.metrics.MetricsSeries;
import org.icosim.model.IcoSim;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The scenario files of {@code experiments/} as shipped: each runs 24 months on the tiny model,
 * says what it represents and which seed report it follows; ICO adoption under Labour's plan grows
 * month by month in expectation over seeds, while the status quo has none.
 */
class ScenariosTest {

    static final Path TINY = Path.of("models/tiny.json");
    static final int MONTHS = 24;
    static final int SEEDS = 20;

    static MetricsSeries run(String scenario, long seed) throws Exception {
        RunSetup setup = RunSetup.load(Path.of("experiments", scenario + ".json"), TINY, seed, MONTHS, List.of());
        IcoSim sim = new IcoSim(setup.seed, setup.parameters, setup.start);
        sim.start();
        sim.runMonths(setup.months);
        return sim.metrics();
    }

    /** Mean of a metric over seeds 1..SEEDS, month by month. */
    static double[] meanOverSeeds(String scenario, Metric metric) throws Exception {
        double[] mean = new double[MONTHS];
        for (long seed = 1; seed <= SEEDS; seed++) {
            double[] column = run(scenario, seed).column(metric);
            for (int m = 0; m < MONTHS; m++) mean[m] += column[m] / SEEDS;
        }
        return mean;
    }

    @ParameterizedTest
    @ValueSource(strings = {"status-quo", "labour-2015-ico", "gp-led-ico", "mandated-ico"})
    void eachScenarioRuns24MonthsOnTheTinyModelAndSaysWhatItRepresents(String scenario) throws Exception {
        RunSetup setup = RunSetup.load(Path.of("experiments", scenario + ".json"), TINY, 3L, MONTHS, List.of());
        assertEquals(scenario, setup.experiment.name());
        String description = setup.experiment.description();
        assertTrue(description.length() > 100, "a description of what the scenario represents");
        assertTrue(scenario.equals("status-quo") || description.matches("(?s).*seeds? 00\\d.*"),
                "names the seed report it follows: " + description);
        MetricsSeries series = run(scenario, 3);
        assertEquals(MONTHS, series.size());
        double practices = series.get(MONTHS - 1, Metric.practices);
        assertTrue(practices > 0 && practices <= 12);
    }

    @Test
    void theStatusQuoHasNoIco() throws Exception {
        for (long seed = 1; seed <= 5; seed++) {
            MetricsSeries series = run("status-quo", seed);
            for (Metric m : List.of(Metric.trustsIco, Metric.trustsIcoForming, Metric.icoPatientShare,
                    Metric.practicesIcoAlliance, Metric.practicesIcoRun, Metric.icoSalariedFte, Metric.fundGpsCum)) {
                for (double v : series.column(m)) assertEquals(0, v, m + " in the status quo, seed " + seed);
            }
        }
    }

    @Test
    void icoAdoptionUnderLabourGrowsInExpectationOverSeeds() throws Exception {
        double[] share = meanOverSeeds("labour-2015-ico", Metric.icoPatientShare);
        double[] forming = meanOverSeeds("labour-2015-ico", Metric.trustsIcoForming);
        double[] operating = meanOverSeeds("labour-2015-ico", Metric.trustsIco);
        for (int m = 1; m < MONTHS; m++) {
            // Alliance members may leave their ICO (8.20), so the share itself can dip in a month;
            // a trust's decision to form one cannot be undone.
            assertTrue(forming[m] + operating[m] >= forming[m - 1] + operating[m - 1] - 1e-12,
                    "trusts that decided to form an ICO never go back");
        }
        assertEquals(0, share[0]);
        double firstYear = 0;
        double secondYear = 0;
        for (int m = 0; m < 12; m++) {
            firstYear += share[m] / 12;
            secondYear += share[m + 12] / 12;
        }
        assertTrue(secondYear > firstYear, "adoption grows: an ICO operates a year after its trust decides (8.18), "
                + "so the second year's mean share (" + secondYear + ") exceeds the first's (" + firstYear + ")");
        assertTrue(share[MONTHS - 1] > 0, "some seeds have an operating ICO with members within 2 years");
    }
}
