package org.icosim.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.icosim.io.AtomicFiles;
import org.icosim.io.ExperimentFile;
import org.icosim.io.ModelFile;
import org.icosim.io.RunRecord;
import org.icosim.model.parameters.Parameters;
import org.icosim.model.rules.Rules;

/** Settings saved from the GUI are an experiment file that resolves to exactly the values the GUI ran. */
class ExperimentSettingsTest {

    @TempDir
    Path folder;

    @Test
    void aSavedExperimentResolvesToTheSameValuesSeedStartAndMonths() throws Exception {
        ModelFile model = ModelFile.load(Path.of("models", "tiny.json"));
        Parameters modelValues = RunRecord.toParameters(RunRecord.resolve(model, null, Map.of()));
        ExperimentSettings settings = new ExperimentSettings("ico-push", "a test", model, modelValues, modelValues, java.util.Set.of("hospitalLedOnly"), 7,
                java.time.YearMonth.of(2015, 4), 36);
        settings.set(Parameters.byName("yearOfCareTariff"), 1500);
        settings.set(Parameters.byName("policyPush"), Parameters.byName("policyPush").parse("MANDATED"));
        settings.setMonths(48);

        Path file = folder.resolve("sub").resolve("saved.json");
        Files.createDirectories(file.getParent());
        AtomicFiles.write(file, settings.toExperiment(file, 99).toJson());

        ExperimentFile read = ExperimentFile.load(file);
        assertEquals(99, read.seed());
        assertEquals(48, read.months());
        assertEquals(List.of("policyPush", "hospitalLedOnly", "yearOfCareTariff"), List.copyOf(read.parameters().keySet()),
                "changed values and the ones the experiment set, in catalogue order");
        assertEquals(model.path().toAbsolutePath().normalize(), read.model().toAbsolutePath().normalize(),
                "the model path is written relative to the saved file and read back to the same model");
        Parameters resolved = RunRecord.toParameters(RunRecord.resolve(ModelFile.load(read.model()), read, Map.of()));
        assertEquals(settings.values(), resolved);
    }

    @Test
    void theModelTheGuiRunsHasTheSettingsRulesAndARestoredRunsRulesAreAdopted() throws Exception {
        ModelFile model = ModelFile.load(Path.of("models", "tiny.json"));
        Parameters values = RunRecord.toParameters(RunRecord.resolve(model, null, Map.of()));
        Rules nearest = Rules.defaults().with("referrals", "nearestTrust");
        ExperimentSettings settings = new ExperimentSettings("e", "", model, values, values, java.util.Set.of(), 7,
                java.time.YearMonth.of(2015, 4), 12, nearest);
        IcoSimWithUI gui = new IcoSimWithUI(settings, null);
        assertEquals(nearest, ((org.icosim.model.IcoSim) gui.state).rules());

        ExperimentSettings defaults = new ExperimentSettings("e", "", model, values, values, java.util.Set.of(), 7,
                java.time.YearMonth.of(2015, 4), 12);
        assertEquals(Rules.defaults(), defaults.rules());
        defaults.adopt(values, nearest, java.time.YearMonth.of(2016, 1), 24);
        assertEquals(nearest, defaults.rules(), "a checkpoint's rules, so that saving reproduces the restored run");
        assertEquals(nearest, defaults.toExperiment(folder.resolve("x.json"), 7).rules());
    }
}
