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
import org.icosim.model.parameters.Parameter;
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

    @Test
    void aChangedExperimentIsSavedUnderTheFilesNameSayingWhatChangedAndAnUnchangedOneKeepsItsOwn() throws Exception {
        ModelFile model = ModelFile.load(Path.of("models", "tiny.json"));
        Parameters values = RunRecord.toParameters(RunRecord.resolve(model, null, Map.of()));
        ExperimentSettings settings = new ExperimentSettings("ico-push", "Hospital-led ICOs.", model, values, values,
                java.util.Set.of(), 7, java.time.YearMonth.of(2015, 4), 36);
        Path file = folder.resolve("my-run.json");
        ExperimentFile unchanged = settings.toExperiment(file, 7);
        assertEquals("ico-push", unchanged.name());
        assertEquals("Hospital-led ICOs.", unchanged.description());

        settings.set(Parameters.byName("practices"), 10);
        settings.setMonths(48);
        assertEquals(List.of("months 48 (was 36)", "seed 8 (was 7)", "practices 10 (was 12)"), settings.changesSinceLoaded(8));
        ExperimentFile changed = settings.toExperiment(file, 7);
        assertEquals("my-run", changed.name());
        assertEquals("Saved from the icosim GUI: ico-push with months 48 (was 36), practices 10 (was 12). It was: Hospital-led ICOs.",
                changed.description());
    }

    @Test
    void theRunsOfASweepAreNamedByWhatVariesBetweenThem() throws Exception {
        ModelFile model = ModelFile.load(Path.of("models", "tiny.json"));
        Parameters values = RunRecord.toParameters(RunRecord.resolve(model, null, Map.of()));
        List<ExperimentSettings> runs = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Parameters v = new Parameters(values);
            v.set(Parameters.byName("yearOfCareTariff"), 1000 + 250 * i);
            runs.add(new ExperimentSettings("sweep", "", model, values, v, java.util.Set.of(), 7 + (i == 2 ? 1 : 0),
                    java.time.YearMonth.of(2015, 4), 12));
        }
        Parameter tariff = Parameters.byName("yearOfCareTariff");
        assertEquals(List.of("run 0: yearOfCareTariff " + tariff.format(1000) + ", seed 7",
                "run 1: yearOfCareTariff " + tariff.format(1250) + ", seed 7",
                "run 2: yearOfCareTariff " + tariff.format(1500) + ", seed 8"), SweepRuns.labels(runs));
    }
}
