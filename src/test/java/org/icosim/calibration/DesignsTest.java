package org.icosim.calibration;

import static org.icosim.calibration.GaussianProcessEmulatorTest.assertMessage;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class DesignsTest {

    @Test
    void latinHypercubeHasOnePointPerStratumAndIsSeeded() {
        ParameterSpace box = new ParameterSpace(new double[] {-1, 100, 0}, new double[] {1, 200, 0.5});
        double[][] x = Designs.latinHypercube(box, 25, 42);
        for (int j = 0; j < 3; j++) {
            boolean[] seen = new boolean[25];
            for (double[] p : x) {
                int stratum = (int) Math.floor(box.toUnit(p)[j] * 25);
                assertTrue(!seen[stratum], "input " + j + " stratum " + stratum + " twice");
                seen[stratum] = true;
            }
        }
        assertArrayEquals(x, Designs.latinHypercube(box, 25, 42));
        assertTrue(!java.util.Arrays.deepEquals(x, Designs.latinHypercube(box, 25, 43)));
    }

    @Test
    void maximinSubsetSpreadsOut() {
        ParameterSpace line = new ParameterSpace(new double[] {0}, new double[] {10});
        double[][] c = new double[11][];
        for (int i = 0; i <= 10; i++) c[i] = new double[] {i};
        double[][] chosen = Designs.maximinSubset(line, c, 3);
        assertArrayEquals(new double[][] {{0}, {10}, {5}}, chosen);
        assertMessage("points to choose: got 12, more than the 11 candidates", () -> Designs.maximinSubset(line, c, 12));
    }

    @Test
    void boundingBoxIsWidenedAndClipped() {
        ParameterSpace space = new ParameterSpace(new double[] {0, 0}, new double[] {10, 10});
        ParameterSpace box = Designs.boundingBox(space, new double[][] {{2, 6}, {4, 9.8}}, 0.1);
        assertEquals(1.8, box.lower(0), 1e-12);
        assertEquals(4.2, box.upper(0), 1e-12);
        assertEquals(5.62, box.lower(1), 1e-12);
        assertEquals(10, box.upper(1), 0);
        ParameterSpace flat = Designs.boundingBox(space, new double[][] {{3, 3}}, 0.1);
        assertEquals(2, flat.lower(0), 1e-12);
        assertEquals(4, flat.upper(0), 1e-12);
    }

    @Test
    void waveDesignLiesInTheRegionAndIsSeeded() {
        ParameterSpace space = new ParameterSpace(new double[] {-10}, new double[] {10});
        Implausibility imp = new Implausibility(List.of(new ImplausibilityTest.Line(1, 0.5)), new double[] {1}, new double[] {0.25},
                new double[] {0.25});
        NonImplausibleRegion region = NonImplausibleRegion.whole(space).and(imp);
        Wave.Design d = Wave.nextDesign(region, new double[][] {{0}, {3}}, 8, 200, 5);
        assertEquals(8, d.points().length);
        for (double[] p : d.points()) assertTrue(region.contains(p), "design point " + p[0]);
        assertTrue(d.candidates().length >= 40);
        // The box [-0.3, 3.3] lies inside the region [-2, 4]: every candidate is kept.
        assertEquals(1.0, d.acceptance(), 0);
        assertArrayEquals(d.points(), Wave.nextDesign(region, new double[][] {{0}, {3}}, 8, 200, 5).points());
        assertMessage("candidates per round: got 5, expected at least the 8 design points",
                () -> Wave.nextDesign(region, new double[][] {{0}}, 8, 5, 1));
        assertMessage("points: got no points, expected at least 1 point", () -> Wave.nextDesign(region, new double[0][], 8, 100, 1));
        Implausibility nowhere = new Implausibility(List.of(new ImplausibilityTest.Line(1, 1e-6)), new double[] {100},
                new double[] {1e-6}, new double[] {0});
        IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> Wave.nextDesign(NonImplausibleRegion.whole(space).and(nowhere), new double[][] {{0}, {1}}, 4, 50, 1));
        assertEquals("found 0 non-implausible candidates in 1000 drawn, fewer than the 4 design points;"
                + " draw more per round or relax the cut-off", e.getMessage());
    }
}
