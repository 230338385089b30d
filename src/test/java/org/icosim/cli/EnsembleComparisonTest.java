package org.icosim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.icosim.metrics.Metric;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code compare --ensemble}: each run is the run {@code run} makes with the point's values and
 * the seed; the statistics are those of the runs; bad input is refused before any run.
 */
class EnsembleComparisonTest {

    @TempDir
    Path dir;

    private Path experiment(String name, String parameters) throws IOException {
        Path model = Path.of("models/tiny.json").toAbsolutePath();
        Path file = dir.resolve(name + ".json");
        Files.writeString(file, "{\n  \"name\": \"" + name + "\",\n  \"description\": \"a test\",\n  \"model\": \""
                + model.toString().replace("\\", "\\\\") + "\",\n  \"months\": 12,\n  \"parameters\": {" + parameters + "}\n}\n");
        return file;
    }

    private Path points() throws IOException {
        Path file = dir.resolve("points.csv");
        Files.writeString(file, "point,jobInertia,exitHazardScale\nlow,3,0.6\nhigh,6,1.0\n");
        return file;
    }

    private CliTestSupport.Result compare(Path out, String... more) throws IOException {
        List<String> args = new ArrayList<>(List.of("compare", experiment("status-quo", "").toString(),
                experiment("mandated", CompareCommandTest.MANDATED).toString(), "--ensemble", points().toString(),
                "--seeds", "2", "--at", "6,12", "--out", out.toString(), "--quiet"));
        args.addAll(List.of(more));
        return CliTestSupport.run(args.toArray(String[]::new));
    }

    private static String[] find(List<String> lines, String prefix) {
        return lines.stream().filter(l -> l.startsWith(prefix)).findFirst().orElseThrow(() -> new AssertionError(prefix)).split(",", -1);
    }

    @Test
    void everyRunIsTheRunOfItsPointAndSeedAndTheTablesAreItsStatistics() throws IOException {
        Path out = dir.resolve("out");
        CliTestSupport.Result r = compare(out, "--threads", "2");
        assertEquals(0, r.code(), r.err());
        for (String file : List.of("ensemble-summary.csv", "ensemble-differences.csv", "ensemble-runs.csv", "comparison.md",
                "partner-share.png", "access.png")) {
            assertTrue(Files.size(out.resolve(file)) > 0, file);
        }
        List<String> runs = Files.readAllLines(out.resolve("ensemble-runs.csv"));
        assertTrue(runs.get(0).startsWith("scenario,point,replicate,seed,month,date,"), runs.get(0));
        assertEquals(1 + 2 * 2 * 2 * 2, runs.size(), "scenarios x points x seeds x --at months");

        // The high point's second seed is exactly `run` with those values and seed 2.
        Path single = dir.resolve("single");
        CliTestSupport.Result one = CliTestSupport.run("run", experiment("status-quo", "").toString(), "--seed", "2",
                "-p", "jobInertia=6", "-p", "exitHazardScale=1.0", "--out", single.toString(), "--quiet");
        assertEquals(0, one.code(), one.err());
        List<String> metrics = Files.readAllLines(single.resolve("metrics.csv"));
        String month11 = metrics.stream().filter(l -> l.startsWith("11,")).findFirst().orElseThrow();
        assertEquals("status-quo,high,1,2," + month11, runs.stream().filter(l -> l.startsWith("status-quo,high,1,2,11,"))
                .findFirst().orElseThrow());

        // The summary's mean is the mean of the four runs (two points of two seeds, no gaps).
        int column = List.of(runs.get(0).split(",")).indexOf(Metric.partnerFte.name());
        double[] values = runs.stream().filter(l -> l.startsWith("mandated,") && l.split(",")[4].equals("11"))
                .mapToDouble(l -> Double.parseDouble(l.split(",")[column])).toArray();
        assertEquals(4, values.length);
        List<String> summary = Files.readAllLines(out.resolve("ensemble-summary.csv"));
        assertEquals("scenario,month,date,metric,mean,low,high,sd,sdParameters,sdSeeds,points,runs", summary.get(0));
        assertEquals(1 + 2 * 12 * (Metric.values().length - 2), summary.size());
        String[] row = find(summary, "mandated,11,2016-03,partnerFte,");
        assertEquals((values[0] + values[1] + values[2] + values[3]) / 4, Double.parseDouble(row[4]), 1e-6);
        assertEquals("2", row[10]);
        assertEquals("4", row[11]);

        // Differences are paired run by run: their mean is the difference of the means.
        double[] base = runs.stream().filter(l -> l.startsWith("status-quo,") && l.split(",")[4].equals("11"))
                .mapToDouble(l -> Double.parseDouble(l.split(",")[column])).toArray();
        List<String> differences = Files.readAllLines(out.resolve("ensemble-differences.csv"));
        String[] d = find(differences, "mandated,status-quo,11,2016-03,partnerFte,");
        double expected = 0;
        for (int k = 0; k < 4; k++) expected += (values[k] - base[k]) / 4;
        assertEquals(expected, Double.parseDouble(d[5]), 1e-6);
        assertFalse(differences.stream().anyMatch(l -> l.startsWith("status-quo,")), "no difference of the baseline from itself");

        String report = Files.readString(out.resolve("comparison.md"));
        assertTrue(report.contains("over an ensemble of 2 parameter points"), report);
        assertTrue(report.contains("`jobInertia` 3 to 6"), report);
        assertTrue(report.contains("## 2016-03 (after 12 months)"), report);

        // Threads change nothing.
        Path again = dir.resolve("again");
        assertEquals(0, compare(again, "--threads", "1").code());
        for (String file : List.of("ensemble-summary.csv", "ensemble-differences.csv", "ensemble-runs.csv", "comparison.md")) {
            assertArrayEquals(Files.readAllBytes(out.resolve(file)), Files.readAllBytes(again.resolve(file)), file);
        }
    }

    @Test
    void aScenarioThatSetsAnEnsembleValueOrABadEnsembleIsRefusedBeforeAnyRun() throws IOException {
        Path out = dir.resolve("out");
        Path sets = experiment("sets", "\"jobInertia\": 4");
        CliTestSupport.Result r = CliTestSupport.run("compare", experiment("status-quo", "").toString(), sets.toString(),
                "--ensemble", points().toString(), "--out", out.toString(), "--quiet");
        assertEquals(2, r.code());
        assertTrue(r.err().contains(sets + ": parameters.jobInertia: is one of the values"), r.err());
        assertFalse(Files.exists(out), "nothing written");

        CliTestSupport.Result p = compare(out, "-p", "exitHazardScale=0.9");
        assertEquals(2, p.code());
        assertTrue(p.err().contains("-p exitHazardScale: is one of the values"), p.err());
        assertFalse(Files.exists(out), "nothing written");

        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "point,jobInertia\na,-40\n");
        CliTestSupport.Result b = CliTestSupport.run("compare", experiment("status-quo", "").toString(), "--ensemble", bad.toString(),
                "--out", out.toString(), "--quiet");
        assertEquals(2, b.code());
        assertTrue(b.err().contains(bad + ": row 1, jobInertia"), b.err());
        assertEquals(1, b.err().strip().lines().count(), "one line: " + b.err());
        assertFalse(Files.exists(out), "nothing written");
    }
}
