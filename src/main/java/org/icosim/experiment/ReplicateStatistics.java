package org.icosim.experiment;

/**
 * One quantity over the replicates (seeds) of a scenario: mean, sample standard deviation,
 * lowest, highest, and how many replicates had a value. NaN values (a metric with no meaning in
 * that run and month) are left out rather than poisoning the mean; when no replicate has a value
 * every statistic is NaN. Values are summed in replicate order, so the same runs always give the
 * same bits.
 *
 * @param mean  arithmetic mean
 * @param sd    sample standard deviation (divisor {@code count - 1}); NaN for fewer than two values
 * @param min   lowest value
 * @param max   highest value
 * @param count replicates with a value
 */
public record ReplicateStatistics(double mean, double sd, double min, double max, int count) {

    /** The statistics of {@code values}, one per replicate in replicate order. */
    public static ReplicateStatistics of(double[] values) {
        int count = 0;
        double sum = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            if (Double.isNaN(v)) continue;
            count++;
            sum += v;
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        if (count == 0) return new ReplicateStatistics(Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0);
        double mean = sum / count;
        double sd = Double.NaN;
        if (count > 1) {
            // Two passes: the one-pass formula loses precision on large counts with small spread.
            double squares = 0;
            for (double v : values) {
                if (!Double.isNaN(v)) squares += (v - mean) * (v - mean);
            }
            sd = Math.sqrt(squares / (count - 1));
        }
        return new ReplicateStatistics(mean, sd, min, max, count);
    }
}
