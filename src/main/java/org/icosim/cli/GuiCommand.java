package org.icosim.cli;

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
import org.icosim.model.parameters.Parameters;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code gui [EXPERIMENT.json] [--run ID] [--model MODEL.json] [--seed N] [--months N] [-p name=value ...]}:
 * the MASON Console on an experiment, or on one run of a sweep file, resolved exactly as
 * {@code run} resolves it, so what the GUI shows is the run {@code run} would make. Bad input, and a
 * display that cannot be opened, are refused (exit 2) before any window opens.
 */
@Command(name = "gui", mixinStandardHelpOptions = true, sortOptions = false,
        description = "The MASON Console: map, live charts, inspectors, parameters, checkpoints.")
final class GuiCommand extends Options.Base {

    @picocli.CommandLine.Parameters(arity = "0..1", paramLabel = "EXPERIMENT.json", description = "the experiment (default " + Main.DEFAULT_EXPERIMENT + ")")
    Path experiment;

    @Option(names = "--run", paramLabel = "ID", description = "run ID of a sweep file")
    Integer runId;

    @Mixin
    Options.Model model;

    @Mixin
    Options.Seed seed;

    @Mixin
    Options.Months months;

    @Mixin
    Options.Overrides overrides;

    @Override
    public Integer call() throws InputException {
        Path file = experiment == null ? Main.defaultExperiment() : experiment;
        if (runId != null) Options.inRange("--run", runId, 0, Integer.MAX_VALUE);
        ExperimentSettings settings = settings(RunSetup.load(file, model.model, seed.checked(), months.checked(),
                overrides.values, runId));
        String display = displayProblem();
        if (display != null) throw new InputException("environment", "DISPLAY", display);
        IcoSimWithUI.open(settings, LOADER);
        out().println("Opened the Console on " + file + " (seed " + settings.seed() + ", " + settings.months()
                + " months); close it to quit.");
        return 0;
    }

    /** Why no window can be opened here, or null when one can. */
    static String displayProblem() {
        String display = System.getenv("DISPLAY");
        if (java.awt.GraphicsEnvironment.isHeadless()) {
            return "the GUI needs a display and none is available" + (display == null || display.isEmpty() ? " (DISPLAY is not set)" : "")
                    + "; expected DISPLAY set to a running X server, or run under xvfb-run";
        }
        try {
            java.awt.GraphicsEnvironment.getLocalGraphicsEnvironment().getScreenDevices();
            return null;
        } catch (java.awt.AWTError | RuntimeException e) {
            return "cannot open the display " + (display == null ? "" : display) + " (" + e.getMessage()
                    + "); expected DISPLAY set to a running X server, or run under xvfb-run";
        }
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
                setup.parameters, setByExperiment, setup.seed, setup.start, setup.months, setup.rules());
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
