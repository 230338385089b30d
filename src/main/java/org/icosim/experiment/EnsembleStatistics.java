package org.icosim.experiment;

import java.util.Arrays;

/**
 * One quantity over an ensemble of parameter points times seeds: its mean, a 95% interval from
 * both sources of uncertainty, and how much of the spread each source makes.
 *
 * <p>With x_ji the value at point j and seed i (J points, n_j seeds with a value at point j), the
 * interval is the 2.5th to 97.5th percentile of all the x_ji (type 7 of Hyndman and Fan 1996):
 * the spread a new run at a plausible point would show, parameters and luck together. The
 * components are those of a one-way random-effects analysis of variance (Searle, Casella and
 * McCulloch, Variance Components, 1992, ch. 3): the seed variance W is the mean of the points'
 * own sample variances; the parameter variance is the variance of the point means less the part
 * seeds put into them, {@code max(0, var_j(mean_j) - W / n)} with n the mean seeds a point. Every
 * point weighs the same, as each is one draw from the plausible set. NaN values (a metric with no
 * meaning in that run and month) are left out.
 *
 * @param mean         mean of the point means
 * @param low          2.5th percentile of every run's value
 * @param high         97.5th percentile
 * @param sd           sample standard deviation of every run's value
 * @param sdParameters square root of the parameter variance component; NaN with one point
 * @param sdSeeds      square root of the seed variance component; NaN with one seed a point
 * @param points       points with a value
 * @param runs         runs with a value
 */
public record EnsembleStatistics(double mean, double low, double high, double sd, double sdParameters, double sdSeeds,
        int points, int runs) {

    /** @param values {@code values[point][seed]}, every point with the same seeds in the same order */
    public static EnsembleStatistics of(double[][] values) {
        int points = 0;
        int runs = 0;
        double sumOfMeans = 0;
        double sumOfVariances = 0;
        int withVariance = 0;
        double[] means = new double[values.length];
        double[] all = new double[Arrays.stream(values).mapToInt(v -> v.length).sum()];
        for (int j = 0; j < values.length; j++) {
            int count = 0;
            double sum = 0;
            for (double v : values[j]) {
                if (Double.isNaN(v)) continue;
                all[runs++] = v;
                count++;
                sum += v;
            }
            if (count == 0) {
                means[j] = Double.NaN;
                continue;
            }
            double mean = sum / count;
            means[j] = mean;
            points++;
            sumOfMeans += mean;
            if (count > 1) {
                double squares = 0;
                for (double v : values[j]) if (!Double.isNaN(v)) squares += (v - mean) * (v - mean);
                sumOfVariances += squares / (count - 1);
                withVariance++;
            }
        }
        if (points == 0) {
            return new EnsembleStatistics(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0, 0);
        }
        double grand = sumOfMeans / points;
        double seedVariance = withVariance > 0 ? sumOfVariances / withVariance : Double.NaN;
        double sdParameters = Double.NaN;
        if (points > 1) {
            double squares = 0;
            for (double m : means) if (!Double.isNaN(m)) squares += (m - grand) * (m - grand);
            double betweenMeans = squares / (points - 1);
            double seedsPerPoint = (double) runs / points;
            double seedPart = Double.isNaN(seedVariance) ? 0 : seedVariance / seedsPerPoint;
            double component = betweenMeans - seedPart;
            // Rounding leaves a difference of two equal variances a few ulps from 0: that is 0.
            if (component <= 1e-12 * (betweenMeans + seedPart)) component = 0;
            sdParameters = Math.sqrt(component);
        }
        double[] values1 = Arrays.copyOf(all, runs);
        double runMean = 0;
        for (double v : values1) runMean += v;
        runMean /= runs;
        double sd = Double.NaN;
        if (runs > 1) {
            double squares = 0;
            for (double v : values1) squares += (v - runMean) * (v - runMean);
            sd = Math.sqrt(squares / (runs - 1));
        }
        Arrays.sort(values1);
        return new EnsembleStatistics(grand, percentile(values1, 0.025), percentile(values1, 0.975), sd, sdParameters,
                Double.isNaN(seedVariance) ? Double.NaN : Math.sqrt(seedVariance), points, runs);
    }

    /** The q-quantile of sorted values by linear interpolation between order statistics (type 7). */
    static double percentile(double[] sorted, double q) {
        double h = (sorted.length - 1) * q;
        int lo = (int) Math.floor(h);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
