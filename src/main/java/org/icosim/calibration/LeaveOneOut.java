package org.icosim.calibration;

import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.RealVector;

/**
 * Leave-one-out diagnostics of a fitted {@link GaussianProcessEmulator}: for every design point,
 * the prediction of its output from all the other points with the hyperparameters held fixed and
 * the regression coefficients re-estimated, and the standardised error (y - mean)/sd (Rasmussen
 * and Williams 2006, section 5.4.2; Andrianakis et al. 2015 use the same check before each wave).
 *
 * <p>Closed form, without refitting: with P = K⁻¹ - K⁻¹H(HᵀK⁻¹H)⁻¹HᵀK⁻¹ (K the covariance of the
 * training outputs, nugget included; H the regressors), the left-out error is y_i - mean_i =
 * (Py)_i / P_ii and its variance 1/P_ii (Dubrule, "Cross validation of kriging in a unique
 * neighborhood", Mathematical Geology 15, 1983). The variance is that of the observed y_i, so it
 * includes the nugget as well as the emulator's and the coefficients' uncertainty. The diagonal
 * of K⁻¹ comes from n solves with the Cholesky factor.
 *
 * <p>For a well-calibrated emulator the standardised errors are roughly standard normal: about
 * 5% beyond ±2 and well under 1% beyond ±3. Many more means over-confident (too short length
 * scales or too small a nugget); almost none, under-confident.
 */
public final class LeaveOneOut {

    /**
     * @param points     design points
     * @param shareAbove2 the share of |standardised error| > 2
     * @param shareAbove3 the share of |standardised error| > 3
     * @param maxAbs     the largest |standardised error|
     */
    public record Summary(int points, double shareAbove2, double shareAbove3, double maxAbs) {
    }

    private final double[] mean;
    private final double[] variance;
    private final double[] observed;

    private LeaveOneOut(double[] mean, double[] variance, double[] observed) {
        this.mean = mean;
        this.variance = variance;
        this.observed = observed;
    }

    /** @param emulator a fitted emulator, not null */
    public static LeaveOneOut of(GaussianProcessEmulator emulator) {
        if (emulator == null) throw new IllegalArgumentException("emulator: got null, expected a fitted emulator");
        GaussianProcessEmulator.Factor f = emulator.factor;
        int n = f.y.length;
        double[] mean = new double[n];
        double[] variance = new double[n];
        for (int i = 0; i < n; i++) {
            double[] e = new double[n];
            e[i] = 1;
            double kinvII = f.solver.solve(new ArrayRealVector(e, false)).getEntry(i);
            RealVector w = f.kinvH.getRowVector(i);
            double pII = kinvII - w.dotProduct(f.solverA.solve(w));
            if (!(pII > 0)) {
                throw new IllegalStateException("design point " + i + ": leave-one-out variance is not positive (P_ii = " + pII
                        + "); the point is duplicated or the covariance is numerically singular");
            }
            variance[i] = 1 / pII;
            mean[i] = f.y[i] - f.alpha[i] / pII;
        }
        return new LeaveOneOut(mean, variance, f.y.clone());
    }

    /** @return the left-out prediction mean at each design point */
    public double[] mean() {
        return mean.clone();
    }

    /** @return the left-out predictive variance of each observed output (nugget included) */
    public double[] variance() {
        return variance.clone();
    }

    /** @return (y_i - mean_i) / sd_i at each design point */
    public double[] standardisedErrors() {
        double[] z = new double[mean.length];
        for (int i = 0; i < z.length; i++) z[i] = (observed[i] - mean[i]) / Math.sqrt(variance[i]);
        return z;
    }

    /** @return the share of design points with |standardised error| above the threshold */
    public double shareAbove(double threshold) {
        Check.nonNegative("threshold", threshold);
        int count = 0;
        for (double z : standardisedErrors()) if (Math.abs(z) > threshold) count++;
        return (double) count / mean.length;
    }

    public Summary summary() {
        double max = 0;
        for (double z : standardisedErrors()) max = Math.max(max, Math.abs(z));
        return new Summary(mean.length, shareAbove(2), shareAbove(3), max);
    }
}
