package org.icosim.calibration;

/**
 * Stationary correlation functions with one length scale per input (automatic relevance
 * determination; Rasmussen and Williams 2006, sections 4.2 and 5.1). Distances are taken in the
 * unit cube, so length scales are fractions of each parameter's range.
 */
public enum Kernel {

    /** exp(-r²/2): infinitely differentiable sample paths (Rasmussen and Williams, eq. 4.9). */
    SQUARED_EXPONENTIAL {
        @Override
        double ofScaledDistance(double r2) {
            return Math.exp(-0.5 * r2);
        }
    },

    /**
     * Matérn with ν = 5/2: (1 + √5 r + 5r²/3) exp(-√5 r), twice differentiable sample paths, less
     * prone to over-smooth than the squared exponential (Rasmussen and Williams, eq. 4.17).
     */
    MATERN_52 {
        @Override
        double ofScaledDistance(double r2) {
            double s = Math.sqrt(5.0 * r2);
            return (1.0 + s + 5.0 * r2 / 3.0) * Math.exp(-s);
        }
    };

    /** @param r2 the squared distance with every coordinate divided by its length scale */
    abstract double ofScaledDistance(double r2);

    /**
     * @param a            a point in the unit cube
     * @param b            another point, same dimension
     * @param lengthScales one per input, all positive
     * @return the correlation of the process at a and b, in (0, 1]
     */
    public double correlation(double[] a, double[] b, double[] lengthScales) {
        double r2 = 0;
        for (int j = 0; j < a.length; j++) {
            double d = (a[j] - b[j]) / lengthScales[j];
            r2 += d * d;
        }
        return ofScaledDistance(r2);
    }
}
