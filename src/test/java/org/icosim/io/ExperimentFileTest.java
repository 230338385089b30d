package org.icosim.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.icosim.model.rules.Rules;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExperimentFileTest {

    @TempDir
    Path root;
    private Path experiments;
    private Path model;

    @BeforeEach
    void models() throws Exception {
        Files.createDirectories(root.resolve("models"));
        experiments = Files.createDirectories(root.resolve("experiments"));
        model = root.resolve("models").resolve("tiny.json");
        Files.writeString(model, "{\"name\": \"tiny\", \"description\": \"\"}");
    }

    private Path write(String text) throws Exception {
        Path file = experiments.resolve("e.json");
        Files.writeString(file, text);
        return file;
    }

    private InputException fails(String members) throws Exception {
        Path file = write("{\"name\": \"e\", \"description\": \"\", \"model\": \"../models/tiny.json\"" + members + "}");
        return assertThrows(InputException.class, () -> ExperimentFile.load(file));
    }

    @Test
    void defaultsAndModelResolvedAgainstExperimentFolder() throws Exception {
        Path file = write("{\"name\": \"e\", \"description\": \"d\", \"model\": \"../models/tiny.json\"}");
        ExperimentFile experiment = ExperimentFile.load(file);
        assertEquals(model.normalize(), experiment.model());
        assertEquals(1, experiment.seed());
        assertEquals(120, experiment.months());
        assertEquals(YearMonth.of(2015, 4), experiment.start());
        assertEquals(Map.of(), experiment.parameters());
        assertEquals(StrictJson.sha256(Files.readAllBytes(file)), experiment.sha256());
    }

    @Test
    void readsEveryField() throws Exception {
        Path file = write("{\"name\": \"e\", \"description\": \"d\", \"model\": \"" + model.toAbsolutePath().toString().replace("\\", "\\\\")
                + "\", \"seed\": 9007199254740993, \"months\": 1200, \"start\": \"2100-12\","
                + " \"parameters\": {\"patientScale\": 50, \"mpigWithdrawal\": true}}");
        ExperimentFile experiment = ExperimentFile.load(file);
        assertEquals(model.toAbsolutePath(), experiment.model());
        // Above 2^53: kept exact because numbers are read as decimals, not doubles.
        assertEquals(9007199254740993L, experiment.seed());
        assertEquals(1200, experiment.months());
        assertEquals(YearMonth.of(2100, 12), experiment.start());
        assertEquals(List.of("patientScale", "mpigWithdrawal"), List.copyOf(experiment.parameters().keySet()));
        assertEquals(1.0, experiment.parameters().get("mpigWithdrawal"));
    }

    @Test
    void rejectsBadSeedMonthsAndStart() throws Exception {
        assertEquals("got -1, expected a whole number in [0, 9223372036854775807] (random seed)",
                fails(", \"seed\": -1").problem());
        assertEquals("got 1.5, expected a whole number in [0, 9223372036854775807] (random seed)",
                fails(", \"seed\": 1.5").problem());
        assertEquals("got 99999999999999999999, expected a whole number in [0, 9223372036854775807] (random seed)",
                fails(", \"seed\": 99999999999999999999").problem());
        assertEquals("got \"7\" (a string), expected a whole number in [0, 9223372036854775807] (random seed)",
                fails(", \"seed\": \"7\"").problem());
        assertEquals("got 0, expected a whole number in [1, 1200] (months to simulate)", fails(", \"months\": 0").problem());
        assertEquals("got 1201, expected a whole number in [1, 1200] (months to simulate)", fails(", \"months\": 1201").problem());
        String start = "expected a month \"YYYY-MM\" with year in [1990, 2100] and month 01 to 12";
        assertEquals("got \"2015-13\" (a string), " + start, fails(", \"start\": \"2015-13\"").problem());
        assertEquals("got \"1989-12\" (a string), " + start, fails(", \"start\": \"1989-12\"").problem());
        assertEquals("got \"2015-4\" (a string), " + start, fails(", \"start\": \"2015-4\"").problem());
        assertEquals("got 201504, " + start, fails(", \"start\": 201504").problem());
    }

    @Test
    void leverStartMonthsAndChoicesAreReadAsWrittenAndRejectedWithTheExpectedForm() throws Exception {
        Path file = write("{\"name\": \"e\", \"description\": \"\", \"model\": \"../models/tiny.json\", \"parameters\":"
                + " {\"icoPolicyStart\": \"2016-01\", \"policyPush\": \"STRONG\"}}");
        ExperimentFile experiment = ExperimentFile.load(file);
        assertEquals(2016 * 12 + 0, experiment.parameters().get("icoPolicyStart"));
        assertEquals(2.0, experiment.parameters().get("policyPush"));
        assertTrue(experiment.toJson().contains("\"icoPolicyStart\": \"2016-01\""), experiment.toJson());
        assertTrue(experiment.toJson().contains("\"policyPush\": \"STRONG\""), experiment.toJson());

        String month = "expected a month \"YYYY-MM\" in [1990-01, 2100-12]";
        assertEquals("got 201601, " + month, fails(", \"parameters\": {\"icoPolicyStart\": 201601}").problem());
        assertEquals("got \"2016-13\" (a string), " + month, fails(", \"parameters\": {\"icoPolicyStart\": \"2016-13\"}").problem());
        assertEquals("got \"2016-1\" (a string), " + month, fails(", \"parameters\": {\"icoPolicyStart\": \"2016-1\"}").problem());
        assertEquals("got 2101-01, " + month, fails(", \"parameters\": {\"icoPolicyStart\": \"2101-01\"}").problem());
        assertEquals("got \"HARD\" (a string), expected one of NONE, VOLUNTARY, STRONG, MANDATED",
                fails(", \"parameters\": {\"policyPush\": \"HARD\"}").problem());
    }

    @Test
    void seedWrittenAsExponentIsStillWhole() throws Exception {
        Path file = write("{\"name\": \"e\", \"description\": \"\", \"model\": \"../models/tiny.json\", \"seed\": 1e3}");
        assertEquals(1000, ExperimentFile.load(file).seed());
    }

    @Test
    void errorsCiteTheLine() throws Exception {
        Path file = write("{\n\"name\": \"e\",\n\"description\": \"\",\n\"model\": \"../models/tiny.json\",\n\"months\": 0\n}");
        InputException e = assertThrows(InputException.class, () -> ExperimentFile.load(file));
        assertEquals(file + ": months (line 5): got 0, expected a whole number in [1, 1200] (months to simulate)",
                e.getMessage());
    }

    @Test
    void unknownKeysAndParameters() throws Exception {
        assertEquals("unknown key \"sede\" (did you mean seed?); expected only name, description, model, seed, months,"
                + " start, parameters, rules, replicates, commonRandomNumbers, factors, design, keep", fails(", \"sede\": 3").problem());
        assertEquals("unknown parameter \"switchProbabilty\" (did you mean switchProbability?)",
                fails(", \"parameters\": {\"switchProbabilty\": 0.2}").problem());
    }

    @Test
    void missingModelFileIsReportedWhereItIsNamed() throws Exception {
        Path file = write("{\"name\": \"e\", \"description\": \"\",\n \"model\": \"tiny.json\"}");
        InputException e = assertThrows(InputException.class, () -> ExperimentFile.load(file));
        assertEquals("model", e.place());
        assertEquals(2, e.line());
        Path expected = experiments.resolve("tiny.json");
        assertTrue(e.problem().startsWith("model file not found: " + expected + " (absolute path "), e.problem());
        InputException missingKey = assertThrows(InputException.class,
                () -> ExperimentFile.load(write("{\"name\": \"e\", \"description\": \"\"}")));
        assertEquals("missing; expected a string (path of the model file, relative to this file's folder)",
                missingKey.problem());
    }

    @Test
    void modelPathThatIsNotAFileSaysWhatItIs() throws Exception {
        Path file = write("{\"name\": \"e\", \"description\": \"\",\n \"model\": \"../models\"}");
        InputException folder = assertThrows(InputException.class, () -> ExperimentFile.load(file));
        assertEquals("model", folder.place());
        assertEquals(2, folder.line());
        assertEquals("model file " + root.resolve("models") + ": is a folder; expected a JSON file", folder.problem());
        Path loop = root.resolve("models").resolve("loop.json");
        Files.createSymbolicLink(loop, loop.getFileName());
        InputException looped = assertThrows(InputException.class,
                () -> ExperimentFile.load(write("{\"name\": \"e\", \"description\": \"\", \"model\": \"../models/loop.json\"}")));
        assertEquals("model file " + loop + ": is a symbolic link loop; expected a JSON file", looped.problem());
    }

    @Test
    void toJsonWritesModelRelativeAndValuesByKind() throws Exception {
        Map<String, Double> parameters = new LinkedHashMap<>();
        parameters.put("patientScale", 100.0);
        parameters.put("switchProbability", 0.05);
        parameters.put("mpigWithdrawal", 0.0);
        parameters.put("appointmentsPerFteYear", 1e4);
        ExperimentFile experiment = new ExperimentFile(experiments.resolve("saved.json"), "saved", "a \"quoted\" test",
                model, 42, 24, YearMonth.of(2016, 1), parameters, null);
        String expected = "{\n"
                + "  \"name\": \"saved\",\n"
                + "  \"description\": \"a \\\"quoted\\\" test\",\n"
                + "  \"model\": \"../models/tiny.json\",\n"
                + "  \"seed\": 42,\n"
                + "  \"months\": 24,\n"
                + "  \"start\": \"2016-01\",\n"
                + "  \"parameters\": {\n"
                + "    \"patientScale\": 100,\n"
                + "    \"switchProbability\": 0.05,\n"
                + "    \"mpigWithdrawal\": false,\n"
                + "    \"appointmentsPerFteYear\": 10000\n"
                + "  }\n"
                + "}\n";
        assertEquals(expected, experiment.toJson());
    }

    @Test
    void savedExperimentReadsBackTheSame() throws Exception {
        ExperimentFile original = ExperimentFile.load(write("{\"name\": \"e\", \"description\": \"d\","
                + " \"model\": \"../models/tiny.json\", \"seed\": 5, \"parameters\": {\"switchProbability\": 0.123456789}}"));
        Path copy = root.resolve("elsewhere").resolve("copy.json");
        ExperimentFile moved = original.withPath(copy);
        assertNull(moved.sha256());
        AtomicFiles.write(copy, moved.toJson());
        ExperimentFile reread = ExperimentFile.load(copy);
        assertEquals(original.model().toAbsolutePath().normalize(), reread.model().toAbsolutePath().normalize());
        assertEquals(original.parameters(), reread.parameters());
        assertEquals(original.seed(), reread.seed());
        assertEquals(original.months(), reread.months());
        assertEquals(original.start(), reread.start());
        assertEquals(moved.toJson(), reread.toJson());
    }

    @Test
    void recordBuiltInCodeIsChecked() {
        YearMonth start = YearMonth.of(2015, 4);
        assertThrows(IllegalArgumentException.class, () -> new ExperimentFile(null, "e", "", model, -1, 12, start, Map.of(), null));
        assertThrows(IllegalArgumentException.class, () -> new ExperimentFile(null, "e", "", model, 1, 0, start, Map.of(), null));
        assertThrows(IllegalArgumentException.class,
                () -> new ExperimentFile(null, "e", "", model, 1, 12, YearMonth.of(2101, 1), Map.of(), null));
        assertThrows(IllegalArgumentException.class,
                () -> new ExperimentFile(null, "e", "", model, 1, 12, start, Map.of("switchProbability", 2.0), null));
        assertThrows(NullPointerException.class, () -> new ExperimentFile(null, "e", "", null, 1, 12, start, Map.of(), null));
    }

    /** Numbers written into experiment files (extract, the GUI's save) read the same on every JDK, as runs.csv writes them. */
    @Test
    void writtenNumbersAreShortestPlainDecimalsThatReadBackExactly() throws Exception {
        org.icosim.model.parameters.Parameter p = org.icosim.model.parameters.Parameters.byName("switchProbability");
        for (double value : new double[] {1e-7, 0.1 + 0.2, 1.0 / 3, 0.5}) {
            Path file = experiments.resolve("written.json");
            ExperimentFile written = new ExperimentFile(file, "w", "", model, 3, 12, java.time.YearMonth.of(2015, 4),
                    java.util.Map.of(p.name(), value), "", SweepSpec.NONE);
            String json = written.toJson();
            String text = SweepFolder.factorCell(p, value);
            assertTrue(json.contains("\"switchProbability\": " + text + "\n") || json.contains("\"switchProbability\": " + text + ","),
                    json);
            assertFalse(text.contains("E") || text.contains("e"), "plain decimal: " + text);
            Files.writeString(file, json);
            assertEquals(value, ExperimentFile.load(file).parameters().get(p.name()));
        }
        assertEquals("0.0000001", SweepFolder.factorCell(p, 1e-7));
    }

    // ---------------------------------------------------------------- rules

    @Test
    void rulesAreReadByKindAndTheKindsNotNamedKeepTheirDefault() throws Exception {
        Path file = write("{\"name\": \"e\", \"description\": \"\", \"model\": \"../models/tiny.json\","
                + " \"rules\": {\"referrals\": \"nearestTrust\"}}");
        Rules rules = ExperimentFile.load(file).rules();
        assertEquals(Map.of("jobChoice", "randomUtility", "practiceMoves", "valueBased", "referrals", "nearestTrust",
                "icoFormation", "diffusion"), rules.names());
        assertEquals(Rules.defaults().with("referrals", "nearestTrust"), rules);

        Path none = write("{\"name\": \"e\", \"description\": \"\", \"model\": \"../models/tiny.json\"}");
        assertEquals(Rules.defaults(), ExperimentFile.load(none).rules());
        Path empty = write("{\"name\": \"e\", \"description\": \"\", \"model\": \"../models/tiny.json\", \"rules\": {}}");
        assertEquals(Rules.defaults(), ExperimentFile.load(empty).rules());
        // Naming every kind, each by its default, is the same as naming none.
        Path all = write("{\"name\": \"e\", \"description\": \"\", \"model\": \"../models/tiny.json\", \"rules\":"
                + " {\"icoFormation\": \"diffusion\", \"jobChoice\": \"randomUtility\", \"referrals\": \"distanceAndWait\","
                + " \"practiceMoves\": \"valueBased\"}}");
        assertEquals(Rules.defaults(), ExperimentFile.load(all).rules());
    }

    @Test
    void anUnknownRuleKindIsRefusedWithTheLineAndTheKinds() throws Exception {
        Path file = write("{\n\"name\": \"e\",\n\"description\": \"\",\n\"model\": \"../models/tiny.json\",\n"
                + "\"rules\": {\n  \"referral\": \"nearestTrust\"\n}\n}");
        InputException e = assertThrows(InputException.class, () -> ExperimentFile.load(file));
        assertEquals(file + ": rules.referral (line 6): unknown rule kind \"referral\" (did you mean referrals?),"
                + " expected one of jobChoice, practiceMoves, referrals, icoFormation", e.getMessage());
        assertEquals("unknown rule kind \"payment\", expected one of jobChoice, practiceMoves, referrals, icoFormation",
                fails(", \"rules\": {\"payment\": \"x\"}").problem());
    }

    @Test
    void anUnknownRuleNameIsRefusedWithTheNamesOfItsKind() throws Exception {
        InputException e = fails(", \"rules\": {\"referrals\": \"nearest\"}");
        assertEquals("rules.referrals", e.place());
        assertEquals("got \"nearest\", expected one of distanceAndWait, nearestTrust", e.problem());
        // The name is the catalogue's, case and all.
        assertEquals("got \"Diffusion\", expected one of diffusion", fails(", \"rules\": {\"icoFormation\": \"Diffusion\"}").problem());
    }

    @Test
    void rulesThatAreNotAnObjectOrANameThatIsNotAStringAreRefused() throws Exception {
        InputException notObject = fails(", \"rules\": \"nearestTrust\"");
        assertEquals("rules", notObject.place());
        assertEquals("got \"nearestTrust\" (a string), expected an object of rule kinds and names, e.g."
                + " {\"referrals\": \"nearestTrust\"} (kinds: jobChoice, practiceMoves, referrals, icoFormation)",
                notObject.problem());
        assertEquals("got an array, expected an object of rule kinds and names, e.g. {\"referrals\": \"nearestTrust\"}"
                + " (kinds: jobChoice, practiceMoves, referrals, icoFormation)", fails(", \"rules\": [\"nearestTrust\"]").problem());
        InputException notString = fails(", \"rules\": {\"referrals\": 2}");
        assertEquals("rules.referrals", notString.place());
        assertEquals("got 2, expected the name of a referrals rule, one of distanceAndWait, nearestTrust", notString.problem());
        assertEquals("got an object, expected the name of a jobChoice rule, one of randomUtility",
                fails(", \"rules\": {\"jobChoice\": {\"name\": \"randomUtility\"}}").problem());
        assertEquals("got null, expected the name of a referrals rule, one of distanceAndWait, nearestTrust",
                fails(", \"rules\": {\"referrals\": null}").problem());
    }

    @Test
    void rulesAreWrittenOnlyWhenOneIsNotTheDefaultAndThenEveryKind() throws Exception {
        ExperimentFile plain = new ExperimentFile(experiments.resolve("saved.json"), "saved", "", model, 1, 12,
                YearMonth.of(2015, 4), Map.of(), null);
        assertFalse(plain.toJson().contains("rules"), plain.toJson());
        ExperimentFile chosen = plain.withRules(Rules.defaults().with("referrals", "nearestTrust"));
        assertTrue(chosen.toJson().endsWith("  \"parameters\": {},\n"
                + "  \"rules\": {\n"
                + "    \"jobChoice\": \"randomUtility\",\n"
                + "    \"practiceMoves\": \"valueBased\",\n"
                + "    \"referrals\": \"nearestTrust\",\n"
                + "    \"icoFormation\": \"diffusion\"\n"
                + "  }\n"
                + "}\n"), chosen.toJson());
        AtomicFiles.write(chosen.path(), chosen.toJson());
        ExperimentFile reread = ExperimentFile.load(chosen.path());
        assertEquals(chosen.rules(), reread.rules());
        assertEquals(chosen.toJson(), reread.toJson());
        assertEquals(chosen.rules(), reread.withPath(root.resolve("copy.json")).rules(), "a copy keeps the rules");
        assertThrows(NullPointerException.class, () -> plain.withRules(null));
    }
}
