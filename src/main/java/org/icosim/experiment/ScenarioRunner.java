package org.icosim.experiment;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

import org.icosim.model.IcoSim;
import org.icosim.model.observe.PracticeRecord;

/**
 * Runs every scenario of a comparison over the same seeds: replicate {@code i} of every scenario
 * uses seed {@code baseSeed + i}, so scenarios differ by their parameters and not by luck (common
 * random numbers). Runs are independent models run by the sweep engine's {@link SweepRunner} on a
 * few threads; results are put back
 * by scenario and replicate, so they do not depend on the number of threads or on which run
 * finished first.
 *
 * <p>Each run stops at every snapshot month to record its economies
 * ({@link EconomySnapshot}), then carries on: the snapshot reads the model without changing it, so
 * a run with snapshots gives the same metrics as one without.
 */
public final class ScenarioRunner {

    /** Told about each finished run, in the order runs finish, one at a time (from the thread that ran it). */
    @FunctionalInterface
    public interface Listener {
        /**
         * @param run      the finished run
         * @param finished runs finished so far, this one included
         * @param total    runs in the comparison
         * @param seconds  the run's own wall time
         */
        void finished(ScenarioRun run, int finished, int total, double seconds);
    }

    /** Makes the unstarted model of one run. */
    @FunctionalInterface
    public interface ModelFactory {
        IcoSim create(Scenario scenario, long seed);
    }

    private final List<Scenario> scenarios;
    private final int replicates;
    private final long baseSeed;
    private final int months;
    private final YearMonth start;
    private final List<Integer> snapshotMonths;
    private boolean recordPractices;
    /** Null: each model from its scenario's values and rules. */
    private ModelFactory factory;

    /**
     * @param scenarios      the scenarios, the baseline first
     * @param replicates     runs per scenario, at least 1
     * @param baseSeed       seed of replicate 0
     * @param months         months every run simulates
     * @param start          calendar month of month 0
     * @param snapshotMonths months simulated (1 to {@code months}) after which the economies are
     *                       recorded; the snapshot is filed under month index {@code m - 1}
     */
    public ScenarioRunner(List<Scenario> scenarios, int replicates, long baseSeed, int months, YearMonth start,
            List<Integer> snapshotMonths) {
        if (scenarios.isEmpty()) throw new IllegalArgumentException("no scenario to run");
        if (replicates < 1) throw new IllegalArgumentException("replicates: got " + replicates + ", expected at least 1");
        if (months < 1) throw new IllegalArgumentException("months: got " + months + ", expected at least 1");
        for (int m : snapshotMonths) {
            if (m < 1 || m > months) {
                throw new IllegalArgumentException("snapshot month " + m + " is outside 1.." + months);
            }
        }
        this.scenarios = List.copyOf(scenarios);
        this.replicates = replicates;
        this.baseSeed = baseSeed;
        this.months = months;
        this.start = start;
        this.snapshotMonths = new ArrayList<>(new TreeSet<>(snapshotMonths));
    }

    /**
     * Also records every practice ({@link PracticeRecord}) at each snapshot month, and at the end
     * of the run (filed under its last month index); reading them changes nothing in the run.
     */
    public ScenarioRunner recordPractices() {
        this.recordPractices = true;
        return this;
    }

    /**
     * Makes each run's model with {@code factory} (for a front end that builds its models its own
     * way, as {@code validate} does through its run setup) instead of from the scenario's values
     * and rules; the model must start in the runner's start month.
     */
    public ScenarioRunner withModels(ModelFactory factory) {
        this.factory = java.util.Objects.requireNonNull(factory, "factory");
        return this;
    }

    /** The seed of a replicate, the same in every scenario. */
    public long seed(int replicate) {
        return baseSeed + replicate;
    }

    /**
     * Runs everything on up to {@code threads} threads, on the sweep engine ({@link SweepRunner}),
     * the one runner of every many-run command: run id {@code scenario * replicates + replicate},
     * taken in ascending order, so with fewer threads than runs the baseline finishes first. The
     * first run found to have failed stops the others from starting.
     *
     * @return runs by scenario, then by replicate
     * @throws IllegalStateException naming the scenario and seed of the first run found to have failed
     * @throws InterruptedException  if the calling thread is interrupted; no further run starts
     */
    public List<List<ScenarioRun>> run(int threads, Listener listener) throws InterruptedException {
        int total = scenarios.size() * replicates;
        ScenarioRun[][] runs = new ScenarioRun[scenarios.size()][replicates];
        SweepRunner.Journal<Timed> journal = new SweepRunner.Journal<>() {
            private int done;

            @Override
            public synchronized void finished(int runId, Timed timed) {
                ScenarioRun run = timed.run();
                runs[run.scenario()][run.replicate()] = run;
                done++;
                if (listener != null) listener.finished(run, done, total, timed.seconds());
            }

            @Override
            public void failed(int runId, String message) {
                throw new IllegalStateException("scenario " + scenarios.get(runId / replicates).name() + ", seed "
                        + seed(runId % replicates) + ": the run failed: " + message);
            }
        };
        List<Integer> pending = new ArrayList<>(total);
        for (int id = 0; id < total; id++) pending.add(id);
        try {
            new SweepRunner<>(id -> runOne(id / replicates, id % replicates), journal).run(pending, threads, null);
        } catch (InterruptedException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        for (int id = 0; id < total; id++) {
            if (runs[id / replicates][id % replicates] == null) {
                // A worker killed by an error the engine does not catch (out of memory).
                throw new IllegalStateException("scenario " + scenarios.get(id / replicates).name() + ", seed "
                        + seed(id % replicates) + ": the run did not finish (see the error above)");
            }
        }
        List<List<ScenarioRun>> byScenario = new ArrayList<>(scenarios.size());
        for (ScenarioRun[] scenario : runs) byScenario.add(List.of(scenario));
        return byScenario;
    }

    private record Timed(ScenarioRun run, double seconds) {
    }

    private Timed runOne(int scenario, int replicate) {
        long t0 = System.nanoTime();
        long seed = seed(replicate);
        IcoSim sim;
        if (factory == null) {
            sim = new IcoSim(seed, scenarios.get(scenario).parameters(), start);
            sim.setRules(scenarios.get(scenario).rules());
            sim.setWorldSource(scenarios.get(scenario).world());
        } else {
            sim = factory.create(scenarios.get(scenario), seed);
            sim.setStartMonth(start);
        }
        sim.start();
        SortedMap<Integer, List<EconomySnapshot>> economiesAt = new TreeMap<>();
        SortedMap<Integer, List<PracticeRecord>> practicesAt = new TreeMap<>();
        int done = 0;
        for (int at : snapshotMonths) {
            sim.runMonths(at - done);
            done = at;
            economiesAt.put(at - 1, EconomySnapshot.of(sim));
            if (recordPractices) practicesAt.put(at - 1, sim.practiceRecords());
        }
        sim.runMonths(months - done);
        if (recordPractices) practicesAt.put(months - 1, sim.practiceRecords());
        ScenarioRun run = new ScenarioRun(scenario, replicate, seed, sim.metrics(), economiesAt, practicesAt);
        return new Timed(run, (System.nanoTime() - t0) / 1e9);
    }
}
