package org.icosim.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.icosim.io.AtomicFiles;
import org.icosim.io.ExperimentFile;
import org.icosim.io.InputException;
import org.icosim.io.OutputPolicy;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code extract SWEEP.json --run ID --out RUN.json [--overwrite]}: writes the plain experiment file
 * of one run of a sweep (its factor values among the parameters, its derived seed, no factors), so
 * the run can be shared, opened in the GUI or run alone; {@code run RUN.json} gives the sweep's
 * monthly metrics for that run, byte for byte. The file is written atomically; an existing file is
 * replaced only with {@code --overwrite}, and the sweep file itself never.
 */
@Command(name = "extract", mixinStandardHelpOptions = true, sortOptions = false,
        description = "The plain experiment file of one run of a sweep.")
final class ExtractCommand extends Options.Base {

    @picocli.CommandLine.Parameters(paramLabel = "SWEEP.json", description = "a sweep experiment file")
    Path sweepFile;

    @Option(names = "--run", required = true, paramLabel = "ID", description = "the run id to extract (a row of runs.csv)")
    Integer runId;

    @Option(names = "--out", required = true, paramLabel = "RUN.json", description = "the experiment file to write")
    Path out;

    @Mixin
    Options.Overwrite overwrite;

    @Override
    public Integer call() throws InputException, IOException {
        Options.inRange("--run", runId, 0, Integer.MAX_VALUE);
        ExperimentFile sweep = ExperimentFile.load(sweepFile);
        ExperimentFile run = RunSetup.runOf(sweep, runId);
        OutputPolicy.checkFile(out, "--out", overwrite.overwrite, List.of(sweepFile, sweep.model()));
        AtomicFiles.write(out, run.withPath(out).toJson());
        out().println("run " + runId + " of " + sweepFile + " (seed " + run.seed() + ") written to " + out);
        return 0;
    }
}
