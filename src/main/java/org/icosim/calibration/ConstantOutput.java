package org.icosim.calibration;

/**
 * An output that took one value in every run of a wave (an initial condition such as the April
 * 2015 count of practices): nothing to emulate, so its prediction is that value everywhere with no
 * emulator variance, and its implausibility depends only on the observation and discrepancy
 * variances.
 *
 * @param dimension the number of inputs
 * @param value     the output of every run
 */
public record ConstantOutput(int dimension, double value) implements Emulator {

    public ConstantOutput {
        Check.atLeast("dimension", dimension, 1);
        Check.finite("value", value);
    }

    @Override
    public Prediction predict(double[] x) {
        Check.point("prediction point", x, dimension);
        return new Prediction(value, 0);
    }
}
