package org.icosim.calibration;

/**
 * A statistical stand-in for one simulator output: a mean and a variance at any point of the
 * parameter space, cheap enough to evaluate at millions of points.
 */
public interface Emulator {

    /** @return the number of inputs */
    int dimension();

    /**
     * @param x a point in the simulator's own units, {@link #dimension()} values
     * @return the prediction of the output at x
     */
    Prediction predict(double[] x);
}
