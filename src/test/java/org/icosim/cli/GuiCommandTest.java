package org.icosim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.icosim.gui.ExperimentSettings;
import org.icosim.model.parameters.Parameters;

/** The {@code gui} command checks its input as {@code run} does, before any window opens. */
class GuiCommandTest {

    @TempDir
    Path dir;

    @Test
    void badInputIsRefusedWithTheFileThePlaceAndTheExpectedValue() throws Exception {
        Path experiment = CliTestSupport.tinyExperiment(dir, 12, "\"highRiskShare\": 1.5");
        CliTestSupport.Result result = CliTestSupport.run("gui", experiment.toString());
        assertEquals(2, result.code());
        assertTrue(result.err().contains("parameters.highRiskShare") && result.err().contains("expected a number in [0, 0.5]"),
                result.err());
        assertEquals(2, CliTestSupport.run("gui", "no-such-experiment.json").code());
        assertEquals(2, CliTestSupport.run("gui", experiment.toString(), "--months", "0").code());
    }

    @Test
    void withoutADisplayItSaysSoBeforeAnyWindowAndExitsTwo() throws Exception {
        // A real launch in a separate JVM with no X display, as on a cluster's login node.
        Path experiment = CliTestSupport.tinyExperiment(dir, 12, "");
        ProcessBuilder launch = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "gui", experiment.toString());
        launch.environment().remove("DISPLAY");
        launch.environment().remove("WAYLAND_DISPLAY");
        launch.redirectErrorStream(true);
        Process process = launch.start();
        String said = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(2, process.waitFor(), said);
        assertTrue(said.contains("the GUI needs a display"), said);
    }

    @Test
    void aDisplayThatCannotBeOpenedIsNamedInOneLineAndExitsTwo() throws Exception {
        Path experiment = CliTestSupport.tinyExperiment(dir, 12, "");
        ProcessBuilder launch = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "gui", experiment.toString());
        launch.environment().put("DISPLAY", ":999");
        launch.redirectErrorStream(true);
        Process process = launch.start();
        String said = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(2, process.waitFor(), said);
        assertTrue(said.contains("cannot open the display :999"), said);
        assertEquals(1, said.strip().lines().count(), said);
    }

    @Test
    void theGuiStartsFromTheValuesRunWouldUseAndRemembersWhatTheExperimentSet() throws Exception {
        Path experiment = CliTestSupport.tinyExperiment(dir, 12, "\"switchProbability\": 0.2");
        RunSetup setup = RunSetup.load(experiment, null, 31L, null, List.of("burnoutGain=0.1"));
        ExperimentSettings settings = GuiCommand.settings(setup);
        assertEquals(setup.parameters, settings.values());
        assertEquals(31, settings.seed());
        assertEquals(12, settings.months());
        assertEquals(List.of("burnoutGain", "switchProbability").stream().sorted().toList(),
                settings.experimentValues().keySet().stream().sorted().toList());
        assertEquals(0.2, settings.value(Parameters.SWITCH_PROBABILITY), 0.0);
    }

    @Test
    void oneRunPickedOutOfASweepOpensWithItsFactorValuesAndSeedAndSavesAsAFileThatReplaysIt() throws Exception {
        Path sweep = dir.resolve("sweep.json");
        java.nio.file.Files.writeString(sweep, "{\"name\": \"gui-sweep\", \"description\": \"a test\", \"model\": \""
                + Path.of("models/tiny.json").toAbsolutePath().toString().replace("\\", "\\\\")
                + "\", \"seed\": 4, \"months\": 6, \"replicates\": 2,"
                + " \"factors\": {\"switchProbability\": [0.05, 0.2], \"burnoutGain\": [0.02, 0.1]}}");
        org.icosim.experiment.SweepPlan plan = org.icosim.experiment.SweepPlan.of(org.icosim.io.ExperimentFile.load(sweep));
        assertEquals(8, GuiCommand.LOADER.runCount(sweep));
        assertEquals(1, GuiCommand.LOADER.runCount(CliTestSupport.tinyExperiment(dir, 6, "")));

        int run = 5;
        ExperimentSettings settings = GuiCommand.LOADER.load(sweep, run);
        assertEquals(plan.seed(run), settings.seed());
        for (java.util.Map.Entry<String, Double> factor : plan.factorValues(run).entrySet()) {
            assertEquals(factor.getValue(), settings.value(Parameters.byName(factor.getKey())), 0.0, factor.getKey());
        }

        // The GUI's saved settings and the sweep's run give the same months, byte for byte.
        Path saved = dir.resolve("run5.json");
        org.icosim.io.AtomicFiles.write(saved, settings.toExperiment(saved, settings.seed()).toJson());
        assertEquals(0, CliTestSupport.run("run", saved.toString(), "--out", dir.resolve("a").toString(), "--quiet").code());
        assertEquals(0, CliTestSupport.run("run", sweep.toString(), "--run", String.valueOf(run), "--out",
                dir.resolve("b").toString(), "--quiet").code());
        assertEquals(java.nio.file.Files.readString(dir.resolve("b").resolve("metrics.csv")),
                java.nio.file.Files.readString(dir.resolve("a").resolve("metrics.csv")));

        assertEquals(2, CliTestSupport.run("gui", sweep.toString()).code(), "a sweep needs --run");
        assertEquals(2, CliTestSupport.run("gui", sweep.toString(), "--run", "8").code(), "runs are 0 to 7");
    }

    @Test
    void theGuiRunsAndSavesTheRulesTheExperimentNamesAlsoForOneRunOfASweep() throws Exception {
        Path sweep = dir.resolve("sweep.json");
        java.nio.file.Files.writeString(sweep, "{\"name\": \"gui-sweep\", \"description\": \"a test\", \"model\": \""
                + Path.of("models/tiny.json").toAbsolutePath().toString().replace("\\", "\\\\")
                + "\", \"months\": 6, \"replicates\": 2, \"rules\": {\"referrals\": \"nearestTrust\"}}");
        org.icosim.model.rules.Rules nearest = org.icosim.model.rules.Rules.defaults().with("referrals", "nearestTrust");
        assertEquals(nearest, RunSetup.load(sweep, null, null, null, List.of(), 1).newModel().rules(), "run and sweep use them");
        ExperimentSettings settings = GuiCommand.LOADER.load(sweep, 1);
        assertEquals(nearest, settings.rules());
        Path saved = dir.resolve("run1.json");
        org.icosim.io.AtomicFiles.write(saved, settings.toExperiment(saved, settings.seed()).toJson());
        assertEquals(nearest, org.icosim.io.ExperimentFile.load(saved).rules(), "the saved file names them");

        ExperimentSettings plain = GuiCommand.settings(RunSetup.load(CliTestSupport.tinyExperiment(dir, 6, ""), null, null, null, List.of()));
        assertEquals(org.icosim.model.rules.Rules.defaults(), plain.rules());
        assertFalse(plain.toExperiment(saved, 1).toJson().contains("\"rules\""), "default rules are not written");
    }
}
