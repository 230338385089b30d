package org.icosim.experiment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

import org.icosim.metrics.Metric;
import org.icosim.metrics.MetricsSeries;

/**
 * A scenario's runs reduced to what a comparison shows: for every month and metric, the
 * statistics over replicates ({@link ReplicateStatistics}); and at every snapshot month, the
 * spread of {@code icoPatientShare} over economies, pooled over replicates ({@link Quartiles}),
 * which shows how unevenly a policy takes hold.
 */
public final class ScenarioSummary {

    private final String name;
    private final List<String> dates;
    private final int replicates;
    private final ReplicateStatistics[][] byMonth;
    private final SortedMap<Integer, Quartiles> icoShareSpread = new TreeMap<>();

    private ScenarioSummary(String name, List<String> dates, int replicates, ReplicateStatistics[][] byMonth) {
        this.name = name;
        this.dates = dates;
        this.replicates = replicates;
        this.byMonth = byMonth;
    }

    /**
     * Summarises the runs of one scenario, given in replicate order.
     *
     * @throws IllegalArgumentException if there is no run, or runs differ in length or dates
     */
    public static ScenarioSummary of(String name, List<ScenarioRun> runs) {
        if (runs.isEmpty()) throw new IllegalArgumentException(name + ": no run to summarise");
        MetricsSeries first = runs.get(0).metrics();
        for (ScenarioRun run : runs) {
            if (!run.metrics().dates().equals(first.dates())) {
                throw new IllegalArgumentException(name + ": seed " + run.seed() + " covers other months than seed "
                        + runs.get(0).seed() + "; expected every replicate to run the same months");
            }
        }
        Metric[] metrics = Metric.values();
        ReplicateStatistics[][] byMonth = new ReplicateStatistics[first.size()][metrics.length];
        double[] values = new double[runs.size()];
        for (int month = 0; month < first.size(); month++) {
            for (Metric metric : metrics) {
                for (int r = 0; r < runs.size(); r++) values[r] = runs.get(r).metrics().get(month, metric);
                byMonth[month][metric.ordinal()] = ReplicateStatistics.of(values);
            }
        }
        ScenarioSummary summary = new ScenarioSummary(name, List.copyOf(first.dates()), runs.size(), byMonth);
        for (int month : runs.get(0).economiesAt().keySet()) {
            List<Double> shares = new ArrayList<>();
            for (ScenarioRun run : runs) {
                for (EconomySnapshot economy : run.economiesAt().getOrDefault(month, List.of())) {
                    shares.add(economy.icoPatientShare());
                }
            }
            summary.icoShareSpread.put(month, Quartiles.of(shares.stream().mapToDouble(Double::doubleValue).toArray()));
        }
        return summary;
    }

    /** The scenario's name. */
    public String name() {
        return name;
    }

    /** Months in every run. */
    public int months() {
        return dates.size();
    }

    /** Calendar month (YYYY-MM) of a month index. */
    public String date(int month) {
        return dates.get(month);
    }

    /** Every month's date, in order. */
    public List<String> dates() {
        return Collections.unmodifiableList(dates);
    }

    /** Runs summarised. */
    public int replicates() {
        return replicates;
    }

    /** A metric over replicates at a month index. */
    public ReplicateStatistics stats(int month, Metric metric) {
        return byMonth[month][metric.ordinal()];
    }

    /**
     * {@code icoPatientShare} over every economy of every replicate at a snapshot month index.
     *
     * @throws IllegalArgumentException if no snapshot was taken that month
     */
    public Quartiles icoShareSpread(int month) {
        Quartiles q = icoShareSpread.get(month);
        if (q == null) throw new IllegalArgumentException(name + ": no economy snapshot at month " + month);
        return q;
    }
}
