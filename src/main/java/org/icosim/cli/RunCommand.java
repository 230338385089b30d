package org.icosim.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import java.util.TreeMap;

import org.icosim.io.AreasCsv;
import org.icosim.io.GraphMlExport;
import org.icosim.io.InputException;
import org.icosim.io.MetricsCsv;
import org.icosim.io.OutputFolder;
import org.icosim.io.OutputPolicy;
import org.icosim.io.PracticesCsv;
import org.icosim.io.RunRecord;
import org.icosim.metrics.Metric;
import org.icosim.metrics.MetricsSeries;
import org.icosim.model.IcoSim;
import org.icosim.model.observe.PracticeRecord;
import org.icosim.report.RunCharts;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code run [EXPERIMENT.json] [--run ID] [--model MODEL.json] [--out DIR] [--overwrite] [--seed N]
 * [--months N] [--network-every N] [--practices-at 12,24] [-p name=value ...] [--quiet]}: one headless run; with
 * {@code --run ID}, run ID of a sweep file, with that run's factor values and derived seed (the
 * same monthly metrics as the sweep's). Everything is checked first, the output folder included
 * ({@link OutputPolicy}); the outputs are written into a staging folder that becomes {@code DIR}
 * only when complete, so a failed run leaves nothing behind. With {@code --network-every N} the
 * network is also exported every N months as {@code network-YYYY-MM.graphml}.
 */
@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
        description = "One headless run: metrics.csv, areas.csv, practices.csv, run.json, network.graphml and charts in one folder.")
final class RunCommand extends Options.Base {

    static final String METRICS = "metrics.csv";
    static final String NETWORK = "network.graphml";

    @Parameters(arity = "0..1", paramLabel = "EXPERIMENT.json", description = "the experiment (default " + Main.DEFAULT_EXPERIMENT + ")")
    Path experiment;

    @Option(names = "--run", paramLabel = "ID", description = "run ID of a sweep file")
    Integer runId;

    @Mixin
    Options.Model model;

    @Option(names = "--out", paramLabel = "DIR", description = "the run's folder (default runs/NAME-seedSEED)")
    Path out;

    @Mixin
    Options.Overwrite overwrite;

    @Mixin
    Options.Seed seed;

    @Mixin
    Options.Months months;

    @Option(names = "--network-every", paramLabel = "N", description = "also export the network every N months")
    Integer networkEvery;

    @Option(names = "--practices-at", paramLabel = "12,24",
            description = "months simulated after which every practice is written to practices.csv (default: every 12 months and the last)")
    String practicesAt;

    @Option(names = "--threads", paramLabel = "N",
            description = "threads of the patient loop (default: the machine's cores, at most 8); outputs do not depend on it")
    Integer threads;

    @Mixin
    Options.Overrides overrides;

    @Mixin
    Options.Quiet quiet;

    /** The machine's cores, at most 8: the patient loop's economies run side by side. */
    static int defaultThreads() {
        return Math.max(1, Math.min(8, Runtime.getRuntime().availableProcessors()));
    }

    @Override
    public Integer call() throws InputException, IOException {
        PrintStream stdout = out();
        Path experimentPath = experiment;
        if (experimentPath == null) {
            experimentPath = Main.defaultExperiment();
            stdout.println("No experiment given: running " + experimentPath + " (the status quo on the one-economy model).");
        }
        if (runId != null) Options.inRange("--run", runId, 0, Integer.MAX_VALUE);
        int every = networkEvery == null ? 0 : (int) Options.inRange("--network-every", networkEvery, 1, 1200);
        int patientThreads = threads == null ? defaultThreads() : (int) Options.inRange("--threads", threads, 1, 64);
        RunSetup setup = RunSetup.load(experimentPath, model.model, seed.checked(), months.checked(), overrides.values, runId);
        java.util.Set<Integer> practiceMonths = new java.util.TreeSet<>(
                Options.monthsSimulated("--practices-at", practicesAt, setup.months, yearly(setup.months)));
        Path outDir = out != null ? out
                : Path.of("runs", OutputPolicy.safeName(setup.experiment.name()) + "-seed" + setup.seed);

        Instant started = Instant.now();
        long t0 = System.nanoTime();
        try (OutputFolder folder = OutputFolder.stage(outDir, "--out", OutputPolicy.Kind.RUN, overwrite.overwrite,
                setup.inputs(), "run")) {
            List<String> outputs = new ArrayList<>();
            IcoSim sim = setup.newModel();
            sim.setThreads(patientThreads);
            sim.setRecordAreas(true);
            sim.start();
            SortedMap<Integer, List<PracticeRecord>> practices = new TreeMap<>();
            Progress progress = new Progress(err(), setup.months, setup.start, quiet.quiet);
            for (int m = 0; m < setup.months; m++) {
                sim.schedule.step(sim);
                progress.update(m + 1);
                if (practiceMonths.contains(m + 1)) practices.put(m, sim.practiceRecords());
                if (every > 0 && (m + 1) % every == 0 && m + 1 < setup.months) {
                    String name = "network-" + sim.startMonth().plusMonths(m) + ".graphml";
                    GraphMlExport.write(sim.network(), folder.path(name));
                    outputs.add(name);
                }
            }
            sim.finish();
            double wall = (System.nanoTime() - t0) / 1e9;
            AreasCsv.write(sim.areaSeries(), folder.path(AreasCsv.FILE_NAME));
            outputs.add(AreasCsv.FILE_NAME);
            PracticesCsv.write(practices, setup.start, folder.path(PracticesCsv.FILE_NAME));
            outputs.add(PracticesCsv.FILE_NAME);
            write(sim, setup, folder, outputs, started, wall);
            folder.commit();
            summarise(sim.metrics(), outDir, wall, stdout);
        }
        return 0;
    }

    /** Every 12 months simulated, and the last. */
    static List<Integer> yearly(int months) {
        java.util.TreeSet<Integer> at = new java.util.TreeSet<>();
        for (int m = 12; m <= months; m += 12) at.add(m);
        at.add(months);
        return List.copyOf(at);
    }

    /** Writes the run's end-of-run outputs into the staging folder. */
    static void write(IcoSim sim, RunSetup setup, OutputFolder folder, List<String> outputs, Instant started, double wall)
            throws IOException {
        MetricsCsv.write(sim.metrics(), folder.path(METRICS));
        outputs.add(METRICS);
        GraphMlExport.write(sim.network(), folder.path(NETWORK));
        outputs.add(NETWORK);
        for (Path chart : RunCharts.writeAll(sim.metrics(), folder.stagingDir())) outputs.add(chart.getFileName().toString());
        outputs.add(RunRecord.FILE_NAME);
        new RunRecord(started, wall, setup.seed, setup.months, setup.start, sim.patientAgents(),
                RunRecord.FileRef.of(setup.model), RunRecord.FileRef.of(setup.experiment),
                RunRecord.ToolVersions.current(), setup.rules(), setup.resolved, outputs, RunRecord.FileRef.worldOf(setup.model))
                .write(folder.path(RunRecord.FILE_NAME));
    }

    private static void summarise(MetricsSeries m, Path outDir, double wall, PrintStream out) {
        int last = m.size() - 1;
        out.printf(Locale.ROOT, "%d months in %.1f s; outputs in %s%n", m.size(), wall, outDir);
        out.printf(Locale.ROOT, "%-20s %14s %14s%n", "", m.date(0), m.date(last));
        Metric[] shown = {Metric.practices, Metric.meanListSize, Metric.patients, Metric.gpFte, Metric.partnerFte,
            Metric.salariedFte, Metric.partnerShareFte, Metric.accessWithin48h, Metric.meanPartnerProfit, Metric.trustsIco};
        for (Metric x : shown) {
            out.printf(Locale.ROOT, "%-20s %14s %14s%n", x.name(), MetricsCsv.format(round(m.get(0, x))), MetricsCsv.format(round(m.get(last, x))));
        }
    }

    private static double round(double v) {
        return Math.abs(v) >= 100 ? Math.rint(v) : Math.rint(v * 1000) / 1000;
    }
}
