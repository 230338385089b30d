package org.icosim.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

import org.icosim.io.InputException;
import org.icosim.io.OutputFailure;
import org.icosim.io.RunRecord;

import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The launcher: {@code icosim [run|gui|compare|sweep|analyse|extract|calibrate|benchmark|parameters] ...},
 * on picocli: one command class per subcommand, shared options as mixins ({@link Options}),
 * generated help ({@code icosim COMMAND --help}) and a bash completion script
 * ({@code icosim generate-completion}). With no arguments it runs the default experiment, and a
 * first argument ending in {@code .json} is taken as {@code run FILE}.
 *
 * <p>Exit codes: 0 done; 2 bad input, found before any work (one line naming the file or option,
 * the place and what was expected); 1 a failure once the work had started (one line naming the path
 * and the reason).
 */
@Command(name = "icosim", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "An agent-based simulation of English general practice and NHS integration.",
        subcommands = {RunCommand.class, GuiCommand.class, CompareCommand.class, SweepCommand.class, AnalyseCommand.class,
            ExtractCommand.class, CalibrateCommand.class, ValidateCommand.class, BenchmarkCommand.class, ParametersCommand.class,
            CommandLine.HelpCommand.class, AutoComplete.GenerateCompletion.class})
public final class Main implements Callable<Integer> {

    static final String DEFAULT_EXPERIMENT = "experiments/status-quo.json";

    final PrintStream out;
    final PrintStream err;

    Main(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        return 0; // never reached: a command is always given (run by default)
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
        List<String> words = new ArrayList<>(args);
        if (words.isEmpty() || words.get(0).endsWith(".json")) words.add(0, "run");
        try {
            return commandLine(out, err).execute(words.toArray(String[]::new));
        } catch (OutOfMemoryError e) {
            err.println("icosim: out of memory; give Java more heap (JAVA_OPTS=-Xmx16g) or raise patientScale");
            return 1;
        }
    }

    /** The command line with icosim's conventions: strict options, one-line errors, fixed exit codes. */
    static CommandLine commandLine(PrintStream out, PrintStream err) {
        CommandLine cl = new CommandLine(new Main(out, err));
        cl.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        cl.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        cl.setOverwrittenOptionsAllowed(false);
        cl.setUnmatchedArgumentsAllowed(false);
        cl.setAbbreviatedOptionsAllowed(false);
        cl.setAbbreviatedSubcommandsAllowed(false);
        cl.setCaseInsensitiveEnumValuesAllowed(false);
        cl.setTrimQuotes(false);
        cl.registerConverter(Path.class, Main::path);
        cl.registerConverter(Long.class, text -> {
            try {
                return Long.parseLong(text.trim());
            } catch (NumberFormatException e) {
                throw new CommandLine.TypeConversionException("got " + text + ", expected a whole number");
            }
        });
        cl.registerConverter(Integer.class, text -> {
            try {
                return Integer.parseInt(text.trim());
            } catch (NumberFormatException e) {
                throw new CommandLine.TypeConversionException("got " + text + ", expected a whole number");
            }
        });
        cl.registerConverter(Double.class, text -> {
            double v;
            try {
                v = Double.parseDouble(text.trim());
            } catch (NumberFormatException e) {
                throw new CommandLine.TypeConversionException("got " + text + ", expected a number");
            }
            if (!Double.isFinite(v)) throw new CommandLine.TypeConversionException("got " + text + ", expected a finite number");
            return v;
        });
        cl.setParameterExceptionHandler((e, ignored) -> {
            err.println("icosim: " + Messages.of(e));
            return 2;
        });
        cl.setExecutionExceptionHandler((e, commandLine, parsed) -> {
            if (e instanceof InputException) {
                err.println("icosim: " + e.getMessage());
                return 2;
            }
            if (e instanceof OutputFailure) {
                err.println("icosim: " + e.getMessage());
                return 1;
            }
            err.println("icosim: failed: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            return 1;
        });
        return cl;
    }

    /** A path from the command line; one the file system cannot name (a C locale and non-ASCII) is refused. */
    static Path path(String text) {
        try {
            return Path.of(text);
        } catch (InvalidPathException e) {
            throw new CommandLine.TypeConversionException("got " + text + ", which this system cannot use as a file name ("
                    + e.getReason() + "); expected a path in the file system's encoding (for non-ASCII names run with"
                    + " LANG=C.UTF-8)");
        }
    }

    /** icosim's version, from the jar (its manifest or pom.properties), {@code dev} when run from classes. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            RunRecord.ToolVersions v = RunRecord.ToolVersions.current();
            return new String[] {"icosim " + v.icosim(), "Java " + v.java() + " (" + v.javaVendor() + "), " + v.os()};
        }
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
