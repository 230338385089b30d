package org.icosim.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonObject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.icosim.model.parameters.Parameter;
import org.icosim.model.parameters.Parameters;
import org.icosim.model.rules.Rules;

class RunRecordTest {

    @TempDir
    Path folder;

    private final ModelFile model = new ModelFile(Path.of("models/tiny.json"), "tiny", "",
            Map.of("patientScale", 100.0, "economies", 2.0), "aa11");
    private final ExperimentFile experiment = new ExperimentFile(Path.of("experiments/e.json"), "e", "",
            Path.of("models/tiny.json"), 7, 24, YearMonth.of(2015, 4), Map.of("patientScale", 50.0), "bb22");

    @Test
    void eachLayerOverridesTheOnesBefore() {
        List<RunRecord.ResolvedParameter> resolved = RunRecord.resolve(model, experiment, Map.of("switchProbability", 0.2));
        assertEquals(Parameters.all().size(), resolved.size());
        Map<String, RunRecord.ResolvedParameter> byName = new java.util.HashMap<>();
        for (RunRecord.ResolvedParameter entry : resolved) byName.put(entry.parameter().name(), entry);
        assertEquals(RunRecord.From.EXPERIMENT, byName.get("patientScale").from());
        assertEquals(50.0, byName.get("patientScale").value());
        assertEquals(RunRecord.From.MODEL, byName.get("economies").from());
        assertEquals(RunRecord.From.COMMAND_LINE, byName.get("switchProbability").from());
        assertEquals(0.2, byName.get("switchProbability").value());
        assertEquals(RunRecord.From.DEFAULT, byName.get("practices").from());
        assertEquals(Parameters.PRACTICES.defaultValue(), byName.get("practices").value());
        assertEquals(50, RunRecord.toParameters(resolved).getInt(Parameters.PATIENT_SCALE));
        assertThrows(IllegalArgumentException.class, () -> RunRecord.resolve(null, null, Map.of("nope", 1.0)));
    }

    private RunRecord record() {
        return new RunRecord(Instant.parse("2025-01-02T03:04:05.678Z"), 12.3456, 7, 24, YearMonth.of(2015, 4), 1234,
                RunRecord.FileRef.of(model), null, RunRecord.ToolVersions.current(), Rules.defaults().with("referrals", "nearestTrust"),
                RunRecord.resolve(model, experiment, Map.of()), List.of("metrics.csv", "run.json"));
    }

    @Test
    void writesFieldsInFixedOrder() throws Exception {
        Path file = folder.resolve(RunRecord.FILE_NAME);
        record().write(file);
        String text = Files.readString(file);
        JsonObject json = StrictJson.parse("run.json", text).root().getAsJsonObject();
        assertEquals(List.of("startTime", "wallTimeSeconds", "seed", "months", "start", "patientAgents", "modelFile",
                "experimentFile", "tools", "outputFiles", "rules", "parameters"), new ArrayList<>(json.keySet()));
        assertEquals("2025-01-02T03:04:05Z", json.get("startTime").getAsString());
        assertTrue(text.contains("\"wallTimeSeconds\": 12.346,\n"), text);
        assertTrue(text.contains("\"experimentFile\": null,\n"), text);
        assertTrue(text.contains("  \"modelFile\": {\n    \"path\": \"" + Path.of("models/tiny.json")
                + "\",\n    \"sha256\": \"aa11\"\n  },\n"), text);
        assertEquals(List.of("icosim", "java", "javaVendor", "os", "mason", "jgrapht", "gson", "jfreechart"),
                new ArrayList<>(json.getAsJsonObject("tools").keySet()));
        assertEquals("1.5.2", json.getAsJsonObject("tools").get("jgrapht").getAsString());
        // Every kind is named, in the catalogue's order, the defaults too.
        assertTrue(text.contains("  \"rules\": {\n"
                + "    \"jobChoice\": \"randomUtility\",\n"
                + "    \"practiceMoves\": \"valueBased\",\n"
                + "    \"referrals\": \"nearestTrust\",\n"
                + "    \"icoFormation\": \"diffusion\"\n"
                + "  },\n"), text);
        assertEquals(System.getProperty("java.version"), json.getAsJsonObject("tools").get("java").getAsString());
        List<String> names = new ArrayList<>();
        for (Parameter p : Parameters.all()) names.add(p.name());
        assertEquals(names, new ArrayList<>(json.getAsJsonObject("parameters").keySet()));
        assertTrue(text.contains("    \"patientScale\": {\n"
                + "      \"value\": 50,\n"
                + "      \"unit\": \"real patients per patient agent\",\n"
                + "      \"source\": \"MODEL.md s2\",\n"
                + "      \"from\": \"experiment\"\n"
                + "    },\n"), text);
        assertTrue(text.contains("      \"value\": true,\n"), "booleans are JSON booleans");
        assertTrue(text.endsWith("}\n"));
    }

    @Test
    void sameRecordSameText() {
        assertEquals(record().toJson(), record().toJson());
    }

    @Test
    void rejectsImpossibleValues() {
        Instant now = Instant.parse("2025-01-01T00:00:00Z");
        RunRecord.ToolVersions tools = RunRecord.ToolVersions.current();
        assertThrows(IllegalArgumentException.class, () -> new RunRecord(now, -1, 1, 12, YearMonth.of(2015, 4), 0,
                null, null, tools, Rules.defaults(), List.of(), List.of()));
        assertThrows(IllegalArgumentException.class, () -> new RunRecord(now, 1, 1, 0, YearMonth.of(2015, 4), 0,
                null, null, tools, Rules.defaults(), List.of(), List.of()));
        assertThrows(NullPointerException.class, () -> new RunRecord(now, 1, 1, 12, YearMonth.of(2015, 4), 0,
                null, null, tools, null, List.of(), List.of()));
        assertThrows(IllegalArgumentException.class,
                () -> new RunRecord.ResolvedParameter(Parameters.PATIENT_SCALE, 0, RunRecord.From.DEFAULT));
    }

    /** The version in the jar's file name (artifact-VERSION.jar in the Maven repository), read independently of pom.properties. */
    private static String jarVersion(Class<?> type, String artifact) throws Exception {
        String jar = java.nio.file.Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).getFileName().toString();
        assertTrue(jar.startsWith(artifact + "-") && jar.endsWith(".jar"), jar);
        return jar.substring(artifact.length() + 1, jar.length() - 4);
    }

    @Test
    void libraryVersionsAreThoseOfTheJarsThatRan() throws Exception {
        RunRecord.ToolVersions tools = RunRecord.ToolVersions.current();
        assertEquals(jarVersion(sim.engine.SimState.class, "mason"), tools.mason());
        assertEquals(jarVersion(org.jgrapht.Graph.class, "jgrapht-core"), tools.jgrapht());
        assertEquals(jarVersion(com.google.gson.Gson.class, "gson"), tools.gson());
        assertEquals(jarVersion(org.jfree.chart.JFreeChart.class, "jfreechart"), tools.jfreechart());
        assertEquals("unknown", RunRecord.ToolVersions.library("org.example", "not-on-the-class-path"));
    }
}
