package org.icosim.experiment.validation;

/**
 * A logistic regression {@code P(y) = 1 / (1 + exp(-(b0 + b . x)))} fitted by maximum likelihood
 * with Newton's method (iteratively reweighted least squares), for the referee's baselines. A
 * tiny ridge ({@link #RIDGE} on the slopes, not the intercept) keeps the fit finite when a
 * covariate separates the outcomes. Covariates are standardised inside the fit.
 */
public final class Logistic {

    /** Penalty on the squared standardised slopes: small enough to change nothing a referee would see. */
    static final double RIDGE = 1e-6;
    private static final int MAX_ITERATIONS = 100;

    private final double[] mean;
    private final double[] sd;
    /** Intercept first, then one slope per standardised covariate. */
    private final double[] beta;

    private Logistic(double[] mean, double[] sd, double[] beta) {
        this.mean = mean;
        this.sd = sd;
        this.beta = beta;
    }

    /**
     * Fits {@code y} on the columns of {@code x} ({@code x[i]} the covariates of case {@code i}).
     * A column without spread is kept with slope 0.
     */
    public static Logistic fit(double[][] x, boolean[] y) {
        int n = x.length;
        if (n != y.length) throw new IllegalArgumentException("cases: " + n + ", outcomes: " + y.length + "; expected as many");
        if (n == 0) throw new IllegalArgumentException("no case to fit");
        int k = x[0].length;
        double[] mean = new double[k];
        double[] sd = new double[k];
        for (double[] row : x) {
            if (row.length != k) throw new IllegalArgumentException("rows of " + row.length + " and " + k + " covariates");
            for (int j = 0; j < k; j++) mean[j] += row[j];
        }
        for (int j = 0; j < k; j++) mean[j] /= n;
        for (double[] row : x) for (int j = 0; j < k; j++) sd[j] += (row[j] - mean[j]) * (row[j] - mean[j]);
        for (int j = 0; j < k; j++) sd[j] = Math.sqrt(sd[j] / n);
        double[][] z = new double[n][k + 1];
        for (int i = 0; i < n; i++) {
            z[i][0] = 1;
            for (int j = 0; j < k; j++) z[i][j + 1] = sd[j] > 0 ? (x[i][j] - mean[j]) / sd[j] : 0;
        }
        double[] beta = new double[k + 1];
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            double[] gradient = new double[k + 1];
            double[][] hessian = new double[k + 1][k + 1];
            for (int i = 0; i < n; i++) {
                double p = probability(beta, z[i]);
                double w = p * (1 - p);
                double r = (y[i] ? 1 : 0) - p;
                for (int a = 0; a <= k; a++) {
                    gradient[a] += r * z[i][a];
                    for (int b = 0; b <= k; b++) hessian[a][b] += w * z[i][a] * z[i][b];
                }
            }
            for (int a = 1; a <= k; a++) {
                gradient[a] -= RIDGE * n * beta[a];
                hessian[a][a] += RIDGE * n;
            }
            double[] step = solve(hessian, gradient);
            double largest = 0;
            for (int a = 0; a <= k; a++) {
                beta[a] += step[a];
                largest = Math.max(largest, Math.abs(step[a]));
            }
            if (largest < 1e-10) break;
        }
        return new Logistic(mean, sd, beta);
    }

    /** The fitted probability for covariates {@code x}. */
    public double probability(double[] x) {
        double[] z = new double[x.length + 1];
        z[0] = 1;
        for (int j = 0; j < x.length; j++) z[j + 1] = sd[j] > 0 ? (x[j] - mean[j]) / sd[j] : 0;
        return probability(beta, z);
    }

    /** The intercept and slopes on the original (not standardised) scale. */
    public double[] coefficients() {
        double[] out = new double[beta.length];
        out[0] = beta[0];
        for (int j = 0; j < mean.length; j++) {
            double b = sd[j] > 0 ? beta[j + 1] / sd[j] : 0;
            out[j + 1] = b;
            out[0] -= b * mean[j];
        }
        return out;
    }

    private static double probability(double[] beta, double[] z) {
        double eta = 0;
        for (int a = 0; a < beta.length; a++) eta += beta[a] * z[a];
        return 1 / (1 + Math.exp(-eta));
    }

    /** Solves {@code a x = b} by Gaussian elimination with partial pivoting (a small dense system). */
    static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        double[][] m = new double[n][n + 1];
        for (int i = 0; i < n; i++) {
            System.arraycopy(a[i], 0, m[i], 0, n);
            m[i][n] = b[i];
        }
        for (int c = 0; c < n; c++) {
            int pivot = c;
            for (int r = c + 1; r < n; r++) if (Math.abs(m[r][c]) > Math.abs(m[pivot][c])) pivot = r;
            double[] t = m[c];
            m[c] = m[pivot];
            m[pivot] = t;
            if (m[c][c] == 0) continue;
            for (int r = c + 1; r < n; r++) {
                double f = m[r][c] / m[c][c];
                for (int k = c; k <= n; k++) m[r][k] -= f * m[c][k];
            }
        }
        double[] x = new double[n];
        for (int r = n - 1; r >= 0; r--) {
            double s = m[r][n];
            for (int k = r + 1; k < n; k++) s -= m[r][k] * x[k];
            x[r] = m[r][r] == 0 ? 0 : s / m[r][r];
        }
        return x;
    }
}
