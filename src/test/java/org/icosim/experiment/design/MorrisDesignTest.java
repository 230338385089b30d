package org.icosim.experiment.design;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.ToDoubleFunction;

import org.junit.jupiter.api.Test;

/** Morris trajectories and elementary effects on functions whose effects are known. */
class MorrisDesignTest {

    private static MorrisDesign.Result screen(int r, int k, int p, long seed, ToDoubleFunction<double[]> f) {
        MorrisDesign design = new MorrisDesign(r, k, p);
        double[][] points = design.sample(new SplitMix64(seed));
        double[] y = new double[points.length];
        for (int i = 0; i < y.length; i++) y[i] = f.applyAsDouble(points[i]);
        return design.analyse(points, y);
    }

    @Test
    void everyStepMovesOneFactorByDeltaOnTheGrid() {
        MorrisDesign design = new MorrisDesign(20, 5, 4);
        assertEquals(4.0 / 6, design.delta(), 1e-15);
        double[][] points = design.sample(new SplitMix64(5));
        assertEquals(20 * 6, points.length);
        for (int t = 0; t < 20; t++) {
            boolean[] moved = new boolean[5];
            for (int s = 0; s < 5; s++) {
                double[] before = points[t * 6 + s];
                double[] after = points[t * 6 + s + 1];
                int changed = 0;
                for (int j = 0; j < 5; j++) {
                    if (before[j] != after[j]) {
                        changed++;
                        assertEquals(design.delta(), Math.abs(after[j] - before[j]), 1e-12);
                        assertTrue(!moved[j], "each factor moves once per trajectory");
                        moved[j] = true;
                    }
                }
                assertEquals(1, changed);
            }
            for (double[] x : java.util.Arrays.copyOfRange(points, t * 6, t * 6 + 6)) {
                for (double v : x) {
                    double level = v * 3;
                    assertEquals(Math.rint(level), level, 1e-9, "on the 4-level grid {0, 1/3, 2/3, 1}");
                }
            }
        }
    }

    @Test
    void aLinearFunctionHasItsCoefficientsAsMuAndMuStarAndNoSpread() {
        MorrisDesign.Result r = screen(10, 4, 4, 1, x -> 10 * x[0] - 5 * x[1] + x[2]);
        double[] coefficients = {10, -5, 1, 0};
        for (int j = 0; j < 4; j++) {
            assertEquals(coefficients[j], r.mu()[j], 1e-9);
            assertEquals(Math.abs(coefficients[j]), r.muStar()[j], 1e-9);
            assertEquals(0, r.sigma()[j], 1e-9);
            assertEquals(10, r.effects()[j]);
        }
    }

    /**
     * Sobol's g-function with a = (0, 1, 4.5, 9, 99, 99), the test case of Campolongo et al.
     * (2007): importance falls with a, and the last two factors hardly matter.
     */
    @Test
    void ranksTheFactorsOfSobolsGFunction() {
        double[] a = {0, 1, 4.5, 9, 99, 99};
        MorrisDesign.Result r = screen(40, 6, 4, 9, x -> {
            double product = 1;
            for (int j = 0; j < 6; j++) product *= (Math.abs(4 * x[j] - 2) + a[j]) / (1 + a[j]);
            return product;
        });
        double[] muStar = r.muStar();
        assertTrue(muStar[0] > muStar[1] && muStar[1] > muStar[2] && muStar[2] > muStar[3], java.util.Arrays.toString(muStar));
        assertTrue(muStar[4] < muStar[3] / 3 && muStar[5] < muStar[3] / 3, java.util.Arrays.toString(muStar));
        // mu cancels for the symmetric |4x - 2|, which is why mu* is the measure (Campolongo et al. 2007).
        assertTrue(Math.abs(r.mu()[0]) < muStar[0] / 2, java.util.Arrays.toString(r.mu()));
    }

    @Test
    void stepsWithAMissingOutputGiveNoEffect() {
        MorrisDesign design = new MorrisDesign(2, 2, 2);
        double[][] points = design.sample(new SplitMix64(4));
        double[] y = new double[points.length];
        for (int i = 0; i < y.length; i++) y[i] = points[i][0];
        y[0] = Double.NaN;
        MorrisDesign.Result r = design.analyse(points, y);
        assertEquals(3, r.effects()[0] + r.effects()[1]);
    }
}
