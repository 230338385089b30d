package org.icosim.experiment.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** AUC, ROC, Brier and deciles on cases small enough to work out by hand. */
class ClassificationTest {

    // Two negatives (0.1, 0.4) and two positives (0.35, 0.8): of the four positive-negative pairs,
    // the positive scores higher in three (0.35 > 0.1, 0.8 > 0.1, 0.8 > 0.4).
    static final double[] SCORE = {0.1, 0.4, 0.35, 0.8};
    static final boolean[] POSITIVE = {false, false, true, true};

    @Test
    void theAucIsTheShareOfPositiveNegativePairsInWhichThePositiveScoresHigher() {
        assertEquals(0.75, Classification.auc(SCORE, POSITIVE), 1e-15);
        double[] reversed = {0.9, 0.6, 0.65, 0.2};
        assertEquals(0.25, Classification.auc(reversed, POSITIVE), 1e-15);
    }

    @Test
    void aTieCountsOneHalf() {
        // Pairs: (0.5, 0.5) a tie, (0.5 > 0.2), (0.9 > 0.5), (0.9 > 0.2): 3.5 of 4.
        assertEquals(0.875, Classification.auc(new double[] {0.5, 0.5, 0.2, 0.9}, new boolean[] {true, false, false, true}), 1e-15);
        // Every score equal: no information, one half.
        assertEquals(0.5, Classification.auc(new double[] {1, 1, 1}, new boolean[] {true, false, true}), 1e-15);
    }

    @Test
    void withoutAPositiveOrANegativeThereIsNoAuc() {
        assertTrue(Double.isNaN(Classification.auc(new double[] {0.2, 0.3}, new boolean[] {true, true})));
        assertTrue(Double.isNaN(Classification.auc(new double[] {0.2, 0.3}, new boolean[] {false, false})));
    }

    @Test
    void theRocCurveStepsThroughEachDistinctScoreAndItsAreaIsTheAuc() {
        List<Classification.RocPoint> roc = Classification.roc(SCORE, POSITIVE);
        double[][] expected = {{0, 0}, {0, 0.5}, {0.5, 0.5}, {0.5, 1}, {1, 1}};
        assertEquals(expected.length, roc.size());
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i][0], roc.get(i).falsePositiveRate(), 1e-15, "point " + i);
            assertEquals(expected[i][1], roc.get(i).truePositiveRate(), 1e-15, "point " + i);
        }
        assertEquals(0.8, roc.get(1).threshold());
        assertEquals(0.1, roc.get(4).threshold());
        double[] tied = {0.5, 0.5, 0.2, 0.9};
        boolean[] outcome = {true, false, false, true};
        assertEquals(Classification.auc(tied, outcome), trapezoid(Classification.roc(tied, outcome)), 1e-15,
                "a tie moves the curve diagonally");
    }

    private static double trapezoid(List<Classification.RocPoint> roc) {
        double area = 0;
        for (int i = 1; i < roc.size(); i++) {
            area += (roc.get(i).falsePositiveRate() - roc.get(i - 1).falsePositiveRate())
                    * (roc.get(i).truePositiveRate() + roc.get(i - 1).truePositiveRate()) / 2;
        }
        return area;
    }

    @Test
    void theBrierScoreIsTheMeanSquaredError() {
        // 0.1^2 + 0.4^2 + 0.65^2 + 0.2^2 = 0.01 + 0.16 + 0.4225 + 0.04 = 0.6325, over 4.
        assertEquals(0.158125, Classification.brier(SCORE, POSITIVE), 1e-15);
        assertEquals(0, Classification.brier(new double[] {0, 1}, new boolean[] {false, true}), 0);
    }

    @Test
    void decilesGroupCasesByPredictionInGroupsOfEqualSize() {
        List<Classification.Decile> two = Classification.deciles(SCORE, POSITIVE, 2);
        // Sorted: 0.1 (no), 0.35 (yes) | 0.4 (no), 0.8 (yes).
        assertEquals(1, two.get(0).decile());
        assertEquals(2, two.get(0).cases());
        assertEquals(0.225, two.get(0).meanPredicted(), 1e-15);
        assertEquals(0.5, two.get(0).observedRate(), 0);
        assertEquals(0.6, two.get(1).meanPredicted(), 1e-15);
        assertEquals(0.5, two.get(1).observedRate(), 0);
        // 23 cases in 10 groups: three of 3, seven of 2.
        double[] p = new double[23];
        boolean[] y = new boolean[23];
        for (int i = 0; i < 23; i++) {
            p[i] = i / 23.0;
            y[i] = i % 2 == 0;
        }
        List<Classification.Decile> ten = Classification.deciles(p, y, 10);
        assertEquals(10, ten.size());
        assertEquals(List.of(3, 3, 3, 2, 2, 2, 2, 2, 2, 2), ten.stream().map(Classification.Decile::cases).toList());
        assertEquals(2.0 / 3, ten.get(0).observedRate(), 1e-15, "cases 0, 1, 2: two even");
    }

    @Test
    void mismatchedOrMissingScoresAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Classification.auc(new double[] {1}, new boolean[] {true, false}));
        assertThrows(IllegalArgumentException.class, () -> Classification.brier(new double[] {Double.NaN}, new boolean[] {true}));
        assertThrows(IllegalArgumentException.class, () -> Classification.deciles(SCORE, POSITIVE, 0));
    }
}
