package org.icosim.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.time.TimeSeriesCollection;

import org.icosim.io.AtomicFiles;
import org.icosim.metrics.Metric;
import org.icosim.metrics.MetricsSeries;

/**
 * The standard charts of one run, drawn headless with JFreeChart into PNG files (each a
 * {@link MetricChart}, the same the GUI draws live): the things a
 * modeller looks at first to see whether a run behaved (MODEL.md section 1's patterns).
 *
 * <ul>
 * <li>{@value #PARTNERSHIP}: partner share of GP FTE, the decline the model must reproduce;</li>
 * <li>{@value #PRACTICES}: open practices by organisational status, and in total;</li>
 * <li>{@value #WORKFORCE}: GP FTE by role;</li>
 * <li>{@value #ACCESS}: access within 48 hours (left axis) against A&amp;E attendances (right).</li>
 * </ul>
 *
 * <p>Every value comes from the {@link MetricsSeries} by {@link Metric}; nothing is recomputed,
 * so a chart and {@code metrics.csv} cannot disagree. Months with a NaN value are gaps in the
 * line. The x axis is calendar months parsed from the series' {@code YYYY-MM} dates. Files are
 * written through {@link AtomicFiles}, normally into a run's staging folder. Needs no display:
 * set {@code java.awt.headless=true} on servers.
 */
public final class RunCharts {

    /** File names in the output folder; {@code run.json} lists them. */
    public static final String PARTNERSHIP = "partnership.png";
    public static final String PRACTICES = "practices.png";
    public static final String WORKFORCE = "workforce.png";
    public static final String ACCESS = "access.png";
    public static final String ICO_ADOPTION = "ico-adoption.png";
    /** Pixels: wide enough for ten years of monthly ticks, short enough for a report page. */
    public static final int WIDTH = 900;
    public static final int HEIGHT = 560;

    /**
     * Colours distinguishable in print and by most colour-blind readers (Okabe and Ito, 2008);
     * shared with {@link ScenarioCharts} so every chart of the project looks alike.
     */
    static final Color[] PALETTE = {
        new Color(0x0072B2), new Color(0xE69F00), new Color(0x009E73), new Color(0xCC79A7),
        new Color(0xD55E00), new Color(0x56B4E9), new Color(0xF0E442)
    };
    static final BasicStroke LINE = new BasicStroke(2.0f);
    static final BasicStroke TOTAL_LINE = new BasicStroke(3.0f);
    private static final Color GRID = new Color(0xDDDDDD);
    static final String TIME_AXIS = "month";

    private RunCharts() {
    }

    /**
     * Writes the five charts into {@code folder} (created if needed).
     *
     * @return the files written, in the order listed above
     * @throws IllegalArgumentException if a date of the series is not {@code YYYY-MM}
     */
    public static List<Path> writeAll(MetricsSeries series, Path folder) throws IOException {
        Files.createDirectories(folder);
        List<Path> written = new ArrayList<>();
        for (MetricChart chart : MetricChart.standardSet()) {
            chart.appendFrom(series);
            written.add(chart.writePng(folder.resolve(chart.fileName())));
        }
        return written;
    }

    /** Package-private so tests can check one point per month per role. */
    static TimeSeriesCollection workforceDataset(MetricsSeries series) {
        return filled(MetricChart.workforce(), series).leftDataset();
    }

    static TimeSeriesCollection practicesDataset(MetricsSeries series) {
        return filled(MetricChart.practices(), series).leftDataset();
    }

    private static MetricChart filled(MetricChart chart, MetricsSeries series) {
        chart.appendFrom(series);
        return chart;
    }

    /** The project's look: white background, bold title, light grey grid, grey outline. */
    static void style(JFreeChart chart, String title) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTitle(new TextTitle(title, new Font(Font.SANS_SERIF, Font.BOLD, 18)));
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(GRID);
        plot.setRangeGridlinePaint(GRID);
        plot.setOutlinePaint(Color.GRAY);
    }

    /** Writes a chart as a PNG of the standard size, atomically. */
    static Path save(JFreeChart chart, Path file) throws IOException {
        AtomicFiles.write(file, out -> ChartUtils.writeChartAsPNG(out, chart, WIDTH, HEIGHT));
        return file;
    }
}
