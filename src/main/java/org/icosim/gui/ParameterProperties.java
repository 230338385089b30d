package org.icosim.gui;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Consumer;

import org.icosim.io.ExperimentFile;
import org.icosim.model.parameters.Parameter;
import org.icosim.model.parameters.Parameters;

import sim.util.Interval;
import sim.util.Properties;

/**
 * Every parameter of the model as a property of the Console's Model tab: the start month and
 * length of the run first, then the catalogue in order (MASON's {@code domX}/{@code desX}
 * convention, from the catalogue instead of bean methods). Numbers show their range as the
 * domain and take typed values; choices are a drop-down; switches a tick box; months are typed
 * {@code YYYY-MM}. The description (tool tip) gives the unit, range, default and source. A value
 * out of range is refused, the old one kept, and the problem reported to {@code problems}.
 * Changes apply to the next run started, as {@code run} would apply them from a file.
 */
public final class ParameterProperties extends Properties {

    private static final long serialVersionUID = 1L;
    private static final int START = 0;
    private static final int MONTHS = 1;
    private static final int FIRST_PARAMETER = 2;

    private final transient ExperimentSettings settings;
    private final transient Consumer<String> problems;
    private final transient List<Parameter> catalogue = Parameters.all();

    /** Whether numbers have a slider over their range beside the typed value (MASON's domain). */
    private final boolean sliders;

    public ParameterProperties(ExperimentSettings settings, Consumer<String> problems) {
        this(settings, problems, true);
    }

    /**
     * The Model tab's rows, numbers with or without a slider: without, a number is a typed field
     * only (its range is still in the tool tip and still checked), so that on a small screen the
     * whole value can be read in a Console a third of the screen wide.
     */
    public ParameterProperties(ExperimentSettings settings, Consumer<String> problems, boolean sliders) {
        this.settings = settings;
        this.problems = problems;
        this.object = settings;
        this.sliders = sliders;
    }

    private Parameter parameter(int index) {
        return catalogue.get(index - FIRST_PARAMETER);
    }

    @Override
    public boolean isVolatile() {
        return false;
    }

    @Override
    public int numProperties() {
        return catalogue.size() + FIRST_PARAMETER;
    }

    /** The row's label in the Model tab: the parameter's name in words ({@link #label}); the name itself heads its tool tip. */
    @Override
    public String getName(int index) {
        return label(key(index));
    }

    /** The name the row sets, as experiment files and {@code -p} spell it ({@code start}, {@code months} or a parameter's). */
    public String key(int index) {
        if (index == START) return "start";
        if (index == MONTHS) return "months";
        return parameter(index).name();
    }

    /** Abbreviations kept in capitals (or as written in the ODD) when a name is put in words. */
    private static final java.util.Map<String, String> ABBREVIATIONS = java.util.Map.ofEntries(
            java.util.Map.entry("ico", "ICO"), java.util.Map.entry("gp", "GP"), java.util.Map.entry("gps", "GPs"),
            java.util.Map.entry("ae", "A&E"), java.util.Map.entry("pcn", "PCN"), java.util.Map.entry("arrs", "ARRS"),
            java.util.Map.entry("mpig", "MPIG"), java.util.Map.entry("qof", "QOF"), java.util.Map.entry("fte", "FTE"),
            java.util.Map.entry("sd", "SD"), java.util.Map.entry("km", "km"), java.util.Map.entry("covid", "Covid"),
            java.util.Map.entry("ir", "IR"));

    /**
     * A camelCase name in words, first letter capital, abbreviations in capitals:
     * {@code yearOfCareTariff} is "Year of care tariff", {@code aeAttendancesPerPersonYear} "A&amp;E
     * attendances per person year", {@code leaverRate30to39} "Leaver rate 30 to 39",
     * {@code ir35LocumPayCut} "IR35 locum pay cut".
     */
    static String label(String name) {
        String[] parts = name.split("(?<=[a-z])(?=[A-Z])|(?<=[a-z])(?=[0-9])|(?<=[0-9])(?=[A-Z])|(?<=[0-9])(?=to[0-9]|plus)");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            String word = parts[i].toLowerCase(java.util.Locale.ROOT);
            String abbreviation = ABBREVIATIONS.get(word);
            boolean gluedToNumber = "ir".equals(word) && i + 1 < parts.length && Character.isDigit(parts[i + 1].charAt(0));
            if (out.length() > 0 && !(i > 0 && "ir".equalsIgnoreCase(parts[i - 1]) && Character.isDigit(word.charAt(0)))) {
                out.append(' ');
            }
            if (abbreviation != null && (!"ir".equals(word) || gluedToNumber)) out.append(abbreviation);
            else if (out.length() == 0) out.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            else out.append(word);
        }
        return out.toString();
    }

    @Override
    public boolean isReadWrite(int index) {
        return true;
    }

    @Override
    public Class getType(int index) {
        if (index == START) return String.class;
        if (index == MONTHS) return Integer.TYPE;
        switch (parameter(index).kind()) {
            case BOOLEAN: return Boolean.TYPE;
            case INTEGER:
            case CHOICE: return Integer.TYPE;
            case MONTH: return String.class;
            default: return Double.TYPE;
        }
    }

    @Override
    public Object getValue(int index) {
        if (index == START) return settings.start().toString();
        if (index == MONTHS) return settings.months();
        Parameter p = parameter(index);
        double value = settings.value(p);
        switch (p.kind()) {
            case BOOLEAN: return value != 0;
            case INTEGER:
            case CHOICE: return (int) value;
            case MONTH: return p.format(value);
            default: return shown(value);
        }
    }

    /**
     * A real value as the Model tab shows it: to {@link #SHOWN_DIGITS} significant figures
     * ({@code acuteTrustShare}'s 0.6326530612244898 reads 0.6327), whole numbers from 10,000 on.
     * The setting itself keeps every digit: the shown value typed back unchanged
     * ({@link #_setValue}) leaves it as it was, so a glance at a row never changes a run.
     */
    static double shown(double value) {
        return Readable.round(value, SHOWN_DIGITS);
    }

    /** Significant figures of a real value in the Model tab. */
    static final int SHOWN_DIGITS = 4;

    @Override
    public Object getDomain(int index) {
        if (index == START) return null;
        if (index == MONTHS) return sliders ? new Interval(1L, (long) ExperimentFile.MAX_MONTHS) : null;
        Parameter p = parameter(index);
        switch (p.kind()) {
            case INTEGER: return sliders ? new Interval((long) p.min(), (long) p.max()) : null;
            case REAL: return sliders ? new Interval(p.min(), p.max()) : null;
            case CHOICE: return p.choices().toArray(new String[0]);
            default: return null;
        }
    }

    @Override
    public String getDescription(int index) {
        if (index == START) {
            return "<html>Calendar month of the first month simulated (YYYY-MM).<br>Default 2015-04, the month the "
                    + "model is initialised to.</html>";
        }
        if (index == MONTHS) {
            return "<html>Months to simulate: the Console stops the run after this many.<br>Range 1 to "
                    + ExperimentFile.MAX_MONTHS + ".</html>";
        }
        Parameter p = parameter(index);
        return "<html><b>" + escape(p.name()) + "</b> (" + escape(p.unit().isEmpty() ? p.kind().name().toLowerCase() : p.unit())
                + ")<br>" + escape(p.description()) + "<br>Range: " + escape(p.rangeText()) + "; default "
                + escape(p.format(p.defaultValue())) + "<br>Source: " + escape(source(p))
                + "<br>Documented in models/ODD.md, section 10 (table " + escape(p.group()) + "); short codes in section 11</html>";
    }

    /**
     * The parameter's source as the tool tip gives it. The catalogue also cites the design notes
     * (MODEL.md), which are not in the repository: those citations are left out, the ODD's
     * section 10 (named after this) carries the parameter and its source.
     */
    static String source(Parameter p) {
        String text = p.source()
                .replaceAll("\\s*\\(MODEL\\.md s\\d+\\)", "")
                .replaceAll("MODEL\\.md s\\d+( and |; |: |, )?", "")
                .replaceAll("^[;:,]\\s*|\\s*[;:,]\\s*$", "")
                .replaceAll(";\\s*:", ":")
                .trim();
        return text.isEmpty() ? "see ODD section 10" : text;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    @Override
    protected Object _setValue(int index, Object value) {
        try {
            if (index == START) {
                settings.setStart(YearMonth.parse(String.valueOf(value).trim()));
            } else if (index == MONTHS) {
                settings.setMonths(((Number) value).intValue());
            } else {
                Parameter p = parameter(index);
                double typed = toDouble(p, value);
                double current = settings.value(p);
                // The rounded value the row shows, given back as it was (on leaving the field), is no change.
                if (p.kind() == Parameter.Kind.REAL && typed == shown(current) && typed != current) return getValue(index);
                settings.set(p, typed);
            }
        } catch (DateTimeParseException e) {
            problems.accept("start: got " + value + ", expected a month YYYY-MM");
        } catch (IllegalArgumentException | ClassCastException e) {
            problems.accept(e.getMessage());
        }
        return getValue(index);
    }

    private static double toDouble(Parameter p, Object value) {
        if (value instanceof Boolean) return ((Boolean) value) ? 1 : 0;
        if (value instanceof Number) return ((Number) value).doubleValue();
        double parsed = p.parse(String.valueOf(value).trim());
        if (Double.isNaN(parsed)) {
            throw new IllegalArgumentException(p.name() + ": got " + value + ", expected " + p.expected());
        }
        return parsed;
    }
}
