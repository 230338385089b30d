package org.icosim.io;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.icosim.model.parameters.Parameter;
import org.icosim.model.parameters.Parameters;

/**
 * The command line's {@code -p name=value}: the last layer of parameter values, over the
 * defaults, the model file and the experiment file. Values are written as in the files
 * ({@code 10}, {@code 0.05}, {@code true}, a choice name) and checked as strictly, so a typo on
 * the command line fails before the run starts rather than being ignored.
 */
public final class ParameterOverrides {

    /** What {@link InputException#file()} says for errors in overrides. */
    public static final String SOURCE = "command line";

    /** Decimal numbers only: Java's parser would also take 5d, 0x1p3 or Infinity. */
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    private ParameterOverrides() {
    }

    /**
     * Reads one {@code name=value}.
     *
     * @return the parameter's name and its value (booleans 0/1, choices as index)
     * @throws InputException with file {@value #SOURCE} and place {@code -p name}
     */
    public static Map.Entry<String, Double> parse(String argument) throws InputException {
        int equals = argument.indexOf('=');
        if (equals < 0) {
            throw new InputException(SOURCE, "-p " + argument,
                    "expected name=value, for example -p patientScale=100");
        }
        String name = argument.substring(0, equals).trim();
        String text = argument.substring(equals + 1).trim();
        if (name.isEmpty()) {
            throw new InputException(SOURCE, "-p " + argument, "no parameter name; expected name=value");
        }
        String place = "-p " + name;
        Parameter parameter = Parameters.byName(name);
        if (parameter == null) {
            throw new InputException(SOURCE, place, SpecReader.unknownParameter(name));
        }
        boolean numeric = parameter.kind() == Parameter.Kind.REAL || parameter.kind() == Parameter.Kind.INTEGER;
        double value = numeric && !DECIMAL.matcher(text).matches() ? Double.NaN : parameter.parse(text);
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new InputException(SOURCE, place, "got \"" + text + "\", expected " + parameter.expected());
        }
        String problem = parameter.problemWith(value);
        if (problem != null) {
            throw new InputException(SOURCE, place, problem);
        }
        return Map.entry(parameter.name(), value);
    }

    /**
     * Reads every {@code -p} argument, in order. A name given twice is an error: which of two
     * values was meant cannot be known.
     *
     * @return an unmodifiable map in argument order
     */
    public static Map<String, Double> parseAll(List<String> arguments) throws InputException {
        Map<String, Double> values = new LinkedHashMap<>();
        Map<String, String> given = new LinkedHashMap<>();
        for (String argument : arguments) {
            Map.Entry<String, Double> entry = parse(argument);
            String earlier = given.putIfAbsent(entry.getKey(), argument);
            if (earlier != null) {
                throw new InputException(SOURCE, "-p " + entry.getKey(), "given twice (-p " + earlier + " and -p "
                        + argument + "); expected each parameter once");
            }
            values.put(entry.getKey(), entry.getValue());
        }
        return Collections.unmodifiableMap(values);
    }
}
