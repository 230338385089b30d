package org.icosim.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.icosim.experiment.Scenario;
import org.icosim.experiment.ScenarioRun;
import org.icosim.experiment.ScenarioRunner;
import org.icosim.experiment.ScenarioSummary;
import org.icosim.io.AtomicFiles;
import org.icosim.io.ExperimentFile;
import org.icosim.io.InputException;
import org.icosim.io.OutputFolder;
import org.icosim.report.ScenarioCharts;

/**
 * {@code compare EXPERIMENT.json [EXPERIMENT.json ...] --out DIR [--model MODEL.json] [--seeds N]
 * [--base-seed S] [--threads T] [--months M] [--at 60,120] [-p name=value ...] [--quiet]}: policy
 * scenarios side by side over many seeds. Each experiment is resolved as {@code run} resolves it
 * (its model, or {@code --model} for all; its parameters; {@code -p} on top); the first is the
 * baseline. Replicate i of every scenario uses seed {@code S + i}, so scenarios meet the same luck.
 *
 * <p>{@code --at} counts months simulated: {@code --at 60} is the state after 60 months, which
 * is month index 59 in {@code metrics.csv}'s numbering (0 = first month), the numbering every
 * output of the comparison uses. Everything is checked before the first run; the outputs are
 * staged beside {@code DIR} and renamed into place when complete, and an existing {@code DIR}
 * holding files is refused rather than replaced, since a comparison may take hours to redo.
 */
final class CompareCommand {

    static final Set<String> OPTIONS = Set.of("model", "seeds", "base-seed", "threads", "months", "at", "out");
    static final Set<String> FLAGS = Set.of("quiet");
    static final int DEFAULT_SEEDS = 10;
    static final long DEFAULT_BASE_SEED = 1;
    static final int DEFAULT_THREADS = 2;
    /** Five years: the midpoint of a ten-year policy horizon, shown by default beside the end. */
    static final int DEFAULT_FIRST_AT = 60;

    private CompareCommand() {
    }

    static int execute(List<String> args, PrintStream out, PrintStream err) throws InputException, IOException {
        Arguments a = Arguments.parse(args, OPTIONS, FLAGS);
        if (a.positional.isEmpty()) {
            throw UsageException.of("compare", "no experiment given; expected one or more experiment files, the baseline first");
        }
        if (a.option("out") == null) {
            throw UsageException.of("--out", "missing; expected the folder to write the comparison into, e.g. --out results/one-economy");
        }
        int seeds = (int) a.longOption("seeds", DEFAULT_SEEDS, 1, 1000);
        long baseSeed = a.longOption("base-seed", DEFAULT_BASE_SEED, 0, Long.MAX_VALUE / 2);
        int threads = (int) a.longOption("threads", DEFAULT_THREADS, 1, 64);
        Integer monthsOverride = a.option("months") == null ? null
                : (int) a.longOption("months", 0, 1, ExperimentFile.MAX_MONTHS);
        Path model = a.option("model") == null ? null : Path.of(a.option("model"));
        Path outDir = Path.of(a.option("out"));
        refuseExistingResults(outDir);

        List<RunSetup> setups = new ArrayList<>();
        for (String experiment : a.positional) {
            setups.add(RunSetup.load(Path.of(experiment), model, null, monthsOverride, a.overrides));
        }
        checkAligned(setups, monthsOverride != null);
        int months = setups.get(0).months;
        List<Integer> at = atMonths(a.option("at"), months);
        List<String> names = scenarioNames(setups);

        List<Scenario> scenarios = new ArrayList<>();
        for (int s = 0; s < setups.size(); s++) scenarios.add(new Scenario(names.get(s), setups.get(s).parameters));
        ScenarioRunner runner = new ScenarioRunner(scenarios, seeds, baseSeed, months, setups.get(0).start, at);
        boolean quiet = a.has("quiet");
        long t0 = System.nanoTime();
        List<List<ScenarioRun>> runs;
        try {
            runs = runner.run(threads, (run, finished, total, seconds) -> {
                if (!quiet) {
                    err.printf(Locale.ROOT, "run %d/%d done: %s, seed %d (%.1f s)%n", finished, total,
                            names.get(run.scenario()), run.seed(), seconds);
                }
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        List<ScenarioSummary> summaries = new ArrayList<>();
        for (int s = 0; s < runs.size(); s++) summaries.add(ScenarioSummary.of(names.get(s), runs.get(s)));

        List<ComparisonReport.Source> sources = new ArrayList<>();
        for (RunSetup setup : setups) {
            sources.add(new ComparisonReport.Source(setup.experiment.path().toString(), setup.experiment.sha256(),
                    setup.model.path().toString(), setup.experiment.parameters()));
        }
        List<Integer> atIndexes = at.stream().map(m -> m - 1).toList();
        String report = ComparisonReport.markdown(commandLine(a, seeds, baseSeed, months, at), summaries, sources,
                a.overrides, baseSeed, setups.get(0).start, atIndexes);

        // The runs may have taken hours; check again so results never land on someone else's.
        refuseExistingResults(outDir);
        try (OutputFolder folder = OutputFolder.stage(outDir)) {
            writeText(folder.path(ComparisonTables.SUMMARY), csv -> ComparisonTables.writeSummary(summaries, csv));
            writeText(folder.path(ComparisonTables.RUNS), csv -> ComparisonTables.writeRuns(names, runs, csv));
            writeText(folder.path(ComparisonTables.ECONOMIES), csv -> ComparisonTables.writeEconomies(names, runs, csv));
            AtomicFiles.write(folder.path(ComparisonReport.FILE_NAME), report);
            ScenarioCharts.writeAll(summaries, folder.stagingDir());
            folder.commit();
        }
        double wall = (System.nanoTime() - t0) / 1e9;
        out.printf(Locale.ROOT, "%d scenarios x %d seeds, %d months; outputs in %s%n", setups.size(), seeds, months, outDir);
        if (!quiet) err.printf(Locale.ROOT, "%d runs of %d months and their outputs in %.1f s%n", setups.size() * seeds, months, wall);
        return 0;
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

    /** A folder holding files is someone's results; only a new or empty folder is written. */
    static void refuseExistingResults(Path outDir) throws InputException, IOException {
        if (!Files.exists(outDir)) return;
        if (!Files.isDirectory(outDir)) {
            throw UsageException.of("--out", outDir + " exists and is not a folder; expected a new or empty folder");
        }
        try (Stream<Path> entries = Files.list(outDir)) {
            if (entries.findAny().isPresent()) {
                throw UsageException.of("--out", outDir + " already holds files; expected a new or empty folder "
                        + "(compare does not replace earlier results)");
            }
        }
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
        TreeSet<Integer> at = new TreeSet<>();
        String expected = "months simulated in [1, " + months + "], separated by commas, e.g. --at "
                + Math.min(DEFAULT_FIRST_AT, months) + "," + months;
        if (option == null) {
            if (months >= DEFAULT_FIRST_AT) at.add(DEFAULT_FIRST_AT);
            at.add(months);
            return List.copyOf(at);
        }
        for (String part : option.split(",", -1)) {
            String text = part.trim();
            int month;
            try {
                month = Integer.parseInt(text);
            } catch (NumberFormatException e) {
                throw UsageException.of("--at", "got \"" + part + "\" in " + option + ", expected " + expected);
            }
            if (month < 1 || month > months) {
                throw UsageException.of("--at", "got " + month + ", expected " + expected);
            }
            at.add(month);
        }
        return List.copyOf(at);
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
    static String commandLine(Arguments a, int seeds, long baseSeed, int months, List<Integer> at) {
        List<String> words = new ArrayList<>(List.of("icosim", "compare"));
        words.addAll(a.positional);
        if (a.option("model") != null) {
            words.add("--model");
            words.add(a.option("model"));
        }
        words.addAll(List.of("--seeds", Integer.toString(seeds), "--base-seed", Long.toString(baseSeed),
                "--months", Integer.toString(months), "--at",
                String.join(",", at.stream().map(String::valueOf).toList())));
        for (String override : a.overrides) {
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
