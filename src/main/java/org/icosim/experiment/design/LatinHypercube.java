package org.icosim.experiment.design;

/**
 * Latin hypercube sampling (McKay, Beckman and Conover, "A comparison of three methods for
 * selecting values of input variables in the analysis of output from a computer code",
 * Technometrics 21, 1979): each of the {@code n} equal strata of every dimension holds exactly one
 * sample, placed uniformly within it, with the strata paired at random across dimensions.
 */
public final class LatinHypercube {

    private LatinHypercube() {
    }

    /**
     * @param n   samples, at least 1
     * @param k   dimensions, at least 1
     * @param rng the source of the strata's pairing and the positions within strata
     * @return n rows of k values in [0, 1)
     */
    public static double[][] sample(int n, int k, SplitMix64 rng) {
        if (n < 1) throw new IllegalArgumentException("samples: got " + n + ", expected at least 1");
        if (k < 1) throw new IllegalArgumentException("dimensions: got " + k + ", expected at least 1");
        double[][] points = new double[n][k];
        for (int j = 0; j < k; j++) {
            int[] strata = rng.permutation(n);
            for (int i = 0; i < n; i++) {
                points[i][j] = (strata[i] + rng.nextDouble()) / n;
            }
        }
        return points;
    }
}
