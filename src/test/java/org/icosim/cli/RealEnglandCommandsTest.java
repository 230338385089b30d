package org.icosim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.icosim.io.StrictJson;
import org.icosim.model.england.SmallEngland;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** A model file naming a real world: {@code run} and {@code compare} build it, record it, and refuse bad tables first. */
class RealEnglandCommandsTest {

    @TempDir
    Path dir;

    /** The small England of {@link SmallEngland} in {@code dir/data/small}, its model file, and an experiment on it. */
    private Path experiment(int months) throws IOException {
        SmallEngland.write(dir.resolve("data").resolve("small"));
        Files.writeString(dir.resolve("small.json"), "{\"name\": \"small\", \"description\": \"four practices\",\n"
                + "  \"world\": {\"data\": \"data/small\"},\n  \"parameters\": {\"patientScale\": 10}}\n");
        Path file = dir.resolve("small-experiment.json");
        Files.writeString(file, "{\"name\": \"small-run\", \"description\": \"\", \"model\": \"small.json\", \"seed\": 5, \"months\": "
                + months + "}\n");
        return file;
    }

    @Test
    void runBuildsTheRealWorldAndRecordsItsTables() throws IOException {
        Path experiment = experiment(6);
        CliTestSupport.Result r = CliTestSupport.run("run", experiment.toString(), "--out", dir.resolve("out").toString(), "--quiet");
        assertEquals(0, r.code(), r.err());
        List<String> metrics = Files.readAllLines(dir.resolve("out").resolve("metrics.csv"));
        assertEquals(7, metrics.size());
        assertTrue(metrics.get(1).startsWith("0,2015-04,4,"), "the four practices: " + metrics.get(1));
        JsonObject json = JsonParser.parseString(Files.readString(dir.resolve("out").resolve("run.json"))).getAsJsonObject();
        JsonArray tables = json.getAsJsonArray("worldFiles");
        assertEquals(3, tables.size());
        Path ccgs = dir.resolve("data").resolve("small").resolve("ccg-2015.csv");
        assertEquals(ccgs.toString(), tables.get(0).getAsJsonObject().get("path").getAsString());
        assertEquals(StrictJson.sha256(Files.readAllBytes(ccgs)), tables.get(0).getAsJsonObject().get("sha256").getAsString());

        // The same run again gives the same metrics, byte for byte.
        CliTestSupport.Result again = CliTestSupport.run("run", experiment.toString(), "--out", dir.resolve("again").toString(), "--quiet");
        assertEquals(0, again.code(), again.err());
        assertEquals(Files.readString(dir.resolve("out").resolve("metrics.csv")), Files.readString(dir.resolve("again").resolve("metrics.csv")));
    }

    @Test
    void aBadTableStopsTheRunBeforeAnythingIsWritten() throws IOException {
        Path experiment = experiment(3);
        Path practices = dir.resolve("data").resolve("small").resolve("practices-2015.csv");
        Files.writeString(practices, SmallEngland.PRACTICES.replace(",12000,", ",twelve thousand,"));
        CliTestSupport.Result r = CliTestSupport.run("run", experiment.toString(), "--out", dir.resolve("out").toString(), "--quiet");
        assertEquals(2, r.code());
        assertEquals("icosim: " + practices + ": row 1, patients_2015 (line 2): got \"twelve thousand\", expected a whole number of "
                + "registered patients, at least 1\n", r.err());
        assertFalse(Files.exists(dir.resolve("out")));
    }

    @Test
    void noOutputMayReplaceTheWorldsTables() throws IOException {
        Path experiment = experiment(3);
        CliTestSupport.Result r = CliTestSupport.run("run", experiment.toString(), "--out", dir.resolve("data").resolve("small").toString(),
                "--overwrite", "--quiet");
        assertEquals(2, r.code(), r.err());
        assertEquals(SmallEngland.PRACTICES, Files.readString(dir.resolve("data").resolve("small").resolve("practices-2015.csv")));
    }

    @Test
    void compareRunsEveryScenarioOnTheRealWorld() throws IOException {
        Path experiment = experiment(4);
        CliTestSupport.Result r = CliTestSupport.run("compare", experiment.toString(), "--seeds", "2", "--out", dir.resolve("cmp").toString(),
                "--quiet");
        assertEquals(0, r.code(), r.err());
        List<String> economies = Files.readAllLines(dir.resolve("cmp").resolve("economies.csv"));
        assertEquals(1 + 2 * 2, economies.size(), "two economies (the STPs) of two seeds at the end: " + economies);
    }
}
