package org.icosim.cli;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import org.icosim.experiment.Shard;
import org.icosim.experiment.SlurmScripts;
import org.icosim.experiment.SweepPlan;
import org.icosim.experiment.SweepRunner;
import org.icosim.io.AtomicFiles;
import org.icosim.io.ExperimentFile;
import org.icosim.io.InputException;
import org.icosim.io.ModelFile;
import org.icosim.io.OutputLock;
import org.icosim.io.OutputPolicy;
import org.icosim.io.RunRecord;
import org.icosim.io.StrictJson;
import org.icosim.io.SweepFolder;
import org.icosim.io.SweepSpec;
import org.icosim.metrics.MetricsSeries;
import org.icosim.model.IcoSim;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code sweep EXPERIMENT.json [--out DIR] [--threads N] [--shard i/K] [--merge [--tasks K]]
 * [--slurm [--tasks K | --runs-per-task M] [--heap 2g] [--time T] [--submit]] [--quiet]}: every
 * run of an experiment's design.
 *
 * <ul>
 * <li>Plain: runs every run not yet done in {@code DIR} on N threads, then assembles the
 * outputs. Run again after a crash, it runs only what is missing (resume).</li>
 * <li>{@code --shard i/K}: runs only shard i of K ({@link Shard}), anywhere; assembling is
 * left to {@code --merge}.</li>
 * <li>{@code --merge}: assembles the outputs once every run is done, or fails listing the
 * missing runs (and with {@code --tasks K}, the shards to run again).</li>
 * <li>{@code --slurm}: writes the job array, merge and submit scripts into {@code DIR/slurm};
 * {@code --submit} submits them.</li>
 * </ul>
 *
 * <p>Everything is checked before anything is written; the experiment and model must be those
 * of the folder's manifest, byte for byte.
 */
@Command(name = "sweep", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Every run of the file's design, resumable: runs.csv, metrics.csv.gz, manifest.json; "
                + "--shard i/K runs one shard anywhere, --merge assembles them, --slurm writes a job array.")
final class SweepCommand extends Options.Base {

    static final String DEFAULT_HEAP = "2g";
    /** Default array size: enough to spread a large design, few enough to keep the queue readable. */
    static final int DEFAULT_TASKS = 50;
    static final int MAX_THREADS = 1024;
    static final String SEED_RULE = "seed = mix(mix(mix(base) + g(point + 1)) + g(replicate + 1)) >>> 1, mix = SplitMix64's"
            + " finaliser, g = 0x9e3779b97f4a7c15; point taken as 0 for every point with common random numbers";

    @picocli.CommandLine.Parameters(paramLabel = "EXPERIMENT.json", description = "a sweep experiment file")
    Path experimentFile;

    @Option(names = "--out", paramLabel = "DIR", description = "the sweep folder (default sweeps/NAME)")
    Path outOption;

    @Option(names = "--threads", paramLabel = "N", description = "runs at once (default: the cores); with --slurm, per task")
    Integer threads;

    /** The ways of running a sweep, one at a time. */
    static final class Mode {
        @Option(names = "--shard", paramLabel = "i/K", description = "run shard i (from 0) of K only")
        String shard;

        @Option(names = "--merge", arity = "0", description = "assemble the outputs once every shard is done")
        boolean merge;

        @Option(names = "--slurm", arity = "0", description = "write a Slurm job array, merge and submit scripts into DIR/slurm")
        boolean slurm;
    }

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Mode mode = new Mode();

    @Option(names = "--tasks", paramLabel = "K", description = "with --slurm: array tasks; with --merge: the tasks, to name the ones to rerun")
    Integer tasks;

    @Option(names = "--runs-per-task", paramLabel = "M", description = "with --slurm: runs per array task")
    Integer runsPerTask;

    @Option(names = "--heap", paramLabel = "2g", description = "with --slurm: Java heap per task")
    String heapOption;

    @Option(names = "--time", paramLabel = "4:00:00", description = "with --slurm: time limit per task")
    String time;

    @Option(names = "--submit", arity = "0", description = "with --slurm: submit the scripts")
    boolean submit;

    @Mixin
    Options.Quiet quiet;

    @Override
    public Integer call() throws InputException, IOException {
        PrintStream out = out();
        PrintStream err = err();
        if (mode == null) mode = new Mode();
        boolean slurm = mode.slurm;
        boolean merge = mode.merge;
        String shardText = mode.shard;
        if (submit && !slurm) throw UsageException.of("--submit", "expected --slurm with --submit");
        if (runsPerTask != null && !slurm) throw UsageException.of("--runs-per-task", "expected --slurm with --runs-per-task");
        if (heapOption != null && !slurm) throw UsageException.of("--heap", "expected --slurm with --heap");
        if (time != null && !slurm) throw UsageException.of("--time", "expected --slurm with --time");
        if (tasks != null && !slurm && !merge) throw UsageException.of("--tasks", "expected --slurm or --merge with --tasks");
        if (tasks != null && runsPerTask != null) {
            throw UsageException.of("--tasks", "expected --tasks or --runs-per-task, not both");
        }
        if (merge && threads != null) throw UsageException.of("--threads", "expected no --threads with --merge (it runs nothing)");
        Shard shard = shardText != null ? parseShard(shardText) : Shard.ALL;
        int threadCount = threads == null ? Runtime.getRuntime().availableProcessors()
                : (int) Options.inRange("--threads", threads, 1, MAX_THREADS);

        Path experimentPath = experimentFile;
        byte[] experimentBytes = StrictJson.readBytes(experimentPath);
        ExperimentFile experiment = ExperimentFile.load(experimentPath);
        if (!StrictJson.sha256(experimentBytes).equals(experiment.sha256())) {
            throw new InputException(experimentPath.toString(), "", "changed while it was being read; expected a file that stays put");
        }
        ModelFile model = ModelFile.load(experiment.model());
        SweepPlan plan = SweepPlan.of(experiment);
        int runCount = plan.runCount();
        Path outDir = outOption != null ? outOption : Path.of("sweeps", OutputPolicy.safeName(experiment.name()));
        int taskCount = 0;
        if (tasks != null) {
            taskCount = (int) Options.inRange("--tasks", tasks, 1, runCount);
        } else if (runsPerTask != null) {
            taskCount = SlurmScripts.tasksFor(runCount, (int) Options.inRange("--runs-per-task", runsPerTask, 1, runCount));
        } else if (slurm) {
            taskCount = Math.min(DEFAULT_TASKS, runCount);
        }
        String heap = heapOption != null ? heapOption : DEFAULT_HEAP;
        checkSlurmOptions(heap, time);

        SweepFolder.Layout layout = layout(plan);
        String manifest = SweepFolder.manifest(experiment, model, plan.pointCount(), runCount, SEED_RULE,
                RunRecord.ToolVersions.current());
        SweepFolder folder = merge
                ? SweepFolder.existing(outDir, layout, experiment.sha256(), model.sha256())
                : SweepFolder.open(outDir, layout, manifest, experimentBytes, experiment.sha256(), model.sha256());

        if (slurm) {
            try (OutputLock lock = folder.lock("slurm")) {
                return writeSlurm(experimentPath, outDir, experiment, taskCount, threadCount, heap, time, runCount, out, err);
            }
        }
        if (merge) {
            try (OutputLock lock = folder.lock("merge")) {
                return mergeOrReport(folder, runCount, taskCount, outDir, out, err);
            }
        }
        try (OutputLock lock = folder.lock(shard.count() > 1 ? shard.lockPart() : "all")) {
            return runShard(plan, model, folder, shard, runCount, threadCount, experiment, experimentPath, outDir, out, err);
        }
    }

    private int runShard(SweepPlan plan, ModelFile model, SweepFolder folder, Shard shard, int runCount, int threads,
            ExperimentFile experiment, Path experimentPath, Path outDir, PrintStream out, PrintStream err) throws IOException {

        List<Integer> pending = new ArrayList<>();
        for (int run : shard.runs(runCount)) {
            if (!folder.isDone(run)) pending.add(run);
        }
        int already = shard.runs(runCount).size() - pending.size();
        boolean quiet = this.quiet.quiet;
        if (!quiet) {
            err.printf(Locale.ROOT, "%s: %d runs%s, %d to do%s, on %d thread%s%n", experiment.name(), runCount,
                    shard.count() > 1 ? " (shard " + shard + ": " + shard.runs(runCount).size() + ")" : "", pending.size(),
                    already > 0 ? " (" + already + " done before)" : "", threads, threads == 1 ? "" : "s");
        }
        SweepProgress progress = new SweepProgress(err, pending.size(), quiet);
        long t0 = System.nanoTime();
        SweepRunner<MetricsSeries> runner = new SweepRunner<>(run -> simulate(plan, model, run), new SweepRunner.Journal<>() {
            @Override
            public void finished(int run, MetricsSeries series) throws IOException {
                folder.recordOk(run, leadingCells(plan, run), series);
            }

            @Override
            public void failed(int run, String message) throws IOException {
                folder.recordFailed(run, leadingCells(plan, run), message);
            }
        });
        SweepRunner.Outcome outcome;
        try {
            outcome = runner.run(pending, threads, (run, ok, done, total) -> progress.update(done, ok));
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(e.getMessage(), e);
        }
        double wall = (System.nanoTime() - t0) / 1e9;
        if (!quiet) {
            err.printf(Locale.ROOT, "%d runs in %.1f s (%.1f runs/min)%s%n", pending.size(), wall,
                    wall > 0 ? pending.size() / wall * 60 : 0, outcome.failed() > 0 ? "; " + outcome.failed() + " failed (see runs.csv)" : "");
        }
        if (shard.count() > 1) {
            out.printf(Locale.ROOT, "shard %s done: %d runs; when every shard is done: icosim sweep %s --out %s --merge%n",
                    shard, shard.runs(runCount).size(), experimentPath, outDir);
            return 0;
        }
        return mergeOrReport(folder, runCount, 0, outDir, out, err);
    }

    /** The columns of this plan's tables. */
    static SweepFolder.Layout layout(SweepPlan plan) {
        List<String> factors = plan.factors().stream().map(SweepSpec.Factor::name).toList();
        return new SweepFolder.Layout(factors, plan.summaryMonthIndexes(), plan.summaryMonths(),
                plan.experiment().sweep().keep().monthly());
    }

    /** run, point, replicate, seed and the factors' values of a run. */
    static List<String> leadingCells(SweepPlan plan, int run) {
        List<String> cells = new ArrayList<>(List.of(Integer.toString(run), Integer.toString(plan.point(run)),
                Integer.toString(plan.replicate(run)), Long.toString(plan.seed(run))));
        double[] values = plan.values(plan.point(run));
        for (int i = 0; i < values.length; i++) cells.add(SweepFolder.factorCell(plan.factors().get(i).parameter(), values[i]));
        return cells;
    }

    /**
     * One run, as {@code run --run ID} would run it. Values that cannot go together fail the run
     * with the problem, without the file's path, so the message is the same wherever the sweep ran.
     */
    static MetricsSeries simulate(SweepPlan plan, ModelFile model, int run) {
        RunSetup setup;
        try {
            setup = RunSetup.of(plan.runExperiment(run), model, null, null, Map.of());
        } catch (InputException e) {
            throw new IllegalArgumentException((e.place().isEmpty() ? "" : e.place() + ": ") + e.problem(), e);
        }
        IcoSim sim = setup.newModel();
        sim.start();
        sim.runMonths(setup.months());
        return sim.metrics();
    }

    private static int mergeOrReport(SweepFolder folder, int runCount, int tasks, Path outDir, PrintStream out,
            PrintStream err) throws IOException {
        List<Integer> missing = folder.missing(runCount);
        if (!missing.isEmpty()) {
            err.println("icosim: " + incomplete(missing, tasks, outDir));
            return 1;
        }
        folder.assemble(runCount);
        out.printf(Locale.ROOT, "%d runs; outputs in %s (%s%s, %s)%n", runCount, outDir, SweepFolder.RUNS,
                folder.layout().monthly() ? ", " + SweepFolder.METRICS : "", SweepFolder.MANIFEST);
        return 0;
    }

    /** The message of an incomplete merge: which runs are missing and, with K, which tasks to run again. */
    static String incomplete(List<Integer> missing, int tasks, Path outDir) {
        StringBuilder text = new StringBuilder("sweep incomplete: " + missing.size() + " run" + (missing.size() == 1 ? "" : "s")
                + " not done (" + list(missing) + ")");
        if (tasks > 0) {
            TreeSet<Integer> shards = new TreeSet<>();
            for (int run : missing) shards.add(run % tasks);
            String indexes = String.join(",", shards.stream().map(String::valueOf).toList());
            text.append("; they belong to array tasks ").append(indexes).append(" of ").append(tasks)
                    .append(": run them again with ").append(outDir.resolve("slurm").resolve(SlurmScripts.SUBMIT)).append(' ')
                    .append(indexes).append(" (or sbatch --array=").append(indexes).append(' ')
                    .append(outDir.resolve("slurm").resolve(SlurmScripts.ARRAY)).append(", then the merge again)");
        } else {
            text.append("; run the sweep (or the missing shards) again, then --merge");
        }
        return text.toString();
    }

    private static String list(List<Integer> runs) {
        int shown = Math.min(20, runs.size());
        String text = String.join(", ", runs.subList(0, shown).stream().map(String::valueOf).toList());
        return runs.size() > shown ? text + ", ..." : text;
    }

    private int writeSlurm(Path experimentPath, Path outDir, ExperimentFile experiment, int tasks,
            int threads, String heap, String time, int runCount, PrintStream out, PrintStream err)
            throws InputException, IOException {
        int taskThreads = this.threads != null ? threads : 1;
        SlurmScripts scripts = new SlurmScripts(javaCommand(), experimentPath.toAbsolutePath().normalize().toString(),
                outDir.toAbsolutePath().normalize().toString(), experiment.name(), tasks, taskThreads, heap, time);
        Path slurmDir = outDir.resolve("slurm");
        Files.createDirectories(slurmDir.resolve(SlurmScripts.LOGS));
        Path array = slurmDir.resolve(SlurmScripts.ARRAY);
        Path merge = slurmDir.resolve(SlurmScripts.MERGE);
        Path submitScript = slurmDir.resolve(SlurmScripts.SUBMIT);
        writeScript(array, scripts.arrayScript());
        writeScript(merge, scripts.mergeScript());
        writeScript(submitScript, scripts.submitScript());
        out.printf(Locale.ROOT, "%d runs in %d array tasks (about %d runs each, %d thread%s per task); scripts in %s%n",
                runCount, tasks, (runCount + tasks - 1) / tasks, taskThreads, taskThreads == 1 ? "" : "s", slurmDir);
        if (!submit) {
            out.println("submit with: " + submitScript);
            return 0;
        }
        return submit(submitScript, out, err);
    }


    /** {@code --shard i/K}, or one line saying what was expected. */
    static Shard parseShard(String text) throws InputException {
        try {
            return Shard.parse(text);
        } catch (IllegalArgumentException e) {
            throw UsageException.of("--shard", e.getMessage());
        }
    }

    /** A Slurm script, written atomically and made executable. */
    static void writeScript(Path file, String text) throws IOException {
        AtomicFiles.write(file, text);
        file.toFile().setExecutable(true, false);
    }

    /** The heap and time limit of Slurm tasks (time may be null: the partition's default). */
    static void checkSlurmOptions(String heap, String time) throws InputException {
        if (SlurmScripts.heapMegabytes(heap) < 0) throw UsageException.of("--heap", "got " + heap + ", expected " + SlurmScripts.HEAP_EXPECTED);
        if (time != null && !time.matches("[0-9:-]{1,16}")) {
            throw UsageException.of("--time", "got " + time + ", expected " + SlurmScripts.TIME_EXPECTED);
        }
    }

    /** Runs a submit script with bash, prints what it printed; 1 (and why) if it failed. */
    static int submit(Path submitScript, PrintStream out, PrintStream err) throws IOException {
        Process process;
        try {
            process = new ProcessBuilder("bash", submitScript.toString()).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new IOException("could not start bash to run " + submitScript + ": " + e.getMessage(), e);
        }
        String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        int code;
        try {
            code = process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while submitting", e);
        }
        out.print(output);
        if (code != 0) {
            err.println("icosim: submitting failed (" + submitScript + " exited with " + code + "); is sbatch on the PATH?");
            return 1;
        }
        return 0;
    }

    /**
     * The command that starts this very build: this JVM's java, then {@code -jar} and the jar,
     * or, when running from classes (tests, an IDE), {@code -cp} and the class path made absolute.
     */
    static List<String> javaCommand() {
        String java = ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        try {
            Path code = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isRegularFile(code) && code.toString().endsWith(".jar")) {
                return List.of(java, "-jar", code.toAbsolutePath().normalize().toString());
            }
        } catch (URISyntaxException | RuntimeException e) {
            // fall through to the class path
        }
        List<String> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!entry.isEmpty()) entries.add(Path.of(entry).toAbsolutePath().normalize().toString());
        }
        return List.of(java, "-cp", String.join(File.pathSeparator, entries), Main.class.getName());
    }
}
