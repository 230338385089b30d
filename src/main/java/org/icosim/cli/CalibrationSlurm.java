package org.icosim.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.icosim.experiment.SlurmScripts;
import org.icosim.io.CalibrationFile;
import org.icosim.io.CalibrationFolder;
import org.icosim.io.InputException;
import org.icosim.io.OutputLock;

/**
 * {@code calibrate FILE --slurm}: writes the Slurm scripts of a calibration into {@code DIR/slurm}
 * ({@link SlurmScripts#calibrationStepScript}, {@link SlurmScripts#calibrationShardScript},
 * {@link SlurmScripts#calibrationSubmitScript}) and, with {@code --submit}, submits its first step.
 * A wave needs the one before it, so the chain is built as it goes: each step prepares the next
 * wave and submits its shards and itself after them.
 */
final class CalibrationSlurm {

    /** Default array size: enough to spread a wave, few enough to keep the queue readable. */
    static final int DEFAULT_TASKS = 50;

    private CalibrationSlurm() {
    }

    /** Runs in the largest wave (or plausible set): the most a task array has to share. */
    static int largestWaveRuns(CalibrationFile c) {
        CalibrationFile.Waves w = c.waves();
        return Math.max(Math.max(w.firstSize(), w.size()), w.ensembleSize()) * w.replicates();
    }

    static int write(CalibrateCommand command, Path file, Path outOption, int taskThreads, PrintStream out, PrintStream err)
            throws InputException, IOException {
        String heap = command.heapOption != null ? command.heapOption : SweepCommand.DEFAULT_HEAP;
        SweepCommand.checkSlurmOptions(heap, command.time);
        HistoryMatchingRun run = HistoryMatchingRun.load(file, outOption, taskThreads, true, null, false, out, err);
        CalibrationFile calibration = run.calibration();
        int largest = largestWaveRuns(calibration);
        int tasks;
        if (command.tasks != null) {
            tasks = (int) Options.inRange("--tasks", command.tasks, 1, largest);
        } else if (command.runsPerTask != null) {
            tasks = SlurmScripts.tasksFor(largest, (int) Options.inRange("--runs-per-task", command.runsPerTask, 1, largest));
        } else {
            tasks = Math.min(DEFAULT_TASKS, largest);
        }
        CalibrationFolder folder = run.openFolder();
        Path outDir = run.outDir();
        try (OutputLock lock = folder.lock("slurm")) {
            SlurmScripts scripts = new SlurmScripts(SweepCommand.javaCommand(), file.toAbsolutePath().normalize().toString(),
                    outDir.toAbsolutePath().normalize().toString(), calibration.name(), tasks, taskThreads, heap, command.time);
            Path slurmDir = outDir.resolve("slurm");
            Files.createDirectories(slurmDir.resolve(SlurmScripts.LOGS));
            Path shards = slurmDir.resolve(SlurmScripts.CALIBRATION_SHARDS);
            Path step = slurmDir.resolve(SlurmScripts.CALIBRATION_STEP);
            Path submit = slurmDir.resolve(SlurmScripts.SUBMIT);
            SweepCommand.writeScript(shards, scripts.calibrationShardScript());
            SweepCommand.writeScript(step, scripts.calibrationStepScript());
            SweepCommand.writeScript(submit, scripts.calibrationSubmitScript());
            out.printf(Locale.ROOT, "at most %d waves and a plausible set, each as a step job then %d array tasks (at most %d runs each, %d"
                    + " thread%s per task); scripts in %s%n", calibration.waves().max(), tasks, (largest + tasks - 1) / tasks, taskThreads,
                    taskThreads == 1 ? "" : "s", slurmDir);
            if (!command.submit) {
                out.println("submit with: " + submit);
                return 0;
            }
            return SweepCommand.submit(submit, out, err);
        }
    }
}
