package org.icosim.calibration;

/**
 * An emulator's prediction of one output at one point: the posterior mean and variance of the
 * simulator's expected output there.
 *
 * @param mean     posterior mean
 * @param variance posterior variance, at least 0
 */
public record Prediction(double mean, double variance) {

    public Prediction {
        Check.finite("mean", mean);
        Check.nonNegative("variance", variance);
    }

    /** @return the posterior standard deviation */
    public double sd() {
        return Math.sqrt(variance);
    }
}
