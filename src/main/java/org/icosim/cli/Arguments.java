package org.icosim.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.icosim.io.InputException;

/**
 * Parsed command-line arguments: positional arguments, {@code --option value} pairs and the
 * repeated {@code -p name=value} overrides, checked against the options a command knows.
 */
final class Arguments {

    final List<String> positional = new ArrayList<>();
    final Map<String, String> options = new LinkedHashMap<>();
    final List<String> overrides = new ArrayList<>();
    final List<String> flags = new ArrayList<>();

    static Arguments parse(List<String> args, Set<String> valueOptions, Set<String> flagOptions) throws InputException {
        Arguments a = new Arguments();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("-p")) {
                if (i + 1 >= args.size()) throw UsageException.of("-p", "expected name=value after -p");
                a.overrides.add(args.get(++i));
            } else if (arg.startsWith("--")) {
                String name = arg.substring(2);
                String value = null;
                int eq = name.indexOf('=');
                if (eq >= 0) {
                    value = name.substring(eq + 1);
                    name = name.substring(0, eq);
                }
                if (flagOptions.contains(name)) {
                    a.flags.add(name);
                } else if (valueOptions.contains(name)) {
                    if (value == null) {
                        if (i + 1 >= args.size()) throw UsageException.of("--" + name, "expected a value after --" + name);
                        value = args.get(++i);
                    }
                    a.options.put(name, value);
                } else {
                    List<String> known = new ArrayList<>();
                    for (String o : valueOptions) known.add("--" + o);
                    for (String o : flagOptions) known.add("--" + o);
                    known.add("-p");
                    throw UsageException.of(arg, "unknown option; expected one of " + String.join(", ", known));
                }
            } else if (arg.startsWith("-") && arg.length() > 1) {
                throw UsageException.of(arg, "unknown option; expected -p name=value or --option value");
            } else {
                a.positional.add(arg);
            }
        }
        return a;
    }

    boolean has(String flag) {
        return flags.contains(flag);
    }

    String option(String name) {
        return options.get(name);
    }

    long longOption(String name, long def, long min, long max) throws InputException {
        String v = options.get(name);
        if (v == null) return def;
        try {
            long x = Long.parseLong(v.trim());
            if (x < min || x > max) throw UsageException.of("--" + name, "got " + v + ", expected a whole number in [" + min + ", " + max + "]");
            return x;
        } catch (NumberFormatException e) {
            throw UsageException.of("--" + name, "got " + v + ", expected a whole number in [" + min + ", " + max + "]");
        }
    }
}
