package org.icosim.model;

import java.time.YearMonth;
import java.util.concurrent.TimeUnit;

import org.icosim.model.parameters.Parameters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH microbenchmarks of one month of England's phases: the patient loop (ODD 8.3), the GPs'
 * month (8.9-8.12), the practice phase (8.4-8.8) and a whole month. Each iteration builds England
 * afresh, runs its first year, then times 12 invocations, one month each (JMH's single-shot mode
 * with a batch of 12: the score is the time of 12 months of that phase, the error its spread over
 * iterations), so every iteration sees the same months as a run does. A measurement, not a test:
 * nothing passes or fails on time. Run with (README):
 * {@code java -cp "target/test-classes:target/classes:$(cat target/cp.txt)" org.openjdk.jmh.Main ModelBenchmarks}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2, batchSize = 12)
@Measurement(iterations = 5, batchSize = 12)
public class ModelBenchmarks {

    /** Real patients per patient agent: 20 (England's default), 100 or 1. */
    @Param({"20"})
    public int scale;

    private IcoSim sim;
    private Submodels sub;

    @Setup(Level.Iteration)
    public void build() {
        Parameters p = new Parameters().set(Parameters.ECONOMIES, 42).set(Parameters.PRACTICES, 7816)
                .set(Parameters.TRUSTS, 245).set(Parameters.TOWNS_PER_ECONOMY, 6).set(Parameters.PATIENT_SCALE, scale);
        sim = new IcoSim(1, p, YearMonth.of(2015, 4));
        sim.start();
        sim.runMonths(12);
        sub = sim.submodels();
    }

    @Benchmark
    public void patientLoop() {
        sub.patientLoop.step();
    }

    @Benchmark
    public void gpMonth() {
        sub.gpMonth.step();
    }

    @Benchmark
    public void practicePhase() {
        sub.practicePhase();
    }

    @Benchmark
    public void wholeMonth() {
        sim.schedule.step(sim);
    }
}
