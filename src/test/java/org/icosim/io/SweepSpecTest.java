package org.icosim.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sweep keys of an experiment file: read strictly, written back, plain files untouched. */
class SweepSpecTest {

    @TempDir
    Path root;
    private Path file;

    @BeforeEach
    void model() throws Exception {
        Files.writeString(root.resolve("m.json"), "{\"name\": \"m\", \"description\": \"\"}");
        file = root.resolve("e.json");
    }

    private ExperimentFile load(String members) throws Exception {
        Files.writeString(file, "{\n\"name\": \"e\",\n\"description\": \"\",\n\"model\": \"m.json\",\n\"months\": 24" + members + "\n}");
        return ExperimentFile.load(file);
    }

    private InputException fails(String members) throws Exception {
        return assertThrows(InputException.class, () -> load(members));
    }

    @Test
    void readsAGridWithListsAndLevelledRanges() throws Exception {
        ExperimentFile e = load(",\n\"replicates\": 2,\n\"factors\": {\"icoImitation\": [0.3, 0.6], \"yearOfCareTariff\": {\"min\": 500,"
                + " \"max\": 1500, \"levels\": 3}, \"policyPush\": [\"NONE\", \"STRONG\"], \"icoPolicyStart\": [\"2015-05\", \"2017-04\"]},"
                + "\n\"keep\": {\"monthly\": false, \"summaryMonths\": [\"2016-03\", \"2017-03\"]}");
        assertTrue(e.isSweep());
        SweepSpec sweep = e.sweep();
        assertEquals(2, sweep.replicates());
        assertEquals(List.of(500.0, 1000.0, 1500.0), sweep.factors().get(1).gridValues());
        assertEquals(List.of(0.0, 2.0), sweep.factors().get(2).values());
        assertEquals(2 * 3 * 2 * 2 * 2, sweep.runCount());
        assertEquals(new SweepSpec.Keep(false, List.of(YearMonth.of(2016, 3), YearMonth.of(2017, 3))), sweep.keep());
    }

    @Test
    void aSavedSweepReadsBackTheSameAndAPlainFileIsWrittenAsBefore() throws Exception {
        ExperimentFile e = load(",\n\"factors\": {\"incomeWeight\": {\"min\": 1, \"max\": 3}, \"jobInertia\": {\"min\": 2, \"max\": 7}},"
                + "\n\"design\": {\"type\": \"sobol\", \"baseSamples\": 64},\n\"commonRandomNumbers\": false");
        String json = e.toJson();
        assertTrue(json.contains("\"design\": {\n    \"type\": \"sobol\",\n    \"baseSamples\": 64\n  }"), json);
        Path copy = root.resolve("copy.json");
        Files.writeString(copy, json);
        ExperimentFile reread = ExperimentFile.load(copy);
        assertEquals(e.sweep(), reread.sweep());
        assertEquals(json, reread.toJson());
        ExperimentFile plain = load("");
        assertFalse(plain.isSweep());
        assertFalse(plain.toJson().contains("replicates"), plain.toJson());
    }

    @Test
    void badFactorsNameThePlaceTheLineAndWhatWasExpected() throws Exception {
        InputException e = fails(",\n\"factors\": {\"icoImitaton\": [0.3]}");
        assertEquals("factors.icoImitaton", e.place());
        assertEquals(6, e.line());
        assertTrue(e.problem().contains("did you mean icoImitation?"), e.problem());
        assertEquals("got 11, expected a number in [0, 10] (per quarter)", fails(",\n\"factors\": {\"icoImitation\": [0.3, 11]}").problem());
        assertEquals("factors.icoImitation[1]", fails(",\n\"factors\": {\"icoImitation\": [0.3, 11]}").place());
        assertTrue(fails(",\n\"factors\": {\"icoImitation\": 0.3}").problem().contains("a single value is fixed: put it in parameters"));
        assertTrue(fails(",\n\"parameters\": {\"icoImitation\": 0.3},\n\"factors\": {\"icoImitation\": [0.3, 0.5]}").problem()
                .contains("is also fixed in parameters"));
        assertTrue(fails(",\n\"factors\": {\"policyPush\": {\"min\": 0, \"max\": 2}}").problem().contains("expected a list of values [...]"));
        assertEquals("got 0.2, expected more than min (0.5)", fails(",\n\"factors\": {\"icoImitation\": {\"min\": 0.5, \"max\": 0.2, \"levels\": 2}}").problem());
        assertEquals("got 0.3 twice, first at factors.icoImitation[0] (line 6); expected each value once",
                fails(",\n\"factors\": {\"icoImitation\": [0.3, 0.3]}").problem());
        assertTrue(fails(",\n\"factors\": {\"fundYears\": {\"min\": 1, \"max\": 3, \"levels\": 4}}").problem().contains("[2, 3]"));
    }

    @Test
    void aDesignMustFitItsFactors() throws Exception {
        assertTrue(fails(",\n\"factors\": {\"icoImitation\": {\"min\": 0.1, \"max\": 0.9}}").problem().contains("needs \"levels\""));
        InputException list = fails(",\n\"factors\": {\"icoImitation\": [0.1, 0.9]},\n\"design\": {\"type\": \"morris\", \"trajectories\": 4, \"levels\": 4}");
        assertEquals("factors.icoImitation", list.place());
        assertTrue(list.problem().contains("expected a range"), list.problem());
        assertTrue(fails(",\n\"factors\": {\"icoImitation\": {\"min\": 0.1, \"max\": 0.9, \"levels\": 3}},\n\"design\": {\"type\": \"lhs\", \"samples\": 4}")
                .problem().contains("\"levels\" is for a grid"));
        assertEquals("got 3, expected an even whole number in [2, 100] (Morris grid levels p)",
                fails(",\n\"factors\": {\"icoImitation\": {\"min\": 0, \"max\": 1}},\n\"design\": {\"type\": \"morris\", \"trajectories\": 4, \"levels\": 3}").problem());
        assertTrue(fails(",\n\"design\": {\"type\": \"sobol\", \"baseSamples\": 16}").problem().contains("needs factors"));
        assertTrue(fails(",\n\"factors\": {\"icoImitation\": {\"min\": 0, \"max\": 1}},\n\"design\": {\"type\": \"sobel\", \"baseSamples\": 8}")
                .problem().contains("expected \"grid\", \"lhs\", \"morris\" or \"sobol\""));
        assertTrue(fails(",\n\"factors\": {\"icoImitation\": {\"min\": 0, \"max\": 1}},\n\"design\": {\"type\": \"sobol\", \"samples\": 8}")
                .problem().contains("unknown key \"samples\""));
        assertTrue(fails(",\n\"replicates\": 100000,\n\"factors\": {\"icoImitation\": {\"min\": 0, \"max\": 1}},\n\"design\": {\"type\": \"sobol\", \"baseSamples\": 1024}")
                .problem().contains("expected at most 10000000"));
        assertEquals("got 24, expected a power of two, at least 16 (16, 32, 64, ...) (the base samples are eight shifted Sobol nets of N / 8 points)",
                fails(",\n\"factors\": {\"icoImitation\": {\"min\": 0, \"max\": 1}},\n\"design\": {\"type\": \"sobol\", \"baseSamples\": 24}").problem());
        assertEquals("got 0, expected a whole number in [1, 100000] (runs per design point)", fails(",\n\"replicates\": 0").problem());
    }

    @Test
    void summaryMonthsMustBeSimulated() throws Exception {
        InputException e = fails(",\n\"replicates\": 2,\n\"keep\": {\"summaryMonths\": [\"2017-04\"]}");
        assertEquals("keep.summaryMonths[0]", e.place());
        assertEquals("got 2017-04, expected a month \"YYYY-MM\" from 2015-04 to 2017-03 (the months the experiment simulates)", e.problem());
        assertTrue(fails(",\n\"keep\": {\"monthly\": 1}").problem().contains("expected true"));
        InputException twice = fails(",\n\"keep\": {\"summaryMonths\": [\"2016-03\",\n\"2016-04\",\n\"2016-03\"]}");
        assertEquals("keep.summaryMonths[2]", twice.place());
        assertEquals(8, twice.line());
        assertEquals("got 2016-03 twice, first at keep.summaryMonths[0] (line 6); expected each month once", twice.problem());
    }

    @Test
    void duplicateAmongManyValuesNamesBothPlaces() throws Exception {
        // Spelt differently but the same double: 0.5 and 5e-1 are one value.
        StringBuilder values = new StringBuilder();
        for (int i = 0; i < 20_000; i++) values.append(i == 0 ? "" : ",\n").append(i / 30_000.0);
        values.append(",\n5e-1");
        InputException e = fails(",\n\"factors\": {\"switchProbability\": [" + values + "]}");
        assertEquals("factors.switchProbability[20000]", e.place());
        assertEquals(20_006, e.line());
        assertEquals("got 0.5 twice, first at factors.switchProbability[15000] (line 15006); expected each value once", e.problem());
    }

    @Test
    void shortestDecimalsReadBackExactly() {
        assertEquals("0.1", SweepFolder.shortestDecimal(0.1));
        assertEquals("1500", SweepFolder.shortestDecimal(1500));
        assertEquals("0.30000000000000004", SweepFolder.shortestDecimal(0.1 + 0.2));
        assertEquals("0.0001", SweepFolder.shortestDecimal(1e-4));
        assertEquals("0", SweepFolder.shortestDecimal(-0.0));
        double awkward = 0.123456789012345678;
        assertEquals(awkward, Double.parseDouble(SweepFolder.shortestDecimal(awkward)), 0.0);
    }
}
