package org.icosim.report;

import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

import org.icosim.experiment.ReplicateStatistics;
import org.icosim.experiment.ScenarioSummary;
import org.icosim.metrics.Metric;

/**
 * Charts of a scenario comparison, drawn headless into PNG files with the look of
 * {@link RunCharts}: one line per scenario for the mean over seeds, in a shaded band from the
 * lowest to the highest seed, so a reader sees at once whether scenarios differ by more than
 * chance.
 *
 * <ul>
 * <li>{@value #ICO_ADOPTION}: share of patients whose practice is in an ICO;</li>
 * <li>{@value #PARTNER_SHARE}: partner share of GP FTE;</li>
 * <li>{@value #PRACTICES}: open practices;</li>
 * <li>{@value #ICO_SALARIED}: FTE of salaried GPs employed by ICOs;</li>
 * <li>{@value #EMERGENCY_ADMISSIONS}: emergency admissions a month;</li>
 * <li>{@value #ACCESS}: appointment requests met at the first attempt.</li>
 * </ul>
 *
 * <p>Values come from {@link ScenarioSummary}, which the comparison's CSV files are written
 * from, so a chart and {@code summary.csv} cannot disagree. Months with no value are left out.
 */
public final class ScenarioCharts {

    public static final String ICO_ADOPTION = "ico-adoption.png";
    public static final String PARTNER_SHARE = "partner-share.png";
    public static final String PRACTICES = "practices.png";
    public static final String ICO_SALARIED = "ico-salaried.png";
    public static final String EMERGENCY_ADMISSIONS = "emergency-admissions.png";
    public static final String ACCESS = "access.png";

    /** Light enough for the lines of other scenarios to show through where bands overlap. */
    private static final float BAND_ALPHA = 0.18f;

    /**
     * What a chart draws of each scenario: a line and a band around it, month by month. A
     * comparison over seeds draws the mean and the lowest to highest seed ({@link #of}); one over
     * an ensemble of parameter points, the mean and the 95% interval over points and seeds.
     */
    public interface Bands {
        int scenarios();

        String name(int scenario);

        int months();

        /** The month's date, YYYY-MM. */
        String date(int month);

        /** {mean, low, high}; a NaN mean leaves the month out. */
        double[] band(int scenario, int month, Metric metric);

        /** The chart's subtitle: what the line and the band are. */
        String legend();
    }

    /** The bands of a comparison over seeds: the mean, and the lowest to highest seed. */
    public static Bands of(List<ScenarioSummary> scenarios) {
        return new Bands() {
            @Override public int scenarios() { return scenarios.size(); }
            @Override public String name(int scenario) { return scenarios.get(scenario).name(); }
            @Override public int months() { return scenarios.isEmpty() ? 0 : scenarios.get(0).months(); }
            @Override public String date(int month) { return scenarios.get(0).date(month); }

            @Override
            public double[] band(int scenario, int month, Metric metric) {
                ReplicateStatistics stats = scenarios.get(scenario).stats(month, metric);
                return new double[] {stats.mean(), stats.min(), stats.max()};
            }

            @Override
            public String legend() {
                int seeds = scenarios.isEmpty() ? 0 : scenarios.get(0).replicates();
                return "line: mean of " + seeds + (seeds == 1 ? " seed" : " seeds") + "; band: lowest to highest seed";
            }
        };
    }

    private ScenarioCharts() {
    }

    /**
     * Writes the six charts into {@code folder} (created if needed).
     *
     * @return the files written, in the order listed above
     * @throws IllegalArgumentException if a date is not {@code YYYY-MM}
     */
    public static List<Path> writeAll(List<ScenarioSummary> scenarios, Path folder) throws IOException {
        return writeAll(of(scenarios), folder);
    }

    /** Writes the six charts of any bands into {@code folder} (created if needed). */
    public static List<Path> writeAll(Bands scenarios, Path folder) throws IOException {
        Files.createDirectories(folder);
        List<Path> written = new ArrayList<>();
        written.add(RunCharts.save(chart(scenarios, Metric.icoPatientShare, "ICO adoption",
                "patients whose practice is in an ICO (share)", true), folder.resolve(ICO_ADOPTION)));
        written.add(RunCharts.save(chart(scenarios, Metric.partnerShareFte, "Partner share of GP FTE",
                "partner FTE / fully qualified GP FTE (share)", true), folder.resolve(PARTNER_SHARE)));
        written.add(RunCharts.save(chart(scenarios, Metric.practices, "Open practices",
                "practices (count)", false), folder.resolve(PRACTICES)));
        written.add(RunCharts.save(chart(scenarios, Metric.icoSalariedFte, "Salaried GPs employed by ICOs",
                "FTE (1 FTE = 37.5 hours a week)", false), folder.resolve(ICO_SALARIED)));
        written.add(RunCharts.save(chart(scenarios, Metric.emergencyAdmissions, "Emergency admissions",
                "admissions per month (people)", false), folder.resolve(EMERGENCY_ADMISSIONS)));
        written.add(RunCharts.save(chart(scenarios, Metric.accessWithin48h, "GP access",
                "requests met at the first attempt (share)", true), folder.resolve(ACCESS)));
        return written;
    }

    /**
     * One metric by scenario: the mean of the seeds as a line, the lowest to highest seed as a band.
     *
     * @param share whether the metric is a share, drawn on a fixed 0 to 1 axis so charts compare
     */
    public static JFreeChart chart(List<ScenarioSummary> scenarios, Metric metric, String title, String valueAxis,
            boolean share) {
        return chart(of(scenarios), metric, title, valueAxis, share);
    }

    /** One metric by scenario, from any bands. */
    public static JFreeChart chart(Bands scenarios, Metric metric, String title, String valueAxis, boolean share) {
        YIntervalSeriesCollection dataset = dataset(scenarios, metric);
        JFreeChart chart = ChartFactory.createTimeSeriesChart(title, RunCharts.TIME_AXIS, valueAxis, dataset, true, false, false);
        RunCharts.style(chart, title);
        chart.addSubtitle(new TextTitle(scenarios.legend(), new Font(Font.SANS_SERIF, Font.PLAIN, 12)));
        XYPlot plot = chart.getXYPlot();
        DeviationRenderer renderer = new DeviationRenderer(true, false);
        renderer.setAlpha(BAND_ALPHA);
        for (int s = 0; s < dataset.getSeriesCount(); s++) {
            Color colour = RunCharts.PALETTE[s % RunCharts.PALETTE.length];
            renderer.setSeriesPaint(s, colour);
            renderer.setSeriesFillPaint(s, colour);
            renderer.setSeriesStroke(s, RunCharts.LINE);
        }
        plot.setRenderer(renderer);
        NumberAxis axis = (NumberAxis) plot.getRangeAxis();
        if (share) {
            axis.setRange(0.0, 1.0);
        } else {
            axis.setAutoRangeIncludesZero(true);
        }
        return chart;
    }

    /** Package-private so tests can check one point per month per scenario, with its band. */
    static YIntervalSeriesCollection dataset(List<ScenarioSummary> scenarios, Metric metric) {
        return dataset(of(scenarios), metric);
    }

    static YIntervalSeriesCollection dataset(Bands scenarios, Metric metric) {
        YIntervalSeriesCollection collection = new YIntervalSeriesCollection();
        for (int s = 0; s < scenarios.scenarios(); s++) {
            // Scenario names are unique in a comparison; duplicate keys would merge two legends.
            YIntervalSeries line = new YIntervalSeries(scenarios.name(s), false, true);
            for (int month = 0; month < scenarios.months(); month++) {
                double[] band = scenarios.band(s, month, metric);
                if (Double.isNaN(band[0])) continue;
                line.add(firstMillisecond(scenarios.date(month), month), band[0], band[1], band[2]);
            }
            collection.addSeries(line);
        }
        return collection;
    }

    /** Where a month starts on the time axis, as {@link RunCharts}' time series place it. */
    private static double firstMillisecond(String date, int month) {
        return MetricChart.month(date, "month " + month).getFirstMillisecond();
    }
}
