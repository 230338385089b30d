package org.icosim.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * picocli's parse errors in icosim's one-line style, {@code command line: PLACE: PROBLEM; expected
 * ...}, with the choices listed in a fixed (sorted) order and a suggestion for a mistyped option.
 */
final class Messages {

    private static final Pattern INVALID_VALUE = Pattern.compile("^Invalid value for (?:option|positional parameter) '[^']*'(?: at index \\d+ \\([^)]*\\))?: ");

    private Messages() {
    }

    static String of(CommandLine.ParameterException e) {
        CommandLine cl = e.getCommandLine();
        String command = cl.getCommandName();
        if (e instanceof CommandLine.UnmatchedArgumentException u) return unmatched(u, cl, command);
        ArgSpec arg = e.getArgSpec();
        if (arg == null && e instanceof CommandLine.MissingParameterException m && !m.getMissing().isEmpty()) {
            arg = m.getMissing().get(0);
        }
        String place = place(arg, command);
        String text = e.getMessage() == null ? "" : e.getMessage();
        if (e instanceof CommandLine.OverwrittenOptionException) {
            Matcher name = Pattern.compile("^option '([^']*)'").matcher(text);
            return "command line: " + (name.find() ? name.group(1) : place) + ": given more than once; expected it once (only -p may repeat)";
        }
        Matcher invalid = INVALID_VALUE.matcher(text);
        if (invalid.find()) return "command line: " + place + ": " + text.substring(invalid.end());
        if (text.startsWith("Missing required option") || text.startsWith("Missing required parameter")) {
            return "command line: " + place + ": missing; expected " + expectation(arg);
        }
        Matcher expected = Pattern.compile("^Expected parameter for option '([^']*)' but found '([^']*)'").matcher(text);
        if (expected.find()) {
            return "command line: " + expected.group(1) + ": got the option " + expected.group(2)
                    + " where its value should be; expected " + expectation(arg);
        }
        Matcher without = Pattern.compile("^option '([^']*)' should be specified without '([^']*)' parameter").matcher(text);
        if (without.find()) {
            return "command line: " + without.group(1) + ": got " + without.group(1) + "=" + without.group(2)
                    + ", expected " + without.group(1) + " alone (a flag takes no value)";
        }
        Matcher exclusive = Pattern.compile("^Error: (.*) are mutually exclusive").matcher(text);
        if (exclusive.find()) {
            return "command line: " + command + ": " + exclusive.group(1).replaceAll("=[^,\\]]*", "")
                    + " go one at a time; expected only one of them";
        }
        String problem = text.replaceFirst("^Error: ", "");
        problem = problem.isEmpty() ? problem : problem.substring(0, 1).toLowerCase(Locale.ROOT) + problem.substring(1);
        return "command line: " + place + ": " + problem;
    }

    private static String unmatched(CommandLine.UnmatchedArgumentException u, CommandLine cl, String command) {
        List<String> args = u.getUnmatched();
        String first = args.isEmpty() ? "" : args.get(0);
        CommandSpec spec = cl.getCommandSpec();
        boolean isCommand = cl.getParent() == null && !first.startsWith("-");
        String typed = first.contains("=") ? first.substring(0, first.indexOf('=')) : first;
        List<String> suggestions = similar(typed, isCommand ? List.copyOf(new TreeSet<>(spec.subcommands().keySet())) : optionNames(spec));
        String hint = suggestions.isEmpty() ? "" : " (did you mean " + String.join(" or ", suggestions) + "?)";
        if (isCommand) {
            return "command line: " + first + ": unknown command" + hint + "; expected one of "
                    + String.join(", ", new TreeSet<>(spec.subcommands().keySet())) + " (or an experiment file ending in .json)";
        }
        if (first.startsWith("-")) {
            String name = first.contains("=") ? first.substring(0, first.indexOf('=')) : first;
            return "command line: " + name + ": unknown option for " + command + hint + "; expected one of "
                    + String.join(", ", optionNames(spec));
        }
        List<String> labels = new ArrayList<>();
        for (PositionalParamSpec p : spec.positionalParameters()) labels.add(p.paramLabel());
        return "command line: " + first + ": unexpected argument; " + command + " takes "
                + (labels.isEmpty() ? "options only" : String.join(" ", labels)) + " (see icosim " + command + " --help)";
    }

    /** The names within two edits of what was typed (a typo), or that it begins (an abbreviation). */
    static List<String> similar(String typed, List<String> names) {
        List<String> close = new ArrayList<>();
        for (String name : names) {
            if (org.icosim.model.parameters.Parameters.editDistance(typed, name) <= 2 || (typed.length() >= 3 && name.startsWith(typed))) close.add(name);
        }
        return close;
    }

    /** A command's option names, sorted, each once. */
    static List<String> optionNames(CommandSpec spec) {
        TreeSet<String> names = new TreeSet<>();
        for (OptionSpec o : spec.options()) names.add(o.longestName());
        return List.copyOf(names);
    }

    private static String place(ArgSpec spec, String command) {
        if (spec instanceof OptionSpec o) return o.longestName();
        if (spec instanceof PositionalParamSpec p) return p.paramLabel();
        return command;
    }

    private static String expectation(ArgSpec spec) {
        if (spec == null) return "a value";
        String label = spec.paramLabel();
        String description = spec.description().length > 0 ? spec.description()[0] : "";
        return (label == null || label.isEmpty() ? "a value" : label) + (description.isEmpty() ? "" : " (" + description + ")");
    }
}
