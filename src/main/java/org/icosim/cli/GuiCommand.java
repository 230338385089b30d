package org.icosim.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.icosim.experiment.SweepPlan;
import org.icosim.gui.ExperimentSettings;
import org.icosim.gui.IcoSimWithUI;
import org.icosim.io.ExperimentFile;
import org.icosim.io.InputException;
import org.icosim.io.RunRecord;
import org.icosim.model.Parameters;

/**
 * {@code gui [EXPERIMENT.json] [--run ID] [--model MODEL.json] [--seed N] [--months N] [-p name=value ...]}:
 * the MASON Console on an experiment, or on one run of a sweep file, resolved exactly as
 * {@code run} resolves it, so what the GUI shows is the run {@code run} would make. Bad input is
 * refused before any window opens.
 */
final class GuiCommand {

    static final Set<String> OPTIONS = Set.of("model", "seed", "months", "run");

    private GuiCommand() {
    }

    static int execute(List<String> args, PrintStream out, PrintStream err) throws InputException {
        Arguments a = Arguments.parse(args, OPTIONS, Set.of());
        if (a.positional.size() > 1) {
            throw UsageException.of(a.positional.get(1), "expected one experiment file, got " + a.positional.size() + " files");
        }
        Path experiment = a.positional.isEmpty() ? Main.defaultExperiment() : Path.of(a.positional.get(0));
        Long seed = a.option("seed") == null ? null : a.longOption("seed", 0, 0, Long.MAX_VALUE);
        Integer months = a.option("months") == null ? null : (int) a.longOption("months", 0, 1, 1200);
        Path model = a.option("model") == null ? null : Path.of(a.option("model"));
        Integer runId = a.option("run") == null ? null : (int) a.longOption("run", 0, 0, Integer.MAX_VALUE);
        ExperimentSettings settings = settings(RunSetup.load(experiment, model, seed, months, a.overrides, runId));
        if (java.awt.GraphicsEnvironment.isHeadless()) {
            err.println("icosim: the GUI needs a display; none is available (set DISPLAY, or run under xvfb-run)");
            return 1;
        }
        IcoSimWithUI.open(settings, LOADER);
        out.println("Opened the Console on " + experiment + " (seed " + settings.seed() + ", " + settings.months()
                + " months); close it to quit.");
        return 0;
    }

    /** What the GUI starts from: the experiment's values and the model file's, to save only what differs. */
    static ExperimentSettings settings(RunSetup setup) {
        Parameters modelValues = RunRecord.toParameters(RunRecord.resolve(setup.model, null, Map.of()));
        Set<String> setByExperiment = new TreeSet<>();
        for (RunRecord.ResolvedParameter entry : setup.resolved) {
            if (entry.from() == RunRecord.From.EXPERIMENT || entry.from() == RunRecord.From.COMMAND_LINE) {
                setByExperiment.add(entry.parameter().name());
            }
        }
        return new ExperimentSettings(setup.experiment.name(), setup.experiment.description(), setup.model, modelValues,
                setup.parameters, setByExperiment, setup.seed, setup.start, setup.months);
    }

    /** Opens experiment files for the GUI's Experiment menu, with the checks of {@code run}. */
    static final ExperimentSettings.Loader LOADER = new ExperimentSettings.Loader() {
        @Override
        public ExperimentSettings load(Path file, Integer runId) throws InputException {
            return settings(RunSetup.load(file, null, null, null, List.of(), runId));
        }

        @Override
        public int runCount(Path file) throws InputException {
            ExperimentFile experiment = ExperimentFile.load(file);
            return experiment.isSweep() ? SweepPlan.of(experiment).runCount() : 1;
        }
    };
}
