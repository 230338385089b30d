package org.icosim.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

import org.icosim.metrics.Metric;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** History-matching calibration files and their targets, read as strictly as every input. */
class CalibrationFileTest {

    @TempDir
    Path dir;

    Path experiment;
    Path targets;

    static final String TARGETS_HEADER = String.join(",", TargetsFile.HEADER);

    @BeforeEach
    void files() throws IOException {
        experiment = dir.resolve("experiment.json");
        Files.writeString(experiment, "{\"name\": \"e\", \"description\": \"\", \"model\": \""
                + Path.of("models/tiny.json").toAbsolutePath().toString().replace("\\", "\\\\") + "\", \"seed\": 5, \"months\": 24}\n");
        targets = dir.resolve("targets.csv");
        Files.writeString(targets, TARGETS_HEADER + "\n2016-03,gpFte,40,FTE,synthetic,S,2,1\n2016-03,partnerFte,30,FTE,synthetic,S,1.5,0\n");
    }

    Path calibration(String members) throws IOException {
        Path f = dir.resolve("calibrate.json");
        Files.writeString(f, "{\n  \"name\": \"c\",\n  \"description\": \"\",\n  \"experiment\": \"experiment.json\",\n"
                + "  \"targets\": \"targets.csv\",\n" + members + "\n}\n");
        return f;
    }

    static final String PARAMETERS = "  \"parameters\": {\"exitHazardScale\": {\"min\": 0.4, \"max\": 1.6}, \"jobOffersSeen\": {\"min\": 1, \"max\": 8}}";

    InputException refused(String members) throws IOException {
        Path f = calibration(members);
        return assertThrows(InputException.class, () -> CalibrationFile.load(f));
    }

    static void mentions(InputException e, String... words) {
        for (String w : words) assertTrue(e.getMessage().contains(w), "mentions " + w + ": " + e.getMessage());
    }

    @Test
    void aMinimalFileTakesItsDefaults() throws Exception {
        CalibrationFile c = CalibrationFile.load(calibration(PARAMETERS));
        assertEquals(5, c.seed(), "the experiment's seed");
        assertEquals(12, c.months(), "from April 2015 to the last target, March 2016");
        assertEquals(Path.of("models/tiny.json").toAbsolutePath().normalize(), c.model().toAbsolutePath().normalize());
        assertEquals(2, c.parameters().size());
        assertEquals(3.0, c.parameters().get(1).runValue(2.6), "a whole-number parameter is rounded");
        assertEquals(new CalibrationFile.Waves(1, 3, 20, 20, 3, 3.0, "second", 2000, 10_000, 0.05, 50), c.waves());
        assertEquals(new CalibrationFile.Emulator("squaredExponential", "linear", 3), c.emulator());
        assertEquals(new TargetsFile.Target(YearMonth.of(2016, 3), Metric.gpFte, 40, "FTE", "synthetic", "S", 2, 1, 2), c.targets().get(0));
        assertEquals("gpFte@2016-03", c.targets().get(0).name());
    }

    @Test
    void theShippedCalibrationsLoad() throws Exception {
        CalibrationFile tiny = CalibrationFile.load(Path.of("experiments/calibrate-tiny.json"));
        assertEquals(18, tiny.months());
        assertEquals(2, tiny.waves().min());
        CalibrationFile england = CalibrationFile.load(Path.of("experiments/calibrate-status-quo.json"));
        assertEquals(57, england.months(), "April 2015 to December 2019");
        assertEquals(35, england.targets().size(), "the 31 figures of calibration-targets.csv and the 4 of partner-income-targets.csv");
        assertEquals(17, england.parameters().size());
        for (CalibrationFile.Prior p : england.parameters()) {
            double d = p.parameter().defaultValue();
            assertTrue(p.min() < d && d < p.max(), p.parameter().name() + ": the hand-tuned value " + d + " inside the prior");
        }
        for (TargetsFile.Target t : england.targets()) assertTrue(!t.date().isAfter(YearMonth.of(2019, 12)), t.toString());
        CalibrationFile providers = CalibrationFile.load(Path.of("experiments/calibrate-providers.json"));
        assertEquals(36, providers.months(), "April 2015 to March 2018, the last target");
        assertEquals(2, providers.targets().size());
        assertEquals(2, providers.parameters().size());
        for (CalibrationFile.Prior p : providers.parameters()) {
            double d = p.parameter().defaultValue();
            assertTrue(p.min() < d && d < p.max(), p.parameter().name() + ": the hand-set value " + d + " inside the prior");
        }
        CalibrationFile real = CalibrationFile.load(Path.of("experiments/calibrate-england-2015.json"));
        assertEquals(57, real.months(), "April 2015 to December 2019");
        assertEquals(43, real.targets().size(), "the 35 national figures and 8 size-band counts");
        assertEquals(7, real.parameters().size());
        // The values england-2015.json re-fits (handBackMonths, autonomyWeight) and the catalogue's others lie inside.
        java.util.Map<String, Double> shipped = ModelFile.load(Path.of("models/england-2015.json")).parameters();
        assertTrue(shipped.containsKey("handBackMonths") && shipped.containsKey("autonomyWeight"));
        for (CalibrationFile.Prior p : real.parameters()) {
            double d = shipped.getOrDefault(p.parameter().name(), p.parameter().defaultValue());
            assertTrue(p.min() < d && d < p.max(), p.parameter().name() + ": the shipped value " + d + " inside the prior");
        }
        for (TargetsFile.Target t : real.targets()) assertTrue(!t.date().isAfter(YearMonth.of(2019, 12)), t.toString());
    }

    @Test
    void theRealEnglandsTargetsAreTheNationalOnesAndTheCensusSizeBands() throws Exception {
        List<TargetsFile.Target> all = TargetsFile.read(Path.of("models/england-2015-targets.csv"));
        List<TargetsFile.Target> national = TargetsFile.read(Path.of("models/history-matching-targets.csv"));
        assertEquals(national, all.subList(0, national.size()), "the national figures first, as they are");
        List<TargetsFile.Target> bands = all.subList(national.size(), all.size());
        assertEquals(8, bands.size());
        // September 2016-2019, from the census lists of models/data/england-2015 (RE1).
        int[] small = {2455, 2198, 1923, 1731};
        int[] large = {121, 155, 197, 238};
        for (int i = 0; i < 4; i++) {
            assertEquals(org.icosim.metrics.Metric.practicesUnder5000, bands.get(i).metric());
            assertEquals(YearMonth.of(2016 + i, 9), bands.get(i).date());
            assertEquals(small[i], bands.get(i).value());
            assertEquals(org.icosim.metrics.Metric.practicesOver20000, bands.get(4 + i).metric());
            assertEquals(large[i], bands.get(4 + i).value());
            assertEquals("RE1", bands.get(i).source());
        }
    }

    @Test
    void theHistoryMatchingTargetsAreTheSharedFiguresWithTheirUncertainty() throws Exception {
        List<TargetsFile.Target> hm = TargetsFile.read(Path.of("models/history-matching-targets.csv"));
        List<String> shared = new java.util.ArrayList<>(Files.readAllLines(Path.of("models/calibration-targets.csv")));
        List<String> income = Files.readAllLines(Path.of("models/partner-income-targets.csv"));
        shared.addAll(income.subList(1, income.size()));
        assertEquals(shared.size() - 1, hm.size());
        for (int i = 0; i < hm.size(); i++) {
            String[] cells = shared.get(i + 1).split(",");
            TargetsFile.Target t = hm.get(i);
            assertEquals(cells[0] + "," + cells[1] + "," + cells[3] + "," + cells[4] + "," + cells[5],
                    t.date() + "," + t.metric() + "," + t.unit() + "," + t.source() + "," + t.confidence());
            assertEquals(Double.parseDouble(cells[2]), t.value());
            // Every observation sd is between 0.5% and 3% of the figure, every discrepancy between 1% and 4%.
            double obs = t.observationSd() / t.value();
            double disc = t.discrepancySd() / t.value();
            assertTrue(obs >= 0.0045 && obs <= 0.031 && disc >= 0.0095 && disc <= 0.041, t.toString());
        }
    }

    @Test
    void badKeysValuesAndRangesAreNamedWithTheirPlace() throws Exception {
        mentions(refused(PARAMETERS + ",\n  \"wave\": {}"), "calibrate.json", "line 7", "unknown key \"wave\"", "did you mean waves?");
        mentions(refused("  \"parameters\": {\"exitHazardScale\": {\"min\": 0.4, \"max\": 11}}"), "parameters.exitHazardScale.max",
                "line 6", "[0, 10]");
        mentions(refused("  \"parameters\": {\"exitHazardScale\": {\"min\": 1.4, \"max\": 0.6}}"), "parameters.exitHazardScale.max",
                "expected a value above min 1.4");
        mentions(refused("  \"parameters\": {\"exitHazardScal\": {\"min\": 0.4, \"max\": 1}}"), "unknown parameter", "exitHazardScale");
        mentions(refused("  \"parameters\": {\"exitHazardScale\": [0.4, 1]}"), "expected a prior range");
        mentions(refused("  \"parameters\": {\"exitHazardScale\": {\"min\": 0.4, \"max\": 1, \"step\": 1}}"), "unknown key \"step\"");
        mentions(refused("  \"parameters\": {}"), "parameters", "expected an object of parameter names and prior ranges");
        mentions(refused("  \"seed\": 1"), "parameters", "missing");
        mentions(refused(PARAMETERS + ",\n  \"waves\": {\"combination\": \"fourth\"}"), "waves.combination", "\"max\", \"second\", \"third\"");
        mentions(refused(PARAMETERS + ",\n  \"waves\": {\"cutoff\": 0.1}"), "waves.cutoff", "[0.5, 10]");
        mentions(refused(PARAMETERS + ",\n  \"waves\": {\"replicates\": 1}"), "waves.replicates", "[2, 1000]");
        mentions(refused(PARAMETERS + ",\n  \"waves\": {\"firstSize\": 4}"), "waves.firstSize", "at least 5 design points");
        mentions(refused(PARAMETERS + ",\n  \"waves\": {\"min\": 3, \"max\": 2}"), "waves.max", "at least min 3");
        mentions(refused(PARAMETERS + ",\n  \"waves\": {\"combination\": \"third\"}"), "waves.combination", "at least 3 targets");
        mentions(refused(PARAMETERS + ",\n  \"emulator\": {\"kernel\": \"gaussian\"}"), "emulator.kernel", "matern52");
        mentions(refused(PARAMETERS + ",\n  \"emulator\": {\"starts\": 0}"), "emulator.starts", "[1, 100]");
    }

    @Test
    void missingFilesSweepsAndParametersAnEmulatorCannotTakeAreRefused() throws Exception {
        Path f = calibration(PARAMETERS);
        Files.writeString(f, Files.readString(f).replace("targets.csv", "none.csv"));
        mentions(assertThrows(InputException.class, () -> CalibrationFile.load(f)), "calibrate.json", "targets", "file not found", "none.csv");
        mentions(refused("  \"parameters\": {\"policyPush\": {\"min\": 0, \"max\": 1}}"), "parameters.policyPush", "real or whole-number");
        Files.writeString(experiment, Files.readString(experiment).replace("\"months\": 24", "\"months\": 24, \"replicates\": 3"));
        mentions(refused(PARAMETERS), "experiment", "is a sweep", "expected a plain experiment");
    }

    @Test
    void targetsAfter2019OrBeforeTheStartOrMalformedAreRefusedWithTheirLine() throws Exception {
        Files.writeString(targets, TARGETS_HEADER + "\n2016-03,gpFte,40,FTE,s,S,2,1\n2020-03,gpFte,40,FTE,s,S,2,1\n");
        mentions(refused(PARAMETERS), "targets.csv", "line 3", "up to 2019-12", "held out");
        Files.writeString(targets, TARGETS_HEADER + "\n2016-03,gpFte,40,FTE,s,S,0,1\n");
        mentions(refused(PARAMETERS), "line 2", "observationSd", "positive standard deviation");
        Files.writeString(targets, TARGETS_HEADER + "\n2016-03,gpFte,40,FTE,s,S,2,-1\n");
        mentions(refused(PARAMETERS), "discrepancySd", "at least 0");
        Files.writeString(targets, TARGETS_HEADER + "\n2016-03,gpFtee,40,FTE,s,S,2,1\n");
        mentions(refused(PARAMETERS), "gpFtee", "metric name");
        Files.writeString(targets, TARGETS_HEADER + "\n2016-03,gpFte,40,FTE,s,S,2,1\n2016-03,gpFte,41,FTE,s,S,2,1\n");
        mentions(refused(PARAMETERS), "line 3", "a second target for gpFte at 2016-03");
        Files.writeString(targets, TARGETS_HEADER + "\n2014-03,gpFte,40,FTE,s,S,2,1\n");
        mentions(refused(PARAMETERS), "targets.csv", "line 2", "from the experiment's start 2015-04");
        Files.writeString(targets, "date,metric,value,unit,source,confidence\n2016-03,gpFte,40,FTE,s,S\n");
        mentions(refused(PARAMETERS), "targets.csv", "observationSd");
        Files.writeString(targets, TARGETS_HEADER + "\n");
        mentions(refused(PARAMETERS), "no targets");
    }
}
