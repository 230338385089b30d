package org.icosim.calibration;

/**
 * The regression part of an emulator, whose coefficients are estimated by generalised least
 * squares given the kernel (Rasmussen and Williams 2006, section 2.7).
 */
public enum MeanFunction {

    /** An unknown constant: ordinary kriging. Needs at least 2 design points. */
    CONSTANT,

    /**
     * An intercept and one slope per input (Vernon et al. 2010; Andrianakis et al. 2015 also use
     * low-order polynomials). Needs at least inputs + 2 design points.
     */
    LINEAR;

    /** @return the number of regression coefficients for the given number of inputs */
    public int terms(int dimension) {
        return this == CONSTANT ? 1 : dimension + 1;
    }

    /** @return the regressors at a point of the unit cube */
    double[] basis(double[] u) {
        double[] h = new double[terms(u.length)];
        h[0] = 1.0;
        if (this == LINEAR) System.arraycopy(u, 0, h, 1, u.length);
        return h;
    }
}
