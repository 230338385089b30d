package org.icosim.calibration;

import static org.icosim.calibration.GaussianProcessEmulatorTest.assertMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.icosim.calibration.GaussianProcessEmulator.Settings;
import org.junit.jupiter.api.Test;

class LeaveOneOutTest {

    static final ParameterSpace BOX = GaussianProcessEmulatorTest.BOX;

    /** The closed form equals refitting without each point at the same hyperparameters. */
    @Test
    void closedFormMatchesRefittingWithoutThePoint() {
        double[][] x = Designs.latinHypercube(BOX, 15, 11);
        double[] y = GaussianProcessEmulatorTest.outputs(x);
        double nugget = 1e-3;
        for (MeanFunction mean : MeanFunction.values()) {
            GaussianProcessEmulator e = GaussianProcessEmulator.fit(BOX, x, y, nugget, Settings.defaults(1).withMean(mean));
            LeaveOneOut loo = LeaveOneOut.of(e);
            for (int i = 0; i < x.length; i++) {
                double[][] xs = new double[x.length - 1][];
                double[] ys = new double[x.length - 1];
                for (int k = 0, m = 0; k < x.length; k++) {
                    if (k == i) continue;
                    xs[m] = x[k];
                    ys[m++] = y[k];
                }
                GaussianProcessEmulator without = GaussianProcessEmulator.withHyperparameters(BOX, xs, ys, nugget, e.kernel(), mean,
                        e.hyperparameters());
                Prediction p = without.predict(x[i]);
                assertEquals(p.mean(), loo.mean()[i], 1e-8 * (1 + Math.abs(p.mean())), mean + " mean without point " + i);
                // The left-out variance is that of the observed output: the emulator's plus the nugget.
                assertEquals(p.variance() + nugget, loo.variance()[i], 1e-8 * loo.variance()[i], mean + " variance without point " + i);
            }
        }
    }

    /**
     * A smooth 2-D function from 40 points with a small nugget. Were the standardised errors
     * standard normal and independent, the count beyond +-2 would be Binomial(40, 0.0455): 6 or
     * more has probability 0.9%; beyond +-3 (p = 0.0027) 2 or more has probability 0.5%. The test
     * asks for fewer (at most 5 beyond 2, 12.5%; at most 1 beyond 3).
     */
    @Test
    void standardisedErrorsOfASmoothFunctionAreMostlyWithinTwo() {
        double[][] x = Designs.latinHypercube(BOX, 40, 21);
        double[] y = GaussianProcessEmulatorTest.outputs(x);
        for (Kernel kernel : Kernel.values()) {
            GaussianProcessEmulator e = GaussianProcessEmulator.fit(BOX, x, y, 1e-6, Settings.defaults(3).withKernel(kernel));
            LeaveOneOut.Summary s = LeaveOneOut.of(e).summary();
            int beyond2 = Stats.upperCritical(40, 0.0455, 0.01);
            int beyond3 = Stats.upperCritical(40, 0.0027, 0.01);
            assertEquals(6, beyond2);
            assertEquals(2, beyond3);
            assertEquals(40, s.points());
            assertTrue(s.shareAbove2() * 40 < beyond2, kernel + " " + s + " errors " + Arrays.toString(LeaveOneOut.of(e).standardisedErrors()));
            assertTrue(s.shareAbove3() * 40 < beyond3, kernel + " " + s);
        }
    }

    @Test
    void summaryCountsShares() {
        double[][] x = Designs.latinHypercube(BOX, 12, 2);
        GaussianProcessEmulator e = GaussianProcessEmulator.fit(BOX, x, GaussianProcessEmulatorTest.outputs(x), 1e-4, Settings.defaults(1));
        LeaveOneOut loo = LeaveOneOut.of(e);
        double[] z = loo.standardisedErrors();
        long above1 = Arrays.stream(z).filter(v -> Math.abs(v) > 1).count();
        assertEquals(above1 / 12.0, loo.shareAbove(1), 0);
        assertEquals(Arrays.stream(z).map(Math::abs).max().orElseThrow(), loo.summary().maxAbs(), 0);
        assertMessage("emulator: got null, expected a fitted emulator", () -> LeaveOneOut.of(null));
        assertMessage("threshold: got -1.0, expected a finite number >= 0", () -> loo.shareAbove(-1));
    }
}
