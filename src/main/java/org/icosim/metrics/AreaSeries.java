package org.icosim.metrics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The monthly metrics of one run by area, in memory: the areas, the metrics reported for each
 * (a subset of {@link Metric}, in column order), and per month one row of them per area.
 */
public final class AreaSeries implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private final List<Area> areas;
    private final List<Metric> metrics;
    private final List<double[][]> months = new ArrayList<>();
    private final List<String> dates = new ArrayList<>();

    public AreaSeries(List<Area> areas, List<Metric> metrics) {
        this.areas = List.copyOf(areas);
        this.metrics = List.copyOf(metrics);
    }

    /** Adds a month: one row of {@link #metrics()} per area, in {@link #areas()} order (copied). */
    public void add(String date, double[][] rows) {
        if (rows.length != areas.size()) {
            throw new IllegalArgumentException("got rows for " + rows.length + " areas, expected " + areas.size());
        }
        double[][] copy = new double[rows.length][];
        for (int a = 0; a < rows.length; a++) {
            if (rows[a].length != metrics.size()) {
                throw new IllegalArgumentException("area " + a + " has " + rows[a].length + " values, expected " + metrics.size());
            }
            copy[a] = rows[a].clone();
        }
        months.add(copy);
        dates.add(date);
    }

    public List<Area> areas() {
        return areas;
    }

    public List<Metric> metrics() {
        return metrics;
    }

    public int size() {
        return months.size();
    }

    public String date(int month) {
        return dates.get(month);
    }

    public List<String> dates() {
        return Collections.unmodifiableList(dates);
    }

    /** A metric of an area in a month, or NaN if the metric is not reported by area. */
    public double get(int month, int area, Metric metric) {
        int k = metrics.indexOf(metric);
        return k < 0 ? Double.NaN : months.get(month)[area][k];
    }

    /** The value in column {@code k} of {@link #metrics()}. */
    public double value(int month, int area, int k) {
        return months.get(month)[area][k];
    }
}
