package org.icosim.report;

import java.awt.Color;
import java.awt.Paint;
import java.awt.Rectangle;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
import org.jfree.data.time.Month;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;
import org.jfree.svg.SVGGraphics2D;

import org.icosim.io.AtomicFiles;
import org.icosim.metrics.Metric;
import org.icosim.metrics.MetricsSeries;

/**
 * One chart of a run's metrics that grows a month at a time: the same object draws the PNGs a
 * headless run writes ({@link RunCharts}) and the live charts of the GUI, so the two cannot
 * differ. Each line is one {@link Metric}, read from a metrics row by name and never
 * recomputed; a NaN value is a gap in the line. Lines on the left axis come first; a chart may
 * have a second axis on the right for a metric in other units (A&amp;E attendances beside a
 * share, trusts beside patients).
 *
 * <p>Not thread-safe: JFreeChart redraws on the Swing thread, so the GUI appends there.
 */
public final class MetricChart {

    /** One line: the metric it draws and the legend's words for it. */
    public record Line(Metric metric, String label) {
    }

    private final String fileName;
    private final JFreeChart chart;
    private final List<Line> lines = new ArrayList<>();
    private final List<TimeSeries> series = new ArrayList<>();
    private Month lastMonth;
    private String lastDate;
    private int months;

    private MetricChart(String fileName, String title, String leftAxis, boolean leftIsShare, List<Line> left,
            String rightAxis, boolean rightIsCount, List<Line> right, boolean lastLeftIsTotal) {
        this.fileName = fileName;
        TimeSeriesCollection leftData = collection(left);
        chart = ChartFactory.createTimeSeriesChart(title, RunCharts.TIME_AXIS, leftAxis, leftData, true, false, false);
        RunCharts.style(chart, title);
        XYPlot plot = chart.getXYPlot();
        plot.setRenderer(renderer(left.size(), 0));
        if (leftIsShare) ((NumberAxis) plot.getRangeAxis()).setRange(0.0, 1.0);
        if (lastLeftIsTotal) {
            XYLineAndShapeRenderer renderer = (XYLineAndShapeRenderer) plot.getRenderer();
            renderer.setSeriesPaint(left.size() - 1, Color.BLACK);
            renderer.setSeriesStroke(left.size() - 1, RunCharts.TOTAL_LINE);
        }
        if (!right.isEmpty()) {
            NumberAxis axis = new NumberAxis(rightAxis);
            axis.setAutoRangeIncludesZero(true);
            if (rightIsCount) {
                axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
                // Counts are never negative: with none yet (no trust has an ICO) the axis reads 0 to 2, not -1 to 1.
                axis.setRangeType(org.jfree.data.RangeType.POSITIVE);
                // With no ICO yet the count is 0 throughout; a range of at least 0-2 keeps the line at the bottom.
                axis.setAutoRangeMinimumSize(2);
            }
            plot.setRangeAxis(1, axis);
            plot.setDataset(1, collection(right));
            plot.mapDatasetToRangeAxis(1, 1);
            plot.setRenderer(1, renderer(right.size(), left.size()));
        }
    }

    private TimeSeriesCollection collection(List<Line> axisLines) {
        TimeSeriesCollection collection = new TimeSeriesCollection();
        for (Line line : axisLines) {
            TimeSeries timeSeries = new TimeSeries(line.label());
            lines.add(line);
            series.add(timeSeries);
            collection.addSeries(timeSeries);
        }
        return collection;
    }

    /** Lines in the project's palette, continuing its colours across both axes. */
    private static XYLineAndShapeRenderer renderer(int count, int firstColour) {
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        for (int s = 0; s < count; s++) {
            Paint paint = RunCharts.PALETTE[(firstColour + s) % RunCharts.PALETTE.length];
            renderer.setSeriesPaint(s, paint);
            renderer.setSeriesStroke(s, RunCharts.LINE);
        }
        return renderer;
    }

    // ---------------------------------------------------------------- the standard charts

    /** Partner FTE over all fully qualified GP FTE: the decline the model must reproduce. */
    public static MetricChart partnership() {
        return new MetricChart(RunCharts.PARTNERSHIP, "Partner share of GP FTE",
                "partner FTE / fully qualified GP FTE (share)", true,
                List.of(new Line(Metric.partnerShareFte, "partner share of FTE")), null, false, List.of(), false);
    }

    /** Open practices by organisational status, with the total drawn thicker and in black. */
    public static MetricChart practices() {
        return new MetricChart(RunCharts.PRACTICES, "Open practices by organisational status", "practices (count)", false,
                List.of(new Line(Metric.practicesIndependent, "independent"),
                        new Line(Metric.practicesFederated, "federated"),
                        new Line(Metric.practicesIcoAlliance, "ICO alliance member"),
                        new Line(Metric.practicesIcoRun, "run by an ICO"),
                        new Line(Metric.practicesTrustRun, "run by a trust (caretaker)"),
                        new Line(Metric.practices, "all open practices")),
                null, false, List.of(), true);
    }

    /** GP FTE by role. */
    public static MetricChart workforce() {
        return new MetricChart(RunCharts.WORKFORCE, "GP workforce by role", "FTE (1 FTE = 37.5 hours a week)", false,
                List.of(new Line(Metric.partnerFte, "partners"),
                        new Line(Metric.salariedFte, "salaried (practice)"),
                        new Line(Metric.icoSalariedFte, "salaried (ICO)"),
                        new Line(Metric.locumFte, "locums")),
                null, false, List.of(), false);
    }

    /** Access (share, left axis) and A&amp;E attendances (per month, right axis). */
    public static MetricChart access() {
        return new MetricChart(RunCharts.ACCESS, "GP access and A&E attendances",
                "requests met at the first attempt (share)", true,
                List.of(new Line(Metric.accessWithin48h, "access within 48 hours (left)")),
                "A&E attendances per month (people)", false,
                List.of(new Line(Metric.aeAttendances, "A&E attendances (right)")), false);
    }

    /** ICO adoption: share of patients in ICO practices (left axis) and trusts forming and operating ICOs (right). */
    public static MetricChart icoAdoption() {
        return new MetricChart(RunCharts.ICO_ADOPTION, "ICO adoption", "patients whose practice is in an ICO (share)", true,
                List.of(new Line(Metric.icoPatientShare, "ICO patient share (left)")),
                "trusts (count)", true,
                List.of(new Line(Metric.trustsIco, "trusts operating as ICOs (right)"),
                        new Line(Metric.trustsIcoForming, "trusts forming an ICO (right)")), false);
    }

    /** The five charts of every run, in the order a run writes them. */
    public static List<MetricChart> standardSet() {
        return List.of(partnership(), practices(), workforce(), access(), icoAdoption());
    }

    // ---------------------------------------------------------------- data

    /**
     * Adds one month: one point per line, read from {@code row} by metric.
     *
     * @param date the month, {@code YYYY-MM}, after the last one added
     * @throws IllegalArgumentException if the date is malformed or does not follow the last
     */
    public void append(String date, double[] row) {
        Month month = month(date, "metrics row " + months);
        if (lastMonth != null && month.compareTo(lastMonth) <= 0) {
            throw new IllegalArgumentException("metrics row " + months + ": date " + date + " does not follow " + lastDate
                    + "; expected one row per month in order");
        }
        for (int i = 0; i < lines.size(); i++) {
            double value = row[lines.get(i).metric().ordinal()];
            series.get(i).add(month, Double.isNaN(value) ? null : value);
        }
        lastMonth = month;
        lastDate = date;
        months++;
    }

    /** Adds the months of {@code metrics} this chart does not have yet (all of them on a new chart). */
    public void appendFrom(MetricsSeries metrics) {
        for (int m = months; m < metrics.size(); m++) append(metrics.date(m), metrics.row(m));
    }

    /** Empties the chart, for a new run. */
    public void clear() {
        for (TimeSeries s : series) s.clear();
        lastMonth = null;
        lastDate = null;
        months = 0;
    }

    /**
     * A {@code YYYY-MM} date as a month of the time axis.
     *
     * @param where names the row for the message, e.g. {@code "metrics row 3"}
     */
    static Month month(String date, String where) {
        YearMonth yearMonth;
        try {
            yearMonth = YearMonth.parse(date);
        } catch (DateTimeParseException | NullPointerException e) {
            throw new IllegalArgumentException(where + ": date " + date + " is not YYYY-MM", e);
        }
        return new Month(yearMonth.getMonthValue(), yearMonth.getYear());
    }

    // ---------------------------------------------------------------- access

    public JFreeChart chart() {
        return chart;
    }

    /** The file name a run writes this chart to, e.g. {@code workforce.png}. */
    public String fileName() {
        return fileName;
    }

    public String title() {
        return chart.getTitle().getText();
    }

    /** Months added so far. */
    public int months() {
        return months;
    }

    public List<Line> lines() {
        return List.copyOf(lines);
    }

    /** The line of {@code metric}, or {@code null} if this chart does not draw it. */
    public TimeSeries series(Metric metric) {
        for (int i = 0; i < lines.size(); i++) if (lines.get(i).metric() == metric) return series.get(i);
        return null;
    }

    /** The lines drawn on the left axis, as JFreeChart holds them. */
    TimeSeriesCollection leftDataset() {
        return (TimeSeriesCollection) chart.getXYPlot().getDataset(0);
    }

    // ---------------------------------------------------------------- files

    /** Writes the chart as a PNG of the standard size, atomically. */
    public Path writePng(Path file) throws IOException {
        AtomicFiles.write(file, out -> ChartUtils.writeChartAsPNG(out, chart, RunCharts.WIDTH, RunCharts.HEIGHT));
        return file;
    }

    /**
     * Writes the chart as SVG (JFreeSVG), atomically: vector lines for a paper's figures. The
     * definitions' id prefix is fixed so the same chart gives the same file.
     */
    public Path writeSvg(Path file) throws IOException {
        SVGGraphics2D svg = new SVGGraphics2D(RunCharts.WIDTH, RunCharts.HEIGHT);
        svg.setDefsKeyPrefix("icosim");
        chart.draw(svg, new Rectangle(RunCharts.WIDTH, RunCharts.HEIGHT));
        byte[] bytes = svg.getSVGDocument().getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(file, out -> out.write(bytes));
        return file;
    }
}
