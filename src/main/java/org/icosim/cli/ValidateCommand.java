package org.icosim.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;

import org.icosim.experiment.Scenario;
import org.icosim.experiment.ScenarioRun;
import org.icosim.experiment.ScenarioRunner;
import org.icosim.experiment.validation.PracticeCovariates;
import org.icosim.experiment.validation.PracticeOutcome;
import org.icosim.experiment.validation.PracticeValidation;
import org.icosim.io.InputException;
import org.icosim.io.OutputFolder;
import org.icosim.io.OutputPolicy;
import org.icosim.model.IcoSim;
import org.icosim.model.observe.PracticeRecord;
import org.icosim.model.world.Practice;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code validate [EXPERIMENT.json] [--model MODEL.json] [--outcomes CSV] [--covariates CSV]
 * [--out DIR] [--overwrite] [--seeds 5] [--base-seed 1] [--threads 2] [-p name=value ...]
 * [--quiet]}: the status quo from April 2015 to December 2019 over several seeds, compared
 * practice by practice with what happened ({@link PracticeValidation}). Everything is read and
 * checked first, the join of the outcomes and covariates to the world's practices included (the
 * world is built once to read its codes), before the output folder is staged.
 */
@Command(name = "validate", mixinStandardHelpOptions = true, sortOptions = false,
        description = "The status quo 2015-2019 over N seeds against what happened to each real practice: "
                + "validation.md, discrimination.csv, roc.csv, deciles.csv, list-sizes.csv, size-bands.csv, areas.csv, practices.csv, "
                + "endings.csv, within-bands.csv.")
final class ValidateCommand extends Options.Base {

    static final String DEFAULT_MODEL = "models/england-2015.json";
    static final String DEFAULT_OUTCOMES = "models/data/england-2015/practice-outcomes-2015-2019.csv";
    static final String DEFAULT_COVARIATES = "models/data/england-2015/practices-2015.csv";
    static final int DEFAULT_SEEDS = 5;
    static final long DEFAULT_BASE_SEED = 1;
    static final int DEFAULT_THREADS = 2;
    /** The runs start when the outcomes do, and end with them. */
    static final YearMonth START = YearMonth.of(2015, 4);
    static final YearMonth END = YearMonth.of(PracticeValidation.LAST_YEAR, 12);

    @Parameters(arity = "0..1", paramLabel = "EXPERIMENT.json", description = "the experiment (default " + Main.DEFAULT_EXPERIMENT + ")")
    Path experiment;

    @Option(names = "--model", paramLabel = "MODEL.json", description = "the model (default " + DEFAULT_MODEL + ")")
    Path model;

    @Option(names = "--outcomes", paramLabel = "CSV", description = "what happened to each practice (default " + DEFAULT_OUTCOMES + ")")
    Path outcomes;

    @Option(names = "--covariates", paramLabel = "CSV",
            description = "each practice in 2015, for the baselines (default " + DEFAULT_COVARIATES + ")")
    Path covariates;

    @Option(names = "--out", paramLabel = "DIR", description = "the validation's folder (default runs/validation-MODEL)")
    Path out;

    @Mixin
    Options.Overwrite overwrite;

    @Option(names = "--seeds", paramLabel = "N", description = "runs, seeds S to S + N - 1 (default 5)")
    Integer seeds;

    @Option(names = "--base-seed", paramLabel = "S", description = "the first seed (default 1)")
    Long baseSeed;

    @Option(names = "--threads", paramLabel = "T", description = "runs at once (default 2); results do not depend on it")
    Integer threads;

    @Mixin
    Options.Overrides overrides;

    @Mixin
    Options.Quiet quiet;

    @Override
    public Integer call() throws InputException, IOException {
        PrintStream stdout = out();
        PrintStream stderr = err();
        int seedCount = seeds == null ? DEFAULT_SEEDS : (int) Options.inRange("--seeds", seeds, 1, 1000);
        long base = baseSeed == null ? DEFAULT_BASE_SEED : Options.inRange("--base-seed", baseSeed, 0, Long.MAX_VALUE / 2);
        int threadCount = threads == null ? DEFAULT_THREADS : (int) Options.inRange("--threads", threads, 1, 64);
        Path experimentPath = experiment != null ? experiment : Main.defaultExperiment();
        Path modelPath = model != null ? model : Path.of(DEFAULT_MODEL);
        Path outcomesPath = outcomes != null ? outcomes : Path.of(DEFAULT_OUTCOMES);
        Path covariatesPath = covariates != null ? covariates : Path.of(DEFAULT_COVARIATES);

        RunSetup loaded = RunSetup.load(experimentPath, modelPath, null, null, overrides.values);
        if (!loaded.start.equals(START)) {
            throw new InputException(experimentPath.toString(), "start", "got " + loaded.start + ", expected " + START
                    + " (validation runs from April 2015, when the outcomes start, to " + END + ")");
        }
        int months = (int) ChronoUnit.MONTHS.between(START, END) + 1;
        RunSetup setup = RunSetup.load(experimentPath, modelPath, null, months, overrides.values);
        Map<String, PracticeOutcome> outcomeRows = ValidationInputs.outcomes(outcomesPath);
        Map<String, PracticeCovariates> covariateRows = ValidationInputs.covariates(covariatesPath);
        // The world's practices, to join the tables on; building it draws nothing the runs see.
        IcoSim probe = setup.newModel();
        probe.start();
        List<String> codes = new ArrayList<>();
        for (Practice p : probe.practices()) codes.add(p.code());
        List<PracticeOutcome> joinedOutcomes = ValidationInputs.joined(outcomesPath, outcomeRows, codes);
        List<PracticeCovariates> joinedCovariates = ValidationInputs.joined(covariatesPath, covariateRows, codes);

        Path outDir = out != null ? out
                : Path.of("runs", "validation-" + OutputPolicy.safeName(setup.model.name()));
        List<Path> inputs = new ArrayList<>(setup.inputs());
        inputs.add(outcomesPath);
        inputs.add(covariatesPath);
        List<Integer> septembers = new ArrayList<>();
        for (int year = PracticeValidation.FIRST_YEAR; year <= PracticeValidation.LAST_YEAR; year++) {
            septembers.add((int) ChronoUnit.MONTHS.between(START, YearMonth.of(year, 9)) + 1);
        }
        Scenario scenario = new Scenario(setup.experiment.name(), setup.parameters, setup.rules());
        ScenarioRunner runner = new ScenarioRunner(List.of(scenario), seedCount, base, months, START, septembers)
                .recordPractices()
                .withModels((s, seed) -> {
                    IcoSim sim = setup.newModel();
                    sim.setSeed(seed);
                    return sim;
                });
        long t0 = System.nanoTime();
        try (OutputFolder folder = OutputFolder.stage(outDir, "--out", OutputPolicy.Kind.VALIDATION, overwrite.overwrite,
                inputs, "validate")) {
            List<ScenarioRun> runs = CompareCommand.runAll(runner, threadCount, quiet.quiet, stderr, k -> scenario.name()).get(0);
            List<SortedMap<Integer, List<PracticeRecord>>> practicesAt = new ArrayList<>();
            for (ScenarioRun run : runs) practicesAt.add(run.practicesAt());
            PracticeValidation validation = new PracticeValidation(practicesAt, months, START, joinedOutcomes, joinedCovariates);
            String commandLine = commandLine(experimentPath, modelPath, outcomesPath, covariatesPath, seedCount, base);
            ValidationReport.write(validation, runs.get(0).practicesAt().get(months - 1), joinedOutcomes, commandLine,
                    setup, folder);
            folder.commit();
            double wall = (System.nanoTime() - t0) / 1e9;
            stdout.printf(Locale.ROOT, "%d practices, %d seeds, %s to %s in %.1f s; outputs in %s%n", codes.size(), seedCount,
                    START, END, wall, outDir);
            for (PracticeValidation.Discrimination d : validation.discrimination()) {
                if (d.year() != validation.lastYear()) continue;
                stdout.printf(Locale.ROOT, "ended by %d  %-13s AUC %.3f  Brier %.4f%n", d.year(), d.predictor(), d.auc(), d.brier());
            }
        }
        return 0;
    }

    private String commandLine(Path experimentPath, Path modelPath, Path outcomesPath, Path covariatesPath, int seedCount, long base) {
        List<String> words = new ArrayList<>(List.of("icosim", "validate", experimentPath.toString(), "--model", modelPath.toString(),
                "--outcomes", outcomesPath.toString(), "--covariates", covariatesPath.toString(), "--seeds",
                Integer.toString(seedCount), "--base-seed", Long.toString(base)));
        for (String p : overrides.values) {
            words.add("-p");
            words.add(p);
        }
        return String.join(" ", words);
    }
}
