package org.icosim.calibration;

/**
 * The box of calibrated parameters: a lower and an upper bound for each input. Emulators work in
 * the unit cube this box maps onto, so that one length scale means the same for every input
 * whatever its units.
 */
public final class ParameterSpace {

    private final double[] lower;
    private final double[] upper;

    /**
     * @param lower each input's lower bound, finite
     * @param upper each input's upper bound, finite and above the lower one
     * @throws IllegalArgumentException on no inputs, mismatched lengths, or an empty range, naming it
     */
    public ParameterSpace(double[] lower, double[] upper) {
        if (lower == null || lower.length == 0) throw new IllegalArgumentException("lower bounds: got none, expected at least 1 input");
        this.lower = Check.values("lower bounds", lower, lower.length);
        this.upper = Check.values("upper bounds", upper, lower.length);
        for (int j = 0; j < lower.length; j++) {
            if (!(this.upper[j] > this.lower[j])) {
                throw new IllegalArgumentException("input " + j + " range: got [" + lower[j] + ", " + upper[j]
                        + "], expected the lower bound below the upper one");
            }
        }
    }

    /** The unit cube in {@code dimension} inputs. */
    public static ParameterSpace unitCube(int dimension) {
        Check.atLeast("dimension", dimension, 1);
        double[] hi = new double[dimension];
        java.util.Arrays.fill(hi, 1.0);
        return new ParameterSpace(new double[dimension], hi);
    }

    public int dimension() {
        return lower.length;
    }

    public double lower(int j) {
        return lower[j];
    }

    public double upper(int j) {
        return upper[j];
    }

    /** @return x mapped to the unit cube (points outside the box map outside the cube) */
    public double[] toUnit(double[] x) {
        Check.point("point", x, dimension());
        double[] u = new double[x.length];
        for (int j = 0; j < x.length; j++) u[j] = (x[j] - lower[j]) / (upper[j] - lower[j]);
        return u;
    }

    /** @return the point of the box at unit-cube coordinates u */
    public double[] fromUnit(double[] u) {
        Check.point("unit point", u, dimension());
        double[] x = new double[u.length];
        for (int j = 0; j < u.length; j++) x[j] = lower[j] + u[j] * (upper[j] - lower[j]);
        return x;
    }

    /** @return whether x lies in the closed box */
    public boolean contains(double[] x) {
        Check.point("point", x, dimension());
        for (int j = 0; j < x.length; j++) if (x[j] < lower[j] || x[j] > upper[j]) return false;
        return true;
    }
}
