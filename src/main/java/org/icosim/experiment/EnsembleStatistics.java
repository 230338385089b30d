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
        double[] means = new double[values.length];
        double[] all = new double[Arrays.stream(values).mapToInt(v -> v.length).sum()];
        int runs = 0;
        double sumOfVariances = 0;
        int withVariance = 0;
        for (int j = 0; j < values.length; j++) {
            ReplicateStatistics point = ReplicateStatistics.of(values[j]);
            means[j] = point.mean();
            if (point.count() > 1) {
                sumOfVariances += point.sd() * point.sd();
                withVariance++;
            }
            for (double v : values[j]) if (!Double.isNaN(v)) all[runs++] = v;
        }
        ReplicateStatistics overPoints = ReplicateStatistics.of(means);
        int points = overPoints.count();
        if (points == 0) {
            return new EnsembleStatistics(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0, 0);
        }
        double seedVariance = withVariance > 0 ? sumOfVariances / withVariance : Double.NaN;
        double sdParameters = Double.NaN;
        if (points > 1) {
            double betweenMeans = overPoints.sd() * overPoints.sd();
            double seedPart = Double.isNaN(seedVariance) ? 0 : seedVariance / ((double) runs / points);
            double component = betweenMeans - seedPart;
            // Rounding leaves a difference of two equal variances a few ulps from 0: that is 0.
            if (component <= 1e-12 * (betweenMeans + seedPart)) component = 0;
            sdParameters = Math.sqrt(component);
        }
        double[] runValues = Arrays.copyOf(all, runs);
        double sd = ReplicateStatistics.of(runValues).sd();
        Arrays.sort(runValues);
        return new EnsembleStatistics(overPoints.mean(), Quartiles.quantile(runValues, 0.025), Quartiles.quantile(runValues, 0.975),
                sd, sdParameters, Math.sqrt(seedVariance), points, runs);
    }
}
