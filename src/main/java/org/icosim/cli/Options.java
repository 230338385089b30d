package org.icosim.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.icosim.io.InputException;

import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * Options shared by several commands, each a picocli mixin so that it is declared, named and
 * described once; and the base of every command, which reaches the launcher's streams.
 */
final class Options {

    private Options() {
    }

    /** {@code --model MODEL.json}. */
    static final class Model {
        @Option(names = "--model", paramLabel = "MODEL.json", description = "replaces the experiment's model file")
        Path model;
    }

    /** {@code --seed N}: any long from 0; all 64 bits of it seed the run. */
    static final class Seed {
        @Option(names = "--seed", paramLabel = "N", description = "replaces the experiment's seed, a whole number in [0, 2^63 - 1]")
        Long seed;

        Long checked() throws InputException {
            if (seed != null) inRange("--seed", seed, 0, Long.MAX_VALUE);
            return seed;
        }
    }

    /** {@code --months N}. */
    static final class Months {
        @Option(names = "--months", paramLabel = "N", description = "replaces the experiment's length, months in [1, 1200]")
        Integer months;

        Integer checked() throws InputException {
            if (months != null) inRange("--months", months, 1, 1200);
            return months;
        }
    }

    /** {@code -p name=value}, repeatable. */
    static final class Overrides {
        @Option(names = "-p", paramLabel = "name=value", description = "sets a parameter (repeatable); the last layer, over the experiment's values")
        List<String> values = new ArrayList<>();
    }

    /** {@code --quiet}. */
    static final class Quiet {
        @Option(names = "--quiet", arity = "0", description = "no progress on standard error")
        boolean quiet;
    }

    /** {@code --overwrite}. */
    static final class Overwrite {
        @Option(names = "--overwrite", arity = "0", description = "replace an earlier icosim output of the same kind at --out")
        boolean overwrite;
    }

    /** Every command: reaches the streams the launcher was given. */
    abstract static class Base implements Callable<Integer> {
        @ParentCommand
        Main main;

        PrintStream out() {
            return main.out;
        }

        PrintStream err() {
            return main.err;
        }
    }

    /**
     * A list of months simulated, in [1, {@code months}], written {@code 12,24,60}: ascending and
     * without repeats; {@code defaults} when the option is not given.
     */
    static List<Integer> monthsSimulated(String place, String option, int months, List<Integer> defaults)
            throws InputException {
        java.util.TreeSet<Integer> at = new java.util.TreeSet<>();
        String expected = "months simulated in [1, " + months + "], separated by commas, e.g. " + place + " "
                + (defaults.isEmpty() ? months : Math.min(defaults.get(0), months)) + "," + months;
        if (option == null) return defaults;
        for (String part : option.split(",", -1)) {
            String text = part.trim();
            int month;
            try {
                month = Integer.parseInt(text);
            } catch (NumberFormatException e) {
                throw UsageException.of(place, "got \"" + part + "\" in " + option + ", expected " + expected);
            }
            if (month < 1 || month > months) {
                throw UsageException.of(place, "got " + month + ", expected " + expected);
            }
            at.add(month);
        }
        return List.copyOf(at);
    }

    /** A whole number checked against its range, with icosim's message. */
    static long inRange(String place, long value, long min, long max) throws InputException {
        if (value < min || value > max) {
            throw UsageException.of(place, "got " + value + ", expected a whole number in [" + min + ", " + max + "]");
        }
        return value;
    }
}
