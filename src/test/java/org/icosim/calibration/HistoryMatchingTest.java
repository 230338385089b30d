package org.icosim.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import org.icosim.calibration.GaussianProcessEmulator.Settings;
import org.junit.jupiter.api.Test;

/**
 * Three waves of history matching on a cheap stochastic simulator with known true parameters.
 * The simulator: y1 = a + b, y2 = a b, y3 = a - b²/2, each plus independent normal noise of sd
 * 0.5, on (a, b) in [0, 2]², run 4 times at each design point; the observations are the
 * expected outputs at the true point (0.7, 1.3) plus observation error of sd 0.05, and there is
 * no model discrepancy. Wave 1 is a 20-point Latin hypercube, waves 2 and 3 30 points each from
 * {@link Wave#nextDesign}; the share of a fixed 4000-point Latin hypercube of the whole space
 * that is non-implausible under all waves so far must fall at every wave (with this seed it is
 * about 3.8%, 2.5%, 1.8%; seeds 1, 7, 99 and 12345 behave alike).
 *
 * <p>With honest variances the true point's implausibility for one output is at most about
 * |N(0, 1)|, so a cut-off of 3 rules it out with probability about 0.3% per output and wave: the
 * runs are seeded, so the test is exact, and should it ever fail on a new seed that would point
 * to over-confident emulators.
 */
class HistoryMatchingTest {

    static final ParameterSpace SPACE = new ParameterSpace(new double[] {0, 0}, new double[] {2, 2});
    static final double[] TRUTH = {0.7, 1.3};
    static final double NOISE_SD = 0.5;
    static final int REPLICATES = 4;
    static final double OBSERVATION_SD = 0.05;

    static double[] expected(double[] x) {
        double a = x[0];
        double b = x[1];
        return new double[] {a + b, a * b, a - b * b / 2};
    }

    /** runs[output][point][replicate] */
    static double[][][] simulate(double[][] design, SplittableRandom random) {
        double[][][] runs = new double[3][design.length][REPLICATES];
        for (int i = 0; i < design.length; i++) {
            double[] f = expected(design[i]);
            for (int r = 0; r < REPLICATES; r++) {
                for (int k = 0; k < 3; k++) runs[k][i][r] = f[k] + NOISE_SD * Stats.gaussian(random);
            }
        }
        return runs;
    }

    static Implausibility wave(double[][] design, double[] observed, SplittableRandom random, long seed) {
        double[][][] runs = simulate(design, random);
        List<GaussianProcessEmulator> emulators = new ArrayList<>();
        for (int k = 0; k < 3; k++) {
            emulators.add(GaussianProcessEmulator.fit(SPACE, design, Replicates.means(runs[k]), Replicates.nugget(runs[k]),
                    Settings.defaults(seed + k).withStarts(3)));
        }
        double[] obsVar = new double[3];
        Arrays.fill(obsVar, OBSERVATION_SD * OBSERVATION_SD);
        return new Implausibility(emulators, observed, obsVar, new double[3]);
    }

    static double[][] concat(double[][] a, double[][] b) {
        double[][] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    @Test
    void wavesNeverRuleOutTheTruthAndShrinkTheRegion() {
        SplittableRandom random = new SplittableRandom(2024);
        double[] observed = expected(TRUTH);
        for (int k = 0; k < 3; k++) observed[k] += OBSERVATION_SD * Stats.gaussian(random);
        double[][] reference = Designs.latinHypercube(SPACE, 4000, 99);

        NonImplausibleRegion region = NonImplausibleRegion.whole(SPACE);
        double[][] design = Designs.latinHypercube(SPACE, 20, 1);
        double[][] known = reference;
        double previousShare = 1.0;
        List<Double> shares = new ArrayList<>();
        for (int w = 1; w <= 3; w++) {
            region = region.and(wave(design, observed, random, 10L * w));
            assertTrue(region.contains(TRUTH), "wave " + w + " ruled out the true point");
            Screening s = region.screen(reference);
            shares.add(s.share());
            assertTrue(s.share() < previousShare, "wave " + w + " share " + s.share() + " after " + shares);
            assertTrue(s.share() > 0, "wave " + w + " ruled out everything");
            previousShare = s.share();
            if (w < 3) {
                double[][] inside = region.screen(known).nonImplausible();
                Wave.Design next = Wave.nextDesign(region, inside, 30, 2000, 100 + w);
                for (double[] p : next.points()) assertTrue(region.contains(p));
                design = next.points();
                known = concat(s.nonImplausible(), next.candidates());
            }
        }
        assertEquals(3, region.waves());
        // The region ends small: under 5% of the space.
        assertTrue(shares.get(2) < 0.05, "shares " + shares);
    }
}
