package org.icosim.experiment;

import java.util.Arrays;

/**
 * Five-number summary of a set of values: lowest, lower quartile, median, upper quartile and
 * highest, with how many values it summarises. Used to show how unevenly a policy spreads over
 * economies. Quantiles interpolate linearly between order statistics (Hyndman and Fan's type 7,
 * the default of R and NumPy), so a reader can reproduce them with either. NaN values are left
 * out; with none left every statistic is NaN.
 *
 * @param min           lowest value
 * @param lowerQuartile 25th percentile
 * @param median        50th percentile
 * @param upperQuartile 75th percentile
 * @param max           highest value
 * @param count         values summarised
 */
public record Quartiles(double min, double lowerQuartile, double median, double upperQuartile, double max, int count) {

    /** The summary of {@code values} (in any order; the array is not changed). */
    public static Quartiles of(double[] values) {
        double[] sorted = Arrays.stream(values).filter(v -> !Double.isNaN(v)).sorted().toArray();
        int n = sorted.length;
        if (n == 0) return new Quartiles(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0);
        return new Quartiles(sorted[0], quantile(sorted, 0.25), quantile(sorted, 0.5), quantile(sorted, 0.75),
                sorted[n - 1], n);
    }

    /** The {@code p} quantile of sorted values, type 7. */
    static double quantile(double[] sorted, double p) {
        double position = (sorted.length - 1) * p;
        int below = (int) Math.floor(position);
        if (below + 1 >= sorted.length) return sorted[sorted.length - 1];
        double fraction = position - below;
        return sorted[below] + fraction * (sorted[below + 1] - sorted[below]);
    }
}
