package org.icosim.cli;

import java.io.IOException;
import java.util.List;

import org.icosim.experiment.EconomySnapshot;
import org.icosim.experiment.ReplicateStatistics;
import org.icosim.experiment.ScenarioRun;
import org.icosim.experiment.ScenarioSummary;
import org.icosim.io.MetricsCsv;
import org.icosim.metrics.Metric;
import org.icosim.metrics.MetricsSeries;

/**
 * The tidy CSV tables of a comparison, one observation a row so that pandas, R or a spreadsheet
 * can filter and pivot them without reshaping:
 * <ul>
 * <li>{@value #SUMMARY}: {@code scenario,month,date,metric,mean,sd,min,max,seeds}, every metric
 * but {@code month} and {@code date} at every month, over seeds;</li>
 * <li>{@value #RUNS}: {@code scenario,replicate,seed} then the columns of {@code metrics.csv},
 * one row per run and month;</li>
 * <li>{@value #ECONOMIES}: {@code scenario,replicate,seed,month,date,economy,practices,patients,icoPatientShare,economyCode,economyName}
 * at each snapshot month.</li>
 * </ul>
 * {@code month} is the month index of {@code metrics.csv} (0 = first month) in all three, so they
 * join. Numbers are written by {@link MetricsCsv#format}, so the same runs give the same bytes; an
 * empty cell is a value with no meaning (the spread of a single seed, a share of no patients).
 * Rows are in scenario order (the baseline first), then replicate or month, then metric order.
 */
final class ComparisonTables {

    static final String SUMMARY = "summary.csv";
    static final String RUNS = "runs.csv";
    static final String ECONOMIES = "economies.csv";

    private ComparisonTables() {
    }

    /** {@value #SUMMARY}: statistics over seeds of every metric at every month. */
    static void writeSummary(List<ScenarioSummary> scenarios, Appendable csv) throws IOException {
        csv.append("scenario,month,date,metric,mean,sd,min,max,seeds\n");
        for (ScenarioSummary scenario : scenarios) {
            String name = cell(scenario.name());
            for (int month = 0; month < scenario.months(); month++) {
                String prefix = name + ',' + month + ',' + cell(scenario.date(month)) + ',';
                for (Metric metric : Metric.values()) {
                    if (metric == Metric.month || metric == Metric.date) continue;
                    ReplicateStatistics s = scenario.stats(month, metric);
                    csv.append(prefix).append(metric.name()).append(',')
                            .append(MetricsCsv.format(s.mean())).append(',')
                            .append(MetricsCsv.format(s.sd())).append(',')
                            .append(MetricsCsv.format(s.min())).append(',')
                            .append(MetricsCsv.format(s.max())).append(',')
                            .append(Integer.toString(s.count())).append('\n');
                }
            }
        }
    }

    /** {@value #RUNS}: every run's monthly metrics, as {@code metrics.csv} writes them. */
    static void writeRuns(List<String> names, List<List<ScenarioRun>> runs, Appendable csv) throws IOException {
        csv.append("scenario,replicate,seed");
        for (Metric metric : Metric.values()) csv.append(',').append(metric.name());
        csv.append('\n');
        for (int s = 0; s < runs.size(); s++) {
            String name = cell(names.get(s));
            for (ScenarioRun run : runs.get(s)) {
                MetricsSeries series = run.metrics();
                for (int month = 0; month < series.size(); month++) {
                    csv.append(name).append(',').append(Integer.toString(run.replicate())).append(',')
                            .append(Long.toString(run.seed()));
                    double[] row = series.row(month);
                    for (Metric metric : Metric.values()) {
                        csv.append(',');
                        csv.append(metric == Metric.date ? cell(series.date(month)) : MetricsCsv.format(row[metric.ordinal()]));
                    }
                    csv.append('\n');
                }
            }
        }
    }

    /** {@value #ECONOMIES}: every economy of every run at each snapshot month. */
    static void writeEconomies(List<String> names, List<List<ScenarioRun>> runs, Appendable csv) throws IOException {
        csv.append("scenario,replicate,seed,month,date,economy,practices,patients,icoPatientShare,economyCode,economyName\n");
        for (int s = 0; s < runs.size(); s++) {
            String name = cell(names.get(s));
            for (ScenarioRun run : runs.get(s)) {
                for (var at : run.economiesAt().entrySet()) {
                    int month = at.getKey();
                    for (EconomySnapshot economy : at.getValue()) {
                        csv.append(name).append(',').append(Integer.toString(run.replicate())).append(',')
                                .append(Long.toString(run.seed())).append(',').append(Integer.toString(month)).append(',')
                                .append(cell(run.metrics().date(month))).append(',')
                                .append(Integer.toString(economy.economy())).append(',')
                                .append(Integer.toString(economy.practices())).append(',')
                                .append(MetricsCsv.format(economy.patients())).append(',')
                                .append(MetricsCsv.format(economy.icoPatientShare())).append(',')
                                .append(cell(economy.code())).append(',').append(cell(economy.name())).append('\n');
                    }
                }
            }
        }
    }

    /** A text cell, quoted as RFC 4180 asks when it holds a comma, quote or line break. */
    static String cell(String text) {
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
