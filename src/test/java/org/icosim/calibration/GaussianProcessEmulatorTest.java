package org.icosim.calibration;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.icosim.calibration.GaussianProcessEmulator.Hyperparameters;
import org.icosim.calibration.GaussianProcessEmulator.Settings;
import org.junit.jupiter.api.Test;

class GaussianProcessEmulatorTest {

    static final ParameterSpace BOX = new ParameterSpace(new double[] {-1, 10}, new double[] {2, 30});

    static double smooth(double[] x) {
        return Math.sin(x[0]) + 0.05 * x[1] + Math.cos(0.2 * x[1]) * x[0];
    }

    static double[] outputs(double[][] x) {
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) y[i] = smooth(x[i]);
        return y;
    }

    @Test
    void interpolatesNoiseFreeDataWithVanishingVariance() {
        double[][] x = Designs.latinHypercube(BOX, 20, 1);
        double[] y = outputs(x);
        for (Kernel kernel : Kernel.values()) {
            GaussianProcessEmulator e = GaussianProcessEmulator.fit(BOX, x, y, 0, Settings.defaults(2).withKernel(kernel));
            double s2 = e.hyperparameters().signalVariance();
            assertEquals(GaussianProcessEmulator.NUGGET_FLOOR * s2, e.effectiveNugget(), 0);
            for (int i = 0; i < x.length; i++) {
                Prediction p = e.predict(x[i]);
                assertEquals(y[i], p.mean(), 1e-6, kernel + " mean at design point " + i);
                // The floor nugget 1e-12 sigma^2 bounds the variance at a design point by about that much.
                assertTrue(p.variance() <= 1e-6 * s2, kernel + " variance at design point " + i + ": " + p.variance());
            }
        }
    }

    /**
     * sin on [0, 2 pi] from 10 noisy points (noise sd 0.1, the nugget its variance), over 20
     * designs and 50 held-out points each: 1000 checks of each 95% interval. For independent
     * checks the count inside is Binomial(1000, 0.95), standard deviation 6.9, so the share must
     * lie within 0.95 +- 3 x 0.0069. (Checks within one design are correlated, which widens the
     * real spread: the band is if anything strict.)
     */
    @Test
    void ninetyFivePercentIntervalsCoverAtTheNominalRate() {
        ParameterSpace line = new ParameterSpace(new double[] {0}, new double[] {2 * Math.PI});
        double sd = 0.1;
        SplittableRandom noise = new SplittableRandom(7);
        int truthInside = 0;
        int newRunInside = 0;
        int checks = 0;
        for (int rep = 0; rep < 20; rep++) {
            double[][] x = Designs.latinHypercube(line, 10, 100 + rep);
            double[] y = new double[x.length];
            for (int i = 0; i < x.length; i++) y[i] = Math.sin(x[i][0]) + sd * Stats.gaussian(noise);
            GaussianProcessEmulator e = GaussianProcessEmulator.fit(line, x, y, sd * sd, Settings.defaults(rep));
            for (int t = 0; t < 50; t++) {
                double xt = (t + 0.5) / 50 * 2 * Math.PI;
                Prediction p = e.predict(new double[] {xt});
                checks++;
                if (Math.abs(p.mean() - Math.sin(xt)) <= 1.959964 * p.sd()) truthInside++;
                double run = Math.sin(xt) + sd * Stats.gaussian(noise);
                if (Math.abs(p.mean() - run) <= 1.959964 * Math.sqrt(p.variance() + e.nugget())) newRunInside++;
            }
        }
        double band = 3 * Math.sqrt(0.95 * 0.05 / checks);
        assertEquals(0.95, (double) truthInside / checks, band, "share of intervals holding sin(x)");
        assertEquals(0.95, (double) newRunInside / checks, band, "share of intervals holding a new noisy run");
    }

    /** Without noise the intervals for sin are conservative (all 500 hold it): never over-confident. */
    @Test
    void noiseFreeIntervalsAreNotOverConfident() {
        ParameterSpace line = new ParameterSpace(new double[] {0}, new double[] {2 * Math.PI});
        int inside = 0;
        int checks = 0;
        for (int rep = 0; rep < 10; rep++) {
            double[][] x = Designs.latinHypercube(line, 10, 200 + rep);
            double[] y = new double[x.length];
            for (int i = 0; i < x.length; i++) y[i] = Math.sin(x[i][0]);
            GaussianProcessEmulator e = GaussianProcessEmulator.fit(line, x, y, 0, Settings.defaults(rep));
            for (int t = 0; t < 50; t++) {
                double xt = (t + 0.5) / 50 * 2 * Math.PI;
                Prediction p = e.predict(new double[] {xt});
                checks++;
                if (Math.abs(p.mean() - Math.sin(xt)) <= 1.959964 * p.sd()) inside++;
            }
        }
        assertTrue((double) inside / checks >= 0.95 - 3 * Math.sqrt(0.95 * 0.05 / checks), inside + " of " + checks);
    }

    /** For exactly linear outputs generalised least squares returns the coefficients whatever the kernel. */
    @Test
    void linearMeanRecoversTheCoefficients() {
        double[][] x = Designs.latinHypercube(BOX, 15, 3);
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) y[i] = 2 + 3 * x[i][0] - 0.5 * x[i][1];
        for (Kernel kernel : Kernel.values()) {
            GaussianProcessEmulator e = GaussianProcessEmulator.fit(BOX, x, y, 0, Settings.defaults(4).withKernel(kernel));
            assertArrayEquals(new double[] {2, 3, -0.5}, e.meanCoefficients(), 1e-7, kernel.toString());
            // Far outside the design the prediction is the regression line.
            assertEquals(2 + 3 * 10 - 0.5 * 100, e.predict(new double[] {10, 100}).mean(), 1e-5);
        }
        GaussianProcessEmulator fixed = GaussianProcessEmulator.withHyperparameters(BOX, x, y, 0.1, Kernel.SQUARED_EXPONENTIAL,
                MeanFunction.LINEAR, new Hyperparameters(new double[] {0.3, 0.3}, 1.0));
        assertArrayEquals(new double[] {2, 3, -0.5}, fixed.meanCoefficients(), 1e-9, "with a nugget");
    }

    @Test
    void constantMeanEstimatesTheLevel() {
        double[][] x = Designs.latinHypercube(BOX, 8, 5);
        double[] y = new double[x.length];
        java.util.Arrays.fill(y, 4.25);
        GaussianProcessEmulator e = GaussianProcessEmulator.fit(BOX, x, y, 0, Settings.defaults(1).withMean(MeanFunction.CONSTANT));
        assertArrayEquals(new double[] {4.25}, e.meanCoefficients(), 1e-9);
        assertEquals(4.25, e.predict(new double[] {0.5, 20}).mean(), 1e-9);
    }

    @Test
    void fitsAreDeterministicAndTheBestStartIsKept() {
        double[][] x = Designs.latinHypercube(BOX, 20, 1);
        double[] y = outputs(x);
        GaussianProcessEmulator a = GaussianProcessEmulator.fit(BOX, x, y, 1e-4, Settings.defaults(9));
        GaussianProcessEmulator b = GaussianProcessEmulator.fit(BOX, x, y, 1e-4, Settings.defaults(9));
        assertArrayEquals(a.hyperparameters().lengthScales(), b.hyperparameters().lengthScales(), 0);
        assertEquals(a.hyperparameters().signalVariance(), b.hyperparameters().signalVariance(), 0);
        GaussianProcessEmulator one = GaussianProcessEmulator.fit(BOX, x, y, 1e-4, Settings.defaults(9).withStarts(1));
        assertTrue(a.logMarginalLikelihood() >= one.logMarginalLikelihood() - 1e-9);
        // The optimum beats the hyperparameters around it.
        Hyperparameters h = a.hyperparameters();
        for (double f : new double[] {0.8, 1.25}) {
            double[] l = h.lengthScales();
            l[0] *= f;
            GaussianProcessEmulator moved = GaussianProcessEmulator.withHyperparameters(BOX, x, y, 1e-4, Kernel.SQUARED_EXPONENTIAL,
                    MeanFunction.LINEAR, new Hyperparameters(l, h.signalVariance()));
            assertTrue(a.logMarginalLikelihood() > moved.logMarginalLikelihood(), "length scale x " + f);
        }
    }

    @Test
    void predictionVarianceGrowsAwayFromTheData() {
        double[][] x = Designs.latinHypercube(BOX, 20, 1);
        GaussianProcessEmulator e = GaussianProcessEmulator.fit(BOX, x, outputs(x), 1e-4, Settings.defaults(1));
        double near = e.predict(x[0]).variance();
        double far = e.predict(new double[] {8, 80}).variance();
        assertTrue(far > 100 * near, near + " then " + far);
    }

    @Test
    void badArgumentsAreNamed() {
        double[][] x = Designs.latinHypercube(BOX, 10, 1);
        double[] y = outputs(x);
        Settings s = Settings.defaults(1);
        assertMessage("design: got no points, expected at least 1 point", () -> GaussianProcessEmulator.fit(BOX, new double[0][], new double[0], 0, s));
        assertMessage("design point 3 has 3 values, expected 2", () -> {
            double[][] bad = x.clone();
            bad[3] = new double[] {0, 15, 1};
            GaussianProcessEmulator.fit(BOX, bad, y, 0, s);
        });
        assertMessage("outputs has 9 values, expected 10", () -> GaussianProcessEmulator.fit(BOX, x, java.util.Arrays.copyOf(y, 9), 0, s));
        assertMessage("nugget: got -0.1, expected a finite number >= 0", () -> GaussianProcessEmulator.fit(BOX, x, y, -0.1, s));
        assertMessage("design: got 3 points, expected at least 4 for a linear mean in 2 inputs",
                () -> GaussianProcessEmulator.fit(BOX, java.util.Arrays.copyOf(x, 3), java.util.Arrays.copyOf(y, 3), 0, s));
        assertMessage("outputs value 2: got NaN, expected a finite number", () -> {
            double[] bad = y.clone();
            bad[2] = Double.NaN;
            GaussianProcessEmulator.fit(BOX, x, bad, 0, s);
        });
        assertMessage("signal variance: got 0.0, expected a finite number > 0", () -> new Hyperparameters(new double[] {1, 1}, 0));
        assertMessage("length scale 1: got -2.0, expected a finite number > 0", () -> new Hyperparameters(new double[] {1, -2}, 1));
        assertMessage("length scales: got 1, expected 2, one per input", () -> GaussianProcessEmulator.withHyperparameters(BOX, x, y, 0,
                Kernel.MATERN_52, MeanFunction.LINEAR, new Hyperparameters(new double[] {1}, 1)));
        assertMessage("optimiser starts: got 0, expected at least 1", () -> s.withStarts(0));
        GaussianProcessEmulator e = GaussianProcessEmulator.fit(BOX, x, y, 0, s);
        assertMessage("prediction point has 1 values, expected 2", () -> e.predict(new double[] {1}));
        assertMessage("input 1 range: got [3.0, 3.0], expected the lower bound below the upper one",
                () -> new ParameterSpace(new double[] {0, 3}, new double[] {1, 3}));
        assertMessage("upper bounds has 1 values, expected 2", () -> new ParameterSpace(new double[] {0, 3}, new double[] {1}));
    }

    @Test
    void kernelsAtKnownDistances() {
        double[] l = {0.5, 2};
        double[] a = {0.1, 0.2};
        double[] b = {0.4, 1.8}; // scaled distances 0.6 and 0.8: r = 1
        assertEquals(Math.exp(-0.5), Kernel.SQUARED_EXPONENTIAL.correlation(a, b, l), 1e-15);
        double s5 = Math.sqrt(5);
        assertEquals((1 + s5 + 5.0 / 3) * Math.exp(-s5), Kernel.MATERN_52.correlation(a, b, l), 1e-15);
        for (Kernel k : Kernel.values()) assertEquals(1.0, k.correlation(a, a, l), 0);
    }

    @Test
    void nuggetFromReplicatesIsTheVarianceOfAReplicateMean() {
        double[][] runs = {{1, 3}, {2, 2}, {0, 4, 8}};
        // Sample variances 2, 0, 16; divided by 2, 2, 3 replicates: 1, 0, 16/3; mean (1 + 16/3) / 3.
        assertEquals((1 + 16.0 / 3) / 3, Replicates.nugget(runs), 1e-15);
        assertArrayEquals(new double[] {2, 2, 4}, Replicates.means(runs), 0);
        assertMessage("design point 1: got 1 replicates, expected at least 2", () -> Replicates.nugget(new double[][] {{1, 2}, {3}}));
        assertMessage("replicate runs: got no design points, expected at least 1", () -> Replicates.nugget(new double[0][]));
    }

    static void assertMessage(String expected, org.junit.jupiter.api.function.Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertEquals(expected, e.getMessage());
    }
}
