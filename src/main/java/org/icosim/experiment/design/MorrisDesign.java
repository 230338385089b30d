package org.icosim.experiment.design;

/**
 * Morris's elementary effects screening (M. D. Morris, "Factorial sampling plans for preliminary
 * computational experiments", Technometrics 33, 1991), with the absolute-value mean mu* of
 * Campolongo, Cariboni and Saltelli ("An effective screening design for sensitivity analysis of
 * large models", Environmental Modelling and Software 22, 2007).
 *
 * <p>Each factor moves on the p-level grid {0, 1/(p-1), ..., 1} of its range, by
 * Δ = p / (2(p-1)). A trajectory starts at a random base point whose coordinates are levels
 * from which a step of Δ stays in [0, 1] (the lower half of the grid), takes a random direction
 * for each factor (up from the base value, or down from base + Δ) and a random order of factors,
 * and then moves one factor at a time: k + 1 points, each differing from the one before in one
 * factor by ±Δ. This is Morris's matrix B* = (J x* + (Δ/2)[(2B - J)D* + J])P* written out.
 *
 * <p>Elementary effects are in output units per unit of a factor's normalised range (the change
 * of the output when the factor moves from its minimum to its maximum, if the effect were
 * linear), so mu* is comparable across factors of different units.
 */
public final class MorrisDesign {

    private final int trajectories;
    private final int factors;
    private final int levels;

    /**
     * @param trajectories r, at least 2 (sigma needs two effects)
     * @param factors      k, at least 1
     * @param levels       p, even and at least 2
     */
    public MorrisDesign(int trajectories, int factors, int levels) {
        if (trajectories < 2) throw new IllegalArgumentException("trajectories: got " + trajectories + ", expected at least 2");
        if (factors < 1) throw new IllegalArgumentException("factors: got " + factors + ", expected at least 1");
        if (levels < 2 || levels % 2 != 0) throw new IllegalArgumentException("levels: got " + levels + ", expected an even number >= 2");
        this.trajectories = trajectories;
        this.factors = factors;
        this.levels = levels;
    }

    /** Δ = p / (2(p-1)) (Morris 1991). */
    public double delta() {
        return levels / (2.0 * (levels - 1));
    }

    /** Points in the design: r (k + 1). */
    public int points() {
        return trajectories * (factors + 1);
    }

    /** The r (k + 1) points, trajectory by trajectory, in [0, 1]^k. */
    public double[][] sample(SplitMix64 rng) {
        double delta = delta();
        double[][] points = new double[points()][];
        for (int t = 0; t < trajectories; t++) {
            double[] x = new double[factors];
            for (int j = 0; j < factors; j++) {
                // Base levels 0 .. p/2 - 1, so base + Δ is at most level p - 1, the top of the grid.
                double base = rng.nextInt(levels / 2) / (double) (levels - 1);
                boolean up = rng.nextLong() < 0;
                x[j] = up ? base : base + delta;
            }
            int[] order = rng.permutation(factors);
            int row = t * (factors + 1);
            points[row] = x.clone();
            for (int step = 0; step < factors; step++) {
                int j = order[step];
                // The pair of values is {base, base + Δ}; move to the other one.
                x[j] = isLower(x[j], delta) ? x[j] + delta : x[j] - delta;
                points[row + step + 1] = x.clone();
            }
        }
        return points;
    }

    /** Whether a coordinate is the lower of its pair: lower values lie in [0, 1 - Δ]. */
    private static boolean isLower(double value, double delta) {
        return value <= 1 - delta + 1e-12;
    }

    /**
     * mu, mu* and sigma of one output over the trajectories of a design.
     *
     * @param mu     mean elementary effect per factor (signed; effects of opposite sign cancel)
     * @param muStar mean absolute elementary effect (Campolongo et al. 2007), the measure of importance
     * @param sigma  standard deviation of the effects (n - 1 in the denominator): non-linearity or interactions
     * @param effects number of effects each factor's statistics use (trajectories whose two points both have an output)
     */
    public record Result(double[] mu, double[] muStar, double[] sigma, int[] effects) {
    }

    /**
     * Computes the elementary effects of {@code outputs} (one per point of {@link #sample}, in
     * order) and their statistics. A step with a NaN output at either end gives no effect; a
     * factor with no effect left has NaN statistics, and one with a single effect a NaN sigma.
     */
    public Result analyse(double[][] points, double[] outputs) {
        if (points.length != points() || outputs.length != points()) {
            throw new IllegalArgumentException("got " + points.length + " points and " + outputs.length
                    + " outputs, expected " + points() + " of each");
        }
        double[][] effects = new double[factors][trajectories];
        int[] count = new int[factors];
        for (int t = 0; t < trajectories; t++) {
            int row = t * (factors + 1);
            for (int step = 0; step < factors; step++) {
                double[] before = points[row + step];
                double[] after = points[row + step + 1];
                int moved = -1;
                for (int j = 0; j < factors; j++) {
                    if (before[j] != after[j]) {
                        if (moved >= 0) throw new IllegalArgumentException("trajectory " + t + ", step " + step + " moves two factors");
                        moved = j;
                    }
                }
                if (moved < 0) throw new IllegalArgumentException("trajectory " + t + ", step " + step + " moves no factor");
                double y0 = outputs[row + step];
                double y1 = outputs[row + step + 1];
                if (Double.isNaN(y0) || Double.isNaN(y1)) continue;
                effects[moved][count[moved]++] = (y1 - y0) / (after[moved] - before[moved]);
            }
        }
        double[] mu = new double[factors];
        double[] muStar = new double[factors];
        double[] sigma = new double[factors];
        for (int j = 0; j < factors; j++) {
            int n = count[j];
            double sum = 0;
            double sumAbs = 0;
            for (int e = 0; e < n; e++) {
                sum += effects[j][e];
                sumAbs += Math.abs(effects[j][e]);
            }
            mu[j] = n == 0 ? Double.NaN : sum / n;
            muStar[j] = n == 0 ? Double.NaN : sumAbs / n;
            double squares = 0;
            for (int e = 0; e < n; e++) squares += (effects[j][e] - mu[j]) * (effects[j][e] - mu[j]);
            sigma[j] = n < 2 ? Double.NaN : StrictMath.sqrt(squares / (n - 1));
        }
        return new Result(mu, muStar, sigma, count);
    }
}
