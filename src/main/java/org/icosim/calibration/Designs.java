package org.icosim.calibration;

import java.util.SplittableRandom;

/**
 * Space-filling designs for emulation: Latin hypercubes (McKay, Beckman and Conover,
 * Technometrics 21, 1979), maximin subsets of a candidate set, and bounding boxes of point sets.
 * Deterministic given the seed.
 */
public final class Designs {

    private Designs() {
    }

    /**
     * @param box  the box to fill
     * @param n    points, at least 1
     * @param seed the seed of the strata's pairing and the positions within strata
     * @return n points in the box, each of the n equal strata of every input holding exactly one
     */
    public static double[][] latinHypercube(ParameterSpace box, int n, long seed) {
        if (box == null) throw new IllegalArgumentException("box: got null, expected the ranges to fill");
        Check.atLeast("points", n, 1);
        SplittableRandom random = new SplittableRandom(seed);
        int d = box.dimension();
        double[][] u = new double[n][d];
        int[] strata = new int[n];
        for (int j = 0; j < d; j++) {
            for (int i = 0; i < n; i++) strata[i] = i;
            for (int i = n - 1; i > 0; i--) {
                int k = random.nextInt(i + 1);
                int t = strata[i];
                strata[i] = strata[k];
                strata[k] = t;
            }
            for (int i = 0; i < n; i++) u[i][j] = (strata[i] + random.nextDouble()) / n;
        }
        double[][] x = new double[n][];
        for (int i = 0; i < n; i++) x[i] = box.fromUnit(u[i]);
        return x;
    }

    /**
     * A greedy maximin subset: starting from the first candidate, repeatedly adds the candidate
     * farthest (in the unit cube of {@code space}) from those already chosen. Within a factor 2 of
     * the best achievable smallest distance (Gonzalez, Theoretical Computer Science 38, 1985).
     *
     * @param space      the ranges that scale distances
     * @param candidates points to choose from, at least n
     * @param n          points to choose, at least 1
     * @return n of the candidates, copied, in the order chosen
     */
    public static double[][] maximinSubset(ParameterSpace space, double[][] candidates, int n) {
        if (space == null) throw new IllegalArgumentException("parameter space: got null, expected the parameters' ranges");
        double[][] pts = Check.points("candidates", candidates, space.dimension());
        Check.atLeast("points to choose", n, 1);
        if (n > pts.length) throw new IllegalArgumentException("points to choose: got " + n + ", more than the " + pts.length + " candidates");
        double[][] u = new double[pts.length][];
        for (int i = 0; i < pts.length; i++) u[i] = space.toUnit(pts[i]);
        double[] nearest = new double[pts.length];
        java.util.Arrays.fill(nearest, Double.POSITIVE_INFINITY);
        double[][] chosen = new double[n][];
        int next = 0;
        for (int c = 0; c < n; c++) {
            chosen[c] = pts[next].clone();
            int picked = next;
            nearest[picked] = -1;
            double far = -1;
            for (int i = 0; i < pts.length; i++) {
                if (nearest[i] < 0) continue;
                double d2 = 0;
                for (int j = 0; j < u[i].length; j++) d2 += (u[i][j] - u[picked][j]) * (u[i][j] - u[picked][j]);
                nearest[i] = Math.min(nearest[i], d2);
                if (nearest[i] > far) {
                    far = nearest[i];
                    next = i;
                }
            }
        }
        return chosen;
    }

    /**
     * The smallest box holding the points, widened by {@code margin} times its width on each side
     * (or by {@code margin} times the space's width where all points share a coordinate) and
     * clipped to the space.
     *
     * @param space  the box to stay inside
     * @param points at least one point
     * @param margin at least 0
     */
    public static ParameterSpace boundingBox(ParameterSpace space, double[][] points, double margin) {
        if (space == null) throw new IllegalArgumentException("parameter space: got null, expected the parameters' ranges");
        double[][] pts = Check.points("points", points, space.dimension());
        Check.nonNegative("margin", margin);
        int d = space.dimension();
        double[] lo = new double[d];
        double[] hi = new double[d];
        for (int j = 0; j < d; j++) {
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (double[] p : pts) {
                min = Math.min(min, p[j]);
                max = Math.max(max, p[j]);
            }
            double width = max - min;
            double pad = width > 0 ? margin * width : Math.max(margin, 1e-6) * (space.upper(j) - space.lower(j));
            lo[j] = Math.max(space.lower(j), min - pad);
            hi[j] = Math.min(space.upper(j), max + pad);
            if (!(hi[j] > lo[j])) {
                throw new IllegalArgumentException("input " + j + ": the points span [" + min + ", " + max
                        + "], which leaves no width inside the space [" + space.lower(j) + ", " + space.upper(j) + "]");
            }
        }
        return new ParameterSpace(lo, hi);
    }
}
