package org.icosim.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/** History matching's runs on the sweep runner: seeds, the journal, failures and resume. */
class CalibrationRunsTest {

    static final double[][] POINTS = {{1, 2}, {3, 4}, {5, 6}};

    @Test
    void everyRunHasItsOwnHashedSeedAndTheOutputsComeBackByPointAndReplicate() throws Exception {
        CalibrationRuns.MemoryJournal journal = new CalibrationRuns.MemoryJournal();
        CalibrationRuns runs = new CalibrationRuns((x, seed) -> new double[] {x[0] + x[1], seed % 1000}, journal, 42, 3, null);
        double[][][] out = runs.run(2, POINTS, 2);
        assertEquals(3, out.length);
        Set<Long> seeds = new HashSet<>();
        for (int p = 0; p < 3; p++) {
            for (int r = 0; r < 2; r++) {
                long seed = CalibrationRuns.seed(42, 2, p, r);
                assertEquals(SweepPlan.derivedSeed(SweepPlan.derivedSeed(42, -1, -12), p, r), seed);
                assertTrue(seeds.add(seed));
                assertArrayEquals(new double[] {POINTS[p][0] + POINTS[p][1], seed % 1000}, out[p][r]);
            }
        }
        assertNotEquals(CalibrationRuns.seed(42, 1, 0, 0), CalibrationRuns.seed(42, 2, 0, 0), "waves have their own seeds");
        assertEquals(6, journal.size());
    }

    @Test
    void aFailedRunLeavesItsPointOutIsJournalledAndIsNotRunAgain() throws Exception {
        CalibrationRuns.MemoryJournal journal = new CalibrationRuns.MemoryJournal();
        AtomicInteger calls = new AtomicInteger();
        CalibrationRuns.Simulator sim = (x, seed) -> {
            calls.incrementAndGet();
            if (x[0] == 3) throw new IllegalArgumentException("no runs at 3");
            return new double[] {x[0]};
        };
        double[][][] out = new CalibrationRuns(sim, journal, 1, 2, null).run(1, POINTS, 2);
        assertNull(out[1]);
        assertEquals(List.of(1.0, 5.0), List.of(out[0][1][0], out[2][0][0]));
        assertEquals("no runs at 3", journal.failure(1, 2));
        assertEquals(6, calls.get());
        int[] started = new int[2];
        double[][][] again = new CalibrationRuns(sim, journal, 1, 1, new CalibrationRuns.Progress() {
            @Override
            public void starting(int wave, int total, int pending) {
                started[0] = total;
                started[1] = pending;
            }

            @Override
            public void finished(int done, int total, boolean ok) {
            }
        }).run(1, POINTS, 2);
        assertEquals(6, calls.get(), "nothing is run twice");
        assertArrayEquals(new int[] {6, 0}, started);
        assertNull(again[1]);
        assertArrayEquals(out[2][1], again[2][1]);
    }

    @Test
    void aNonFiniteOutputFailsTheRun() throws Exception {
        CalibrationRuns.MemoryJournal journal = new CalibrationRuns.MemoryJournal();
        double[][][] out = new CalibrationRuns((x, s) -> new double[] {Double.NaN}, journal, 1, 1, null).run(1, new double[][] {{0}}, 2);
        assertNull(out[0]);
        assertTrue(journal.failure(1, 0).contains("non-finite"), journal.failure(1, 0));
    }

    @Test
    void aShardRunsOnlyItsRunIdsAndTheWaveIsUnfinishedUntilEveryShardHasRun() throws Exception {
        CalibrationRuns.MemoryJournal journal = new CalibrationRuns.MemoryJournal();
        List<Long> seeds = new java.util.ArrayList<>();
        CalibrationRuns.Simulator sim = (x, seed) -> {
            synchronized (seeds) {
                seeds.add(seed);
            }
            return new double[] {x[0]};
        };
        CalibrationRuns.Unfinished u = org.junit.jupiter.api.Assertions.assertThrows(CalibrationRuns.Unfinished.class,
                () -> new CalibrationRuns(sim, journal, 7, 1, null, new Shard(1, 2), false).run(3, POINTS, 2));
        // Runs 1, 3 and 5 of 6: replicate 1 of each point.
        assertEquals(List.of(3, 3, 6, 3), List.of(u.wave(), u.missing(), u.total(), u.ran()));
        assertEquals(List.of(CalibrationRuns.seed(7, 3, 0, 1), CalibrationRuns.seed(7, 3, 1, 1), CalibrationRuns.seed(7, 3, 2, 1)), seeds);
        CalibrationRuns.Unfinished none = org.junit.jupiter.api.Assertions.assertThrows(CalibrationRuns.Unfinished.class,
                () -> new CalibrationRuns(sim, journal, 7, 1, null, Shard.ALL, true).run(3, POINTS, 2));
        assertEquals(List.of(3, 0), List.of(none.missing(), none.ran()));
        double[][][] out = new CalibrationRuns(sim, journal, 7, 1, null, new Shard(0, 2), false).run(3, POINTS, 2);
        assertEquals(6, seeds.size());
        assertArrayEquals(new double[] {5}, out[2][1]);
    }
}
