package org.icosim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import org.icosim.metrics.Metric;
import org.icosim.metrics.MetricsSeries;

/** A scenario's runs reduced month by month and economy by economy, on hand-made runs. */
class ScenarioSummaryTest {

    /** Two months; practices = base + month; one snapshot at month 1 with the given economy shares. */
    static ScenarioRun run(int replicate, double base, double... shares) {
        MetricsSeries series = new MetricsSeries();
        for (int m = 0; m < 2; m++) {
            double[] row = new double[Metric.values().length];
            Arrays.fill(row, 0);
            row[Metric.month.ordinal()] = m;
            row[Metric.practices.ordinal()] = base + m;
            series.add(m == 0 ? "2015-04" : "2015-05", row);
        }
        List<EconomySnapshot> economies = new ArrayList<>();
        for (int e = 0; e < shares.length; e++) economies.add(new EconomySnapshot(e, 10, 1000, shares[e]));
        return new ScenarioRun(0, replicate, 1 + replicate, series, new TreeMap<>(Map.of(1, economies)));
    }

    @Test
    void everyMonthAndMetricIsSummarisedOverSeeds() {
        ScenarioSummary s = ScenarioSummary.of("ico", List.of(run(0, 10, 0.1, 0.5), run(1, 14, 0.3, 0.9)));
        assertEquals(2, s.months());
        assertEquals("2015-05", s.date(1));
        assertEquals(new ReplicateStatistics(13, Math.sqrt(8), 11, 15, 2), s.stats(1, Metric.practices));
        assertEquals(0.0, s.stats(0, Metric.icoPatientShare).mean(), 0.0);
    }

    @Test
    void theEconomySpreadPoolsEveryEconomyOfEverySeed() {
        ScenarioSummary s = ScenarioSummary.of("ico", List.of(run(0, 10, 0.1, 0.5), run(1, 14, 0.3, 0.9)));
        assertEquals(Quartiles.of(new double[] {0.1, 0.5, 0.3, 0.9}), s.icoShareSpread(1));
        assertThrows(IllegalArgumentException.class, () -> s.icoShareSpread(0), "no snapshot was taken in month 0");
    }
}
