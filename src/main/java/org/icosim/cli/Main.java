package org.icosim.cli;

import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.icosim.io.InputException;

/**
 * The launcher: {@code icosim [run|gui|compare|sweep|analyse|extract|calibrate|benchmark|parameters] ...}. With no arguments it
 * runs the default experiment. Bad input ends with one message on standard error and exit code 2;
 * a failure inside a run with exit code 1.
 */
public final class Main {

    static final String DEFAULT_EXPERIMENT = "experiments/status-quo.json";

    private Main() {
    }

    public static void main(String[] args) {
        boolean gui = args.length > 0 && args[0].equals("gui");
        // Every command but the GUI draws its charts off screen, so it runs on servers without a display.
        if (!gui) System.setProperty("java.awt.headless", "true");
        int code = run(Arrays.asList(args), System.out, System.err);
        // The GUI lives on in its windows; MASON's Console ends the program when it is closed.
        if (!gui || code != 0) System.exit(code);
    }

    /** Runs a command and returns its exit code (tests call this instead of {@link #main}). */
    public static int run(List<String> args, PrintStream out, PrintStream err) {
        String command = args.isEmpty() ? "run" : args.get(0);
        List<String> rest = args.isEmpty() ? List.of() : args.subList(1, args.size());
        try {
            switch (command) {
                case "run": return RunCommand.execute(rest, out, err);
                case "gui": return GuiCommand.execute(rest, out, err);
                case "compare": return CompareCommand.execute(rest, out, err);
                case "calibrate": return CalibrateCommand.execute(rest, out, err);
                case "benchmark": return BenchmarkCommand.execute(rest, out, err);
                case "parameters": return ParametersCommand.execute(rest, out);
                case "sweep": return SweepCommand.execute(rest, out, err);
                case "analyse": return AnalyseCommand.execute(rest, out, err);
                case "extract": return ExtractCommand.execute(rest, out);
                case "help":
                case "--help":
                case "-h":
                    out.print(usage());
                    return 0;
                default:
                    if (command.endsWith(".json")) return RunCommand.execute(args, out, err);
                    throw UsageException.of(command, "unknown command; expected run, gui, compare, sweep, analyse, extract, calibrate, benchmark, parameters or help");
            }
        } catch (InputException e) {
            err.println("icosim: " + e.getMessage());
            return 2;
        } catch (OutOfMemoryError e) {
            err.println("icosim: out of memory; give Java more heap (JAVA_OPTS=-Xmx16g) or raise patientScale");
            return 1;
        } catch (Exception e) {
            err.println("icosim: failed: " + e);
            return 1;
        }
    }

    static String usage() {
        return String.join("\n",
                "usage: icosim [command] [arguments]",
                "  run [EXPERIMENT.json] [--run ID] [--model MODEL.json] [--out DIR] [--seed N] [--months N] [--network-every N]",
                "      [-p name=value ...] [--quiet]",
                "      one headless run; with no experiment, " + DEFAULT_EXPERIMENT + "; --run ID: run ID of a sweep file",
                "  gui [EXPERIMENT.json] [--run ID] [--model MODEL.json] [--seed N] [--months N] [-p name=value ...]",
                "      the MASON Console: map, live charts, inspectors, parameters, checkpoints",
                "  compare EXPERIMENT.json [EXPERIMENT.json ...] --out DIR [--model MODEL.json] [--seeds N] [--base-seed S]",
                "          [--threads T] [--months M] [--at 60,120] [-p name=value ...] [--quiet]",
                "      scenarios over the same N seeds, the first as baseline: summary.csv, runs.csv, economies.csv,",
                "      comparison.md and charts",
                "  sweep EXPERIMENT.json [--out DIR] [--threads N] [--quiet]",
                "      every run of the file's design, resumable: runs.csv, metrics.csv.gz, manifest.json",
                "  sweep EXPERIMENT.json --out DIR --shard i/K      one shard (i from 0) of the runs, on any machine",
                "  sweep EXPERIMENT.json --out DIR --merge [--tasks K]   assembles the outputs once every shard is done",
                "  sweep EXPERIMENT.json --out DIR --slurm [--tasks K | --runs-per-task M] [--threads T] [--heap 2g]",
                "          [--time 4:00:00] [--submit]",
                "      writes DIR/slurm/{sweep.sbatch,merge.sbatch,submit.sh}; --submit submits them",
                "  analyse SWEEP_DIR [--outputs a,b]",
                "      morris: mu, mu*, sigma; sobol: S1 and ST with 95% bootstrap intervals; CSV and charts in SWEEP_DIR/analysis",
                "  extract SWEEP.json --run ID --out RUN.json",
                "      the plain experiment file of one run of a sweep",
                "  calibrate [--model MODEL.json] [--seeds N] [--targets CSV] [--out FILE.md] [--check PERCENT] [-p name=value ...]",
                "      the status quo against the 2015-2019 public figures, mean of N seeds",
                "  benchmark [--only one-economy|england-100|england-1] [--months N]",
                "      months per second, patient-months per second and peak heap",
                "  parameters",
                "      every parameter with unit, default, range and source (markdown)",
                "");
    }

    /** The default experiment: in the working folder, else beside the folder holding the jar. */
    static Path defaultExperiment() {
        Path here = Path.of(DEFAULT_EXPERIMENT);
        if (Files.exists(here)) return here;
        try {
            Path jar = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path root = jar.getParent() != null ? jar.getParent().getParent() : null;
            if (root != null && Files.exists(root.resolve(DEFAULT_EXPERIMENT))) return root.resolve(DEFAULT_EXPERIMENT);
        } catch (URISyntaxException | RuntimeException e) {
            // fall through: the loader reports the missing file with its path
        }
        return here;
    }
}
