package org.icosim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

import org.icosim.io.InputException;
import org.icosim.metrics.Metric;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The calibration targets shipped with the models, and the comparison of runs with them. */
class CalibrationTargetTest {

    @Test
    void theShippedTargetsAreTheSharedPublicFigures() throws InputException {
        List<CalibrationTarget> targets = CalibrationTarget.read(Path.of("models/calibration-targets.csv"));
        assertEquals(31, targets.size());
        assertEquals(new CalibrationTarget(YearMonth.of(2015, 4), Metric.practices, 7816, "count", "P4", "H"), targets.get(0));
        assertTrue(targets.stream().allMatch(t -> t.value() > 0));
    }

    @Test
    void thePartnerIncomeTargetsAreNhsDigitalsFiguresUpTo2018To19() throws InputException {
        List<CalibrationTarget> targets = CalibrationTarget.read(Path.of("models/partner-income-targets.csv"));
        assertEquals(4, targets.size());
        assertEquals(new CalibrationTarget(YearMonth.of(2018, 10), Metric.meanPartnerProfit, 117300,
                "pounds per partner-year (England GPMS contractors)", "X123", "H"), targets.get(3));
        for (CalibrationTarget t : targets) {
            assertEquals(Metric.meanPartnerProfit, t.metric());
            assertTrue(!t.date().isAfter(YearMonth.of(2019, 12)), "in sample: " + t);
        }
    }

    @Test
    void aBadRowIsRefusedWithItsLine(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("t.csv");
        Files.writeString(f, CalibrationTarget.HEADER + "\n2015-04,practices,7816,count,P4,H\n2015-13,practices,1,count,P4,H\n");
        InputException e = assertThrows(InputException.class, () -> CalibrationTarget.read(f));
        assertTrue(e.getMessage().contains("line 3"), e.getMessage());
        Files.writeString(f, CalibrationTarget.HEADER + "\n2015-04,practises,7816,count,P4,H\n");
        assertThrows(InputException.class, () -> CalibrationTarget.read(f));
    }

    @Test
    void quotedFieldsMayHoldCommasAndLineBreaksAndLaterBadRowsAreNamedByTheirPhysicalLine(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("t.csv");
        Files.writeString(f, "date,metric,value,unit,source,confidence\n"
                + "2015-04,practices,7816,count,\"P4, NHS Digital\nApril 2015\",H\n"
                + "2016-01,practices,lots,count,P4,H\n");
        InputException e = assertThrows(InputException.class, () -> CalibrationTarget.read(f));
        assertTrue(e.getMessage().contains("line 4") && e.getMessage().contains("value") && e.getMessage().contains("lots"),
                e.getMessage());
        Files.writeString(f, "date,metric,value,unit,source,confidence\n"
                + "2015-04,practices,7816,count,\"P4, NHS Digital\",H\n");
        assertEquals("P4, NHS Digital", CalibrationTarget.read(f).get(0).source());
    }

    @Test
    void theComparisonIsTheMeanOverSeedsAgainstTheTarget() {
        org.icosim.metrics.MetricsSeries a = new org.icosim.metrics.MetricsSeries();
        org.icosim.metrics.MetricsSeries b = new org.icosim.metrics.MetricsSeries();
        double[] row = new double[Metric.values().length];
        row[Metric.practices.ordinal()] = 100;
        a.add("2015-04", row);
        row[Metric.practices.ordinal()] = 110;
        b.add("2015-04", row);
        CalibrationTarget t = new CalibrationTarget(YearMonth.of(2015, 4), Metric.practices, 100, "count", "X", "H");
        CalibrateCommand.Row r = CalibrateCommand.compare(List.of(t), new org.icosim.metrics.MetricsSeries[] {a, b}).get(0);
        assertEquals(105, r.mean(), 1e-12);
        assertEquals(100, r.min(), 1e-12);
        assertEquals(110, r.max(), 1e-12);
        assertEquals(5.0, r.errorPercent(), 1e-12);
    }
}
