package org.icosim.cli;

import java.io.IOException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.icosim.experiment.EnsembleStatistics;
import org.icosim.experiment.Scenario;
import org.icosim.experiment.ScenarioRun;
import org.icosim.io.EnsembleFile;
import org.icosim.io.InputException;
import org.icosim.io.MetricsCsv;
import org.icosim.io.ParameterOverrides;
import org.icosim.io.RunRecord;
import org.icosim.metrics.Metric;
import org.icosim.metrics.MetricsSeries;
import org.icosim.model.parameters.Consistency;
import org.icosim.model.parameters.Parameters;
import org.icosim.report.ScenarioCharts;

/**
 * {@code compare --ensemble FILE}: every scenario over every point of an ensemble of parameter
 * values (a calibration's plausible set) times seeds, so results carry both parameter and
 * stochastic uncertainty. Run (point j, replicate i) of every scenario uses the ensemble's values
 * at j and seed {@code S + i}: scenarios meet the same parameters and the same luck, and their
 * differences are paired.
 *
 * <p>The ensemble's values replace the model's; a scenario may not set an ensemble parameter
 * itself (in its experiment file or with {@code -p}), since one of the two would be silently
 * ignored. Every point is checked for consistency with every scenario before the first run.
 *
 * <p>Tables, tidy like the rest of a comparison's ({@code month} is the month index of
 * {@code metrics.csv}):
 * <ul>
 * <li>{@value #SUMMARY}: {@code scenario,month,date,metric,mean,low,high,sd,sdParameters,sdSeeds,points,runs}
 * ({@link EnsembleStatistics}) for every metric and month;</li>
 * <li>{@value #DIFFERENCES}: the same columns, after {@code scenario,baseline}, of the paired
 * differences (scenario minus baseline, same point and seed);</li>
 * <li>{@value #RUNS}: {@code scenario,point,replicate,seed} and the metrics of every run at the
 * {@code --at} months.</li>
 * </ul>
 */
final class EnsembleComparison {

    static final String SUMMARY = "ensemble-summary.csv";
    static final String DIFFERENCES = "ensemble-differences.csv";
    static final String RUNS = "ensemble-runs.csv";

    /** The metrics the report's tables show (every metric is in the CSV files). */
    static final List<Metric> HEADLINE = List.of(Metric.partnerShareFte, Metric.partnerFte, Metric.gpFte, Metric.practices,
            Metric.icoPatientShare, Metric.accessWithin48h, Metric.emergencyAdmissions, Metric.aeAttendances);

    private final List<String> names;
    private final EnsembleFile ensemble;
    private final int seeds;
    private final List<String> dates;
    /** {@code summary[s][month][metric]}. */
    private final EnsembleStatistics[][][] summary;
    /** {@code differences[s][month][metric]}; row 0 (the baseline) is empty. */
    private final EnsembleStatistics[][][] differences;

    private EnsembleComparison(List<String> names, EnsembleFile ensemble, int seeds, List<String> dates,
            EnsembleStatistics[][][] summary, EnsembleStatistics[][][] differences) {
        this.names = names;
        this.ensemble = ensemble;
        this.seeds = seeds;
        this.dates = dates;
        this.summary = summary;
        this.differences = differences;
    }

    /**
     * The runs to make: scenario s at point j is entry {@code s * J + j}, named {@code name@point}.
     *
     * @throws InputException if a scenario sets an ensemble parameter, or a point cannot run with a scenario
     */
    static List<Scenario> expand(List<RunSetup> setups, List<String> names, EnsembleFile ensemble) throws InputException {
        for (RunSetup setup : setups) {
            for (String name : ensemble.parameters()) {
                RunRecord.ResolvedParameter resolved = setup.resolved.get(Parameters.byName(name).index());
                if (resolved.from() == RunRecord.From.EXPERIMENT) {
                    throw new InputException(setup.experiment.path().toString(), "parameters." + name, "is one of the values "
                            + ensemble.path() + " varies; expected a scenario with --ensemble to leave it to the ensemble");
                }
                if (resolved.from() == RunRecord.From.COMMAND_LINE) {
                    throw new InputException(ParameterOverrides.SOURCE, "-p " + name, "is one of the values " + ensemble.path()
                            + " varies; expected -p with --ensemble to leave it to the ensemble");
                }
            }
        }
        List<Scenario> expanded = new ArrayList<>();
        for (int s = 0; s < setups.size(); s++) {
            RunSetup setup = setups.get(s);
            for (int j = 0; j < ensemble.points().size(); j++) {
                Parameters values = new Parameters(setup.parameters);
                for (int k = 0; k < ensemble.parameters().size(); k++) values.set(ensemble.parameters().get(k), ensemble.value(j, k));
                List<String> problems = Consistency.problems(values);
                if (!problems.isEmpty()) {
                    throw new InputException(ensemble.path().toString(), "row " + (j + 1) + " (point " + ensemble.points().get(j) + ")",
                            problems.get(0) + ", with " + setup.experiment.path());
                }
                expanded.add(new Scenario(names.get(s) + "@" + ensemble.points().get(j), values, setup.rules(), setup.model.worldSource()));
            }
        }
        return expanded;
    }

    /** The statistics of runs made for {@link #expand}'s scenarios, by expanded scenario then replicate. */
    static EnsembleComparison of(List<String> names, EnsembleFile ensemble, List<List<ScenarioRun>> runs) {
        int points = ensemble.points().size();
        int seeds = runs.get(0).size();
        MetricsSeries first = runs.get(0).get(0).metrics();
        int months = first.size();
        Metric[] metrics = Metric.values();
        EnsembleStatistics[][][] summary = new EnsembleStatistics[names.size()][months][metrics.length];
        EnsembleStatistics[][][] differences = new EnsembleStatistics[names.size()][months][metrics.length];
        double[][] values = new double[points][seeds];
        double[][] paired = new double[points][seeds];
        for (int s = 0; s < names.size(); s++) {
            for (int month = 0; month < months; month++) {
                for (Metric metric : metrics) {
                    if (metric == Metric.month || metric == Metric.date) continue;
                    for (int j = 0; j < points; j++) {
                        List<ScenarioRun> at = runs.get(s * points + j);
                        List<ScenarioRun> base = runs.get(j);
                        for (int i = 0; i < seeds; i++) {
                            values[j][i] = at.get(i).metrics().get(month, metric);
                            paired[j][i] = values[j][i] - base.get(i).metrics().get(month, metric);
                        }
                    }
                    summary[s][month][metric.ordinal()] = EnsembleStatistics.of(values);
                    if (s > 0) differences[s][month][metric.ordinal()] = EnsembleStatistics.of(paired);
                }
            }
        }
        return new EnsembleComparison(List.copyOf(names), ensemble, seeds, List.copyOf(first.dates()), summary, differences);
    }

    EnsembleStatistics stats(int scenario, int month, Metric metric) {
        return summary[scenario][month][metric.ordinal()];
    }

    EnsembleStatistics difference(int scenario, int month, Metric metric) {
        return differences[scenario][month][metric.ordinal()];
    }

    void writeSummary(Appendable csv) throws IOException {
        csv.append("scenario,month,date,metric,").append(COLUMNS).append('\n');
        for (int s = 0; s < names.size(); s++) {
            for (int month = 0; month < dates.size(); month++) {
                for (Metric metric : Metric.values()) {
                    if (metric == Metric.month || metric == Metric.date) continue;
                    csv.append(ComparisonTables.cell(names.get(s))).append(',').append(Integer.toString(month)).append(',')
                            .append(dates.get(month)).append(',').append(metric.name());
                    append(csv, stats(s, month, metric));
                }
            }
        }
    }

    void writeDifferences(Appendable csv) throws IOException {
        csv.append("scenario,baseline,month,date,metric,").append(COLUMNS).append('\n');
        for (int s = 1; s < names.size(); s++) {
            for (int month = 0; month < dates.size(); month++) {
                for (Metric metric : Metric.values()) {
                    if (metric == Metric.month || metric == Metric.date) continue;
                    csv.append(ComparisonTables.cell(names.get(s))).append(',').append(ComparisonTables.cell(names.get(0)))
                            .append(',').append(Integer.toString(month)).append(',').append(dates.get(month)).append(',')
                            .append(metric.name());
                    append(csv, difference(s, month, metric));
                }
            }
        }
    }

    static final String COLUMNS = "mean,low,high,sd,sdParameters,sdSeeds,points,runs";

    private static void append(Appendable csv, EnsembleStatistics e) throws IOException {
        for (double v : new double[] {e.mean(), e.low(), e.high(), e.sd(), e.sdParameters(), e.sdSeeds()}) {
            csv.append(',').append(MetricsCsv.format(v));
        }
        csv.append(',').append(Integer.toString(e.points())).append(',').append(Integer.toString(e.runs())).append('\n');
    }

    /** Every run's metrics at the given month indexes. */
    void writeRuns(List<List<ScenarioRun>> runs, List<Integer> atIndexes, Appendable csv) throws IOException {
        int points = ensemble.points().size();
        csv.append("scenario,point,replicate,seed");
        for (Metric metric : Metric.values()) csv.append(',').append(metric.name());
        csv.append('\n');
        for (int s = 0; s < names.size(); s++) {
            for (int j = 0; j < points; j++) {
                for (ScenarioRun run : runs.get(s * points + j)) {
                    MetricsSeries series = run.metrics();
                    for (int month : atIndexes) {
                        csv.append(ComparisonTables.cell(names.get(s))).append(',')
                                .append(ComparisonTables.cell(ensemble.points().get(j))).append(',')
                                .append(Integer.toString(run.replicate())).append(',').append(Long.toString(run.seed()));
                        double[] row = series.row(month);
                        for (Metric metric : Metric.values()) {
                            csv.append(',');
                            csv.append(metric == Metric.date ? series.date(month) : MetricsCsv.format(row[metric.ordinal()]));
                        }
                        csv.append('\n');
                    }
                }
            }
        }
    }

    /** The charts' lines and bands: the mean and the 95% interval over points and seeds. */
    ScenarioCharts.Bands bands() {
        int points = ensemble.points().size();
        return new ScenarioCharts.Bands() {
            @Override public int scenarios() { return names.size(); }
            @Override public String name(int scenario) { return names.get(scenario); }
            @Override public int months() { return dates.size(); }
            @Override public String date(int month) { return dates.get(month); }

            @Override
            public double[] band(int scenario, int month, Metric metric) {
                EnsembleStatistics e = stats(scenario, month, metric);
                return new double[] {e.mean(), e.low(), e.high()};
            }

            @Override
            public String legend() {
                return "line: mean over " + points + (points == 1 ? " point" : " points") + " x " + seeds
                        + (seeds == 1 ? " seed" : " seeds") + "; band: 95% of runs (parameters and seeds)";
            }
        };
    }

    /** {@code comparison.md}: what was run, how to read it, and the headline metrics at each {@code --at} month. */
    String markdown(String command, List<RunSetup> setups, long baseSeed, YearMonth start, List<Integer> atIndexes) {
        int points = ensemble.points().size();
        StringBuilder b = new StringBuilder();
        b.append("# Comparison of ").append(names.size()).append(names.size() == 1 ? " scenario" : " scenarios")
                .append(" over an ensemble of ").append(points).append(points == 1 ? " parameter point" : " parameter points")
                .append("\n\n");
        b.append("Produced by `").append(command).append("` (the output folder and the number of threads are left out: ")
                .append("they change no number).\n\n");
        b.append("Every scenario ran at each of the ").append(points).append(" points of `").append(ensemble.path())
                .append("` (SHA-256 `").append(ensemble.sha256()).append("`) with ").append(seeds)
                .append(seeds == 1 ? " seed" : " seeds").append(" (").append(baseSeed);
        if (seeds > 1) b.append(" to ").append(baseSeed + seeds - 1);
        b.append("), for ").append(dates.size()).append(" months from ").append(start)
                .append(": ").append(names.size() * points * seeds).append(" runs. Run (point j, seed i) of every scenario ")
                .append("uses the same values and the same seed, so differences between scenarios are paired.\n\n");
        b.append("The ensemble sets ").append(ensemble.parameters().size())
                .append(ensemble.parameters().size() == 1 ? " parameter" : " parameters")
                .append(" (over the points: lowest to highest): ");
        for (int k = 0; k < ensemble.parameters().size(); k++) {
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < points; j++) {
                lo = Math.min(lo, ensemble.value(j, k));
                hi = Math.max(hi, ensemble.value(j, k));
            }
            if (k > 0) b.append(", ");
            b.append('`').append(ensemble.parameters().get(k)).append("` ").append(MetricsCsv.format(lo)).append(" to ")
                    .append(MetricsCsv.format(hi));
        }
        b.append(". Scenarios:\n\n");
        for (int s = 0; s < setups.size(); s++) {
            RunSetup setup = setups.get(s);
            b.append("- `").append(names.get(s)).append("`").append(s == 0 ? " (baseline)" : "").append(": `")
                    .append(setup.experiment.path()).append("` (SHA-256 `").append(setup.experiment.sha256())
                    .append("`), model `").append(setup.model.path()).append("`\n");
        }
        b.append("\nEach cell is the mean over points and seeds, then [the 2.5th to 97.5th percentile of all runs]: the ")
                .append("spread a run at a plausible point shows, parameters and chance together. Below it, ")
                .append("`p` and `s` are the standard deviations that parameters and seeds make (a one-way ")
                .append("random-effects analysis of variance; see `").append(SUMMARY).append("`). Differences are ")
                .append("scenario minus baseline, run by run.\n");
        for (int month : atIndexes) {
            b.append("\n## ").append(dates.get(month)).append(" (after ").append(month + 1).append(" months)\n\n");
            b.append("| metric |");
            for (String name : names) b.append(' ').append(name).append(" |");
            for (int s = 1; s < names.size(); s++) b.append(' ').append(names.get(s)).append(" - ").append(names.get(0)).append(" |");
            b.append("\n|---|");
            for (int s = 0; s < 2 * names.size() - 1; s++) b.append("---|");
            b.append('\n');
            for (Metric metric : HEADLINE) {
                b.append("| ").append(metric.name()).append(" |");
                for (int s = 0; s < names.size(); s++) b.append(' ').append(cell(stats(s, month, metric))).append(" |");
                for (int s = 1; s < names.size(); s++) b.append(' ').append(cell(difference(s, month, metric))).append(" |");
                b.append('\n');
            }
        }
        return b.toString();
    }

    private static String cell(EnsembleStatistics e) {
        if (Double.isNaN(e.mean())) return "";
        return number(e.mean()) + " [" + number(e.low()) + ", " + number(e.high()) + "]<br>p " + number(e.sdParameters())
                + ", s " + number(e.sdSeeds());
    }

    /** As the history-matching report writes numbers; "-" for none. */
    static String number(double v) {
        return Double.isNaN(v) ? "-" : HistoryMatchingRun.f(v);
    }
}
