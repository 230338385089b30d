package org.icosim.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs the pending runs of a sweep on a few threads and hands each finished run to a journal at
 * once, so nothing accumulates in memory and an interrupted sweep loses only the runs under way.
 * Threads take the next pending run id in ascending order; which thread runs what does not
 * matter, since a run's result depends only on its id (its seed and factor values, fixed by the
 * {@link SweepPlan}).
 *
 * <p>A run that throws an exception is recorded as failed with its message, and the sweep goes
 * on: in a design of thousands, one impossible combination must not lose the rest. A journal
 * that cannot write (a full disk) stops the sweep: that is not the run's fault, and carrying on
 * would only fail again.
 *
 * @param <R> what a run gives back (the model's monthly metrics)
 */
public final class SweepRunner<R> {

    /** One run of the sweep. */
    @FunctionalInterface
    public interface Task<R> {
        R run(int runId) throws Exception;
    }

    /** Where finished runs go; called from the worker threads, so it must be thread-safe. */
    public interface Journal<R> {
        void finished(int runId, R result) throws Exception;

        void failed(int runId, String message) throws Exception;
    }

    /** Told after each run is journalled, from the worker thread. */
    @FunctionalInterface
    public interface Listener {
        void finished(int runId, boolean ok, int done, int total);
    }

    /** How a batch went. */
    public record Outcome(int ok, int failed) {
    }

    private final Task<R> task;
    private final Journal<R> journal;

    public SweepRunner(Task<R> task, Journal<R> journal) {
        this.task = task;
        this.journal = journal;
    }

    /**
     * Runs {@code pending} (run ids, ascending) on up to {@code threads} threads.
     *
     * @throws Exception the first journal failure, after the other threads stopped taking runs
     */
    public Outcome run(List<Integer> pending, int threads, Listener listener) throws Exception {
        if (threads < 1) throw new IllegalArgumentException("threads: got " + threads + ", expected at least 1");
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        AtomicReference<Exception> stop = new AtomicReference<>();
        Runnable worker = () -> {
            for (int i = next.getAndIncrement(); i < pending.size() && stop.get() == null; i = next.getAndIncrement()) {
                int runId = pending.get(i);
                R result = null;
                String failure = null;
                try {
                    result = task.run(runId);
                } catch (Exception e) {
                    failure = message(e);
                } catch (StackOverflowError e) {
                    failure = "stack overflow in the run";
                }
                try {
                    if (failure == null) {
                        journal.finished(runId, result);
                    } else {
                        journal.failed(runId, failure);
                        failed.incrementAndGet();
                    }
                } catch (Exception e) {
                    stop.compareAndSet(null, e);
                    return;
                }
                int finished = done.incrementAndGet();
                if (listener != null) listener.finished(runId, failure == null, finished, pending.size());
            }
        };
        int count = Math.max(1, Math.min(threads, pending.size()));
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < count; t++) {
            Thread thread = new Thread(worker, "sweep-" + t);
            workers.add(thread);
            thread.start();
        }
        try {
            for (Thread thread : workers) thread.join();
        } catch (InterruptedException e) {
            stop.compareAndSet(null, e);
            for (Thread thread : workers) thread.interrupt();
            Thread.currentThread().interrupt();
        }
        if (stop.get() != null) throw stop.get();
        return new Outcome(done.get() - failed.get(), failed.get());
    }

    /**
     * A failure as one line: the message of an expected kind of failure (bad values, a broken
     * invariant) as it is, anything else prefixed by its class so a bug is recognisable.
     */
    static String message(Throwable e) {
        String text = e.getMessage();
        String name = e.getClass().getSimpleName();
        if (text == null || text.isBlank()) return name;
        boolean expected = e instanceof IllegalArgumentException || e instanceof IllegalStateException
                || !(e instanceof RuntimeException);
        return expected ? text : name + ": " + text;
    }
}
