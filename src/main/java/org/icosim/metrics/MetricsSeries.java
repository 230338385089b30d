package org.icosim.metrics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The monthly rows of one run, in memory: one {@code double[]} per month, indexed by
 * {@link Metric#ordinal()}, plus the calendar date of each row. Knows no file format; writers
 * and charts read it by metric name.
 */
public final class MetricsSeries implements java.io.Serializable {

    private final List<double[]> rows = new ArrayList<>();
    private final List<String> dates = new ArrayList<>();

    /** Adds a month; the row is copied. */
    public void add(String date, double[] row) {
        if (row.length != Metric.values().length) {
            throw new IllegalArgumentException("row has " + row.length + " values, expected " + Metric.values().length);
        }
        rows.add(row.clone());
        dates.add(date);
    }

    public int size() {
        return rows.size();
    }

    public double get(int month, Metric metric) {
        return rows.get(month)[metric.ordinal()];
    }

    public String date(int month) {
        return dates.get(month);
    }

    /** The whole series of one metric. */
    public double[] column(Metric metric) {
        double[] out = new double[rows.size()];
        for (int i = 0; i < out.length; i++) out[i] = rows.get(i)[metric.ordinal()];
        return out;
    }

    /** The last row, or {@code null} before the first month ends. */
    public double[] last() {
        return rows.isEmpty() ? null : rows.get(rows.size() - 1).clone();
    }

    public List<String> dates() {
        return Collections.unmodifiableList(dates);
    }

    /** The row of a month, copied. */
    public double[] row(int month) {
        return Arrays.copyOf(rows.get(month), rows.get(month).length);
    }
}
