package org.icosim.cli;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.icosim.io.ExperimentFile;
import org.icosim.io.InputException;
import org.icosim.io.ModelFile;
import org.icosim.io.ParameterOverrides;
import org.icosim.io.RunRecord;
import org.icosim.io.RunRecord.From;
import org.icosim.model.IcoSim;
import org.icosim.model.Parameter;
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
        Parameters values = new Parameters();
        From[] from = new From[Parameters.all().size()];
        java.util.Arrays.fill(from, From.DEFAULT);
        apply(values, from, model.parameters(), From.MODEL, model.path().toString());
        apply(values, from, experiment.parameters(), From.EXPERIMENT, experiment.path().toString());
        apply(values, from, commandLine, From.COMMAND_LINE, ParameterOverrides.SOURCE);
        List<String> problems = IcoSim.consistencyProblems(values);
        if (!problems.isEmpty()) {
            String p = problems.get(0);
            String name = p.substring(0, p.indexOf(':'));
            Parameter param = Parameters.byName(name);
            String file = from[param.index()] == From.MODEL ? model.path().toString()
                    : from[param.index()] == From.EXPERIMENT ? experiment.path().toString()
                    : from[param.index()] == From.COMMAND_LINE ? ParameterOverrides.SOURCE : model.path().toString();
            throw new InputException(file, "parameters." + name, p.substring(p.indexOf(':') + 2));
        }
        List<RunRecord.ResolvedParameter> resolved = new ArrayList<>();
        for (Parameter p : Parameters.all()) resolved.add(new RunRecord.ResolvedParameter(p, values.get(p), from[p.index()]));
        long seed = seedOverride != null ? seedOverride : experiment.seed();
        int months = monthsOverride != null ? monthsOverride : experiment.months();
        return new RunSetup(experiment, model, values, resolved, seed, months, experiment.start());
    }

    static void apply(Parameters values, From[] from, Map<String, Double> layer, From source, String file)
            throws InputException {
        for (Map.Entry<String, Double> e : layer.entrySet()) {
            Parameter p = Parameters.byName(e.getKey());
            if (p == null) {
                String near = Parameters.closestName(e.getKey());
                throw new InputException(file, "parameters." + e.getKey(),
                        "unknown parameter" + (near != null ? "; did you mean " + near + "?" : ""));
            }
            String problem = p.problemWith(e.getValue());
            if (problem != null) throw new InputException(file, "parameters." + e.getKey(), problem);
            values.set(p, e.getValue());
            from[p.index()] = source;
        }
    }

    /** A fresh, unstarted model for this setup (the same setup gives the same run). */
    IcoSim newModel() {
        return new IcoSim(seed, parameters, start);
    }
}
