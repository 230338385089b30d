package org.icosim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.icosim.io.OutputFolder;
import org.icosim.io.OutputPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every command that writes follows one output policy: nothing a user owns is destroyed, nothing partial is left. */
class OutputSafetyTest {

    @TempDir
    Path dir;

    private static void assertRefused(CliTestSupport.Result r, String... mustMention) {
        assertEquals(2, r.code(), r.err());
        assertEquals(1, r.err().strip().lines().count(), "one line: " + r.err());
        for (String word : mustMention) assertTrue(r.err().contains(word), "mentions " + word + ": " + r.err());
    }

    private Path sweepFile() throws IOException {
        Path file = dir.resolve("sweep.json");
        Files.writeString(file, "{\"name\": \"s\", \"description\": \"d\", \"model\": \""
                + Path.of("models/tiny.json").toAbsolutePath() + "\", \"seed\": 5, \"months\": 2, \"replicates\": 2}\n");
        return file;
    }

    @Test
    void runNeverReplacesAFolderItDidNotWrite() throws IOException {
        Path experiment = CliTestSupport.tinyExperiment(dir, 2, "");
        Path thesis = Files.createDirectories(dir.resolve("thesis"));
        Files.writeString(thesis.resolve("thesis.txt"), "chapter 1");
        assertRefused(CliTestSupport.run("run", experiment.toString(), "--out", thesis.toString(), "--overwrite"),
                "--out", "holds files icosim did not write (thesis.txt)");
        assertEquals("chapter 1", Files.readString(thesis.resolve("thesis.txt")));
    }

    @Test
    void runReplacesItsOwnEarlierRunOnlyWithOverwrite() throws IOException {
        Path experiment = CliTestSupport.tinyExperiment(dir, 2, "");
        Path out = dir.resolve("run");
        assertEquals(0, CliTestSupport.run("run", experiment.toString(), "--out", out.toString(), "--quiet").code());
        byte[] metrics = Files.readAllBytes(out.resolve("metrics.csv"));
        assertRefused(CliTestSupport.run("run", experiment.toString(), "--out", out.toString(), "--seed", "7"),
                "already holds an icosim run", "--overwrite");
        assertEquals(0, CliTestSupport.run("run", experiment.toString(), "--out", out.toString(), "--seed", "7", "--overwrite",
                "--quiet").code());
        assertFalse(java.util.Arrays.equals(metrics, Files.readAllBytes(out.resolve("metrics.csv"))), "the new run replaced it");
    }

    @Test
    void runRefusesTheFolderHoldingItsOwnExperiment() throws IOException {
        Path experiment = CliTestSupport.tinyExperiment(dir, 2, "");
        Files.createDirectories(dir.resolve("x"));
        String before = Files.readString(experiment);
        // dir holds the experiment: it is not an icosim output, and it holds an input.
        assertRefused(CliTestSupport.run("run", experiment.toString(), "--out", dir.toString(), "--overwrite"), "--out");
        assertEquals(before, Files.readString(experiment));
    }

    @Test
    void aSecondCompareIntoTheSameFolderFailsAtOnceNamingTheHolder() throws Exception {
        Path experiment = CliTestSupport.tinyExperiment(dir, 2, "");
        Path out = dir.resolve("comparison");
        // The first comparison holds the folder (as a long compare does while it computes).
        try (OutputFolder first = OutputFolder.stage(out, "--out", OutputPolicy.Kind.COMPARISON, false, List.of(), "compare")) {
            assertRefused(CliTestSupport.run("compare", experiment.toString(), "--out", out.toString(), "--seeds", "1"),
                    "is being written by icosim compare", "process " + ProcessHandle.current().pid());
            first.commit();
        }
    }

    @Test
    void extractNeverOverwritesItsOwnInputAndReplacesOtherFilesOnlyWhenAsked() throws IOException {
        Path sweep = sweepFile();
        String before = Files.readString(sweep);
        assertRefused(CliTestSupport.run("extract", sweep.toString(), "--run", "1", "--out", sweep.toString(), "--overwrite"),
                "--out", "an input of this command");
        assertEquals(before, Files.readString(sweep));
        Path run = dir.resolve("run-1.json");
        Files.writeString(run, "mine");
        assertRefused(CliTestSupport.run("extract", sweep.toString(), "--run", "1", "--out", run.toString()), "already exists");
        assertEquals("mine", Files.readString(run));
        assertEquals(0, CliTestSupport.run("extract", sweep.toString(), "--run", "1", "--out", run.toString(), "--overwrite").code());
        assertTrue(Files.readString(run).contains("\"name\": \"s-run1\""), Files.readString(run));
    }

    @Test
    void sweepNeverOverwritesAUsersExperimentFileInItsFolder() throws IOException {
        Path sweep = sweepFile();
        Path out = Files.createDirectories(dir.resolve("mine"));
        Files.writeString(out.resolve("experiment.json"), "my own notes");
        assertRefused(CliTestSupport.run("sweep", sweep.toString(), "--out", out.toString(), "--quiet"),
                "holds files icosim did not write (experiment.json)");
        assertEquals("my own notes", Files.readString(out.resolve("experiment.json")));
    }

    @Test
    void twoProcessesOnTheSameShardDoNotRunTogetherButShardsDo() throws Exception {
        Path sweep = sweepFile();
        Path out = dir.resolve("sweep-out");
        assertEquals(0, CliTestSupport.run("sweep", sweep.toString(), "--out", out.toString(), "--shard", "0/2", "--quiet").code());
        try (var lock = org.icosim.io.OutputLock.tryAcquire(out.resolve(".lock-shard-1-of-2"), "sweep (shard-1-of-2)")) {
            assertRefused(CliTestSupport.run("sweep", sweep.toString(), "--out", out.toString(), "--shard", "1/2", "--quiet"),
                    "shard-1-of-2 is being run by");
            assertEquals(0, CliTestSupport.run("sweep", sweep.toString(), "--out", out.toString(), "--shard", "0/2", "--quiet").code(),
                    "another shard runs beside it");
        }
        assertEquals(0, CliTestSupport.run("sweep", sweep.toString(), "--out", out.toString(), "--shard", "1/2", "--quiet").code());
        assertEquals(0, CliTestSupport.run("sweep", sweep.toString(), "--out", out.toString(), "--merge").code());
        assertTrue(Files.isRegularFile(out.resolve("runs.csv")));
    }

    @Test
    void calibrateWritesIntoAFolderOfItsOwnAndNeverIntoTheModelsFolderUnasked() throws IOException {
        Path targets = dir.resolve("targets.csv");
        Files.writeString(targets, "date,metric,value,unit,source,confidence\n2015-06,practices,12,practices,P1,high\n");
        Path out = dir.resolve("cal");
        CliTestSupport.Result r = CliTestSupport.run("calibrate", "--model", "models/tiny.json", "--targets", targets.toString(),
                "--seeds", "1", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.readString(out.resolve("calibration.md")).contains("| 2015-06 | practices | 12 |"));
        assertTrue(Files.isRegularFile(out.resolve("calibration.csv")));
        assertRefused(CliTestSupport.run("calibrate", "--model", "models/tiny.json", "--targets", targets.toString(),
                "--seeds", "1", "--out", "models"), "--out", "models");
    }

    @Test
    void aPathTheFileSystemCannotNameIsRefusedUnderTheCLocale() throws Exception {
        Path experiment = CliTestSupport.tinyExperiment(dir, 2, "");
        ProcessBuilder launch = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dsun.jnu.encoding=ANSI_X3.4-1968", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "run", experiment.toString(), "--out", dir.resolve("r\u00e9sultats").toString(), "--quiet");
        launch.environment().put("LC_ALL", "C");
        launch.environment().put("LANG", "C");
        launch.redirectErrorStream(true);
        Process process = launch.start();
        String said = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(2, process.waitFor(), said);
        assertTrue(said.contains("--out") && said.contains("LANG=C.UTF-8"), said);
        assertEquals(1, said.strip().lines().count(), said);
    }

    @Test
    void aSweepStartedByAnotherVersionIsNotResumed() throws IOException {
        Path sweep = sweepFile();
        Path out = dir.resolve("old-sweep");
        assertEquals(0, CliTestSupport.run("sweep", sweep.toString(), "--out", out.toString(), "--shard", "0/2", "--quiet").code());
        Path manifest = out.resolve("manifest.json");
        String text = Files.readString(manifest);
        String current = org.icosim.io.RunRecord.ToolVersions.current().icosim();
        assertTrue(text.contains("\"icosim\": \"" + current + "\""), text);
        Files.writeString(manifest, text.replace("\"icosim\": \"" + current + "\"", "\"icosim\": \"0.1.0\""));
        assertRefused(CliTestSupport.run("sweep", sweep.toString(), "--out", out.toString(), "--shard", "1/2", "--quiet"),
                "run by icosim 0.1.0", "expected a new --out folder");
    }
}
