package org.icosim.model.parameters;

import java.util.List;
import java.util.Locale;

/**
 * The definition of one model parameter: its name (the same in model files, experiment files,
 * {@code -p name=value} and the GUI), unit, default with its source, and the range it is checked
 * against. Values live in {@link Parameters}; a definition never changes.
 *
 * <p>Every value is held as a {@code double}. Integer parameters must be whole numbers, boolean
 * parameters are 0 or 1 and are written {@code true}/{@code false} in files, choice parameters
 * are the index of one of {@link #choices()}, and month parameters (the start of a policy lever)
 * are a calendar month counted as {@code year * 12 + month - 1}, written {@code "YYYY-MM"}.
 */
public final class Parameter implements java.io.Serializable {

    /** How a value is written and checked. */
    public enum Kind { REAL, INTEGER, BOOLEAN, CHOICE, MONTH }

    private final int index;
    private final String name;
    private final Kind kind;
    private final String unit;
    private final double defaultValue;
    private final double min;
    private final double max;
    private final List<String> choices;
    private final String source;
    private final String description;
    private final String group;

    Parameter(int index, String name, Kind kind, String unit, double defaultValue, double min,
            double max, List<String> choices, String source, String description, String group) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("parameter name is blank");
        }
        if (!(min <= max)) {
            throw new IllegalArgumentException("invalid range for " + name + " (" + min + " > " + max + ")");
        }
        this.index = index;
        this.name = name;
        this.kind = kind;
        this.unit = unit;
        this.min = min;
        this.max = max;
        this.choices = choices;
        this.source = source;
        this.description = description;
        this.group = group;
        String problem = problemWith(defaultValue);
        if (problem != null) {
            throw new IllegalArgumentException("default of " + name + " is invalid: " + problem);
        }
        this.defaultValue = defaultValue;
    }

    public int index() { return index; }
    public String name() { return name; }
    public Kind kind() { return kind; }
    public String unit() { return unit; }
    public double defaultValue() { return defaultValue; }
    public double min() { return min; }
    public double max() { return max; }
    public List<String> choices() { return choices; }
    public String source() { return source; }
    public String description() { return description; }
    /** The section of the ODD this parameter belongs to (world, patients, workforce, ...). */
    public String group() { return group; }

    /**
     * Why {@code value} is not acceptable for this parameter, or {@code null} if it is.
     * The message says what was expected, so callers can prefix it with the file and place.
     */
    public String problemWith(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "got " + value + ", expected " + expected();
        }
        switch (kind) {
            case BOOLEAN:
                if (value != 0 && value != 1) {
                    return "got " + format(value) + ", expected " + expected();
                }
                return null;
            case CHOICE:
                if (value != Math.rint(value) || value < 0 || value >= choices.size()) {
                    return "got " + format(value) + ", expected " + expected();
                }
                return null;
            case INTEGER:
                if (value != Math.rint(value)) {
                    return "got " + format(value) + ", expected a whole number in " + rangeText();
                }
                break;
            case MONTH:
                if (value != Math.rint(value)) {
                    return "got " + value + ", expected " + expected();
                }
                break;
            default:
                break;
        }
        if (value < min || value > max) {
            return "got " + format(value) + ", expected " + expected();
        }
        return null;
    }

    /** What a valid value looks like, for error messages and documentation. */
    public String expected() {
        switch (kind) {
            case BOOLEAN: return "true or false";
            case CHOICE: return "one of " + String.join(", ", choices);
            case MONTH: return "a month \"YYYY-MM\" in " + rangeText();
            case INTEGER: return "a whole number in " + rangeText() + unitSuffix();
            default: return "a number in " + rangeText() + unitSuffix();
        }
    }

    private String unitSuffix() {
        return unit.isEmpty() ? "" : " (" + unit + ")";
    }

    /** The range as text, e.g. {@code [1, 200]}. */
    public String rangeText() {
        return "[" + format(min) + ", " + format(max) + "]";
    }

    /** A value as it is written in files and on the command line. */
    public String format(double value) {
        switch (kind) {
            case BOOLEAN: return value == 1 ? "true" : value == 0 ? "false" : Double.toString(value);
            case CHOICE:
                int i = (int) value;
                return (value == i && i >= 0 && i < choices.size()) ? choices.get(i) : Double.toString(value);
            case MONTH:
                if (value != Math.rint(value) || value < 0 || value > 9999 * 12 + 11) return Double.toString(value);
                long m = (long) value;
                return String.format(Locale.ROOT, "%04d-%02d", m / 12, m % 12 + 1);
            default:
                if (value == Math.rint(value) && Math.abs(value) < 1e15) {
                    return Long.toString((long) value);
                }
                return Double.toString(value);
        }
    }

    /**
     * Reads a value written as text (the command line's {@code -p name=value}): a number, or
     * {@code true}/{@code false}, or a choice's name. Returns NaN if the text is not of the
     * parameter's kind; {@link #problemWith} then explains.
     */
    public double parse(String text) {
        String t = text.trim();
        switch (kind) {
            case BOOLEAN:
                if (t.equalsIgnoreCase("true")) return 1;
                if (t.equalsIgnoreCase("false")) return 0;
                return Double.NaN;
            case CHOICE:
                int i = choices.indexOf(t.toUpperCase(Locale.ROOT));
                return i >= 0 ? i : Double.NaN;
            case MONTH:
                java.util.regex.Matcher m = YEAR_MONTH.matcher(t);
                if (!m.matches()) return Double.NaN;
                int monthOfYear = Integer.parseInt(m.group(2));
                if (monthOfYear < 1 || monthOfYear > 12) return Double.NaN;
                return monthIndex(Integer.parseInt(m.group(1)), monthOfYear);
            default:
                try {
                    return Double.parseDouble(t);
                } catch (NumberFormatException e) {
                    return Double.NaN;
                }
        }
    }

    @Override
    public String toString() {
        return name;
    }

    private static final java.util.regex.Pattern YEAR_MONTH = java.util.regex.Pattern.compile("(\\d{4})-(\\d{2})");

    /** The value of a month parameter for {@code year} and {@code monthOfYear} (1 to 12). */
    public static double monthIndex(int year, int monthOfYear) {
        return year * 12 + monthOfYear - 1;
    }

    /**
     * Two definitions are equal when they have the same name and place in the catalogue: a
     * definition restored from a checkpoint equals the catalogue's own, so maps and comparisons
     * keep working after a restore.
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof Parameter && ((Parameter) o).index == index && ((Parameter) o).name.equals(name);
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + index;
    }
}
