package org.icosim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.icosim.io.OutputLock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code calibrate FILE --shard i/K}, {@code --prepare} and {@code --slurm} on the tiny twin
 * calibration (experiments/calibrate-tiny.json): a calibration run as shards, wave by wave, gives
 * the very bytes of one run on one machine; the locks keep the whole calibration and its shards
 * apart; a journal's design that was changed is refused.
 */
class CalibrationShardsTest {

    @TempDir
    Path dir;

    static final String FILE = HistoryMatchingRunTest.FILE;

    /** Prepare, then every shard, until the report is written; the number of rounds it took. */
    static int byShards(Path out, int shards) {
        for (int round = 1; round <= 10; round++) {
            CliTestSupport.Result prepared = CliTestSupport.run("calibrate", FILE, "--out", out.toString(), "--prepare", "--quiet");
            assertEquals(0, prepared.code(), prepared.err());
            if (Files.exists(out.resolve("report.md"))) return round;
            for (int i = 0; i < shards; i++) {
                CliTestSupport.Result shard = CliTestSupport.run("calibrate", FILE, "--out", out.toString(), "--shard", i + "/" + shards,
                        "--threads", "1", "--quiet");
                assertEquals(0, shard.code(), shard.err());
                assertTrue(shard.out().startsWith("shard " + i + "/" + shards + ": "), shard.out());
            }
        }
        throw new AssertionError("the calibration did not end in 10 rounds of shards");
    }

    @Test
    void shardsWaveByWaveGiveTheBytesOfOneWholeRun() throws IOException {
        Path whole = dir.resolve("whole");
        CliTestSupport.Result r = CliTestSupport.run("calibrate", FILE, "--out", whole.toString(), "--threads", "2", "--quiet");
        assertEquals(0, r.code(), r.err());
        Path sharded = dir.resolve("sharded");
        // Two waves and the plausible set: three rounds of shards, then a prepare that writes the report.
        assertEquals(4, byShards(sharded, 3));
        assertEquals(HistoryMatchingRunTest.files(whole), HistoryMatchingRunTest.files(sharded));
        for (String f : HistoryMatchingRunTest.files(whole)) {
            assertArrayEquals(Files.readAllBytes(whole.resolve(f)), Files.readAllBytes(sharded.resolve(f)), f);
        }
    }

    @Test
    void prepareRecordsTheFirstDesignAndRunsNothingAndAShardRunsOnlyItsRuns() throws IOException {
        Path out = dir.resolve("hm");
        CliTestSupport.Result prepared = CliTestSupport.run("calibrate", FILE, "--out", out.toString(), "--prepare", "--quiet");
        assertEquals(0, prepared.code(), prepared.err());
        assertTrue(prepared.out().startsWith("wave 1: 20 of 20 runs to do ("), prepared.out());
        assertEquals(List.of("wave-1/design.csv"), HistoryMatchingRunTest.files(out.resolve(".runs")));
        assertEquals(10, Files.readAllLines(out.resolve(".runs/wave-1/design.csv")).size());
        assertFalse(Files.exists(out.resolve("wave-1")));

        CliTestSupport.Result shard = CliTestSupport.run("calibrate", FILE, "--out", out.toString(), "--shard", "1/4", "--quiet");
        assertEquals(0, shard.code(), shard.err());
        assertTrue(shard.out().startsWith("shard 1/4: wave 1: ran 5 runs, 15 of its 20 left to other shards ("), shard.out());
        // Runs 1, 5, 9, 13 and 17, and no table: the whole calibration writes those.
        assertEquals(List.of("wave-1/1.csv", "wave-1/13.csv", "wave-1/17.csv", "wave-1/5.csv", "wave-1/9.csv", "wave-1/design.csv"),
                HistoryMatchingRunTest.files(out.resolve(".runs")));
        assertFalse(Files.exists(out.resolve("wave-1")));
        CliTestSupport.Result again = CliTestSupport.run("calibrate", FILE, "--out", out.toString(), "--shard", "1/4", "--quiet");
        assertTrue(again.out().startsWith("shard 1/4: wave 1: ran 0 runs, 15 of its 20 left"), again.out());
    }

    @Test
    void theWholeCalibrationAndItsShardsDoNotRunSideBySide() throws IOException {
        Path out = dir.resolve("hm");
        assertEquals(0, CliTestSupport.run("calibrate", FILE, "--out", out.toString(), "--prepare", "--quiet").code());
        try (OutputLock held = OutputLock.tryAcquire(out.resolve(".lock-shard-2-of-3"), "a test")) {
            CliTestSupport.Result whole = CliTestSupport.run("calibrate", FILE, "--out", out.toString(), "--quiet");
            assertEquals(2, whole.code(), whole.err());
            assertTrue(whole.err().contains("shard-2-of-3 is being run by") && whole.err().contains("no shard running"), whole.err());
            CliTestSupport.Result other = CliTestSupport.run("calibrate", FILE, "--out", out.toString(), "--shard", "0/3", "--quiet");
            assertEquals(0, other.code(), other.err());
        }
        try (OutputLock held = OutputLock.tryAcquire(out.resolve(".lock-all"), "a test")) {
            CliTestSupport.Result shard = CliTestSupport.run("calibrate", FILE, "--out", out.toString(), "--shard", "1/3", "--quiet");
            assertEquals(2, shard.code(), shard.err());
            assertTrue(shard.err().contains("the whole calibration is being run by"), shard.err());
        }
        assertFalse(Files.exists(out.resolve(".runs/wave-1/1.csv")));
    }

    @Test
    void aChangedDesignInTheJournalIsRefused() throws IOException {
        Path out = dir.resolve("hm");
        assertEquals(0, CliTestSupport.run("calibrate", FILE, "--out", out.toString(), "--prepare", "--quiet").code());
        Path design = out.resolve(".runs/wave-1/design.csv");
        List<String> lines = Files.readAllLines(design);
        String[] first = lines.get(0).split(",");
        first[0] = Double.toString(Double.parseDouble(first[0]) + 1e-9);
        lines.set(0, String.join(",", first));
        Files.write(design, lines);
        CliTestSupport.Result r = CliTestSupport.run("calibrate", FILE, "--out", out.toString(), "--quiet");
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains("wave 1: the design recorded in the journal differs"), r.err());
        assertFalse(Files.exists(out.resolve(".runs/wave-1/0.csv")));
    }

    @Test
    void slurmWritesAStepThatPreparesEachWaveAndAnArrayOfShards() throws IOException {
        Path out = dir.resolve("hm");
        CliTestSupport.Result r = CliTestSupport.run("calibrate", FILE, "--out", out.toString(), "--slurm", "--runs-per-task", "6",
                "--heap", "1g", "--time", "1:00:00");
        assertEquals(0, r.code(), r.err());
        // The largest wave has 20 runs: 4 tasks of at most 6.
        assertTrue(r.out().contains("then 4 array tasks (at most 5 runs each, 1 thread per task)"), r.out());
        String shards = Files.readString(out.resolve("slurm/shards.sbatch"));
        assertTrue(shards.contains("#SBATCH --array=0-3\n") && shards.contains("#SBATCH --time=1:00:00\n")
                && shards.contains("#SBATCH --mem=2048\n"), shards);
        assertTrue(shards.contains(" calibrate " + Path.of(FILE).toAbsolutePath().normalize() + " --out " + out.toAbsolutePath().normalize()
                + " --shard \"${SLURM_ARRAY_TASK_ID}/4\""), shards);
        String step = Files.readString(out.resolve("slurm/step.sbatch"));
        assertTrue(step.contains(" --prepare ") && step.contains("--dependency=\"afterany:$array\"") && step.contains("report.md"), step);
        String submit = Files.readString(out.resolve("slurm/submit.sh"));
        assertTrue(submit.contains("sbatch --parsable \"$here/step.sbatch\""), submit);
        assertTrue(Files.isExecutable(out.resolve("slurm/submit.sh")));
        // Scripts only: nothing run, nothing recorded.
        assertFalse(Files.exists(out.resolve(".runs/wave-1")));
    }

    @Test
    void optionsThatDoNotGoTogetherAreOneLineWithExitCode2() {
        String out = dir.resolve("never").toString();
        String[][] bad = {
            {"calibrate", FILE, "--out", out, "--shard", "3/3"},
            {"calibrate", FILE, "--out", out, "--shard", "0/2", "--prepare"},
            {"calibrate", FILE, "--out", out, "--tasks", "4"},
            {"calibrate", FILE, "--out", out, "--slurm", "--tasks", "4", "--runs-per-task", "2"},
            {"calibrate", FILE, "--out", out, "--slurm", "--tasks", "21"},
            {"calibrate", FILE, "--out", out, "--slurm", "--heap", "lots"},
            {"calibrate", "--out", out, "--shard", "0/2"},
            {"calibrate", "--out", out, "--prepare"},
        };
        String[] expected = {"--shard", "--shard", "--tasks", "--tasks", "--tasks", "--heap", "--shard", "--prepare"};
        for (int i = 0; i < bad.length; i++) {
            CliTestSupport.Result r = CliTestSupport.run(bad[i]);
            assertEquals(2, r.code(), String.join(" ", bad[i]) + ": " + r.err());
            assertEquals(1, r.err().strip().lines().count(), r.err());
            assertTrue(r.err().contains(expected[i]), String.join(" ", bad[i]) + ": " + r.err());
        }
        assertFalse(Files.exists(dir.resolve("never")));
    }
}
