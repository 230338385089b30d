package org.icosim.calibration;

import java.util.SplittableRandom;

/** Test helpers: seeded normal draws and binomial tails. */
final class Stats {

    private Stats() {
    }

    /** A standard normal draw by Box-Muller. */
    static double gaussian(SplittableRandom random) {
        double u = 1 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    /** P(X >= k) for X ~ Binomial(n, p), summed exactly in log space. */
    static double upperTail(int n, double p, int k) {
        double total = 0;
        for (int i = Math.max(k, 0); i <= n; i++) {
            total += Math.exp(logChoose(n, i) + i * Math.log(p) + (n - i) * Math.log1p(-p));
        }
        return total;
    }

    /** The smallest k with P(X >= k) <= alpha for X ~ Binomial(n, p). */
    static int upperCritical(int n, double p, double alpha) {
        int k = 0;
        while (upperTail(n, p, k) > alpha) k++;
        return k;
    }

    private static double logChoose(int n, int k) {
        double s = 0;
        for (int i = 1; i <= k; i++) s += Math.log(n - k + i) - Math.log(i);
        return s;
    }
}
