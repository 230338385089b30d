package org.icosim.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.icosim.io.GraphMlExport;
import org.icosim.io.InputException;
import org.icosim.io.MetricsCsv;
import org.icosim.io.OutputFolder;
import org.icosim.io.RunRecord;
import org.icosim.metrics.Metric;
import org.icosim.metrics.MetricsSeries;
import org.icosim.model.IcoSim;
import org.icosim.report.RunCharts;

/**
 * {@code run EXPERIMENT.json [--run ID] [--model MODEL.json] [--out DIR] [--seed N] [--months N]
 * [--network-every N] [-p name=value ...]}: one headless run; with {@code --run ID}, run ID of a
 * sweep file, with that run's factor values and derived seed (the same monthly metrics as the
 * sweep's). Everything is checked first; the
 * outputs are written into a staging folder that becomes {@code DIR} only when complete, so a
 * failed run leaves nothing behind. With {@code --network-every N} the network is also exported
 * every N months as {@code network-YYYY-MM.graphml}, for following organisations as they grow.
 */
final class RunCommand {

    static final Set<String> OPTIONS = Set.of("model", "out", "seed", "months", "network-every", "run");
    static final Set<String> FLAGS = Set.of("quiet");
    static final String METRICS = "metrics.csv";
    static final String NETWORK = "network.graphml";

    private RunCommand() {
    }

    static int execute(List<String> args, PrintStream out, PrintStream err) throws InputException, IOException {
        Arguments a = Arguments.parse(args, OPTIONS, FLAGS);
        if (a.positional.size() > 1) {
            throw UsageException.of(a.positional.get(1), "expected one experiment file, got " + a.positional.size() + " files");
        }
        Path experiment;
        if (a.positional.isEmpty()) {
            experiment = Main.defaultExperiment();
            out.println("No experiment given: running " + experiment + " (the status quo on the one-economy model).");
        } else {
            experiment = Path.of(a.positional.get(0));
        }
        Long seed = a.option("seed") == null ? null : a.longOption("seed", 0, 0, Long.MAX_VALUE);
        Integer months = a.option("months") == null ? null : (int) a.longOption("months", 0, 1, 1200);
        Path model = a.option("model") == null ? null : Path.of(a.option("model"));
        Integer runId = a.option("run") == null ? null : (int) a.longOption("run", 0, 0, Integer.MAX_VALUE);
        RunSetup setup = RunSetup.load(experiment, model, seed, months, a.overrides, runId);
        Path outDir = a.option("out") != null ? Path.of(a.option("out"))
                : Path.of("runs", setup.experiment.name() + "-seed" + setup.seed);

        int networkEvery = (int) a.longOption("network-every", 0, 0, 1200);

        Instant started = Instant.now();
        long t0 = System.nanoTime();
        try (OutputFolder folder = OutputFolder.stage(outDir)) {
            List<String> outputs = new ArrayList<>();
            IcoSim sim = setup.newModel();
            sim.start();
            Progress progress = new Progress(err, setup.months, setup.start, a.has("quiet"));
            for (int m = 0; m < setup.months; m++) {
                sim.schedule.step(sim);
                progress.update(m + 1);
                if (networkEvery > 0 && (m + 1) % networkEvery == 0 && m + 1 < setup.months) {
                    String name = "network-" + sim.startMonth().plusMonths(m) + ".graphml";
                    GraphMlExport.write(sim.network(), folder.path(name));
                    outputs.add(name);
                }
            }
            sim.finish();
            double wall = (System.nanoTime() - t0) / 1e9;
            write(sim, setup, folder, outputs, started, wall);
            folder.commit();
            summarise(sim.metrics(), outDir, wall, out);
        }
        return 0;
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
                RunRecord.ToolVersions.current(), setup.resolved, outputs).write(folder.path(RunRecord.FILE_NAME));
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
