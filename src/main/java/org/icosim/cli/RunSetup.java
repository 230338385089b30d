package org.icosim.cli;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.icosim.io.ExperimentFile;
import org.icosim.io.InputException;
import org.icosim.io.ModelFile;
import org.icosim.io.ParameterOverrides;
import org.icosim.io.RunRecord;
import org.icosim.io.RunRecord.From;
import org.icosim.model.IcoSim;
import org.icosim.model.Parameters;

/**
 * Everything a run needs, fully checked: the experiment and model files, the parameter values in
 * layers (default, then model file, then experiment, then {@code -p} on the command line), the
 * seed, the number of months and the start month. Built before any output exists.
 */
final class RunSetup {

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
     * Loads and checks an experiment, with the command line's replacements.
     *
     * @param modelOverride replaces the experiment's model file, or {@code null}
     * @param seedOverride replaces the experiment's seed, or {@code null}
     * @param monthsOverride replaces the experiment's months, or {@code null}
     */
    static RunSetup load(Path experimentPath, Path modelOverride, Long seedOverride, Integer monthsOverride,
            List<String> overrides) throws InputException {
        ExperimentFile experiment = ExperimentFile.load(experimentPath);
        Map<String, Double> commandLine = ParameterOverrides.parseAll(overrides);
        ModelFile model = ModelFile.load(modelOverride != null ? modelOverride : experiment.model());
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
        List<String> problems = IcoSim.consistencyProblems(values);
        if (problems.isEmpty()) return;
        String problem = problems.get(0);
        String name = problem.substring(0, problem.indexOf(':'));
        From from = resolved.get(Parameters.byName(name).index()).from();
        String file = from == From.EXPERIMENT && experiment != null ? experiment.path().toString()
                : from == From.COMMAND_LINE ? ParameterOverrides.SOURCE : model.path().toString();
        throw new InputException(file, "parameters." + name, problem.substring(problem.indexOf(':') + 2));
    }

    /** A fresh, unstarted model for this setup (the same setup gives the same run). */
    IcoSim newModel() {
        return new IcoSim(seed, parameters, start);
    }
}
