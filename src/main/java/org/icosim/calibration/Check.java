package org.icosim.calibration;


/** Argument checks shared by the package; every message names the bad value. */
final class Check {

    private Check() {
    }

    static double finite(String what, double value) {
        if (!Double.isFinite(value)) throw new IllegalArgumentException(what + ": got " + value + ", expected a finite number");
        return value;
    }

    static double positive(String what, double value) {
        if (!(value > 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException(what + ": got " + value + ", expected a finite number > 0");
        }
        return value;
    }

    static double nonNegative(String what, double value) {
        if (!(value >= 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException(what + ": got " + value + ", expected a finite number >= 0");
        }
        return value;
    }

    static int atLeast(String what, int value, int min) {
        if (value < min) throw new IllegalArgumentException(what + ": got " + value + ", expected at least " + min);
        return value;
    }

    /** A non-null point of {@code dimension} finite values. */
    static double[] point(String what, double[] x, int dimension) {
        if (x == null) throw new IllegalArgumentException(what + ": got null, expected " + dimension + " values");
        if (x.length != dimension) {
            throw new IllegalArgumentException(what + " has " + x.length + " values, expected " + dimension);
        }
        for (int j = 0; j < x.length; j++) {
            if (!Double.isFinite(x[j])) {
                throw new IllegalArgumentException(what + ", value " + j + ": got " + x[j] + ", expected a finite number");
            }
        }
        return x;
    }

    /** A non-empty set of points of {@code dimension} finite values each, copied. */
    static double[][] points(String what, double[][] xs, int dimension) {
        if (xs == null || xs.length == 0) {
            throw new IllegalArgumentException(what + ": got " + (xs == null ? "null" : "no points") + ", expected at least 1 point");
        }
        double[][] copy = new double[xs.length][];
        for (int i = 0; i < xs.length; i++) copy[i] = point(what + " point " + i, xs[i], dimension).clone();
        return copy;
    }

    static double[] values(String what, double[] v, int length) {
        if (v == null) throw new IllegalArgumentException(what + ": got null, expected " + length + " values");
        if (v.length != length) throw new IllegalArgumentException(what + " has " + v.length + " values, expected " + length);
        for (int i = 0; i < v.length; i++) finite(what + " value " + i, v[i]);
        return v.clone();
    }

}
