package org.icosim.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * {@code benchmark --baseline JAR}: the same cases run by this build and by another icosim jar,
 * alternately (this, baseline, this, baseline, ...) so that both meet the same machine load, each
 * as a whole {@code run} in a fresh JVM with the same heap, and the median wall times compared.
 * Whole runs (JVM start, model build, the months, the outputs) are what a user waits for, and
 * {@code run} has taken the same arguments in every version, so any earlier jar can be the
 * baseline. The outputs go to a temporary folder of this command's own, deleted at the end.
 */
final class BaselineComparison {

    private BaselineComparison() {
    }

    static int run(List<BenchmarkCommand.Case> cases, Path baselineJar, int repeats, int months, long seed, int threads,
            PrintStream out, PrintStream err) throws IOException {
        long heapMb = Runtime.getRuntime().maxMemory() / (1L << 20);
        List<String> self = new ArrayList<>(SweepCommand.javaCommand());
        self.add(1, "-Xmx" + heapMb + "m");
        List<String> other = new ArrayList<>(List.of(self.get(0), "-Xmx" + heapMb + "m", "-jar",
                baselineJar.toAbsolutePath().normalize().toString()));
        // This jar's runs use the given patient-loop threads; the baseline's run as it does.
        List<String> selfRun = new ArrayList<>(self);
        Path work = Files.createTempDirectory("icosim-benchmark-");
        out.printf(Locale.ROOT, "icosim benchmark against %s: %d months, seed %d, %d runs of each jar per case, alternately, heap %d MB, this jar's patient loop on %d thread(s)%n",
                baselineJar, months, seed, repeats, heapMb, threads);
        out.printf(Locale.ROOT, "%-12s %12s %12s %10s%n", "case", "this s", "baseline s", "speed-up");
        try {
            int n = 0;
            for (BenchmarkCommand.Case c : cases) {
                double[] mine = new double[repeats];
                double[] theirs = new double[repeats];
                for (int r = 0; r < repeats; r++) {
                    mine[r] = timeRun(selfRun, List.of("--threads", Integer.toString(threads)), c, months, seed, work.resolve("run-" + n++), err);
                    theirs[r] = timeRun(other, List.of(), c, months, seed, work.resolve("run-" + n++), err);
                }
                double a = median(mine);
                double b = median(theirs);
                out.printf(Locale.ROOT, "%-12s %12.2f %12.2f %9.2fx%n", c.name(), a, b, b / a);
            }
        } finally {
            org.icosim.io.OutputFolder.deleteRecursively(work); // this command's own temporary folder
        }
        return 0;
    }

    /** Wall seconds of one {@code run} of the case by the given java command; a failed run fails the comparison. */
    private static double timeRun(List<String> java, List<String> extra, BenchmarkCommand.Case c, int months, long seed, Path outDir,
            PrintStream err) throws IOException {
        List<String> command = new ArrayList<>(java);
        command.addAll(List.of("run", Path.of(Main.DEFAULT_EXPERIMENT).toString(), "--model", c.modelFile(), "--months",
                Integer.toString(months), "--seed", Long.toString(seed), "--out", outDir.toString(), "--quiet"));
        command.addAll(extra);
        if (c.patientScale() != null) command.addAll(List.of("-p", "patientScale=" + c.patientScale()));
        long t0 = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            if (!process.waitFor(2, TimeUnit.HOURS)) {
                process.destroyForcibly();
                throw new IOException("a benchmark run took over two hours: " + String.join(" ", command));
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        if (process.exitValue() != 0) {
            throw new IOException("a benchmark run failed with exit code " + process.exitValue() + ": " + String.join(" ", command));
        }
        return seconds;
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
