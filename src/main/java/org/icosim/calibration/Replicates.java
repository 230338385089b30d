package org.icosim.calibration;

/**
 * Replicate runs at each design point reduced to what an emulator is fitted on: the mean output at
 * each point and the nugget, the variance of such a mean.
 */
public final class Replicates {

    private Replicates() {
    }

    /**
     * @param runs runs[i][r]: the output of replicate r at design point i; every point at least 1
     *             replicate
     * @return the mean over replicates at each point
     */
    public static double[] means(double[][] runs) {
        check(runs, 1);
        double[] m = new double[runs.length];
        for (int i = 0; i < runs.length; i++) {
            double s = 0;
            for (double v : runs[i]) s += v;
            m[i] = s / runs[i].length;
        }
        return m;
    }

    /**
     * The variance of a replicate mean, for {@link GaussianProcessEmulator}'s nugget: the mean
     * over design points of the within-point sample variance (divisor r - 1), divided by the
     * number of replicates r. When points have different numbers of replicates, each point's
     * variance is divided by its own r before averaging. This assumes the simulator's noise
     * variance varies little over the design (homoscedastic), as a single nugget does.
     *
     * @param runs runs[i][r]: the output of replicate r at design point i; every point at least 2
     *             replicates
     * @return the nugget, at least 0
     */
    public static double nugget(double[][] runs) {
        check(runs, 2);
        double total = 0;
        for (double[] point : runs) {
            double mean = 0;
            for (double v : point) mean += v;
            mean /= point.length;
            double ss = 0;
            for (double v : point) ss += (v - mean) * (v - mean);
            total += ss / (point.length - 1) / point.length;
        }
        return total / runs.length;
    }

    private static void check(double[][] runs, int minReplicates) {
        if (runs == null || runs.length == 0) {
            throw new IllegalArgumentException("replicate runs: got no design points, expected at least 1");
        }
        for (int i = 0; i < runs.length; i++) {
            int r = runs[i] == null ? 0 : runs[i].length;
            if (r < minReplicates) {
                throw new IllegalArgumentException("design point " + i + ": got " + r + " replicates, expected at least " + minReplicates);
            }
            for (int k = 0; k < r; k++) Check.finite("design point " + i + " replicate " + k, runs[i][k]);
        }
    }
}
