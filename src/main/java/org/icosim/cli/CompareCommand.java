package org.icosim.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.icosim.experiment.Scenario;
import org.icosim.experiment.ScenarioRun;
import org.icosim.experiment.ScenarioRunner;
import org.icosim.experiment.ScenarioSummary;
import org.icosim.io.AtomicFiles;
import org.icosim.io.EnsembleFile;
import org.icosim.io.ExperimentFile;
import org.icosim.io.InputException;
import org.icosim.io.OutputFolder;
import org.icosim.io.OutputPolicy;
import org.icosim.report.ScenarioCharts;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code compare EXPERIMENT.json [EXPERIMENT.json ...] --out DIR [--overwrite] [--model MODEL.json]
 * [--seeds N] [--base-seed S] [--threads T] [--months M] [--at 60,120] [-p name=value ...] [--quiet]}:
 * policy scenarios side by side over many seeds. Each experiment is resolved as {@code run}
 * resolves it (its model, or {@code --model} for all; its parameters; {@code -p} on top); the first
 * is the baseline. Replicate i of every scenario uses seed {@code S + i}, so scenarios meet the same
 * luck.
 *
 * <p>{@code --at} counts months simulated: {@code --at 60} is the state after 60 months, which
 * is month index 59 in {@code metrics.csv}'s numbering (0 = first month), the numbering every
 * output of the comparison uses. Everything is checked before the first run, the output folder
 * included ({@link OutputPolicy}: a new or empty folder, or an earlier comparison with
 * {@code --overwrite}); its lock is held from then on, so a second comparison into the same folder
 * is refused at once, and the outputs are staged and renamed into place when complete.
 */
@Command(name = "compare", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Scenarios over the same N seeds, the first as baseline: summary.csv, runs.csv, economies.csv, comparison.md and charts.")
final class CompareCommand extends Options.Base {

    static final int DEFAULT_SEEDS = 10;
    /** Seeds a point with {@code --ensemble}: the points carry most of the spread. */
    static final int DEFAULT_ENSEMBLE_SEEDS = 3;
    static final long DEFAULT_BASE_SEED = 1;
    static final int DEFAULT_THREADS = 2;
    /** Five years: the midpoint of a ten-year policy horizon, shown by default beside the end. */
    static final int DEFAULT_FIRST_AT = 60;

    @picocli.CommandLine.Parameters(arity = "1..*", paramLabel = "EXPERIMENT.json", description = "the scenarios, the baseline first")
    List<Path> experiments;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "the folder to write the comparison into")
    Path out;

    @Mixin
    Options.Overwrite overwrite;

    @Mixin
    Options.Model model;

    @Option(names = "--ensemble", paramLabel = "CSV", description = "run every scenario at every point of this ensemble of parameter values (a calibration's plausible set)")
    Path ensemble;

    @Option(names = "--seeds", paramLabel = "N", description = "replicates per scenario (default 10), or per point with --ensemble (default 3)")
    Integer seeds;

    @Option(names = "--base-seed", paramLabel = "S", description = "replicate i runs with seed S + i (default 1)")
    Long baseSeed;

    @Option(names = "--threads", paramLabel = "T", description = "runs at once (default 2); results do not depend on it")
    Integer threads;

    @Mixin
    Options.Months months;

    @Option(names = "--at", paramLabel = "60,120", description = "months simulated at which tables and snapshots are taken")
    String at;

    @Mixin
    Options.Overrides overrides;

    @Mixin
    Options.Quiet quiet;

    @Override
    public Integer call() throws InputException, IOException {
        PrintStream stdout = out();
        PrintStream stderr = err();
        int seedCount = seeds == null ? (ensemble == null ? DEFAULT_SEEDS : DEFAULT_ENSEMBLE_SEEDS)
                : (int) Options.inRange("--seeds", seeds, 1, 1000);
        long base = baseSeed == null ? DEFAULT_BASE_SEED : Options.inRange("--base-seed", baseSeed, 0, Long.MAX_VALUE / 2);
        int threadCount = threads == null ? DEFAULT_THREADS : (int) Options.inRange("--threads", threads, 1, 64);
        Integer monthsOverride = months.months == null ? null
                : (int) Options.inRange("--months", months.months, 1, ExperimentFile.MAX_MONTHS);

        List<RunSetup> setups = new ArrayList<>();
        for (Path experiment : experiments) {
            setups.add(RunSetup.load(experiment, model.model, null, monthsOverride, overrides.values));
        }
        checkAligned(setups, monthsOverride != null);
        int length = setups.get(0).months;
        List<Integer> atMonths = atMonths(at, length);
        List<String> names = scenarioNames(setups);
        List<Path> inputs = new ArrayList<>();
        for (RunSetup setup : setups) inputs.addAll(setup.inputs());

        if (ensemble != null) {
            EnsembleFile points = EnsembleFile.load(ensemble);
            inputs.add(ensemble);
            return compareOverEnsemble(points, setups, names, inputs, seedCount, base, threadCount, length, atMonths, stdout, stderr);
        }
        List<Scenario> scenarios = new ArrayList<>();
        for (int s = 0; s < setups.size(); s++) {
            scenarios.add(new Scenario(names.get(s), setups.get(s).parameters, setups.get(s).rules(), setups.get(s).model.worldSource()));
        }
        ScenarioRunner runner = new ScenarioRunner(scenarios, seedCount, base, length, setups.get(0).start, atMonths);
        long t0 = System.nanoTime();
        try (OutputFolder folder = OutputFolder.stage(out, "--out", OutputPolicy.Kind.COMPARISON, overwrite.overwrite,
                inputs, "compare")) {
            List<List<ScenarioRun>> runs = runAll(runner, threadCount, quiet.quiet, stderr, names::get);
            List<ScenarioSummary> summaries = new ArrayList<>();
            for (int s = 0; s < runs.size(); s++) summaries.add(ScenarioSummary.of(names.get(s), runs.get(s)));

            List<ComparisonReport.Source> sources = new ArrayList<>();
            for (RunSetup setup : setups) {
                sources.add(new ComparisonReport.Source(setup.experiment.path().toString(), setup.experiment.sha256(),
                        setup.model.path().toString(), setup.experiment.parameters(), setup.rules()));
            }
            List<Integer> atIndexes = atMonths.stream().map(m -> m - 1).toList();
            String report = ComparisonReport.markdown(commandLine(seedCount, base, length, atMonths), summaries, sources,
                    overrides.values, base, setups.get(0).start, atIndexes);
            writeText(folder.path(ComparisonTables.SUMMARY), csv -> ComparisonTables.writeSummary(summaries, csv));
            writeText(folder.path(ComparisonTables.RUNS), csv -> ComparisonTables.writeRuns(names, runs, csv));
            writeText(folder.path(ComparisonTables.ECONOMIES), csv -> ComparisonTables.writeEconomies(names, runs, csv));
            AtomicFiles.write(folder.path(ComparisonReport.FILE_NAME), report);
            ScenarioCharts.writeAll(summaries, folder.stagingDir());
            folder.commit();
        }
        double wall = (System.nanoTime() - t0) / 1e9;
        stdout.printf(Locale.ROOT, "%d scenarios x %d seeds, %d months; outputs in %s%n", setups.size(), seedCount, length, out);
        if (!quiet.quiet) stderr.printf(Locale.ROOT, "%d runs of %d months and their outputs in %.1f s%n", setups.size() * seedCount, length, wall);
        return 0;
    }

    /** {@code --ensemble}: every scenario at every point, checked before the first run ({@link EnsembleComparison}). */
    private Integer compareOverEnsemble(EnsembleFile points, List<RunSetup> setups, List<String> names, List<Path> inputs,
            int seedCount, long base, int threadCount, int length, List<Integer> atMonths, PrintStream stdout,
            PrintStream stderr) throws InputException, IOException {
        List<Scenario> expanded = EnsembleComparison.expand(setups, names, points);
        ScenarioRunner runner = new ScenarioRunner(expanded, seedCount, base, length, setups.get(0).start, List.of());
        long t0 = System.nanoTime();
        try (OutputFolder folder = OutputFolder.stage(out, "--out", OutputPolicy.Kind.COMPARISON, overwrite.overwrite,
                inputs, "compare")) {
            List<List<ScenarioRun>> runs = runAll(runner, threadCount, quiet.quiet, stderr, k -> expanded.get(k).name());
            EnsembleComparison comparison = EnsembleComparison.of(names, points, runs);
            List<Integer> atIndexes = atMonths.stream().map(m -> m - 1).toList();
            writeText(folder.path(EnsembleComparison.SUMMARY), comparison::writeSummary);
            writeText(folder.path(EnsembleComparison.DIFFERENCES), comparison::writeDifferences);
            writeText(folder.path(EnsembleComparison.RUNS), csv -> comparison.writeRuns(runs, atIndexes, csv));
            AtomicFiles.write(folder.path(ComparisonReport.FILE_NAME),
                    comparison.markdown(commandLine(seedCount, base, length, atMonths), setups, base, setups.get(0).start, atIndexes));
            ScenarioCharts.writeAll(comparison.bands(), folder.stagingDir());
            folder.commit();
        }
        double wall = (System.nanoTime() - t0) / 1e9;
        stdout.printf(Locale.ROOT, "%d scenarios x %d points x %d seeds, %d months; outputs in %s%n", setups.size(),
                points.points().size(), seedCount, length, out);
        if (!quiet.quiet) {
            stderr.printf(Locale.ROOT, "%d runs of %d months and their outputs in %.1f s%n", expanded.size() * seedCount, length, wall);
        }
        return 0;
    }

    /**
     * Runs everything, with a line on standard error per finished run (unless {@code quiet})
     * naming the run by {@code label} of its scenario's index.
     */
    static List<List<ScenarioRun>> runAll(ScenarioRunner runner, int threads, boolean quiet, PrintStream stderr,
            java.util.function.IntFunction<String> label) throws IOException {
        try {
            return runner.run(threads, (run, finished, total, seconds) -> {
                if (!quiet) {
                    stderr.printf(Locale.ROOT, "run %d/%d done: %s, seed %d (%.1f s)%n", finished, total,
                            label.apply(run.scenario()), run.seed(), seconds);
                }
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    /** Text written straight to the file, since a long comparison's tables can be large. */
    @FunctionalInterface
    private interface Table {
        void writeTo(Appendable csv) throws IOException;
    }

    private static void writeText(Path file, Table table) throws IOException {
        AtomicFiles.write(file, stream -> {
            Writer writer = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
            table.writeTo(writer);
            writer.flush();
        });
    }

    /** Scenarios are compared month by month, so they must start together and run as long. */
    static void checkAligned(List<RunSetup> setups, boolean monthsGiven) throws InputException {
        RunSetup first = setups.get(0);
        for (RunSetup other : setups.subList(1, setups.size())) {
            if (!other.start.equals(first.start)) {
                throw new InputException(other.experiment.path().toString(), "start", "got " + other.start + ", but "
                        + first.experiment.path() + " starts in " + first.start
                        + "; expected every scenario of a comparison to start in the same month");
            }
            if (!monthsGiven && other.months != first.months) {
                throw new InputException(other.experiment.path().toString(), "months", "got " + other.months + ", but "
                        + first.experiment.path() + " runs " + first.months
                        + "; expected every scenario to run as long, or --months to set the length for all");
            }
        }
    }

    /**
     * The months (simulated, 1 to {@code months}) of the tables and economy snapshots, ascending:
     * by default after five years and at the end.
     */
    static List<Integer> atMonths(String option, int months) throws InputException {
        TreeSet<Integer> defaults = new TreeSet<>();
        if (months >= DEFAULT_FIRST_AT) defaults.add(DEFAULT_FIRST_AT);
        defaults.add(months);
        return Options.monthsSimulated("--at", option, months, List.copyOf(defaults));
    }

    /** The experiments' names, made unique by a suffix so that every row says which scenario it is. */
    static List<String> scenarioNames(List<RunSetup> setups) {
        List<String> names = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (RunSetup setup : setups) taken.add(setup.experiment.name());
        Set<String> used = new HashSet<>();
        for (RunSetup setup : setups) {
            String name = setup.experiment.name();
            if (used.contains(name)) {
                int n = 2;
                while (taken.contains(name + "-" + n) || used.contains(name + "-" + n)) n++;
                name = name + "-" + n;
            }
            used.add(name);
            names.add(name);
        }
        return names;
    }

    /**
     * The command as run, with every value that shapes the numbers spelt out (defaults included)
     * and without {@code --out}, {@code --threads} and {@code --quiet}, which change none; so the
     * report of a comparison is the same wherever it was written and however fast.
     */
    String commandLine(int seedCount, long base, int length, List<Integer> atMonths) {
        List<String> words = new ArrayList<>(List.of("icosim", "compare"));
        for (Path experiment : experiments) words.add(experiment.toString());
        if (model.model != null) {
            words.add("--model");
            words.add(model.model.toString());
        }
        if (ensemble != null) {
            words.add("--ensemble");
            words.add(ensemble.toString());
        }
        words.addAll(List.of("--seeds", Integer.toString(seedCount), "--base-seed", Long.toString(base),
                "--months", Integer.toString(length), "--at",
                String.join(",", atMonths.stream().map(String::valueOf).toList())));
        for (String override : overrides.values) {
            words.add("-p");
            words.add(override);
        }
        StringBuilder text = new StringBuilder();
        for (String word : words) {
            if (text.length() > 0) text.append(' ');
            text.append(word.isEmpty() || word.matches(".*[\\s'\"`$|;&<>()*?].*") ? "'" + word.replace("'", "'\\''") + "'" : word);
        }
        return text.toString();
    }
}
