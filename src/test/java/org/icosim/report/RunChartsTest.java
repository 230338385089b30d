package org.icosim.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import javax.imageio.ImageIO;

import org.jfree.data.time.Month;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.icosim.metrics.Metric;
import org.icosim.metrics.MetricsSeries;

class RunChartsTest {

    private static final int MONTHS = 30;

    @TempDir
    Path folder;

    /** 30 months from April 2015; partner FTE falls by 1 a month, locum FTE is unknown in month 3. */
    private static MetricsSeries series() {
        MetricsSeries series = new MetricsSeries();
        for (int m = 0; m < MONTHS; m++) {
            double[] row = new double[Metric.values().length];
            Arrays.fill(row, 0);
            row[Metric.month.ordinal()] = m;
            row[Metric.partnerFte.ordinal()] = 100 - m;
            row[Metric.salariedFte.ordinal()] = 40 + m;
            row[Metric.icoSalariedFte.ordinal()] = m / 10.0;
            row[Metric.locumFte.ordinal()] = m == 3 ? Double.NaN : 5;
            row[Metric.partnerShareFte.ordinal()] = (100.0 - m) / (145 + m / 10.0);
            row[Metric.practices.ordinal()] = 190 - m / 6;
            row[Metric.practicesIndependent.ordinal()] = 150 - m;
            row[Metric.practicesFederated.ordinal()] = 40 + m - m / 6;
            row[Metric.accessWithin48h.ordinal()] = 0.8 - m * 0.005;
            row[Metric.aeAttendances.ordinal()] = 200000 + 1000 * m;
            int month = 4 + m;
            series.add(String.format("%04d-%02d", 2015 + (month - 1) / 12, (month - 1) % 12 + 1), row);
        }
        return series;
    }

    @Test
    void writesFivePngsOfTheRightSize() throws Exception {
        List<Path> files = RunCharts.writeAll(series(), folder.resolve("charts"));
        assertEquals(List.of("partnership.png", "practices.png", "workforce.png", "access.png", "ico-adoption.png"),
                files.stream().map(p -> p.getFileName().toString()).toList());
        for (Path file : files) {
            byte[] bytes = Files.readAllBytes(file);
            assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, Arrays.copyOf(bytes, 4), file.toString());
            BufferedImage image = ImageIO.read(file.toFile());
            assertEquals(RunCharts.WIDTH, image.getWidth());
            assertEquals(RunCharts.HEIGHT, image.getHeight());
            // White background: the top-left corner is outside the plot and legend.
            assertEquals(0xFFFFFF, image.getRGB(2, 2) & 0xFFFFFF);
        }
        try (var listing = Files.list(folder.resolve("charts"))) {
            assertEquals(5, listing.count(), "no temporary files left");
        }
    }

    @Test
    void workforceDatasetHasOnePointPerMonthPerRole() {
        TimeSeriesCollection dataset = RunCharts.workforceDataset(series());
        assertEquals(4, dataset.getSeriesCount());
        for (int s = 0; s < 4; s++) {
            assertEquals(MONTHS, dataset.getSeries(s).getItemCount());
        }
        TimeSeries partners = dataset.getSeries(0);
        assertEquals(new Month(4, 2015), partners.getTimePeriod(0));
        assertEquals(new Month(9, 2017), partners.getTimePeriod(MONTHS - 1));
        assertEquals(100.0, partners.getValue(0).doubleValue());
        assertEquals(71.0, partners.getValue(MONTHS - 1).doubleValue());
        assertEquals(2.9, dataset.getSeries(2).getValue(29).doubleValue(), 1e-12);
        // A NaN metric is a gap, not a zero.
        assertNull(dataset.getSeries(3).getValue(3));
        assertEquals(5.0, dataset.getSeries(3).getValue(4).doubleValue());
    }

    @Test
    void practicesDatasetHasEveryStatusAndTheTotal() {
        TimeSeriesCollection dataset = RunCharts.practicesDataset(series());
        assertEquals(6, dataset.getSeriesCount());
        assertEquals("all open practices", dataset.getSeries(5).getKey());
        assertEquals(186.0, dataset.getSeries(5).getValue(MONTHS - 1).doubleValue());
    }

    @Test
    void rejectsDatesThatAreNotConsecutiveMonths() {
        MetricsSeries bad = new MetricsSeries();
        double[] row = new double[Metric.values().length];
        bad.add("2015-04", row);
        bad.add("2015-4", row);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RunCharts.workforceDataset(bad));
        assertEquals("metrics row 1: date 2015-4 is not YYYY-MM", e.getMessage());
        MetricsSeries backwards = new MetricsSeries();
        backwards.add("2015-05", row);
        backwards.add("2015-04", row);
        assertThrows(IllegalArgumentException.class, () -> RunCharts.workforceDataset(backwards));
    }
}
