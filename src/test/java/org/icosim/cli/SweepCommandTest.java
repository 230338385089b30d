package org.icosim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sweep}, {@code extract} and {@code run --run} on the tiny model: outputs identical
 * whatever the threads, shards or interruptions; failed runs recorded; one run reproduced alone.
 */
class SweepCommandTest {

    @TempDir
    Path dir;

    /**
     * A 3 x 2 grid with 2 replicates (12 runs) of a few months. Over a fixed rising-risk share of
     * 0.75, a high-risk share of 0.2 cannot run (the tiers would exceed 90% of adults), so the
     * runs at those points fail when they start, as any impossible combination would.
     */
    private Path sweepFile(String name, int months, int replicates) throws IOException {
        Path model = Path.of("models/tiny.json").toAbsolutePath();
        Path file = dir.resolve(name + ".json");
        Files.writeString(file, "{\n  \"name\": \"" + name + "\",\n  \"description\": \"a test sweep\",\n  \"model\": \""
                + model.toString().replace("\\", "\\\\") + "\",\n  \"seed\": 5,\n  \"months\": " + months + ",\n"
                + "  \"parameters\": {\"policyPush\": \"MANDATED\", \"icoPolicyStart\": \"2015-04\", \"risingRiskShare\": 0.75},\n"
                + "  \"replicates\": " + replicates + ",\n"
                + "  \"factors\": {\"highRiskShare\": [0.02, 0.1, 0.2], \"icoImitation\": {\"min\": 0.3, \"max\": 0.9, \"levels\": 2}},\n"
                + "  \"keep\": {\"monthly\": true, \"summaryMonths\": [\"2015-05\", \"" + java.time.YearMonth.of(2015, 4).plusMonths(months - 1) + "\"]}\n}\n");
        return file;
    }

    private static CliTestSupport.Result sweep(Path experiment, Path out, String... more) {
        List<String> args = new ArrayList<>(List.of("sweep", experiment.toString(), "--out", out.toString(), "--quiet"));
        args.addAll(List.of(more));
        return CliTestSupport.run(args.toArray(String[]::new));
    }

    private static byte[] bytes(Path file) throws IOException {
        return Files.readAllBytes(file);
    }

    private static List<String> metricsLines(Path sweepDir) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes(sweepDir.resolve("metrics.csv.gz"))))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }

    @Test
    void oneThreadTwoThreadsAndThreeShardsMergedGiveByteIdenticalOutputs() throws IOException {
        Path experiment = sweepFile("levers", 4, 2);
        CliTestSupport.Result one = sweep(experiment, dir.resolve("one"), "--threads", "1");
        assertEquals(0, one.code(), one.err());
        assertEquals(0, sweep(experiment, dir.resolve("two"), "--threads", "2").code());
        Path sharded = dir.resolve("sharded");
        for (int i = 0; i < 3; i++) {
            CliTestSupport.Result shard = sweep(experiment, sharded, "--shard", i + "/3", "--threads", "2");
            assertEquals(0, shard.code(), shard.err());
            assertTrue(shard.out().contains("--merge"), shard.out());
            assertFalse(Files.exists(sharded.resolve("runs.csv")), "a shard does not assemble");
        }
        CliTestSupport.Result merge = sweep(experiment, sharded, "--merge");
        assertEquals(0, merge.code(), merge.err());
        for (String file : List.of("runs.csv", "metrics.csv.gz")) {
            assertArrayEquals(bytes(dir.resolve("one").resolve(file)), bytes(dir.resolve("two").resolve(file)), file);
            assertArrayEquals(bytes(dir.resolve("one").resolve(file)), bytes(sharded.resolve(file)), file);
        }
        byte[] gzip = bytes(dir.resolve("one").resolve("metrics.csv.gz"));
        assertArrayEquals(new byte[] {0, 0, 0, 0}, java.util.Arrays.copyOfRange(gzip, 4, 8), "gzip modification time 0");

        List<String> runs = Files.readAllLines(dir.resolve("one").resolve("runs.csv"));
        assertEquals(13, runs.size());
        assertTrue(runs.get(0).startsWith("run,point,replicate,seed,highRiskShare,icoImitation,status,message,practices_2015-05,"
                + "practicesIndependent_2015-05,"), runs.get(0));
        assertTrue(runs.get(0).endsWith(",fundGpsCum_2015-07,partnerFtePerHead_2015-07,salariedFtePerHead_2015-07,locumHeadcount_2015-07,"
                + "locumFtePerHead_2015-07,locumPayPerFte_2015-07"), runs.get(0));
        assertEquals(8 + 2 * 42, runs.get(0).split(",").length, "8 leading columns, 42 metrics at 2 months");
        assertTrue(runs.get(1).startsWith("0,0,0,"), runs.get(1));
        assertTrue(runs.get(1).contains(",0.02,0.3,ok,,12,"), runs.get(1));
        // Points 4 and 5 (high-risk share 0.2) fail at the start and are recorded, the sweep going on.
        for (int run = 8; run < 12; run++) {
            String row = runs.get(run + 1);
            assertTrue(row.contains(",0.2,") && row.contains(",failed,\"parameters.risingRiskShare: got 0.75, expected at most 0.9 - highRiskShare\""), row);
            assertTrue(row.endsWith(",".repeat(2 * 37)), "no summaries for a failed run: " + row);
        }
        List<String> monthly = metricsLines(dir.resolve("one"));
        assertEquals("run,month,date,practices,practicesIndependent", String.join(",", List.of(monthly.get(0).split(",")).subList(0, 5)));
        assertEquals(1 + 8 * 4, monthly.size(), "4 months of each of the 8 runs that finished");
        assertTrue(monthly.get(1).startsWith("0,0,2015-04,") && monthly.get(32).startsWith("7,3,2015-07,"), monthly.get(32));
        String manifest = Files.readString(dir.resolve("one").resolve("manifest.json"));
        assertTrue(manifest.contains("\"runs\": 12") && manifest.contains("\"experimentSha256\": \""), manifest);
        assertArrayEquals(bytes(experiment), bytes(dir.resolve("one").resolve("experiment.json")));
    }

    @Test
    void aSweepKilledWithSigkillResumesToTheSameOutputsAsAnUninterruptedOne() throws Exception {
        Path experiment = sweepFile("resume", 12, 6);
        Path killed = dir.resolve("killed");
        String java = ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "org.icosim.cli.Main", "sweep",
                experiment.toString(), "--out", killed.toString(), "--threads", "1", "--quiet")
                .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        int journalled = 0;
        while (journalled < 3 && System.nanoTime() < deadline && child.isAlive()) {
            Thread.sleep(10);
            journalled = journalFiles(killed);
        }
        child.destroyForcibly();
        assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        int atKill = journalFiles(killed);
        assertTrue(atKill >= 3 && atKill < 36, "killed part way: " + atKill + " of 36 runs journalled; "
                + Files.readString(dir.resolve("child.log")));
        assertFalse(Files.exists(killed.resolve("runs.csv")));

        CliTestSupport.Result resumed = CliTestSupport.run("sweep", experiment.toString(), "--out", killed.toString(), "--threads", "2");
        assertEquals(0, resumed.code(), resumed.err());
        assertTrue(resumed.err().contains((36 - atKill) + " to do (" + atKill + " done before)"), resumed.err());
        assertEquals(0, sweep(experiment, dir.resolve("whole"), "--threads", "2").code());
        for (String file : List.of("runs.csv", "metrics.csv.gz")) {
            assertArrayEquals(bytes(dir.resolve("whole").resolve(file)), bytes(killed.resolve(file)), file);
        }
    }

    private static int journalFiles(Path sweepDir) throws IOException {
        Path journal = sweepDir.resolve(".runs");
        if (!Files.isDirectory(journal)) return 0;
        try (Stream<Path> files = Files.walk(journal)) {
            return (int) files.filter(p -> p.getFileName().toString().endsWith(".csv.gz")).count();
        }
    }

    @Test
    void extractAndRunRunReproduceASweepRunsMonthlyMetrics() throws IOException {
        Path experiment = sweepFile("extract", 4, 2);
        Path out = dir.resolve("sweep");
        assertEquals(0, sweep(experiment, out, "--threads", "2").code());
        Path runFile = dir.resolve("run-7.json");
        CliTestSupport.Result extract = CliTestSupport.run("extract", experiment.toString(), "--run", "7", "--out", runFile.toString());
        assertEquals(0, extract.code(), extract.err());
        String json = Files.readString(runFile);
        assertFalse(json.contains("factors"), json);
        assertTrue(json.contains("\"highRiskShare\": 0.1") && json.contains("\"icoImitation\": 0.9"), json);

        assertEquals(0, CliTestSupport.run("run", runFile.toString(), "--out", dir.resolve("alone").toString(), "--quiet").code());
        CliTestSupport.Result byId = CliTestSupport.run("run", experiment.toString(), "--run", "7", "--out", dir.resolve("by-id").toString(), "--quiet");
        assertEquals(0, byId.code(), byId.err());
        List<String> alone = Files.readAllLines(dir.resolve("alone").resolve("metrics.csv"));
        assertEquals(alone, Files.readAllLines(dir.resolve("by-id").resolve("metrics.csv")));
        List<String> fromSweep = metricsLines(out).stream().filter(l -> l.startsWith("7,")).map(l -> l.substring(2)).toList();
        assertEquals(alone.subList(1, alone.size()), fromSweep);
        assertEquals(4, fromSweep.size());

        CliTestSupport.Result plain = CliTestSupport.run("run", experiment.toString(), "--out", dir.resolve("x").toString());
        assertEquals(2, plain.code());
        assertTrue(plain.err().contains("is a sweep of 12 runs") && plain.err().contains("--run ID"), plain.err());
        CliTestSupport.Result outside = CliTestSupport.run("run", experiment.toString(), "--run", "12", "--out", dir.resolve("x").toString());
        assertEquals(2, outside.code());
        assertTrue(outside.err().contains("--run: got 12, expected a run id in [0, 11]"), outside.err());
        assertFalse(Files.exists(dir.resolve("x")));
    }

    @Test
    void aFolderOfAnotherExperimentIsRefusedAndAnIncompleteMergeNamesWhatToRerun() throws IOException {
        Path experiment = sweepFile("first", 3, 2);
        Path out = dir.resolve("out");
        assertEquals(0, sweep(experiment, out, "--shard", "1/4").code());
        CliTestSupport.Result merge = sweep(experiment, out, "--merge", "--tasks", "4");
        assertEquals(1, merge.code());
        assertTrue(merge.err().contains("sweep incomplete: 9 runs not done (0, 2, 3, 4, 6, 7, 8, 10, 11)"), merge.err());
        assertTrue(merge.err().contains("array tasks 0,2,3 of 4") && merge.err().contains("submit.sh 0,2,3"), merge.err());
        assertFalse(Files.exists(out.resolve("runs.csv")));

        Files.writeString(experiment, Files.readString(experiment).replace("\"seed\": 5", "\"seed\": 6"));
        CliTestSupport.Result other = sweep(experiment, out);
        assertEquals(2, other.code());
        assertTrue(other.err().contains("holds a sweep of another experiment file"), other.err());
        assertEquals(1, other.err().strip().lines().count(), other.err());

        Path foreign = Files.createDirectories(dir.resolve("foreign"));
        Files.writeString(foreign.resolve("notes.txt"), "mine");
        CliTestSupport.Result refused = sweep(experiment, foreign);
        assertEquals(2, refused.code());
        assertTrue(refused.err().contains("holds files icosim did not write (notes.txt)"), refused.err());
        CliTestSupport.Result badShard = sweep(experiment, dir.resolve("s"), "--shard", "4/4");
        assertEquals(2, badShard.code());
        assertTrue(badShard.err().contains("--shard: got 4/4, expected i/K with 0 <= i < K"), badShard.err());
        assertFalse(Files.exists(dir.resolve("s")));
    }

    @Test
    void slurmScriptsRunShardsByArrayIndexAndTheMergeDependsOnTheTaskIds() throws Exception {
        Path experiment = sweepFile("cluster", 3, 2);
        Path out = dir.resolve("out");
        CliTestSupport.Result r = sweep(experiment, out, "--slurm", "--tasks", "3", "--heap", "1g", "--time", "1:00:00");
        assertEquals(0, r.code(), r.err());
        Path slurm = out.resolve("slurm");
        String array = Files.readString(slurm.resolve("sweep.sbatch"));
        assertTrue(array.contains("#SBATCH --array=0-2\n") && array.contains("#SBATCH --mem=2048\n")
                && array.contains("#SBATCH --time=1:00:00\n"), array);
        assertTrue(array.contains("--shard \"${SLURM_ARRAY_TASK_ID}/3\"") && array.contains(" -Xmx1g "), array);
        assertTrue(array.contains(experiment.toAbsolutePath().toString()), array);
        assertTrue(Files.readString(slurm.resolve("merge.sbatch")).contains("--merge --tasks 3"));
        assertTrue(Files.exists(out.resolve("manifest.json")));

        // A stand-in sbatch that records its arguments and answers with a job id, as --parsable does.
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path log = dir.resolve("sbatch.log");
        Files.writeString(bin.resolve("sbatch"), "#!/usr/bin/env bash\necho \"$*\" >> '" + log + "'\n"
                + "n=$(wc -l < '" + log + "'); echo \"$((100 + n));cluster\"\n");
        bin.resolve("sbatch").toFile().setExecutable(true);
        for (String args : List.of("", "1,2")) {
            Files.deleteIfExists(log);
            ProcessBuilder submit = new ProcessBuilder("bash", slurm.resolve("submit.sh").toString());
            if (!args.isEmpty()) submit.command().add(args);
            submit.environment().put("PATH", bin + ":" + System.getenv("PATH"));
            Process p = submit.redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, p.waitFor(), output);
            List<String> calls = Files.readAllLines(log);
            String tasks = args.isEmpty() ? "0-2" : args;
            assertEquals("--parsable --array=" + tasks + " " + slurm.resolve("sweep.sbatch"), calls.get(0));
            String dependency = args.isEmpty() ? "afterany:101_0:101_1:101_2" : "afterany:101_1:101_2";
            assertEquals("--parsable --dependency=" + dependency + " " + slurm.resolve("merge.sbatch"), calls.get(1));
            assertTrue(output.contains("merge job: 102"), output);
        }
        for (String script : List.of("sweep.sbatch", "merge.sbatch", "submit.sh")) {
            Process check = new ProcessBuilder("bash", "-n", slurm.resolve(script).toString()).redirectErrorStream(true).start();
            assertEquals(0, check.waitFor(), script + ": " + new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
