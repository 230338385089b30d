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
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code calibrate FILE} end to end on the tiny model (experiments/calibrate-tiny.json: two
 * parameters, three synthetic targets, two waves of 10 points times 2 replicates, 18 months a run;
 * CI runs it), its resume from a journal, its byte-identical outputs, and its refusals.
 */
class HistoryMatchingRunTest {

    @TempDir
    Path dir;

    static final String FILE = "experiments/calibrate-tiny.json";

    static List<String> files(Path root) throws IOException {
        List<String> names = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                String name = root.relativize(p).toString();
                if (!name.startsWith(".lock")) names.add(name);
            }
        }
        return names;
    }

    @Test
    void theTinyCalibrationRunsTwoWavesWritesEveryOutputAndResumesToTheSameBytes() throws IOException {
        Path out = dir.resolve("hm");
        CliTestSupport.Result r = CliTestSupport.run("calibrate", FILE, "--out", out.toString(), "--threads", "2");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("2 waves"), r.out());
        assertTrue(r.err().contains("wave 1: 20 runs, 20 to do") && r.err().contains("left"), r.err());
        for (String f : List.of("report.md", "waves.csv", "ensemble.csv", "ensemble-runs.csv", "ranges.csv", "plausible-sample.csv",
                "region.png", "manifest.json", "calibration.json", "wave-1/design.csv", "wave-1/runs.csv", "wave-1/emulators.csv",
                "wave-1/loo.csv", "wave-1/region.png", "wave-1/region-sample.csv", "wave-2/runs.csv",
                "wave-2/loo/gpLeaversCum-2016-09.png", "wave-2/loo/meanPartnerProfit-2016-09.png")) {
            assertTrue(Files.size(out.resolve(f)) > 0, f);
        }
        List<String> waves = Files.readAllLines(out.resolve("waves.csv"));
        assertEquals(3, waves.size(), waves.toString());
        double share1 = Double.parseDouble(waves.get(1).split(",")[4]);
        double share2 = Double.parseDouble(waves.get(2).split(",")[4]);
        assertTrue(share2 <= share1 && share1 <= 1, waves.toString());
        // 20 runs a wave and 6 x 2 for the plausible set, each a journal file, and each wave's design recorded once.
        assertEquals(52 + 3, files(out.resolve(".runs")).size());
        assertEquals(10, Files.readAllLines(out.resolve(".runs/wave-2/design.csv")).size());
        List<String> ranges = Files.readAllLines(out.resolve("ranges.csv"));
        assertEquals("parameter,unit,priorMin,priorMax,plausibleMin,plausibleMax,plausible2.5,plausible97.5,widthRatio,verdict", ranges.get(0));
        assertTrue(ranges.get(1).startsWith("exitHazardScale,multiplier,0.2,2.5,"), ranges.get(1));
        String report = Files.readString(out.resolve("report.md"));
        assertTrue(report.contains("## Prior against plausible ranges") && report.contains("of the runs fit every target"), report);
        List<String> ensemble = Files.readAllLines(out.resolve("ensemble.csv"));
        assertEquals(7, ensemble.size());
        assertTrue(ensemble.get(0).startsWith("point,exitHazardScale,partnerExitCost,implausibility,runsFitting,replicates,mean_gpLeaversCum@2016-09"));

        // A killed calibration: half of wave 2's runs and the plausible set lost, every output after wave 1 gone.
        Path copy = dir.resolve("resumed");
        copyTree(out, copy);
        for (int run = 10; run < 20; run++) Files.delete(copy.resolve(".runs/wave-2/" + run + ".csv"));
        deleteTree(copy.resolve(".runs/wave-1000"));
        deleteTree(copy.resolve("wave-2"));
        for (String f : List.of("report.md", "ensemble.csv", "ranges.csv", "region.png")) Files.delete(copy.resolve(f));
        // What a kill -9 during an atomic write leaves: a temporary file beside its target.
        Files.writeString(copy.resolve("wave-1/.runs.csv.12345.tmp"), "half");
        CliTestSupport.Result again = CliTestSupport.run("calibrate", FILE, "--out", copy.toString(), "--threads", "1", "--quiet");
        assertEquals(0, again.code(), again.err());
        assertEquals("", again.err());
        assertEquals(files(out), files(copy));
        for (String f : files(out)) assertArrayEquals(Files.readAllBytes(out.resolve(f)), Files.readAllBytes(copy.resolve(f)), f);

        // Run again on the finished folder: nothing to run, the same bytes.
        CliTestSupport.Result third = CliTestSupport.run("calibrate", FILE, "--out", out.toString());
        assertEquals(0, third.code(), third.err());
        assertTrue(third.err().contains("wave 1: 20 runs, 0 to do (20 done before)"), third.err());
    }

    @Test
    void aFolderOfAnotherCalibrationIsRefusedAndTheTableOptionsDoNotMix() throws IOException {
        Path out = dir.resolve("other");
        Files.createDirectories(out);
        Files.writeString(out.resolve("notes.txt"), "mine");
        CliTestSupport.Result r = CliTestSupport.run("calibrate", FILE, "--out", out.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("holds files icosim did not write"), r.err());
        assertEquals(List.of("notes.txt"), files(out));

        for (String[] args : List.of(new String[] {"--seeds", "3"}, new String[] {"--check", "0.05"}, new String[] {"-p", "jobInertia=2"},
                new String[] {"--overwrite"})) {
            List<String> all = new ArrayList<>(List.of("calibrate", FILE, "--out", dir.resolve("x").toString()));
            all.addAll(List.of(args));
            CliTestSupport.Result bad = CliTestSupport.run(all.toArray(String[]::new));
            assertEquals(2, bad.code(), bad.err());
            assertTrue(bad.err().contains(args[0]) && bad.err().contains("with a calibration FILE"), bad.err());
        }
        assertFalse(Files.exists(dir.resolve("x")));
        CliTestSupport.Result quiet = CliTestSupport.run("calibrate", "--quiet", "--out", "-");
        assertEquals(2, quiet.code());
        assertTrue(quiet.err().contains("--quiet"), quiet.err());
    }

    @Test
    void aFileWithAnotherDigestIsNotResumedInTheSameFolder() throws IOException {
        Path out = dir.resolve("hm");
        Path file = dir.resolve("calibrate.json");
        String text = Files.readString(Path.of(FILE)).replace("\"status-quo.json\"", "\"" + abs("experiments/status-quo.json") + "\"")
                .replace("\"../models/tiny.json\"", "\"" + abs("models/tiny.json") + "\"")
                .replace("\"../models/tiny-targets.csv\"", "\"" + abs("models/tiny-targets.csv") + "\"")
                .replace("\"max\": 2, \"firstSize\": 10", "\"max\": 2, \"firstSize\": 6")
                .replace("\"size\": 10", "\"size\": 6").replace("\"ensembleSize\": 6", "\"ensembleSize\": 0");
        Files.writeString(file, text);
        CliTestSupport.Result r = CliTestSupport.run("calibrate", file.toString(), "--out", out.toString(), "--quiet");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("no plausible set"), r.out());
        assertFalse(Files.exists(out.resolve("ensemble.csv")));
        Files.writeString(file, text.replace("\"seed\": 1", "\"seed\": 2"));
        CliTestSupport.Result other = CliTestSupport.run("calibrate", file.toString(), "--out", out.toString(), "--quiet");
        assertEquals(2, other.code());
        assertTrue(other.err().contains("calibrationSha256") && other.err().contains("another calibration file"), other.err());
    }

    @Test
    void aBadFileIsOneLineWithExitCode2AndNothingWritten() throws IOException {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, Files.readString(Path.of(FILE)).replace("\"status-quo.json\"", "\"" + abs("experiments/status-quo.json") + "\"")
                .replace("\"../models/tiny.json\"", "\"" + abs("models/tiny.json") + "\"")
                .replace("\"../models/tiny-targets.csv\"", "\"" + abs("models/tiny-targets.csv") + "\"")
                .replace("\"max\": 2.5", "\"max\": 25"));
        Path out = dir.resolve("never");
        CliTestSupport.Result r = CliTestSupport.run("calibrate", file.toString(), "--out", out.toString());
        assertEquals(2, r.code(), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().startsWith("icosim: ") && r.err().contains("bad.json") && r.err().contains("parameters.exitHazardScale.max")
                && r.err().contains("[0, 10]"), r.err());
        assertFalse(Files.exists(out));
    }

    static String abs(String path) {
        return Path.of(path).toAbsolutePath().toString().replace("\\", "\\\\");
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.sorted().toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else if (!p.getFileName().toString().startsWith(".lock")) Files.copy(p, target);
            }
        }
    }

    static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
