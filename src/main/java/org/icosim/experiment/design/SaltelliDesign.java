package org.icosim.experiment.design;

import org.hipparchus.random.SobolSequenceGenerator;

/**
 * Saltelli's sampling for first-order and total Sobol indices, and the estimators that read it.
 *
 * <p>Two N x k matrices A and B of base samples, and for each factor i the matrix AB_i: A with
 * column i taken from B (Saltelli, "Making best use of model evaluations to compute sensitivity
 * indices", Computer Physics Communications 145, 2002; Saltelli et al., "Variance based
 * sensitivity analysis of model output. Design and estimator for the total sensitivity index",
 * Computer Physics Communications 181, 2010). N (k + 2) points in all, written base sample by
 * base sample: A_j, AB_1j, ..., AB_kj, B_j, so that every block of k + 2 consecutive points is
 * self-contained.
 *
 * <p>The base samples are randomised quasi-Monte Carlo: the first N / {@link #REPLICATES} points
 * of the 2k-dimensional Sobol low-discrepancy sequence (Sobol' 1967; direction numbers of Joe and
 * Kuo 2008, as Hipparchus ships them), its first k coordinates A and its last k B, taken
 * {@link #REPLICATES} times, each time under an independent random digital shift (every
 * coordinate's 52-bit binary fraction XOR-ed with a random 52-bit word: Owen, "Monte Carlo
 * Theory, Methods and Examples", 2013, ch. 17; L'Ecuyer and Lemieux 2002). N must be a power of
 * two, so that each replicate is a whole (t, m, s)-net. A digital shift keeps the net's
 * stratification and makes every point uniform on [0, 1)^2k, so each replicate gives an
 * unbiased, independent estimate; their spread is the interval's.
 *
 * <p>Estimators, with f_A, f_B, f_ABi the outputs and V the variance of f_A and f_B pooled:
 * first order S_i = mean(f_B (f_ABi - f_A)) / V (Saltelli et al. 2010, table 2 (b)); total
 * ST_i = mean((f_A - f_ABi)^2) / (2V) (Jansen, "Analysis of variance designs for model output",
 * Computer Physics Communications 117, 1999; Saltelli et al. 2010, table 2 (f)). The estimate is
 * computed over all base samples; its 95% interval is the estimate plus or minus
 * t(0.975, R - 1) s / sqrt(R), with s the standard deviation of the R replicates' own estimates
 * (the usual interval of randomised quasi-Monte Carlo: Owen 2013, section 17.2; a bootstrap over
 * base samples would not be valid, since quasi-random points are not independent).
 */
public final class SaltelliDesign {

    /** Independent digital shifts of the Sobol net, the replicates the intervals come from. */
    public static final int REPLICATES = 8;

    /** The fewest base samples: two per replicate. */
    public static final int MIN_BASE_SAMPLES = 2 * REPLICATES;

    /** t(0.975, 7): the Student quantile for a 95% interval from {@link #REPLICATES} replicates. */
    static final double T_975 = 2.364624251592785;

    private final int baseSamples;
    private final int factors;

    /**
     * @param baseSamples N, a power of two, at least {@link #MIN_BASE_SAMPLES}
     * @param factors     k, at least 1
     */
    public SaltelliDesign(int baseSamples, int factors) {
        if (!validBaseSamples(baseSamples)) {
            throw new IllegalArgumentException("base samples: got " + baseSamples + ", expected " + BASE_SAMPLES_EXPECTED);
        }
        if (factors < 1) throw new IllegalArgumentException("factors: got " + factors + ", expected at least 1");
        this.baseSamples = baseSamples;
        this.factors = factors;
    }

    /** What N may be, as messages say it. */
    public static final String BASE_SAMPLES_EXPECTED = "a power of two, at least " + MIN_BASE_SAMPLES + " (16, 32, 64, ...)";

    /** Whether N is a power of two of at least {@link #MIN_BASE_SAMPLES}. */
    public static boolean validBaseSamples(long n) {
        return n >= MIN_BASE_SAMPLES && (n & (n - 1)) == 0;
    }

    /** N (k + 2). */
    public int points() {
        return baseSamples * (factors + 2);
    }

    /**
     * The points, base sample by base sample (A_j, AB_1j ... AB_kj, B_j), in [0, 1)^k: base
     * samples r N/R to (r + 1) N/R - 1 are replicate r, the same Sobol points under shift r.
     *
     * @param rng the source of the digital shifts
     */
    public double[][] sample(SplitMix64 rng) {
        int dimensions = 2 * factors;
        int perReplicate = baseSamples / REPLICATES;
        SobolSequenceGenerator sobol = new SobolSequenceGenerator(dimensions);
        long[][] net = new long[perReplicate][dimensions];
        for (int j = 0; j < perReplicate; j++) {
            double[] v = sobol.nextVector();
            // Hipparchus's coordinates are 52-bit binary fractions, so this is exact.
            for (int d = 0; d < dimensions; d++) net[j][d] = (long) (v[d] * 0x1p52);
        }
        double[][] points = new double[points()][];
        int block = factors + 2;
        for (int r = 0; r < REPLICATES; r++) {
            long[] shift = new long[dimensions];
            for (int d = 0; d < dimensions; d++) shift[d] = rng.nextLong() >>> 12;
            for (int m = 0; m < perReplicate; m++) {
                int j = r * perReplicate + m;
                double[] a = new double[factors];
                double[] b = new double[factors];
                for (int d = 0; d < factors; d++) {
                    a[d] = (net[m][d] ^ shift[d]) * 0x1p-52;
                    b[d] = (net[m][factors + d] ^ shift[factors + d]) * 0x1p-52;
                }
                points[j * block] = a;
                for (int i = 0; i < factors; i++) {
                    double[] ab = a.clone();
                    ab[i] = b[i];
                    points[j * block + 1 + i] = ab;
                }
                points[j * block + factors + 1] = b;
            }
        }
        return points;
    }

    /**
     * First-order and total indices of one output, with 95% intervals from the replicates.
     *
     * @param s1     first-order index per factor
     * @param s1Low  lower end of its 95% interval
     * @param s1High upper end
     * @param st     total index per factor
     * @param stLow  lower end of its 95% interval
     * @param stHigh upper end
     * @param used   base samples used (those with an output at all k + 2 points)
     */
    public record Indices(double[] s1, double[] s1Low, double[] s1High, double[] st, double[] stLow, double[] stHigh,
            int used) {
    }

    /**
     * Estimates the indices from one output per point of {@link #sample}, in order. Base samples
     * with a NaN output at any of their k + 2 points are left out. With fewer than two base
     * samples left, or no variance, every index is NaN; an interval needs at least two replicates
     * with an estimate (NaN ends otherwise).
     */
    public Indices analyse(double[] outputs) {
        if (outputs.length != points()) {
            throw new IllegalArgumentException("got " + outputs.length + " outputs, expected " + points());
        }
        int block = factors + 2;
        int perReplicate = baseSamples / REPLICATES;
        int[] kept = new int[baseSamples];
        int n = 0;
        int[] replicateStart = new int[REPLICATES + 1];
        for (int j = 0; j < baseSamples; j++) {
            if (j % perReplicate == 0) replicateStart[j / perReplicate] = n;
            boolean complete = true;
            for (int p = 0; p < block; p++) complete &= !Double.isNaN(outputs[j * block + p]);
            if (complete) kept[n++] = j;
        }
        replicateStart[REPLICATES] = n;
        double[] s1 = new double[factors];
        double[] st = new double[factors];
        estimate(outputs, java.util.Arrays.copyOf(kept, n), s1, st);
        double[][] s1Rep = new double[factors][REPLICATES];
        double[][] stRep = new double[factors][REPLICATES];
        double[] repS1 = new double[factors];
        double[] repSt = new double[factors];
        for (int r = 0; r < REPLICATES; r++) {
            estimate(outputs, java.util.Arrays.copyOfRange(kept, replicateStart[r], replicateStart[r + 1]), repS1, repSt);
            for (int i = 0; i < factors; i++) {
                s1Rep[i][r] = repS1[i];
                stRep[i][r] = repSt[i];
            }
        }
        double[] s1Low = new double[factors];
        double[] s1High = new double[factors];
        double[] stLow = new double[factors];
        double[] stHigh = new double[factors];
        for (int i = 0; i < factors; i++) {
            double hs = halfWidth(s1Rep[i]);
            s1Low[i] = s1[i] - hs;
            s1High[i] = s1[i] + hs;
            double ht = halfWidth(stRep[i]);
            stLow[i] = st[i] - ht;
            stHigh[i] = st[i] + ht;
        }
        return new Indices(s1, s1Low, s1High, st, stLow, stHigh, n);
    }

    /**
     * t(0.975, R - 1) s / sqrt(R) over the replicates' estimates that are not NaN (R of them); NaN
     * with fewer than two. The quantile is that of {@link #REPLICATES} replicates when all have an
     * estimate, else of the R that do.
     */
    static double halfWidth(double[] estimates) {
        int r = 0;
        double mean = 0;
        for (double e : estimates) {
            if (Double.isNaN(e)) continue;
            r++;
            mean += e;
        }
        if (r < 2) return Double.NaN;
        mean /= r;
        double ss = 0;
        for (double e : estimates) if (!Double.isNaN(e)) ss += (e - mean) * (e - mean);
        double sd = StrictMath.sqrt(ss / (r - 1));
        return studentT975(r - 1) * sd / StrictMath.sqrt(r);
    }

    /** t(0.975, df) for df 1 to 7 (tables of the Student distribution). */
    static double studentT975(int df) {
        double[] t = {Double.NaN, 12.706204736174698, 4.302652729749464, 3.182446305284263, 2.7764451051977934,
            2.570581835636314, 2.4469118511449692, T_975};
        return t[df];
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
}
