package org.icosim.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelFileTest {

    @TempDir
    Path folder;

    private Path write(String text) throws Exception {
        Path file = folder.resolve("tiny.json");
        Files.writeString(file, text);
        return file;
    }

    private InputException fails(String text) throws Exception {
        Path file = write(text);
        return assertThrows(InputException.class, () -> ModelFile.load(file));
    }

    @Test
    void loadsNameDescriptionAndParametersInFileOrder() throws Exception {
        String text = "{\n  \"name\": \"tiny\",\n  \"description\": \"one economy\",\n  \"parameters\": {\n"
                + "    \"switchProbability\": 0.1,\n    \"patientScale\": 100,\n    \"mpigWithdrawal\": false\n  }\n}\n";
        Path file = write(text);
        ModelFile model = ModelFile.load(file);
        assertEquals(file, model.path());
        assertEquals("tiny", model.name());
        assertEquals("one economy", model.description());
        assertEquals(List.of("switchProbability", "patientScale", "mpigWithdrawal"), List.copyOf(model.parameters().keySet()));
        assertEquals(0.1, model.parameters().get("switchProbability"));
        assertEquals(100.0, model.parameters().get("patientScale"));
        assertEquals(0.0, model.parameters().get("mpigWithdrawal"));
        assertEquals(StrictJson.sha256(Files.readAllBytes(file)), model.sha256());
        assertThrows(UnsupportedOperationException.class, () -> model.parameters().put("economies", 2.0));
    }

    @Test
    void parametersAreOptional() throws Exception {
        ModelFile model = ModelFile.load(write("{\"name\": \"defaults\", \"description\": \"\"}"));
        assertEquals(Map.of(), model.parameters());
    }

    @Test
    void outOfRangeValueCitesPlaceLineAndExpectedRange() throws Exception {
        InputException e = fails("{\n  \"name\": \"tiny\",\n  \"description\": \"x\",\n  \"parameters\": {\n"
                + "    \"economies\": 1,\n\n    \"patientScale\": 0\n  }\n}");
        String file = folder.resolve("tiny.json").toString();
        assertEquals(file + ": parameters.patientScale (line 7): got 0, expected a whole number in [1, 100000]"
                + " (real patients per patient agent)", e.getMessage());
        assertEquals(7, e.line());
    }

    @Test
    void wholeNumberParameterRejectsFraction() throws Exception {
        InputException e = fails("{\"name\": \"t\", \"description\": \"\", \"parameters\": {\"patientScale\": 1.5}}");
        assertEquals("got 1.5, expected a whole number in [1, 100000]", e.problem());
    }

    @Test
    void unknownParameterSuggestsClosestName() throws Exception {
        InputException e = fails("{\"name\": \"t\", \"description\": \"\",\n \"parameters\": {\"patientScal\": 10}}");
        assertEquals("parameters.patientScal", e.place());
        assertEquals(2, e.line());
        assertEquals("unknown parameter \"patientScal\" (did you mean patientScale?)", e.problem());
    }

    @Test
    void unknownTopLevelKeyListsAllowedKeys() throws Exception {
        InputException e = fails("{\"name\": \"t\", \"description\": \"\", \"paramters\": {}}");
        assertEquals("paramters", e.place());
        assertEquals("unknown key \"paramters\" (did you mean parameters?); expected only name, description, parameters, world",
                e.problem());
        InputException far = fails("{\"name\": \"t\", \"description\": \"\", \"seed\": 3}");
        assertEquals("unknown key \"seed\"; expected only name, description, parameters, world", far.problem());
    }

    @Test
    void wrongJsonTypesSayWhatWasExpected() throws Exception {
        assertEquals("got \"0.1\" (a string), expected a number in [0, 1] (per month)",
                fails("{\"name\": \"t\", \"description\": \"\", \"parameters\": {\"switchProbability\": \"0.1\"}}").problem());
        assertEquals("got 1, expected true or false",
                fails("{\"name\": \"t\", \"description\": \"\", \"parameters\": {\"mpigWithdrawal\": 1}}").problem());
        assertEquals("got null, expected a number in [0, 1] (per month)",
                fails("{\"name\": \"t\", \"description\": \"\", \"parameters\": {\"switchProbability\": null}}").problem());
        assertEquals("got an array, expected an object of parameter names and values",
                fails("{\"name\": \"t\", \"description\": \"\", \"parameters\": [1]}").problem());
        assertEquals("got 5, expected a string (the model's name)",
                fails("{\"name\": 5, \"description\": \"\"}").problem());
        assertEquals("got an array, expected an object with keys name, description, parameters, world",
                fails("[]").problem());
    }

    @Test
    void missingAndBlankNames() throws Exception {
        InputException missing = fails("{\"description\": \"x\"}");
        assertEquals("name", missing.place());
        assertEquals("missing; expected a string (the model's name)", missing.problem());
        assertEquals("got \" \" (a string), expected a non-empty string (the model's name)",
                fails("{\"name\": \" \", \"description\": \"x\"}").problem());
        assertEquals("missing; expected a string (what world the model describes)",
                fails("{\"name\": \"t\"}").problem());
    }

    @Test
    void numberBeyondDoubleRangeIsOutOfRange() throws Exception {
        assertEquals("got 1E+400, expected a number in [0, 1] (per month)",
                fails("{\"name\": \"t\", \"description\": \"\", \"parameters\": {\"switchProbability\": 1e400}}").problem());
    }

    @Test
    void recordBuiltInCodeIsChecked() {
        Path path = Path.of("m.json");
        assertThrows(IllegalArgumentException.class, () -> new ModelFile(path, "m", "", Map.of("nope", 1.0), null));
        assertThrows(IllegalArgumentException.class, () -> new ModelFile(path, "m", "", Map.of("patientScale", 0.0), null));
        assertThrows(IllegalArgumentException.class, () -> new ModelFile(path, " ", "", Map.of(), null));
        ModelFile ok = new ModelFile(path, "m", "", Map.of("patientScale", 10.0), null);
        assertNull(ok.sha256());
    }

    @Test
    void worldDataNamesAFolderOfTheRealEnglandRelativeToTheFile() throws Exception {
        org.icosim.model.england.SmallEngland.write(folder.resolve("data").resolve("small"));
        ModelFile model = ModelFile.load(write("{\"name\": \"small\", \"description\": \"\", \"world\": {\"data\": \"data/small\"}}"));
        assertEquals(folder.resolve("data").resolve("small"), model.worldData());
        assertEquals(org.icosim.model.england.SmallEngland.data(folder.resolve("data").resolve("small").toString()), model.england());
        assertEquals(org.icosim.model.RealEnglandWorld.class, model.worldSource().getClass());
        assertEquals(List.of(folder.resolve("data/small/ccg-2015.csv"), folder.resolve("data/small/practices-2015.csv"),
                folder.resolve("data/small/acute-trusts-2014.csv")), model.worldFiles());
        ModelFile synthetic = ModelFile.load(write("{\"name\": \"t\", \"description\": \"\"}"));
        assertEquals(org.icosim.model.SyntheticWorld.INSTANCE, synthetic.worldSource());
        assertEquals(List.of(), synthetic.worldFiles());
    }

    @Test
    void worldIsCheckedStrictly() throws Exception {
        String file = folder.resolve("tiny.json").toString();
        assertEquals(file + ": world.dat (line 3): unknown key \"dat\" (did you mean data?); expected only data",
                fails("{\"name\": \"t\", \"description\": \"\",\n  \"world\": {\n    \"dat\": \"data\"}}").getMessage());
        assertEquals(file + ": world (line 1): got \"data\" (a string), expected an object {\"data\": FOLDER}, the folder of the real "
                + "England's tables relative to this file's folder",
                fails("{\"name\": \"t\", \"description\": \"\", \"world\": \"data\"}").getMessage());
        assertEquals(file + ": world.data (line 1): got 3, expected a folder path (a non-empty string) relative to this file's folder",
                fails("{\"name\": \"t\", \"description\": \"\", \"world\": {\"data\": 3}}").getMessage());
        Path nowhere = folder.resolve("nowhere");
        assertEquals(file + ": world.data (line 1): got \"nowhere\": " + nowhere + " is not a folder (absolute path "
                + nowhere.toAbsolutePath() + "); expected a folder relative to the model file's folder holding ccg-2015.csv, "
                + "practices-2015.csv, acute-trusts-2014.csv",
                fails("{\"name\": \"t\", \"description\": \"\", \"world\": {\"data\": \"nowhere\"}}").getMessage());
        assertEquals(file + ": world (line 1): has no \"data\"; expected an object {\"data\": FOLDER}, the folder of the real "
                + "England's tables relative to this file's folder",
                fails("{\"name\": \"t\", \"description\": \"\", \"world\": {}}").getMessage());
    }

    @Test
    void theShippedRealEnglandModelLoads() throws Exception {
        ModelFile model = ModelFile.load(Path.of("models", "england-2015.json"));
        assertEquals(Path.of("models", "data", "england-2015"), model.worldData());
        assertEquals(7819, model.england().practices().size());
        assertEquals(20.0, model.parameters().get("patientScale"));
    }
}
