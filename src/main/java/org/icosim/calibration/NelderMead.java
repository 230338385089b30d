package org.icosim.calibration;

import java.util.function.ToDoubleFunction;

/**
 * The Nelder-Mead downhill simplex (Nelder and Mead, The Computer Journal 7, 1965) with the usual
 * coefficients: reflection 1, expansion 2, contraction 1/2, shrink 1/2. Deterministic; a point
 * where the objective is not finite counts as worse than any finite one, which is how bounds and
 * failed factorisations are handled.
 */
final class NelderMead {

    /** A minimum found: the point and the objective there. */
    record Result(double[] point, double value) {
    }

    private NelderMead() {
    }

    static Result minimise(ToDoubleFunction<double[]> f, double[] start, double step, int maxEvaluations, double tolerance) {
        int d = start.length;
        double[][] simplex = new double[d + 1][];
        double[] values = new double[d + 1];
        simplex[0] = start.clone();
        for (int i = 1; i <= d; i++) {
            simplex[i] = start.clone();
            simplex[i][i - 1] += step;
        }
        int evaluations = 0;
        for (int i = 0; i <= d; i++) {
            values[i] = value(f, simplex[i]);
            evaluations++;
        }
        while (evaluations < maxEvaluations) {
            sort(simplex, values);
            double best = values[0];
            double worst = values[d];
            if (Double.isFinite(worst) && Math.abs(worst - best) <= tolerance * (1 + Math.abs(best)) && size(simplex) <= 1e-6) {
                break;
            }
            double[] centroid = new double[d];
            for (int i = 0; i < d; i++) for (int j = 0; j < d; j++) centroid[j] += simplex[i][j] / d;
            double[] reflected = along(centroid, simplex[d], -1.0);
            double fr = value(f, reflected);
            evaluations++;
            if (fr < values[0]) {
                double[] expanded = along(centroid, simplex[d], -2.0);
                double fe = value(f, expanded);
                evaluations++;
                if (fe < fr) {
                    simplex[d] = expanded;
                    values[d] = fe;
                } else {
                    simplex[d] = reflected;
                    values[d] = fr;
                }
            } else if (fr < values[d - 1]) {
                simplex[d] = reflected;
                values[d] = fr;
            } else {
                boolean outside = fr < values[d];
                double[] contracted = along(centroid, simplex[d], outside ? -0.5 : 0.5);
                double fc = value(f, contracted);
                evaluations++;
                if (fc < (outside ? fr : values[d])) {
                    simplex[d] = contracted;
                    values[d] = fc;
                } else {
                    for (int i = 1; i <= d; i++) {
                        for (int j = 0; j < d; j++) simplex[i][j] = simplex[0][j] + 0.5 * (simplex[i][j] - simplex[0][j]);
                        values[i] = value(f, simplex[i]);
                        evaluations++;
                    }
                }
            }
        }
        sort(simplex, values);
        return new Result(simplex[0], values[0]);
    }

    private static double value(ToDoubleFunction<double[]> f, double[] x) {
        double v = f.applyAsDouble(x);
        return Double.isNaN(v) ? Double.POSITIVE_INFINITY : v;
    }

    /** centroid + t (vertex - centroid) */
    private static double[] along(double[] centroid, double[] vertex, double t) {
        double[] p = new double[centroid.length];
        for (int j = 0; j < p.length; j++) p[j] = centroid[j] + t * (vertex[j] - centroid[j]);
        return p;
    }

    private static double size(double[][] simplex) {
        double max = 0;
        for (int i = 1; i < simplex.length; i++) {
            for (int j = 0; j < simplex[0].length; j++) max = Math.max(max, Math.abs(simplex[i][j] - simplex[0][j]));
        }
        return max;
    }

    /** Insertion sort by value, stable, so ties keep their order and runs are reproducible. */
    private static void sort(double[][] simplex, double[] values) {
        for (int i = 1; i < values.length; i++) {
            double v = values[i];
            double[] p = simplex[i];
            int k = i - 1;
            while (k >= 0 && values[k] > v) {
                values[k + 1] = values[k];
                simplex[k + 1] = simplex[k];
                k--;
            }
            values[k + 1] = v;
            simplex[k + 1] = p;
        }
    }
}
