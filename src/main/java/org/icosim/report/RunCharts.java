package org.icosim.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.time.Month;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;

import org.icosim.io.AtomicFiles;
import org.icosim.metrics.Metric;
import org.icosim.metrics.MetricsSeries;

/**
 * The standard charts of one run, drawn headless with JFreeChart into PNG files: the things a
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
    private static final BasicStroke TOTAL_LINE = new BasicStroke(3.0f);
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
        written.add(save(partnershipChart(series), folder.resolve(PARTNERSHIP)));
        written.add(save(practicesChart(series), folder.resolve(PRACTICES)));
        written.add(save(workforceChart(series), folder.resolve(WORKFORCE)));
        written.add(save(accessChart(series), folder.resolve(ACCESS)));
        written.add(save(icoAdoptionChart(series), folder.resolve(ICO_ADOPTION)));
        return written;
    }

    /** Partner FTE over all fully qualified GP FTE. */
    public static JFreeChart partnershipChart(MetricsSeries series) {
        JFreeChart chart = lineChart("Partner share of GP FTE", "partner FTE / fully qualified GP FTE (share)",
                partnershipDataset(series));
        NumberAxis share = (NumberAxis) chart.getXYPlot().getRangeAxis();
        share.setRange(0.0, 1.0);
        return chart;
    }

    /** Open practices by status, with the total drawn thicker and in black. */
    public static JFreeChart practicesChart(MetricsSeries series) {
        JFreeChart chart = lineChart("Open practices by organisational status", "practices (count)",
                practicesDataset(series));
        XYLineAndShapeRenderer renderer = (XYLineAndShapeRenderer) chart.getXYPlot().getRenderer();
        int total = chart.getXYPlot().getDataset().getSeriesCount() - 1;
        renderer.setSeriesPaint(total, Color.BLACK);
        renderer.setSeriesStroke(total, TOTAL_LINE);
        return chart;
    }

    /** GP FTE by role. */
    public static JFreeChart workforceChart(MetricsSeries series) {
        return lineChart("GP workforce by role", "FTE (1 FTE = 37.5 hours a week)", workforceDataset(series));
    }

    /** Access (share, left axis) and A&amp;E attendances (per month, right axis). */
    public static JFreeChart accessChart(MetricsSeries series) {
        JFreeChart chart = lineChart("GP access and A&E attendances",
                "requests met at the first attempt (share)", accessDataset(series));
        XYPlot plot = chart.getXYPlot();
        ((NumberAxis) plot.getRangeAxis()).setRange(0.0, 1.0);
        NumberAxis attendances = new NumberAxis("A&E attendances per month (people)");
        attendances.setAutoRangeIncludesZero(true);
        plot.setRangeAxis(1, attendances);
        plot.setDataset(1, aeDataset(series));
        plot.mapDatasetToRangeAxis(1, 1);
        XYLineAndShapeRenderer aeRenderer = new XYLineAndShapeRenderer(true, false);
        aeRenderer.setSeriesPaint(0, PALETTE[4]);
        aeRenderer.setSeriesStroke(0, LINE);
        plot.setRenderer(1, aeRenderer);
        return chart;
    }

    /** ICO adoption: share of patients in ICO practices (left axis) and trusts operating as ICOs (right axis). */
    public static JFreeChart icoAdoptionChart(MetricsSeries series) {
        JFreeChart chart = lineChart("ICO adoption", "patients whose practice is in an ICO (share)",
                dataset(series, new Metric[] {Metric.icoPatientShare}, new String[] {"ICO patient share (left)"}));
        XYPlot plot = chart.getXYPlot();
        ((NumberAxis) plot.getRangeAxis()).setRange(0.0, 1.0);
        NumberAxis trusts = new NumberAxis("trusts (count)");
        trusts.setAutoRangeIncludesZero(true);
        trusts.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        plot.setRangeAxis(1, trusts);
        plot.setDataset(1, dataset(series, new Metric[] {Metric.trustsIco, Metric.trustsIcoForming},
                new String[] {"trusts operating as ICOs (right)", "trusts forming an ICO (right)"}));
        plot.mapDatasetToRangeAxis(1, 1);
        XYLineAndShapeRenderer trustRenderer = new XYLineAndShapeRenderer(true, false);
        for (int i = 0; i < 2; i++) {
            trustRenderer.setSeriesPaint(i, PALETTE[i + 1]);
            trustRenderer.setSeriesStroke(i, LINE);
        }
        plot.setRenderer(1, trustRenderer);
        return chart;
    }

    static TimeSeriesCollection partnershipDataset(MetricsSeries series) {
        return dataset(series, new Metric[] {Metric.partnerShareFte}, new String[] {"partner share of FTE"});
    }

    static TimeSeriesCollection practicesDataset(MetricsSeries series) {
        return dataset(series,
                new Metric[] {Metric.practicesIndependent, Metric.practicesFederated, Metric.practicesIcoAlliance,
                    Metric.practicesIcoRun, Metric.practicesTrustRun, Metric.practices},
                new String[] {"independent", "federated", "ICO alliance member", "run by an ICO",
                    "run by a trust (caretaker)", "all open practices"});
    }

    /** Package-private so tests can check one point per month per role. */
    static TimeSeriesCollection workforceDataset(MetricsSeries series) {
        return dataset(series,
                new Metric[] {Metric.partnerFte, Metric.salariedFte, Metric.icoSalariedFte, Metric.locumFte},
                new String[] {"partners", "salaried (practice)", "salaried (ICO)", "locums"});
    }

    static TimeSeriesCollection accessDataset(MetricsSeries series) {
        return dataset(series, new Metric[] {Metric.accessWithin48h}, new String[] {"access within 48 hours (left)"});
    }

    static TimeSeriesCollection aeDataset(MetricsSeries series) {
        return dataset(series, new Metric[] {Metric.aeAttendances}, new String[] {"A&E attendances (right)"});
    }

    /** One time series per metric, one point per month; NaN becomes a gap. */
    private static TimeSeriesCollection dataset(MetricsSeries series, Metric[] metrics, String[] labels) {
        List<Month> months = months(series);
        TimeSeriesCollection collection = new TimeSeriesCollection();
        for (int m = 0; m < metrics.length; m++) {
            TimeSeries line = new TimeSeries(labels[m]);
            double[] values = series.column(metrics[m]);
            for (int i = 0; i < values.length; i++) {
                line.add(months.get(i), Double.isNaN(values[i]) ? null : values[i]);
            }
            collection.addSeries(line);
        }
        return collection;
    }

    private static List<Month> months(MetricsSeries series) {
        List<Month> months = new ArrayList<>(series.size());
        for (int i = 0; i < series.size(); i++) {
            String date = series.date(i);
            YearMonth yearMonth;
            try {
                yearMonth = YearMonth.parse(date);
            } catch (DateTimeParseException | NullPointerException e) {
                throw new IllegalArgumentException("metrics row " + i + ": date " + date + " is not YYYY-MM", e);
            }
            Month month = new Month(yearMonth.getMonthValue(), yearMonth.getYear());
            if (!months.isEmpty() && month.compareTo(months.get(months.size() - 1)) <= 0) {
                throw new IllegalArgumentException("metrics row " + i + ": date " + date
                        + " does not follow " + series.date(i - 1) + "; expected one row per month in order");
            }
            months.add(month);
        }
        return months;
    }

    private static JFreeChart lineChart(String title, String valueAxis, TimeSeriesCollection dataset) {
        JFreeChart chart = ChartFactory.createTimeSeriesChart(title, TIME_AXIS, valueAxis, dataset, true, false, false);
        style(chart, title);
        XYPlot plot = chart.getXYPlot();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        for (int s = 0; s < dataset.getSeriesCount(); s++) {
            Paint paint = PALETTE[s % PALETTE.length];
            renderer.setSeriesPaint(s, paint);
            renderer.setSeriesStroke(s, LINE);
        }
        plot.setRenderer(renderer);
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
