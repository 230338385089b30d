package org.icosim.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.icosim.io.AtomicFiles;
import org.icosim.io.ExperimentFile;
import org.icosim.io.InputException;

/**
 * {@code extract SWEEP.json --run ID --out RUN.json}: writes the plain experiment file of one
 * run of a sweep (its factor values among the parameters, its derived seed, no factors), so the
 * run can be shared, opened in the GUI or run alone; {@code run RUN.json} gives the sweep's
 * monthly metrics for that run, byte for byte. The file is written atomically.
 */
final class ExtractCommand {

    static final Set<String> OPTIONS = Set.of("run", "out");

    private ExtractCommand() {
    }

    static int execute(List<String> args, PrintStream out) throws InputException, IOException {
        Arguments a = Arguments.parse(args, OPTIONS, Set.of());
        if (a.positional.size() != 1) throw UsageException.of("extract", "expected one sweep experiment file, got " + a.positional.size());
        if (!a.overrides.isEmpty()) throw UsageException.of("-p", "extract copies a run as the sweep ran it; expected no -p");
        if (a.option("run") == null) throw UsageException.of("--run", "missing; expected the run id to extract (a row of runs.csv)");
        if (a.option("out") == null) throw UsageException.of("--out", "missing; expected the experiment file to write, e.g. --out run-12.json");
        int runId = (int) a.longOption("run", 0, 0, Integer.MAX_VALUE);
        ExperimentFile sweep = ExperimentFile.load(Path.of(a.positional.get(0)));
        ExperimentFile run = RunSetup.runOf(sweep, runId);
        Path target = Path.of(a.option("out"));
        AtomicFiles.write(target, run.withPath(target).toJson());
        out.println("run " + runId + " of " + a.positional.get(0) + " (seed " + run.seed() + ") written to " + target);
        return 0;
    }
}
