package org.icosim.experiment.design;

/**
 * Saltelli's sampling for first-order and total Sobol indices, and the estimators that read it.
 *
 * <p>Two independent N x k matrices A and B of base samples, and for each factor i the matrix
 * AB_i: A with column i taken from B (Saltelli, "Making best use of model evaluations to compute
 * sensitivity indices", Computer Physics Communications 145, 2002; Saltelli et al., "Variance
 * based sensitivity analysis of model output. Design and estimator for the total sensitivity
 * index", Computer Physics Communications 181, 2010). N (k + 2) points in all, written base
 * sample by base sample: A_j, AB_1j, ..., AB_kj, B_j, so that every block of k + 2 consecutive
 * points is self-contained.
 *
 * <p>The base samples are not a quasi-random Sobol sequence (whose direction numbers this
 * project does not carry) but one 2k-dimensional Latin hypercube of N samples
 * ({@link LatinHypercube}), its first k columns A and its last k columns B: independent, each
 * column stratified. Convergence is therefore that of (stratified) Monte Carlo, error about
 * 1/sqrt(N), rather than the near 1/N of a low-discrepancy sequence; the bootstrap intervals say
 * how close a given N gets.
 *
 * <p>Estimators, with f_A, f_B, f_ABi the outputs and V the variance of f_A and f_B pooled:
 * first order S_i = mean(f_B (f_ABi - f_A)) / V (Saltelli et al. 2010, table 2 (b)); total
 * ST_i = mean((f_A - f_ABi)^2) / (2V) (Jansen, "Analysis of variance designs for model output",
 * Computer Physics Communications 117, 1999; Saltelli et al. 2010, table 2 (f)). Intervals are
 * percentile bootstrap intervals over base samples (Efron and Tibshirani, An Introduction to the
 * Bootstrap, 1993, ch. 13).
 */
public final class SaltelliDesign {

    /** Bootstrap resamples: enough for stable 2.5% and 97.5% percentiles (Efron and Tibshirani 1993, ch. 19). */
    public static final int BOOTSTRAP_RESAMPLES = 1000;

    private final int baseSamples;
    private final int factors;

    /**
     * @param baseSamples N, at least 2
     * @param factors     k, at least 1
     */
    public SaltelliDesign(int baseSamples, int factors) {
        if (baseSamples < 2) throw new IllegalArgumentException("base samples: got " + baseSamples + ", expected at least 2");
        if (factors < 1) throw new IllegalArgumentException("factors: got " + factors + ", expected at least 1");
        this.baseSamples = baseSamples;
        this.factors = factors;
    }

    /** N (k + 2). */
    public int points() {
        return baseSamples * (factors + 2);
    }

    /** The points, base sample by base sample (A_j, AB_1j ... AB_kj, B_j), in [0, 1)^k. */
    public double[][] sample(SplitMix64 rng) {
        double[][] base = LatinHypercube.sample(baseSamples, 2 * factors, rng);
        double[][] points = new double[points()][];
        int block = factors + 2;
        for (int j = 0; j < baseSamples; j++) {
            double[] a = new double[factors];
            double[] b = new double[factors];
            System.arraycopy(base[j], 0, a, 0, factors);
            System.arraycopy(base[j], factors, b, 0, factors);
            points[j * block] = a;
            for (int i = 0; i < factors; i++) {
                double[] ab = a.clone();
                ab[i] = b[i];
                points[j * block + 1 + i] = ab;
            }
            points[j * block + factors + 1] = b;
        }
        return points;
    }

    /**
     * First-order and total indices of one output, with 95% bootstrap intervals.
     *
     * @param s1     first-order index per factor
     * @param s1Low  2.5th percentile of the bootstrap
     * @param s1High 97.5th percentile
     * @param st     total index per factor
     * @param stLow  2.5th percentile
     * @param stHigh 97.5th percentile
     * @param used   base samples used (those with an output at all k + 2 points)
     */
    public record Indices(double[] s1, double[] s1Low, double[] s1High, double[] st, double[] stLow, double[] stHigh,
            int used) {
    }

    /**
     * Estimates the indices from one output per point of {@link #sample}, in order. Base samples
     * with a NaN output at any of their k + 2 points are left out. With fewer than two base
     * samples left, or no variance, every index is NaN.
     *
     * @param rng the bootstrap's source of resampling
     */
    public Indices analyse(double[] outputs, SplitMix64 rng) {
        if (outputs.length != points()) {
            throw new IllegalArgumentException("got " + outputs.length + " outputs, expected " + points());
        }
        int block = factors + 2;
        int[] kept = new int[baseSamples];
        int n = 0;
        for (int j = 0; j < baseSamples; j++) {
            boolean complete = true;
            for (int p = 0; p < block; p++) complete &= !Double.isNaN(outputs[j * block + p]);
            if (complete) kept[n++] = j;
        }
        double[] s1 = new double[factors];
        double[] st = new double[factors];
        double[][] s1Boot = new double[factors][BOOTSTRAP_RESAMPLES];
        double[][] stBoot = new double[factors][BOOTSTRAP_RESAMPLES];
        int[] all = new int[n];
        for (int j = 0; j < n; j++) all[j] = kept[j];
        estimate(outputs, all, s1, st);
        int[] resample = new int[n];
        double[] bootS1 = new double[factors];
        double[] bootSt = new double[factors];
        for (int b = 0; b < BOOTSTRAP_RESAMPLES; b++) {
            for (int j = 0; j < n; j++) resample[j] = kept[rng.nextInt(n == 0 ? 1 : n)];
            estimate(outputs, resample, bootS1, bootSt);
            for (int i = 0; i < factors; i++) {
                s1Boot[i][b] = bootS1[i];
                stBoot[i][b] = bootSt[i];
            }
        }
        double[] s1Low = new double[factors];
        double[] s1High = new double[factors];
        double[] stLow = new double[factors];
        double[] stHigh = new double[factors];
        for (int i = 0; i < factors; i++) {
            s1Low[i] = percentile(s1Boot[i], 0.025);
            s1High[i] = percentile(s1Boot[i], 0.975);
            stLow[i] = percentile(stBoot[i], 0.025);
            stHigh[i] = percentile(stBoot[i], 0.975);
        }
        return new Indices(s1, s1Low, s1High, st, stLow, stHigh, n);
    }

    /** The estimators over the base samples {@code rows}; NaN when fewer than two or no variance. */
    private void estimate(double[] outputs, int[] rows, double[] s1, double[] st) {
        int block = factors + 2;
        int n = rows.length;
        if (n < 2) {
            java.util.Arrays.fill(s1, Double.NaN);
            java.util.Arrays.fill(st, Double.NaN);
            return;
        }
        double mean = 0;
        for (int row : rows) mean += outputs[row * block] + outputs[row * block + factors + 1];
        mean /= 2.0 * n;
        double variance = 0;
        for (int row : rows) {
            double a = outputs[row * block] - mean;
            double b = outputs[row * block + factors + 1] - mean;
            variance += a * a + b * b;
        }
        variance /= 2.0 * n - 1;
        for (int i = 0; i < factors; i++) {
            double first = 0;
            double total = 0;
            for (int row : rows) {
                double fa = outputs[row * block];
                double fb = outputs[row * block + factors + 1];
                double fab = outputs[row * block + 1 + i];
                first += fb * (fab - fa);
                total += (fa - fab) * (fa - fab);
            }
            s1[i] = variance > 0 ? first / n / variance : Double.NaN;
            st[i] = variance > 0 ? total / (2.0 * n) / variance : Double.NaN;
        }
    }

    /** The q-quantile by linear interpolation between order statistics (Hyndman and Fan 1996, type 7); NaN ignored. */
    static double percentile(double[] values, double q) {
        double[] sorted = java.util.Arrays.stream(values).filter(v -> !Double.isNaN(v)).sorted().toArray();
        if (sorted.length == 0) return Double.NaN;
        double h = (sorted.length - 1) * q;
        int lo = (int) StrictMath.floor(h);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
