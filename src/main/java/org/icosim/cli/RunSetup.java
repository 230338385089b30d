package org.icosim.cli;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.icosim.experiment.SweepPlan;
import org.icosim.io.ExperimentFile;
import org.icosim.io.InputException;
import org.icosim.io.ModelFile;
import org.icosim.io.ParameterOverrides;
import org.icosim.io.RunRecord;
import org.icosim.io.RunRecord.From;
import org.icosim.model.IcoSim;
import org.icosim.model.parameters.Parameters;
import org.icosim.model.rules.Rules;

/**
 * Everything a run needs, fully checked: the experiment and model files, the parameter values in
 * layers (default, then model file, then experiment, then {@code -p} on the command line), the
 * decision rules the experiment names, the seed, the number of months and the start month. Built
 * before any output exists.
 *
 * <p>Public so that other front ends (the GUI) load experiments exactly as the command line does,
 * including one run of a sweep ({@link #load(Path, Path, Long, Integer, List, Integer)}).
 */
public final class RunSetup {

    final ExperimentFile experiment;
    final ModelFile model;
    final Parameters parameters;
    final List<RunRecord.ResolvedParameter> resolved;
    final long seed;
    final int months;
    final YearMonth start;

    private RunSetup(ExperimentFile experiment, ModelFile model, Parameters parameters,
            List<RunRecord.ResolvedParameter> resolved, long seed, int months, YearMonth start) {
        this.experiment = experiment;
        this.model = model;
        this.parameters = parameters;
        this.resolved = resolved;
        this.seed = seed;
        this.months = months;
        this.start = start;
    }

    /**
     * Loads and checks a plain experiment, with the command line's replacements. A sweep file is
     * refused: say which of its runs with {@link #load(Path, Path, Long, Integer, List, Integer)}.
     *
     * @param modelOverride replaces the experiment's model file, or {@code null}
     * @param seedOverride replaces the experiment's seed, or {@code null}
     * @param monthsOverride replaces the experiment's months, or {@code null}
     */
    public static RunSetup load(Path experimentPath, Path modelOverride, Long seedOverride, Integer monthsOverride,
            List<String> overrides) throws InputException {
        return load(experimentPath, modelOverride, seedOverride, monthsOverride, overrides, null);
    }

    /**
     * Loads and checks an experiment, or one run of a sweep, with the command line's replacements.
     *
     * @param runId the run of a sweep file ({@link SweepPlan}: its factor values and derived
     *              seed), or {@code null} for a plain experiment
     * @throws InputException if the file is a sweep and {@code runId} is null, or the run id is
     *                        not one of the sweep's
     */
    public static RunSetup load(Path experimentPath, Path modelOverride, Long seedOverride, Integer monthsOverride,
            List<String> overrides, Integer runId) throws InputException {
        ExperimentFile experiment = runOf(ExperimentFile.load(experimentPath), runId);
        Map<String, Double> commandLine = ParameterOverrides.parseAll(overrides);
        ModelFile model = ModelFile.load(modelOverride != null ? modelOverride : experiment.model());
        return of(experiment, model, seedOverride, monthsOverride, commandLine);
    }

    /**
     * The plain experiment of a run: the file itself when {@code runId} is null and it is plain,
     * else the run of its {@link SweepPlan}.
     */
    public static ExperimentFile runOf(ExperimentFile experiment, Integer runId) throws InputException {
        String file = experiment.path() == null ? "experiment" : experiment.path().toString();
        if (runId == null) {
            if (experiment.isSweep()) {
                throw new InputException(file, "", "is a sweep of " + SweepPlan.of(experiment).runCount()
                        + " runs; expected a plain experiment here (run it with sweep, or pick one run with --run ID)");
            }
            return experiment;
        }
        if (!experiment.isSweep()) {
            throw new InputException(ParameterOverrides.SOURCE, "--run", "got " + runId + ", but " + file
                    + " is a plain experiment (one run); expected --run only with a sweep file (one with factors)");
        }
        SweepPlan plan = SweepPlan.of(experiment);
        if (runId < 0 || runId >= plan.runCount()) {
            throw new InputException(ParameterOverrides.SOURCE, "--run", "got " + runId + ", expected a run id in [0, "
                    + (plan.runCount() - 1) + "] (" + file + " has " + plan.runCount() + " runs)");
        }
        return plan.runExperiment(runId);
    }

    /**
     * A setup from files already read: the layers resolved and checked for consistency.
     *
     * @param commandLine {@code -p} values, parsed
     */
    public static RunSetup of(ExperimentFile experiment, ModelFile model, Long seedOverride, Integer monthsOverride,
            Map<String, Double> commandLine) throws InputException {
        List<RunRecord.ResolvedParameter> resolved = RunRecord.resolve(model, experiment, commandLine);
        Parameters values = RunRecord.toParameters(resolved);
        checkConsistency(values, resolved, model, experiment);
        long seed = seedOverride != null ? seedOverride : experiment.seed();
        int months = monthsOverride != null ? monthsOverride : experiment.months();
        return new RunSetup(experiment, model, values, resolved, seed, months, experiment.start());
    }

    /**
     * Refuses values that are each in range but cannot run together, naming the file that set the
     * first offending parameter.
     */
    static void checkConsistency(Parameters values, List<RunRecord.ResolvedParameter> resolved, ModelFile model,
            ExperimentFile experiment) throws InputException {
        List<String> problems = org.icosim.model.parameters.Consistency.problems(values);
        if (problems.isEmpty()) return;
        String problem = problems.get(0);
        String name = problem.substring(0, problem.indexOf(':'));
        From from = resolved.get(Parameters.byName(name).index()).from();
        String file = from == From.EXPERIMENT && experiment != null ? experiment.path().toString()
                : from == From.COMMAND_LINE ? ParameterOverrides.SOURCE : model.path().toString();
        throw new InputException(file, "parameters." + name, problem.substring(problem.indexOf(':') + 2));
    }

    /** A fresh, unstarted model for this setup, with its rules (the same setup gives the same run). */
    public IcoSim newModel() {
        IcoSim sim = new IcoSim(seed, parameters, start);
        sim.setRules(rules());
        sim.setWorldSource(model.worldSource());
        return sim;
    }

    /** The decision rules of the run, by name: the experiment's, defaults for the kinds it does not name. */
    public Rules rules() {
        return experiment.rules();
    }

    /** The files this run reads (experiment, model and the real world's tables), which no output may replace. */
    public List<Path> inputs() {
        List<Path> files = new java.util.ArrayList<>();
        if (experiment.path() != null) files.add(experiment.path());
        if (model.path() != null) files.add(model.path());
        files.addAll(model.worldFiles());
        return files;
    }

    /** The experiment as run: for one run of a sweep, its plain experiment. */
    public ExperimentFile experiment() {
        return experiment;
    }

    public ModelFile model() {
        return model;
    }

    /** The resolved values, a copy. */
    public Parameters parameters() {
        return new Parameters(parameters);
    }

    /** Every parameter's value and the layer that set it, in catalogue order. */
    public List<RunRecord.ResolvedParameter> resolved() {
        return resolved;
    }

    public long seed() {
        return seed;
    }

    public int months() {
        return months;
    }

    public YearMonth start() {
        return start;
    }
}
