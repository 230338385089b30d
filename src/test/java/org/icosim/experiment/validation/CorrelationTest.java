package org.icosim.experiment.validation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Pearson and Spearman on pairs worked out by hand. */
class CorrelationTest {

    @Test
    void pearsonOfAShuffledLine() {
        double[] x = {1, 2, 3, 4};
        assertEquals(1, Correlation.pearson(x, new double[] {2, 4, 6, 8}), 1e-15);
        assertEquals(-1, Correlation.pearson(x, new double[] {8, 6, 4, 2}), 1e-15);
        // Deviations (-1.5, -0.5, 0.5, 1.5) and (-1.5, 0.5, -0.5, 1.5): 4 over sqrt(5 * 5).
        assertEquals(0.8, Correlation.pearson(x, new double[] {1, 3, 2, 4}), 1e-15);
        assertTrue(Double.isNaN(Correlation.pearson(x, new double[] {5, 5, 5, 5})), "no spread, no correlation");
        assertTrue(Double.isNaN(Correlation.pearson(new double[] {1}, new double[] {2})));
    }

    @Test
    void spearmanUsesMidRanksForTies() {
        assertArrayEquals(new double[] {1, 2.5, 2.5, 4}, Correlation.midRanks(new double[] {10, 20, 20, 30}), 0);
        assertArrayEquals(new double[] {3, 1, 2}, Correlation.midRanks(new double[] {7, -1, 0}), 0);
        // Ranks (1, 2.5, 2.5, 4) and (1, 2, 3, 4): 4.5 over sqrt(4.5 * 5).
        assertEquals(4.5 / Math.sqrt(22.5), Correlation.spearman(new double[] {10, 20, 20, 30}, new double[] {1, 2, 3, 4}), 1e-15);
        // Monotone but not linear: Spearman 1, Pearson less.
        double[] x = {1, 2, 3, 4, 5};
        double[] y = {1, 8, 27, 64, 125};
        assertEquals(1, Correlation.spearman(x, y), 1e-15);
        assertTrue(Correlation.pearson(x, y) < 0.99);
    }
}
