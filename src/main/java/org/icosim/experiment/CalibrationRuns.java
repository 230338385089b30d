package org.icosim.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.icosim.calibration.HistoryMatching;

/**
 * The runs of history matching on the sweep engine: each wave's design points times replicates
 * become run ids {@code point * replicates + replicate}, run by a {@link SweepRunner} on a few
 * threads, each finished run handed at once to a {@link Journal}. Runs the journal already holds
 * are not run again, so a calibration killed mid-wave resumes where it stopped; since every
 * design follows from the runs before it, the waves before replay from the journal alone.
 *
 * <p><b>Seeds.</b> As in sweeps ({@link SweepPlan#derivedSeed}), with the wave in place of the
 * base seed: the wave's base is {@code derivedSeed(base, -1, -(10 + wave))}, and a run's seed
 * {@code derivedSeed(waveBase, point, replicate)}. No common random numbers: every (wave, point,
 * replicate) has its own seed, so the replicate means at different points have independent errors,
 * as the emulators' nugget assumes.
 */
public final class CalibrationRuns implements HistoryMatching.Runs {

    /** The simulator: one run at a point with a seed, giving one value per target. */
    @FunctionalInterface
    public interface Simulator {
        double[] run(double[] point, long seed) throws Exception;
    }

    /** Where finished runs go and come back from; thread-safe. */
    public interface Journal {
        /** @return the outputs of a run done before, or null if it is not done */
        double[] outputs(int wave, int run) throws Exception;

        /** @return the failure message of a run that failed before, or null */
        String failure(int wave, int run) throws Exception;

        void finished(int wave, int run, int point, int replicate, long seed, double[] outputs) throws Exception;

        void failed(int wave, int run, int point, int replicate, long seed, String message) throws Exception;

        /**
         * @return the design of a wave recorded when a process first reached it, or null; lets
         *         shards of a wave run it without refitting the emulators of the waves before
         */
        default double[][] design(int wave) throws Exception {
            return null;
        }

        /** Records a wave's design before its first run, in the simulator's units, exactly. */
        default void recordDesign(int wave, double[][] points) throws Exception {
        }
    }

    /**
     * Thrown by {@link #run} when runs of the wave are left: other shards' or, with nothing to run,
     * all of them. Nothing is wrong; the wave is simply not done yet.
     *
     * @param wave    the wave ({@link HistoryMatching#ENSEMBLE_WAVE} for the plausible set)
     * @param missing runs of the wave not yet in the journal
     * @param total   runs of the wave
     * @param ran     runs this process ran
     */
    public static final class Unfinished extends Exception {
        private static final long serialVersionUID = 1L;
        private final int wave;
        private final int missing;
        private final int total;
        private final int ran;

        Unfinished(int wave, int missing, int total, int ran) {
            super("wave " + wave + ": " + missing + " of " + total + " runs not done yet");
            this.wave = wave;
            this.missing = missing;
            this.total = total;
            this.ran = ran;
        }

        public int wave() {
            return wave;
        }

        public int missing() {
            return missing;
        }

        public int total() {
            return total;
        }

        public int ran() {
            return ran;
        }
    }

    /** Told when a wave's pending runs start and as each finishes. */
    public interface Progress {
        void starting(int wave, int total, int pending);

        void finished(int done, int total, boolean ok);
    }

    /** A journal in memory, for tests and one-off use. */
    public static final class MemoryJournal implements Journal {
        private final Map<Long, double[]> outputs = new ConcurrentHashMap<>();
        private final Map<Long, String> failures = new ConcurrentHashMap<>();

        private static long key(int wave, int run) {
            return ((long) wave << 32) | run;
        }

        @Override
        public double[] outputs(int wave, int run) {
            double[] o = outputs.get(key(wave, run));
            return o == null ? null : o.clone();
        }

        @Override
        public String failure(int wave, int run) {
            return failures.get(key(wave, run));
        }

        @Override
        public void finished(int wave, int run, int point, int replicate, long seed, double[] values) {
            outputs.put(key(wave, run), values.clone());
        }

        @Override
        public void failed(int wave, int run, int point, int replicate, long seed, String message) {
            failures.put(key(wave, run), message);
        }

        /** @return runs recorded, ok or failed */
        public int size() {
            return outputs.size() + failures.size();
        }
    }

    private final Simulator simulator;
    private final Journal journal;
    private final long baseSeed;
    private final int threads;
    private final Progress progress;
    private final Shard shard;
    private final boolean runNothing;

    /**
     * Runs every run of each wave.
     *
     * @param threads  runs at once, at least 1
     * @param progress told as runs finish, or null
     */
    public CalibrationRuns(Simulator simulator, Journal journal, long baseSeed, int threads, Progress progress) {
        this(simulator, journal, baseSeed, threads, progress, Shard.ALL, false);
    }

    /**
     * Runs only one shard's runs of each wave ({@link Shard#contains} of the run id), or none at
     * all; a wave with runs left then ends in {@link Unfinished}.
     *
     * @param shard      the runs to run: {@link Shard#ALL} for every run
     * @param runNothing run no run (to replay the journal and record the next wave's design)
     */
    public CalibrationRuns(Simulator simulator, Journal journal, long baseSeed, int threads, Progress progress, Shard shard,
            boolean runNothing) {
        if (simulator == null) throw new IllegalArgumentException("simulator: got null");
        if (journal == null) throw new IllegalArgumentException("journal: got null");
        if (threads < 1) throw new IllegalArgumentException("threads: got " + threads + ", expected at least 1");
        this.simulator = simulator;
        this.journal = journal;
        this.baseSeed = baseSeed;
        this.threads = threads;
        this.progress = progress;
        if (shard == null) throw new IllegalArgumentException("shard: got null");
        this.shard = shard;
        this.runNothing = runNothing;
    }

    /** The base of a wave's seeds. */
    public static long waveSeed(long baseSeed, int wave) {
        return SweepPlan.derivedSeed(baseSeed, -1, -(10 + wave));
    }

    /** The seed of one run. */
    public static long seed(long baseSeed, int wave, int point, int replicate) {
        return SweepPlan.derivedSeed(waveSeed(baseSeed, wave), point, replicate);
    }

    private List<Integer> pending(int wave, int total) throws Exception {
        List<Integer> pending = new ArrayList<>();
        for (int run = 0; run < total; run++) {
            if (journal.outputs(wave, run) == null && journal.failure(wave, run) == null) pending.add(run);
        }
        return pending;
    }

    /** Runs of a wave of {@code total} runs that the journal holds neither done nor failed. */
    public int runsLeft(int wave, int total) throws Exception {
        return pending(wave, total).size();
    }

    /** Same points, value for value (a design is recorded exactly, so any difference is a change). */
    static boolean sameDesign(double[][] a, double[][] b) {
        if (a.length != b.length) return false;
        for (int i = 0; i < a.length; i++) {
            if (!java.util.Arrays.equals(a[i], b[i])) return false;
        }
        return true;
    }

    @Override
    public double[][][] run(int wave, double[][] points, int replicates) throws Exception {
        int total = points.length * replicates;
        List<Integer> pending = pending(wave, total);
        double[][] recorded = journal.design(wave);
        if (recorded != null && !sameDesign(recorded, points)) {
            throw new IllegalStateException("wave " + wave + ": the design recorded in the journal differs from the one the runs before"
                    + " give; the folder was changed by something other than this calibration (expected the same design, value for value)");
        }
        if (recorded == null && !pending.isEmpty()) journal.recordDesign(wave, points);
        List<Integer> mine = new ArrayList<>();
        if (!runNothing) {
            for (int run : pending) if (shard.contains(run)) mine.add(run);
        }
        if (progress != null && !runNothing) progress.starting(wave, total, mine.size());
        SweepRunner<double[]> runner = new SweepRunner<>(run -> {
            double[] outputs = simulator.run(points[run / replicates].clone(), seed(baseSeed, wave, run / replicates, run % replicates));
            for (double v : outputs) {
                if (!Double.isFinite(v)) throw new IllegalStateException("the run gave a non-finite output (" + v + ")");
            }
            return outputs;
        }, new SweepRunner.Journal<>() {
            @Override
            public void finished(int run, double[] result) throws Exception {
                journal.finished(wave, run, run / replicates, run % replicates, seed(baseSeed, wave, run / replicates, run % replicates), result);
            }

            @Override
            public void failed(int run, String message) throws Exception {
                journal.failed(wave, run, run / replicates, run % replicates, seed(baseSeed, wave, run / replicates, run % replicates), message);
            }
        });
        if (!mine.isEmpty()) {
            runner.run(mine, threads, progress == null ? null : (run, ok, done, all) -> progress.finished(done, all, ok));
        }
        if (mine.size() < pending.size()) {
            int missing = runsLeft(wave, total);
            if (missing > 0) throw new Unfinished(wave, missing, total, mine.size());
        }
        double[][][] out = new double[points.length][][];
        for (int p = 0; p < points.length; p++) {
            double[][] reps = new double[replicates][];
            boolean ok = true;
            for (int r = 0; r < replicates && ok; r++) {
                reps[r] = journal.outputs(wave, p * replicates + r);
                ok = reps[r] != null;
            }
            out[p] = ok ? reps : null;
        }
        return out;
    }
}
