package org.icosim.calibration;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.icosim.calibration.HistoryMatching.Settings;
import org.icosim.calibration.HistoryMatching.Stop;
import org.icosim.calibration.HistoryMatching.Target;
import org.icosim.calibration.HistoryMatching.WaveResult;
import org.icosim.calibration.Implausibility.Combination;
import org.icosim.experiment.CalibrationRuns;
import org.junit.jupiter.api.Test;

/**
 * The wave engine ({@link HistoryMatching}) on a cheap stochastic toy simulator with known true
 * parameters, run through the same sweep-engine runner as the model ({@link CalibrationRuns}).
 *
 * <p>The toy: three inputs (a, b, c) in [0, 2]³ and four outputs, y1 = a + b, y2 = a b,
 * y3 = sin(3a) cos(2b), y4 = 0.1 c (c barely matters), each plus normal noise of sd 0.05 from the
 * run's seed; the truth is (0.7, 1.3, 1.0), observed as one run there plus observation error of
 * sd 0.05; no discrepancy. y1 and y2 alone allow the mirror point (1.3, 0.7), which y3 rules out;
 * c is identified only weakly (its effect, at most 0.2, is a few noise sds), so the plausible
 * range of c must stay wide while those of a and b narrow. Waves of 12 then 15 points times 3
 * replicates, the largest implausibility with cut-off 3.
 *
 * <p>Over seeds 1 to 12 the truth's implausibility stayed below 2.6 at every wave; 10 of the 12
 * seeds ran two waves (the reference share falling from 0.03-0.10 to 0.01-0.05) and stopped on
 * precise emulators, the other two stopped after one.
 */
class WaveEngineTest {

    static final ParameterSpace SPACE = new ParameterSpace(new double[] {0, 0, 0}, new double[] {2, 2, 2});
    static final double[] TRUTH = {0.7, 1.3, 1.0};
    static final double NOISE_SD = 0.05;
    static final double OBSERVATION_SD = 0.05;

    static double[] expected(double[] x) {
        return new double[] {x[0] + x[1], x[0] * x[1], Math.sin(3 * x[0]) * Math.cos(2 * x[1]), 0.1 * x[2]};
    }

    static double[] toy(double[] x, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] y = expected(x);
        for (int k = 0; k < y.length; k++) y[k] += NOISE_SD * Stats.gaussian(random);
        return y;
    }

    static List<Target> targets(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        // The data are one realisation of the simulator at the truth, observed with error.
        double[] z = toy(TRUTH, ~seed);
        List<Target> targets = new ArrayList<>();
        for (int k = 0; k < z.length; k++) {
            targets.add(new Target("y" + (k + 1), z[k] + OBSERVATION_SD * Stats.gaussian(random), OBSERVATION_SD * OBSERVATION_SD, 0));
        }
        return targets;
    }

    static Settings settings(int waves, double minShrink, long seed) {
        return new Settings(12, 15, 3, 3.0, Combination.MAXIMUM, 1, waves, 2000, 4000, minShrink, 20, Kernel.SQUARED_EXPONENTIAL,
                MeanFunction.LINEAR, 5, seed);
    }

    static HistoryMatching.Result run(long seed, int threads, CalibrationRuns.Journal journal) throws Exception {
        HistoryMatching matching = new HistoryMatching(SPACE, targets(seed), settings(3, 0, seed));
        return matching.run(new CalibrationRuns(WaveEngineTest::toy, journal, seed, threads, null), null, 1);
    }

    @Test
    void theTruthIsNeverRuledOutAndTheRegionShrinksWaveByWave() throws Exception {
        for (long seed : new long[] {1, 2}) {
            HistoryMatching.Result result = run(seed, 2, new CalibrationRuns.MemoryJournal());
            assertTrue(result.waves().size() >= 2, "seed " + seed + ": " + result.waves().size() + " waves");
            assertTrue(result.stop() == Stop.MAX_WAVES || result.stop() == Stop.EMULATORS_PRECISE, result.stop().toString());
            double previous = 1;
            List<Double> shares = new ArrayList<>();
            for (WaveResult w : result.waves()) {
                assertTrue(w.implausibility().isNonImplausible(TRUTH),
                        "seed " + seed + " wave " + w.wave() + " ruled out the truth: I = " + w.implausibility().combined(TRUTH));
                shares.add(w.share());
                assertTrue(w.share() < previous, "seed " + seed + " shares " + shares);
                assertTrue(w.share() > 0, "seed " + seed + " shares " + shares);
                previous = w.share();
                for (double[] p : w.design()) assertTrue(SPACE.contains(p));
                assertEquals(0, w.failedPoints());
            }
            assertTrue(result.region().contains(TRUTH));
            assertTrue(shares.get(shares.size() - 1) < 0.06, "seed " + seed + " shares " + shares);

            HistoryMatching.Ensemble e = result.ensemble();
            assertNotNull(e);
            assertEquals(20, e.points().length);
            for (double[] p : e.points()) assertTrue(result.region().contains(p));
            // Runs of the plausible set fit the targets far more often than runs of the prior would.
            assertTrue(e.shareFitting() > 0.3, "seed " + seed + " share fitting " + e.shareFitting());
            List<PlausibleRange> ranges = PlausibleRange.of(SPACE, e.sample());
            for (int j = 0; j < 3; j++) assertTrue(ranges.get(j).min() <= TRUTH[j] && TRUTH[j] <= ranges.get(j).max());
            assertTrue(ranges.get(0).ratio() < 0.9 && ranges.get(1).ratio() < 0.9, "seed " + seed + " " + ranges);
            assertEquals("not constrained", ranges.get(2).verdict(), "seed " + seed + " " + ranges);
        }
    }

    @Test
    void theSameSeedGivesTheSameWavesOnAnyThreadCountAndAResumeRunsNothingTwice() throws Exception {
        CalibrationRuns.MemoryJournal journal = new CalibrationRuns.MemoryJournal();
        HistoryMatching.Result one = run(7, 1, journal);
        int recorded = journal.size();
        // Replaying on the full journal reruns nothing: the simulator must not be called.
        HistoryMatching matching = new HistoryMatching(SPACE, targets(7), settings(3, 0, 7));
        HistoryMatching.Result replay = matching.run(new CalibrationRuns((x, s) -> {
            throw new AssertionError("ran again");
        }, journal, 7, 2, null), null, 2);
        assertEquals(recorded, journal.size());
        HistoryMatching.Result two = run(7, 3, new CalibrationRuns.MemoryJournal());
        for (HistoryMatching.Result other : List.of(replay, two)) {
            assertEquals(one.waves().size(), other.waves().size());
            for (int w = 0; w < one.waves().size(); w++) {
                assertArrayEquals(one.waves().get(w).design(), other.waves().get(w).design());
                assertEquals(one.waves().get(w).share(), other.waves().get(w).share());
            }
            assertArrayEquals(one.ensemble().points(), other.ensemble().points());
        }
    }

    @Test
    void aRegionThatStopsShrinkingEndsTheWaves() throws Exception {
        // Outputs that hardly depend on the inputs: nothing can be ruled out, so wave 2 keeps everything.
        ParameterSpace space = new ParameterSpace(new double[] {0, 0}, new double[] {1, 1});
        List<Target> targets = List.of(new Target("flat", 0.0, 1.0, 0), new Target("flat2", 0.0, 1.0, 0));
        HistoryMatching matching = new HistoryMatching(space, targets, new Settings(10, 10, 2, 3.0, Combination.MAXIMUM, 1, 5, 500,
                500, 0.05, 0, Kernel.SQUARED_EXPONENTIAL, MeanFunction.LINEAR, 1, 3));
        HistoryMatching.Result r = matching.run(new CalibrationRuns((x, s) -> {
            SplittableRandom random = new SplittableRandom(s);
            return new double[] {0.001 * x[0] + 0.01 * Stats.gaussian(random), 0.01 * Stats.gaussian(random)};
        }, new CalibrationRuns.MemoryJournal(), 3, 1, null), null, 1);
        assertTrue(r.stop() == Stop.NOT_SHRINKING || r.stop() == Stop.EMULATORS_PRECISE, r.stop().toString());
        assertTrue(r.waves().size() <= 2);
        assertEquals(1.0, r.waves().get(0).share());
        assertNull(r.ensemble());
    }

    @Test
    void targetsNoPointMatchesRuleEverythingOut() throws Exception {
        List<Target> targets = List.of(new Target("y1", 50, 0.01, 0), new Target("y2", 50, 0.01, 0), new Target("y3", 50, 0.01, 0),
                new Target("y4", 50, 0.01, 0));
        HistoryMatching matching = new HistoryMatching(SPACE, targets, settings(3, 0, 5));
        HistoryMatching.Result r = matching.run(new CalibrationRuns(WaveEngineTest::toy, new CalibrationRuns.MemoryJournal(), 5, 2, null),
                null, 1);
        assertEquals(Stop.RULED_OUT, r.stop());
        assertEquals(1, r.waves().size());
        assertEquals(0.0, r.waves().get(0).share());
        assertNull(r.ensemble());
    }

    @Test
    void constantOutputsAreNotEmulatedAndFailedPointsAreLeftOut() throws Exception {
        ParameterSpace space = new ParameterSpace(new double[] {0}, new double[] {1});
        List<Target> targets = List.of(new Target("initial", 5, 0.01, 0), new Target("y", 0.5, 0.01, 0));
        HistoryMatching matching = new HistoryMatching(space, targets, new Settings(12, 12, 2, 3.0, Combination.MAXIMUM, 1, 1, 200,
                200, 0, 5, Kernel.MATERN_52, MeanFunction.LINEAR, 1, 9));
        HistoryMatching.Result r = matching.run(new CalibrationRuns((x, s) -> {
            if (x[0] > 0.9) throw new IllegalArgumentException("no runs above 0.9");
            return new double[] {5, x[0] + 0.01 * Stats.gaussian(new SplittableRandom(s))};
        }, new CalibrationRuns.MemoryJournal(), 9, 2, null), null, 1);
        WaveResult w = r.waves().get(0);
        assertTrue(w.emulators().get(0).emulator() instanceof ConstantOutput);
        assertNull(w.emulators().get(0).gp());
        assertNotNull(w.emulators().get(1).gp());
        assertEquals(1, w.failedPoints(), "one of 12 strata lies above 0.9");
        assertEquals(11, w.fitted().length);
        assertTrue(w.implausibility().isNonImplausible(new double[] {0.5}));
        assertTrue(!w.implausibility().isNonImplausible(new double[] {0.05}));
    }

    @Test
    void settingsAreChecked() {
        assertThrows(IllegalArgumentException.class, () -> new Settings(10, 10, 1, 3, Combination.MAXIMUM, 1, 2, 100, 100, 0, 0,
                Kernel.SQUARED_EXPONENTIAL, MeanFunction.LINEAR, 1, 1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new HistoryMatching(SPACE, targets(1),
                new Settings(4, 10, 2, 3, Combination.MAXIMUM, 1, 2, 100, 100, 0, 0, Kernel.SQUARED_EXPONENTIAL, MeanFunction.LINEAR, 1, 1)));
        assertTrue(e.getMessage().contains("at least 6"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new HistoryMatching(SPACE, targets(1).subList(0, 2),
                new Settings(10, 10, 2, 3, Combination.THIRD_MAXIMUM, 1, 2, 100, 100, 0, 0, Kernel.SQUARED_EXPONENTIAL, MeanFunction.LINEAR, 1, 1)));
    }
}
