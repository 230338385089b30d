package org.icosim.calibration;

import static org.icosim.calibration.GaussianProcessEmulatorTest.assertMessage;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.icosim.calibration.Implausibility.Combination;
import org.junit.jupiter.api.Test;

class ImplausibilityTest {

    /** An emulator of mean slope * x[0] and a fixed variance. */
    record Line(double slope, double variance) implements Emulator {
        @Override
        public int dimension() {
            return 1;
        }

        @Override
        public Prediction predict(double[] x) {
            return new Prediction(slope * x[0], variance);
        }
    }

    static final List<Line> THREE = List.of(new Line(1, 1), new Line(2, 0.5), new Line(-1, 3));

    @Test
    void perOutputMeasuresFollowTheDefinition() {
        Implausibility imp = new Implausibility(THREE, new double[] {0, 1, 2}, new double[] {1, 0.25, 0.5}, new double[] {2, 0.25, 0.5});
        // At x = 3 the means are 3, 6, -3; the variances 1 + 1 + 2, 0.5 + 0.25 + 0.25, 3 + 0.5 + 0.5.
        assertArrayEquals(new double[] {3 / 2.0, 5 / 1.0, 5 / 2.0}, imp.perOutput(new double[] {3}), 1e-15);
        assertEquals(5, imp.combined(new double[] {3}), 1e-15);
        assertFalse(imp.isNonImplausible(new double[] {3}));
        assertTrue(imp.isNonImplausible(new double[] {0.5}));
        assertEquals(3.0, imp.cutoff());
        assertEquals(Combination.MAXIMUM, imp.combination());
    }

    @Test
    void secondAndThirdLargestLetOneOutputMiss() {
        double[] z = {0, 1, 2};
        double[] v = {1, 0.25, 0.5};
        double[] d = {2, 0.25, 0.5};
        double[] x = {3};
        assertEquals(5 / 2.0, new Implausibility(THREE, z, v, d, Combination.SECOND_MAXIMUM, 3).combined(x), 1e-15);
        assertEquals(3 / 2.0, new Implausibility(THREE, z, v, d, Combination.THIRD_MAXIMUM, 3).combined(x), 1e-15);
        assertTrue(new Implausibility(THREE, z, v, d, Combination.SECOND_MAXIMUM, 3).isNonImplausible(x));
        assertFalse(new Implausibility(THREE, z, v, d, Combination.SECOND_MAXIMUM, 2).isNonImplausible(x));
    }

    @Test
    void screeningKeepsTheNonImplausibleAndCountsTheShare() {
        // One output, mean x, total variance 1: non-implausible where |x - 1| <= 3, i.e. x in [-2, 4].
        Implausibility imp = new Implausibility(List.of(new Line(1, 0.5)), new double[] {1}, new double[] {0.25}, new double[] {0.25});
        double[][] candidates = new double[100][];
        for (int i = 0; i < 100; i++) candidates[i] = new double[] {-10 + 0.2 * i + 0.1};
        Screening s = imp.screen(candidates);
        assertEquals(100, s.candidates());
        assertEquals(30, s.nonImplausible().length);
        assertEquals(0.3, s.share(), 1e-15);
        for (double[] p : s.nonImplausible()) assertTrue(p[0] >= -2 && p[0] <= 4, "kept " + p[0]);
    }

    @Test
    void regionIsTheIntersectionOfWaves() {
        ParameterSpace line = new ParameterSpace(new double[] {-10}, new double[] {10});
        Implausibility wide = new Implausibility(List.of(new Line(1, 0.5)), new double[] {1}, new double[] {0.25}, new double[] {0.25});
        Implausibility narrow = new Implausibility(List.of(new Line(1, 0.05)), new double[] {2}, new double[] {0.03}, new double[] {0.02});
        NonImplausibleRegion r = NonImplausibleRegion.whole(line).and(wide).and(narrow);
        assertEquals(2, r.waves());
        // wide: [-2, 4]; narrow: |x - 2| <= 3 sqrt(0.1) = 0.949.
        assertTrue(r.contains(new double[] {2.9}));
        assertFalse(r.contains(new double[] {3.1}));
        assertFalse(r.contains(new double[] {11}), "outside the box");
        assertTrue(NonImplausibleRegion.whole(line).contains(new double[] {-10}));
    }

    @Test
    void badArgumentsAreNamed() {
        double[] one = {1};
        List<Line> single = List.of(new Line(1, 1));
        assertMessage("emulators: got none, expected one per output", () -> new Implausibility(List.of(), one, one, one));
        assertMessage("observations has 2 values, expected 1", () -> new Implausibility(single, new double[] {1, 2}, one, one));
        assertMessage("observation variance of output 0: got 0.0, expected a finite number > 0",
                () -> new Implausibility(single, one, new double[] {0}, one));
        assertMessage("discrepancy variance of output 0: got -1.0, expected a finite number >= 0",
                () -> new Implausibility(single, one, one, new double[] {-1}));
        assertMessage("combination SECOND_MAXIMUM needs at least 2 outputs, got 1",
                () -> new Implausibility(single, one, one, one, Combination.SECOND_MAXIMUM, 3));
        assertMessage("cut-off: got -3.0, expected a finite number > 0", () -> new Implausibility(single, one, one, one, Combination.MAXIMUM, -3));
        Implausibility imp = new Implausibility(single, one, one, one);
        assertMessage("point has 2 values, expected 1", () -> imp.perOutput(new double[] {1, 2}));
        assertMessage("candidates: got no points, expected at least 1 point", () -> imp.screen(new double[0][]));
        Emulator two = new Emulator() {
            @Override
            public int dimension() {
                return 2;
            }

            @Override
            public Prediction predict(double[] x) {
                return new Prediction(0, 1);
            }
        };
        assertMessage("emulator of output 1 has 2 inputs, expected 1 like output 0",
                () -> new Implausibility(List.of(new Line(1, 1), two), new double[] {1, 1}, new double[] {1, 1}, new double[] {0, 0}));
        assertMessage("wave has 1 inputs, expected 2", () -> NonImplausibleRegion.whole(ParameterSpace.unitCube(2)).and(imp));
    }
}
