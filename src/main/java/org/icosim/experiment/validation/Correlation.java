package org.icosim.experiment.validation;

import java.util.Arrays;
import java.util.Comparator;

/** Pearson's correlation, and Spearman's as Pearson's over mid-ranks (ties get their mean rank). */
public final class Correlation {

    private Correlation() {
    }

    /** Pearson's r; NaN with fewer than two pairs or no spread in either. */
    public static double pearson(double[] x, double[] y) {
        if (x.length != y.length) throw new IllegalArgumentException("x: " + x.length + ", y: " + y.length + "; expected as many");
        int n = x.length;
        if (n < 2) return Double.NaN;
        double mx = 0;
        double my = 0;
        for (int i = 0; i < n; i++) {
            mx += x[i];
            my += y[i];
        }
        mx /= n;
        my /= n;
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < n; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxx == 0 || syy == 0 ? Double.NaN : sxy / Math.sqrt(sxx * syy);
    }

    /** Spearman's rho: Pearson's r of the mid-ranks. */
    public static double spearman(double[] x, double[] y) {
        return pearson(midRanks(x), midRanks(y));
    }

    /** 1-based ranks, tied values sharing the mean of their ranks. */
    public static double[] midRanks(double[] v) {
        Integer[] order = new Integer[v.length];
        for (int i = 0; i < order.length; i++) order[i] = i;
        Arrays.sort(order, Comparator.comparingDouble(i -> v[i]));
        double[] rank = new double[v.length];
        int i = 0;
        while (i < order.length) {
            int j = i;
            while (j + 1 < order.length && v[order[j + 1]] == v[order[i]]) j++;
            double mid = (i + j + 2) / 2.0;
            for (int k = i; k <= j; k++) rank[order[k]] = mid;
            i = j + 1;
        }
        return rank;
    }
}
