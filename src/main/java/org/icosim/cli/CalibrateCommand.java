package org.icosim.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.icosim.experiment.SweepRunner;
import org.icosim.io.AtomicFiles;
import org.icosim.io.InputException;
import org.icosim.io.ModelFile;
import org.icosim.io.OutputFolder;
import org.icosim.io.OutputPolicy;
import org.icosim.io.ParameterOverrides;
import org.icosim.io.RunRecord;
import org.icosim.metrics.MetricsSeries;
import org.icosim.model.IcoSim;
import org.icosim.model.WorldSource;
import org.icosim.model.parameters.Parameters;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code calibrate FILE}: history matching against the file's targets ({@link HistoryMatchingRun}).
 *
 * <p>{@code calibrate} without a file: runs the status quo on a model for several seeds and compares the mean of each
 * calibrated metric with the public 2015-2019 figures, as a table (markdown and CSV). Seeds run on
 * up to two threads; results are gathered by seed index, so the table does not depend on threads.
 * Nothing is pinned to a target: the table only reads what the model produced.
 */
@Command(name = "calibrate", mixinStandardHelpOptions = true, sortOptions = false,
        description = "With FILE: history matching of the file's parameters against its targets, wave by wave, resumable"
                + " (report.md, ensemble.csv, ranges.csv, per wave design, runs, emulator diagnostics); without: the status quo"
                + " against the 2015-2019 public figures, mean of N seeds: calibration.md and calibration.csv.")
final class CalibrateCommand extends Options.Base {

    static final YearMonth START = YearMonth.of(2015, 4);
    static final String MARKDOWN = "calibration.md";
    static final String CSV = "calibration.csv";

    @picocli.CommandLine.Parameters(arity = "0..1", paramLabel = "FILE.json",
            description = "a history-matching calibration file (experiments/calibrate-*.json); without it, the status-quo table")
    Path file;

    @Mixin
    Options.Model model;

    @Option(names = "--seeds", paramLabel = "N", description = "seeds (default 5)")
    Integer seeds;

    @Option(names = "--base-seed", paramLabel = "S", description = "seeds S, S + 1, ... (default 1)")
    Long baseSeed;

    @Option(names = "--targets", paramLabel = "CSV", description = "the targets (default models/calibration-targets.csv)")
    Path targets;

    @Option(names = "--out", paramLabel = "DIR", description = "the folder for calibration.md and .csv (default runs/calibration-MODEL; - prints only)")
    Path out;

    @Mixin
    Options.Overwrite overwrite;

    @Option(names = "--check", paramLabel = "FRACTION", description = "exit 1 if a figure is further than this fraction from its target, in (0, 1]")
    Double check;

    @Option(names = "--threads", paramLabel = "T", description = "runs at once (default 2)")
    Integer threads;

    @Mixin
    Options.Overrides overrides;

    /** With FILE: the ways of running a calibration other than all of it here, one at a time. */
    static final class Mode {
        @Option(names = "--shard", paramLabel = "i/K", description = "with FILE: run shard i (from 0) of K of the wave under way only")
        String shard;

        @Option(names = "--prepare", arity = "0", description = "with FILE: fit the finished waves and record the next wave's design, running nothing")
        boolean prepare;

        @Option(names = "--slurm", arity = "0", description = "with FILE: write Slurm scripts (a step that prepares each wave, a job array for its shards) into DIR/slurm")
        boolean slurm;
    }

    @picocli.CommandLine.ArgGroup(exclusive = true, multiplicity = "0..1")
    Mode mode = new Mode();

    @Option(names = "--tasks", paramLabel = "K", description = "with --slurm: array tasks per wave")
    Integer tasks;

    @Option(names = "--runs-per-task", paramLabel = "M", description = "with --slurm: runs per array task in the largest wave")
    Integer runsPerTask;

    @Option(names = "--heap", paramLabel = "2g", description = "with --slurm: Java heap per task")
    String heapOption;

    @Option(names = "--time", paramLabel = "4:00:00", description = "with --slurm: time limit per task")
    String time;

    @Option(names = "--submit", arity = "0", description = "with --slurm: submit the first step")
    boolean submit;

    @Mixin
    Options.Quiet quiet;

    /** Mean, lowest and highest over seeds of a metric at a date. */
    record Row(CalibrationTarget target, double mean, double min, double max) {
        double errorPercent() {
            return 100 * (mean - target.value()) / target.value();
        }
    }

    @Override
    public Integer call() throws InputException, IOException {
        PrintStream stdout = out();
        PrintStream err = err();
        if (mode == null) mode = new Mode();
        if (file != null) return historyMatching(stdout, err);
        String[][] modes = {{"--shard", mode.shard}, {"--prepare", mode.prepare ? "" : null}, {"--slurm", mode.slurm ? "" : null}};
        for (String[][] options : List.of(modes, slurmOptions())) {
            for (String[] option : options) {
                if (option[1] != null) throw UsageException.of(option[0], "expected a calibration FILE with " + option[0]);
            }
        }
        if (quiet.quiet) throw UsageException.of("--quiet", "expected a calibration FILE with --quiet (the status-quo table prints no progress)");
        Path modelPath = model.model != null ? model.model : Path.of("models/england.json");
        Path targetsPath = targets != null ? targets : Path.of("models/calibration-targets.csv");
        int seedCount = seeds == null ? 5 : (int) Options.inRange("--seeds", seeds, 1, 1000);
        long base = baseSeed == null ? 1 : Options.inRange("--base-seed", baseSeed, 0, Long.MAX_VALUE / 2);
        int threadCount = threads == null ? 2 : (int) Options.inRange("--threads", threads, 1, 64);
        if (check != null && !(check > 0 && check <= 1)) {
            throw UsageException.of("--check", "got " + check + ", expected a fraction in (0, 1], e.g. 0.05 for 5%");
        }
        ModelFile modelFile = ModelFile.load(modelPath);
        List<CalibrationTarget> targetList = CalibrationTarget.read(targetsPath);
        Map<String, Double> commandLine = ParameterOverrides.parseAll(overrides.values);
        List<RunRecord.ResolvedParameter> resolved = RunRecord.resolve(modelFile, null, commandLine);
        Parameters params = RunRecord.toParameters(resolved);
        RunSetup.checkConsistency(params, resolved, modelFile, null);

        YearMonth last = START;
        for (CalibrationTarget t : targetList) if (t.date().isAfter(last)) last = t.date();
        int months = (int) (START.until(last, java.time.temporal.ChronoUnit.MONTHS) + 1);

        List<Path> inputs = new ArrayList<>(List.of(modelPath, targetsPath));
        inputs.addAll(modelFile.worldFiles());
        boolean printOnly = out != null && out.toString().equals("-");
        Path outDir = out != null ? out : Path.of("runs", "calibration-" + OutputPolicy.safeName(modelFile.name()));
        OutputFolder folder = printOnly ? null : OutputFolder.stage(outDir, "--out", OutputPolicy.Kind.CALIBRATION,
                overwrite.overwrite, inputs, "calibrate");
        try {
            long t0 = System.nanoTime();
            MetricsSeries[] runs = runSeeds(params, modelFile.worldSource(), seedCount, base, months, threadCount, err);
            double wall = (System.nanoTime() - t0) / 1e9;
            List<Row> rows = compare(targetList, runs);
            String command = "icosim calibrate --model " + modelPath + " --seeds " + seedCount + " --base-seed " + base
                    + (overrides.values.isEmpty() ? "" : " -p " + String.join(" -p ", overrides.values));
            String markdown = markdown(rows, command, modelFile, seedCount, months);
            stdout.print(markdown);
            stdout.printf(Locale.ROOT, "(%d runs of %d months in %.1f s)%n", seedCount, months, wall);
            if (folder != null) {
                AtomicFiles.write(folder.path(MARKDOWN), markdown);
                AtomicFiles.write(folder.path(CSV), csv(rows));
                folder.commit();
                stdout.println("written to " + outDir.resolve(MARKDOWN) + " and " + CSV);
            }
            if (check != null) {
                for (Row r : rows) {
                    if (Math.abs(r.errorPercent()) > 100 * check) {
                        err.printf(Locale.ROOT, "icosim: calibration check failed: %s %s is %.1f%% from the target (limit %.1f%%)%n",
                                r.target().date(), r.target().metric(), r.errorPercent(), 100 * check);
                        return 1;
                    }
                }
            }
            return 0;
        } finally {
            if (folder != null) folder.close();
        }
    }

    /** {@code calibrate FILE}: the status-quo table's options do not apply; the file sets what they set. */
    private Integer historyMatching(PrintStream stdout, PrintStream err) throws InputException, IOException {
        String[][] unused = {{"--model", model.model == null ? null : ""}, {"--seeds", seeds == null ? null : ""},
            {"--base-seed", baseSeed == null ? null : ""}, {"--targets", targets == null ? null : ""},
            {"--check", check == null ? null : ""}, {"-p", overrides.values.isEmpty() ? null : ""},
            {"--overwrite", overwrite.overwrite ? "" : null}};
        for (String[] option : unused) {
            if (option[1] != null) {
                throw UsageException.of(option[0], "expected no " + option[0] + " with a calibration FILE (the file names its model, "
                        + "targets, seed and parameters; a folder of the same file resumes, so there is nothing to overwrite)");
            }
        }
        if (out != null && out.toString().equals("-")) throw UsageException.of("--out", "got -, expected a folder for the calibration's outputs");
        int threadCount = threads == null ? 2 : (int) Options.inRange("--threads", threads, 1, 64);
        boolean slurm = mode.slurm;
        for (String[] option : slurmOptions()) {
            if (option[1] != null && !slurm) throw UsageException.of(option[0], "expected --slurm with " + option[0]);
        }
        if (tasks != null && runsPerTask != null) throw UsageException.of("--tasks", "expected --tasks or --runs-per-task, not both");
        org.icosim.experiment.Shard shard = mode.shard != null ? SweepCommand.parseShard(mode.shard) : null;
        if (slurm) return CalibrationSlurm.write(this, file, out, threads == null ? 1 : threadCount, stdout, err);
        return HistoryMatchingRun.run(file, out, threadCount, quiet.quiet, shard, mode.prepare, stdout, err);
    }

    /** The options that only go with {@code --slurm}, each with its value as given (null: not given). */
    private String[][] slurmOptions() {
        return new String[][] {{"--tasks", tasks == null ? null : ""}, {"--runs-per-task", runsPerTask == null ? null : ""},
            {"--heap", heapOption}, {"--time", time}, {"--submit", submit ? "" : null}};
    }

    /** The seeds' runs on the sweep engine (one runner for every many-run command), put back by seed. */
    static MetricsSeries[] runSeeds(Parameters params, WorldSource world, int seeds, long baseSeed, int months, int threads,
            PrintStream err)
            throws IOException {
        MetricsSeries[] out = new MetricsSeries[seeds];
        SweepRunner.Journal<MetricsSeries> journal = new SweepRunner.Journal<>() {
            @Override
            public synchronized void finished(int s, MetricsSeries metrics) {
                out[s] = metrics;
                err.printf(Locale.ROOT, "seed %d done%n", baseSeed + s);
            }

            @Override
            public void failed(int s, String message) throws IOException {
                throw new IOException("a calibration run failed (seed " + (baseSeed + s) + "): " + message);
            }
        };
        SweepRunner<MetricsSeries> runner = new SweepRunner<>(s -> {
            IcoSim sim = new IcoSim(baseSeed + s, params, START);
            sim.setWorldSource(world);
            sim.start();
            sim.runMonths(months);
            return sim.metrics();
        }, journal);
        List<Integer> pending = new ArrayList<>();
        for (int s = 0; s < seeds; s++) pending.add(s);
        try {
            runner.run(pending, threads, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(e.getMessage(), e);
        }
        for (int s = 0; s < seeds; s++) {
            if (out[s] == null) throw new IOException("a calibration run did not finish (seed " + (baseSeed + s) + ")");
        }
        return out;
    }

    static List<Row> compare(List<CalibrationTarget> targets, MetricsSeries[] runs) {
        List<Row> rows = new ArrayList<>();
        for (CalibrationTarget t : targets) {
            int month = (int) START.until(t.date(), java.time.temporal.ChronoUnit.MONTHS);
            double[] values = new double[runs.length];
            for (int s = 0; s < runs.length; s++) values[s] = runs[s].get(month, t.metric());
            double mean = Arrays.stream(values).sum() / values.length;
            rows.add(new Row(t, mean, Arrays.stream(values).min().orElse(mean), Arrays.stream(values).max().orElse(mean)));
        }
        return rows;
    }

    private static String number(double v) {
        if (Math.abs(v) < 10) return String.format(Locale.ROOT, "%.3f", v);
        return String.format(Locale.ROOT, "%,.0f", v);
    }

    static String markdown(List<Row> rows, String command, ModelFile model, int seeds, int months) {
        StringBuilder b = new StringBuilder();
        b.append("# Calibration of the status quo, England 2015-2019\n\n");
        b.append("Produced by `").append(command).append("`: the mean of ").append(seeds)
                .append(" seeds of `").append(model.path()).append("` (sha256 ").append(model.sha256(), 0, 12)
                .append("...) over ").append(months).append(" months from April 2015, against the public figures in ")
                .append("`models/calibration-targets.csv` (sources in `models/ODD.md`). Behaviour parameters were ")
                .append("calibrated; no metric is pinned to a target.\n\n");
        b.append("| date | metric | target | model mean | seed range | error | source | confidence |\n");
        b.append("|---|---|---:|---:|---:|---:|---|---|\n");
        int within = 0;
        for (Row r : rows) {
            if (Math.abs(r.errorPercent()) <= 5) within++;
            b.append("| ").append(r.target().date()).append(" | ").append(r.target().metric()).append(" | ")
                    .append(number(r.target().value())).append(" | ").append(number(r.mean())).append(" | ")
                    .append(number(r.min())).append(" - ").append(number(r.max())).append(" | ")
                    .append(String.format(Locale.ROOT, "%+.1f%%", r.errorPercent())).append(" | ")
                    .append(r.target().source()).append(" | ").append(r.target().confidence()).append(" |\n");
        }
        b.append("\n").append(within).append(" of ").append(rows.size()).append(" figures within 5%.\n");
        return b.toString();
    }

    static String csv(List<Row> rows) {
        StringBuilder b = new StringBuilder("date,metric,target,modelMean,modelMin,modelMax,errorPercent,source,confidence\n");
        for (Row r : rows) {
            b.append(r.target().date()).append(',').append(r.target().metric()).append(',')
                    .append(org.icosim.io.MetricsCsv.format(r.target().value())).append(',')
                    .append(org.icosim.io.MetricsCsv.format(r.mean())).append(',')
                    .append(org.icosim.io.MetricsCsv.format(r.min())).append(',')
                    .append(org.icosim.io.MetricsCsv.format(r.max())).append(',')
                    .append(String.format(Locale.ROOT, "%.2f", r.errorPercent())).append(',')
                    .append(r.target().source()).append(',').append(r.target().confidence()).append('\n');
        }
        return b.toString();
    }
}
