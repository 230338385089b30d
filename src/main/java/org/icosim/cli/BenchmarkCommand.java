package org.icosim.cli;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.icosim.io.InputException;
import org.icosim.io.ModelFile;
import org.icosim.io.RunRecord;
import org.icosim.model.IcoSim;
import org.icosim.model.WorldSource;
import org.icosim.model.parameters.Parameters;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code benchmark}: times 120-month runs of {@code one-economy.json}, of {@code england.json}
 * at patient scales 20, 100 and 1, and of the real England {@code england-2015.json}, and reports months per second, patient-agent months per second and
 * memory. A measurement, not a test: nothing here passes or fails on time. England at scale 1
 * needs a large heap ({@code JAVA_OPTS=-Xmx16g}).
 */
@Command(name = "benchmark", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Months per second, patient-months per second and peak heap of 120-month runs.")
final class BenchmarkCommand extends Options.Base {

    record Case(String name, String modelFile, Integer patientScale) {
    }

    static final List<Case> CASES = List.of(
            new Case("one-economy", "models/one-economy.json", null),
            new Case("england", "models/england.json", null),
            new Case("england-100", "models/england.json", 100),
            new Case("england-1", "models/england.json", 1),
            new Case("england-2015", "models/england-2015.json", null));

    @Option(names = "--only", paramLabel = "CASE", description = "one case: one-economy, england (scale 20), england-100, england-1 or england-2015 (the real England, scale 20)")
    String only;

    @Option(names = "--baseline", paramLabel = "JAR", description = "also time another icosim jar on the same cases, alternately, and print the ratios")
    Path baseline;

    @Option(names = "--repeats", paramLabel = "N", description = "with --baseline: timed runs of each jar per case (default 3)")
    Integer repeats;

    @Option(names = "--threads", paramLabel = "N",
            description = "threads of this jar's patient loop (default 1: single-thread speed); outputs do not depend on it")
    Integer threads;

    @Mixin
    Options.Months monthsOption;

    @Mixin
    Options.Seed seedOption;

    @Override
    public Integer call() throws InputException, java.io.IOException {
        PrintStream out = out();
        int months = monthsOption.checked() == null ? 120 : monthsOption.months;
        long seed = seedOption.checked() == null ? 1 : seedOption.seed;
        List<Case> chosen = new ArrayList<>();
        for (Case c : CASES) if (only == null || c.name().equals(only)) chosen.add(c);
        if (chosen.isEmpty()) throw UsageException.of("--only", "got " + only + ", expected one-economy, england, england-100, england-1 or england-2015");
        if (repeats != null && baseline == null) throw UsageException.of("--repeats", "expected --baseline with --repeats");
        int patientThreads = threads == null ? 1 : (int) Options.inRange("--threads", threads, 1, 64);
        if (baseline != null) {
            if (!java.nio.file.Files.isRegularFile(baseline)) {
                throw new InputException(baseline.toString(), "", "not found or not a file; expected an icosim jar (e.g. target/icosim.jar of another commit)");
            }
            int n = repeats == null ? 3 : (int) Options.inRange("--repeats", repeats, 1, 100);
            for (Case c : chosen) parameters(c);
            return BaselineComparison.run(chosen, baseline, n, months, seed, patientThreads, out, err());
        }
        // Check every model file before the first (long) run starts.
        List<Parameters> params = new ArrayList<>();
        List<WorldSource> worlds = new ArrayList<>();
        for (Case c : chosen) {
            params.add(parameters(c));
            worlds.add(ModelFile.load(Path.of(c.modelFile())).worldSource());
        }

        out.printf(Locale.ROOT, "icosim benchmark: %d months, seed %d, %d patient-loop thread(s), Java %s, %d cores, max heap %.1f GiB%n",
                months, seed, patientThreads, System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() / (double) (1L << 30));
        out.printf(Locale.ROOT, "%-12s %12s %8s %8s %10s %14s %16s %12s %12s %14s%n", "case", "agents", "scale", "build s",
                "run s", "months/s", "agent-months/s", "peak heap", "live heap", "alloc/month");
        for (int i = 0; i < chosen.size(); i++) {
            Case c = chosen.get(i);
            try {
                measure(c, params.get(i), worlds.get(i), months, seed, patientThreads, out);
            } catch (OutOfMemoryError e) {
                out.printf(Locale.ROOT, "%-12s out of memory at max heap %.1f GiB: run with JAVA_OPTS=-Xmx16g%n",
                        c.name(), Runtime.getRuntime().maxMemory() / (double) (1L << 30));
            }
        }
        return 0;
    }

    private static Parameters parameters(Case c) throws InputException {
        ModelFile model = ModelFile.load(Path.of(c.modelFile()));
        Parameters p = RunRecord.toParameters(RunRecord.resolve(model, null, Map.of()));
        if (c.patientScale() != null) p.set(Parameters.PATIENT_SCALE, c.patientScale());
        return p;
    }

    private static void measure(Case c, Parameters p, WorldSource world, int months, long seed, int threads, PrintStream out) {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) pool.resetPeakUsage();
        Runtime rt = Runtime.getRuntime();
        long t0 = System.nanoTime();
        IcoSim sim = new IcoSim(seed, p, YearMonth.of(2015, 4));
        sim.setWorldSource(world);
        sim.setThreads(threads);
        sim.start();
        long t1 = System.nanoTime();
        long agentMonths = 0;
        long peakUsed = rt.totalMemory() - rt.freeMemory();
        // Bytes this thread allocates in the months after the first year (the steady state); with
        // more than one patient-loop thread the others' allocation is not counted.
        com.sun.management.ThreadMXBean threadsBean = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long self = Thread.currentThread().getId();
        long allocatedFrom = 0;
        int steadyFrom = Math.min(12, months - 1);
        for (int m = 0; m < months; m++) {
            if (m == steadyFrom) allocatedFrom = threadsBean.getThreadAllocatedBytes(self);
            agentMonths += sim.patientAgents();
            sim.schedule.step(sim);
            peakUsed = Math.max(peakUsed, rt.totalMemory() - rt.freeMemory());
        }
        long t2 = System.nanoTime();
        double allocatedPerMonth = (threadsBean.getThreadAllocatedBytes(self) - allocatedFrom) / (double) Math.max(1, months - steadyFrom);
        long poolPeak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) poolPeak += pool.getPeakUsage().getUsed();
        }
        System.gc();
        long live = rt.totalMemory() - rt.freeMemory();
        double run = (t2 - t1) / 1e9;
        out.printf(Locale.ROOT, "%-12s %12d %8d %8.2f %10.2f %14.2f %16.3e %10.2f GiB %8.2f GiB %11.2f MB%n", c.name(),
                sim.patientAgents(), p.getInt(Parameters.PATIENT_SCALE), (t1 - t0) / 1e9, run, months / run,
                agentMonths / run, Math.max(peakUsed, poolPeak) / (double) (1L << 30), live / (double) (1L << 30),
                allocatedPerMonth / 1e6);
        java.lang.ref.Reference.reachabilityFence(sim); // the live heap above is measured with the model held
    }
}
