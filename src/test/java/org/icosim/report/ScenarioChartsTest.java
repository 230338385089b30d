package org.icosim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.imageio.ImageIO;

import org.jfree.data.xy.YIntervalSeriesCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.icosim.experiment.EconomySnapshot;
import org.icosim.experiment.ScenarioRun;
import org.icosim.experiment.ScenarioSummary;
import org.icosim.metrics.Metric;
import org.icosim.metrics.MetricsSeries;

class ScenarioChartsTest {

    private static final int MONTHS = 12;

    @TempDir
    Path folder;

    /** A run whose ICO share is {@code level} times the month, from April 2015. */
    private static ScenarioRun run(int replicate, double level) {
        MetricsSeries series = new MetricsSeries();
        for (int m = 0; m < MONTHS; m++) {
            double[] row = new double[Metric.values().length];
            Arrays.fill(row, 0);
            row[Metric.month.ordinal()] = m;
            row[Metric.icoPatientShare.ordinal()] = level * m;
            row[Metric.practices.ordinal()] = 190;
            int month = 4 + m;
            series.add(String.format("%04d-%02d", 2015 + (month - 1) / 12, (month - 1) % 12 + 1), row);
        }
        return new ScenarioRun(0, replicate, replicate + 1, series,
                new TreeMap<>(Map.of(MONTHS - 1, List.of(new EconomySnapshot(0, 190, 1e6, level * (MONTHS - 1))))));
    }

    private static List<ScenarioSummary> scenarios() {
        return List.of(ScenarioSummary.of("status-quo", List.of(run(0, 0), run(1, 0))),
                ScenarioSummary.of("ico", List.of(run(0, 0.02), run(1, 0.04))));
    }

    @Test
    void eachScenarioIsOneLineOfMeansInABandFromTheLowestToTheHighestSeed() {
        YIntervalSeriesCollection data = ScenarioCharts.dataset(scenarios(), Metric.icoPatientShare);
        assertEquals(2, data.getSeriesCount());
        assertEquals("ico", data.getSeriesKey(1));
        assertEquals(MONTHS, data.getItemCount(1));
        assertEquals(0.03 * 10, data.getYValue(1, 10), 1e-12);
        assertEquals(0.02 * 10, data.getStartYValue(1, 10), 1e-12);
        assertEquals(0.04 * 10, data.getEndYValue(1, 10), 1e-12);
    }

    @Test
    void writesSixPngsOfTheStandardSize() throws Exception {
        List<Path> files = ScenarioCharts.writeAll(scenarios(), folder);
        assertEquals(List.of("ico-adoption.png", "partner-share.png", "practices.png", "ico-salaried.png",
                "emergency-admissions.png", "access.png"), files.stream().map(p -> p.getFileName().toString()).toList());
        for (Path file : files) {
            BufferedImage image = ImageIO.read(file.toFile());
            assertEquals(RunCharts.WIDTH, image.getWidth(), file.toString());
            assertEquals(RunCharts.HEIGHT, image.getHeight(), file.toString());
        }
    }
}
