package org.icosim.io;

import java.io.IOException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.stream.JsonWriter;

import org.icosim.experiment.design.SaltelliDesign;
import org.icosim.model.parameters.Parameter;
import org.icosim.model.parameters.Parameters;

/**
 * The sweep part of an experiment file: how many replicates, which parameters vary (factors),
 * how their values are chosen (the design) and what each run keeps. An experiment without these
 * keys is one run, exactly as before ({@link #NONE}).
 *
 * <pre>"replicates": 2,
 * "factors": {"icoImitation": [0.3, 0.6], "yearOfCareTariff": {"min": 500, "max": 1500, "levels": 3}},
 * "design": {"type": "grid"},
 * "keep": {"monthly": true, "summaryMonths": ["2016-03", "2017-03"]}</pre>
 *
 * <p>A factor is either a list of values (any kind of parameter, written as in
 * {@code parameters}) or a range {@code {"min", "max"}} of a real or whole-number parameter. A
 * grid crosses every factor's values (a range needs {@code "levels"}, evenly spaced values from
 * min to max); Latin hypercube, Morris and Sobol designs sample ranges only.
 *
 * @param replicates          runs per design point, each with its own seed
 * @param commonRandomNumbers whether replicate r has the same seed at every design point
 * @param factors             the swept parameters, in file order
 * @param design              how the design points are chosen
 * @param keep                what each run writes
 */
public record SweepSpec(int replicates, boolean commonRandomNumbers, List<Factor> factors, Design design, Keep keep) {

    /** Keys of the sweep part, in the order they are written after {@code parameters}. */
    public static final List<String> KEYS = List.of("replicates", "commonRandomNumbers", "factors", "design", "keep");
    public static final int MAX_REPLICATES = 100_000;
    /** Ten million runs: beyond that a design should be split into several experiments. */
    public static final long MAX_RUNS = 10_000_000;
    public static final int MAX_GRID_LEVELS = 1000;
    public static final int MAX_SAMPLES = 1_000_000;
    public static final int MAX_MORRIS_LEVELS = 100;
    /** One run, no factors: a plain experiment. */
    public static final SweepSpec NONE = new SweepSpec(1, true, List.of(), Design.GRID, Keep.DEFAULT);

    /** How design points are chosen. */
    public enum DesignType {
        GRID("grid"), LHS("lhs"), MORRIS("morris"), SOBOL("sobol");

        private final String label;

        DesignType(String label) {
            this.label = label;
        }

        /** As written in files. */
        public String label() {
            return label;
        }

        static DesignType byLabel(String label) {
            for (DesignType type : values()) {
                if (type.label.equals(label)) return type;
            }
            return null;
        }
    }

    /**
     * A design and its size.
     *
     * @param type   the design
     * @param size   grid: 0; lhs: samples; morris: trajectories; sobol: base samples N
     * @param levels morris: levels p of the grid each factor moves on; otherwise 0
     */
    public record Design(DesignType type, int size, int levels) {
        public static final Design GRID = new Design(DesignType.GRID, 0, 0);

        public Design {
            Objects.requireNonNull(type, "type");
            String problem = problemWith(type, size, levels);
            if (problem != null) throw new IllegalArgumentException("design: " + problem);
        }

        static String problemWith(DesignType type, int size, int levels) {
            switch (type) {
                case GRID:
                    return size == 0 && levels == 0 ? null : "a grid has no size or levels";
                case LHS:
                    if (size < 1 || size > MAX_SAMPLES) return "samples: got " + size + ", expected " + samplesExpected(1);
                    return levels == 0 ? null : "an lhs design has no levels";
                case MORRIS:
                    if (size < 2 || size > MAX_SAMPLES) return "trajectories: got " + size + ", expected " + samplesExpected(2);
                    if (levels < 2 || levels > MAX_MORRIS_LEVELS || levels % 2 != 0) {
                        return "levels: got " + levels + ", expected " + MORRIS_LEVELS_EXPECTED;
                    }
                    return null;
                default:
                    if (!SaltelliDesign.validBaseSamples(size) || size > MAX_SAMPLES) {
                        return "baseSamples: got " + size + ", expected " + SaltelliDesign.BASE_SAMPLES_EXPECTED + ", at most " + MAX_SAMPLES;
                    }
                    return levels == 0 ? null : "a sobol design has no levels";
            }
        }

        /** Design points for {@code factors} factors (the grid's come from its factors' values). */
        public long points(List<Factor> factors) {
            int k = factors.size();
            switch (type) {
                case GRID:
                    long points = 1;
                    for (Factor factor : factors) points = Math.multiplyExact(points, factor.gridValues().size());
                    return points;
                case LHS:
                    return size;
                case MORRIS:
                    return (long) size * (k + 1);
                default:
                    return (long) size * (k + 2);
            }
        }
    }

    /** The expected form of a Morris level count: Morris (1991) takes p even so that Δ = p/(2(p-1)) is on the grid. */
    static final String MORRIS_LEVELS_EXPECTED = "an even whole number in [2, " + MAX_MORRIS_LEVELS + "] (Morris grid levels p)";

    static String samplesExpected(int min) {
        return "a whole number in [" + min + ", " + MAX_SAMPLES + "]";
    }

    /**
     * One swept parameter.
     *
     * @param name   the parameter
     * @param values the values of a list factor, in file order; empty for a range
     * @param min    a range's lower end (NaN for a list)
     * @param max    a range's upper end (NaN for a list)
     * @param levels a range's grid levels, or 0 when the design samples the range
     */
    public record Factor(String name, List<Double> values, double min, double max, int levels) {

        public Factor {
            Parameter parameter = Parameters.byName(name);
            if (parameter == null) throw new IllegalArgumentException(SpecReader.unknownParameter(name));
            values = List.copyOf(values);
            if (values.isEmpty()) {
                if (parameter.kind() != Parameter.Kind.REAL && parameter.kind() != Parameter.Kind.INTEGER) {
                    throw new IllegalArgumentException(name + ": a range needs a real or whole-number parameter");
                }
                for (double end : new double[] {min, max}) {
                    String problem = parameter.problemWith(end);
                    if (problem != null) throw new IllegalArgumentException(name + ": " + problem);
                }
                if (!(min < max)) throw new IllegalArgumentException(name + ": min " + min + " is not below max " + max);
                if (levels != 0 && (levels < 2 || levels > MAX_GRID_LEVELS)) {
                    throw new IllegalArgumentException(name + ": levels " + levels + " not in [2, " + MAX_GRID_LEVELS + "]");
                }
                if (parameter.kind() == Parameter.Kind.INTEGER && levels > max - min + 1) {
                    throw new IllegalArgumentException(name + ": " + levels + " levels but only " + (long) (max - min + 1)
                            + " whole numbers in the range");
                }
            } else {
                for (double value : values) {
                    String problem = parameter.problemWith(value);
                    if (problem != null) throw new IllegalArgumentException(name + ": " + problem);
                }
                if (values.stream().distinct().count() != values.size()) {
                    throw new IllegalArgumentException(name + ": a value is listed twice");
                }
            }
        }

        /** A list factor. */
        public static Factor list(String name, List<Double> values) {
            return new Factor(name, values, Double.NaN, Double.NaN, 0);
        }

        /** A range factor; {@code levels} 0 unless the design is a grid. */
        public static Factor range(String name, double min, double max, int levels) {
            return new Factor(name, List.of(), min, max, levels);
        }

        public Parameter parameter() {
            return Parameters.byName(name);
        }

        public boolean isRange() {
            return values.isEmpty();
        }

        /**
         * The values a grid takes: a list as written, or {@code levels} evenly spaced values from
         * min to max (rounded to whole numbers for an integer parameter), the ends exact.
         */
        public List<Double> gridValues() {
            if (!isRange()) return values;
            List<Double> grid = new ArrayList<>();
            for (int i = 0; i < levels; i++) {
                double value = i == levels - 1 ? max : min + i * (max - min) / (levels - 1);
                grid.add(parameter().kind() == Parameter.Kind.INTEGER ? Math.rint(value) : value);
            }
            return grid;
        }

        /**
         * The value at the fraction {@code u} in [0, 1] of a range: linear for a real parameter;
         * for a whole-number one, the range's {@code max - min + 1} values each take an equal
         * share of [0, 1], so every value is equally likely under uniform sampling.
         */
        public double valueAt(double u) {
            if (parameter().kind() == Parameter.Kind.INTEGER) {
                double count = max - min + 1;
                return Math.min(max, min + StrictMath.floor(u * count));
            }
            return u >= 1 ? max : min + u * (max - min);
        }
    }

    /**
     * What each run keeps.
     *
     * @param monthly        whether every month of every run goes to {@code metrics.csv.gz}
     * @param summaryMonths  the months whose values are columns of {@code runs.csv}, in file
     *                       order; empty means the last month
     */
    public record Keep(boolean monthly, List<YearMonth> summaryMonths) {
        public static final Keep DEFAULT = new Keep(true, List.of());

        public Keep {
            summaryMonths = List.copyOf(summaryMonths);
            if (summaryMonths.stream().distinct().count() != summaryMonths.size()) {
                throw new IllegalArgumentException("keep.summaryMonths: a month is listed twice");
            }
        }
    }

    public SweepSpec {
        if (replicates < 1 || replicates > MAX_REPLICATES) {
            throw new IllegalArgumentException("replicates: got " + replicates + ", expected " + REPLICATES_EXPECTED);
        }
        factors = List.copyOf(factors);
        Objects.requireNonNull(design, "design");
        Objects.requireNonNull(keep, "keep");
        Set<String> names = new HashSet<>();
        for (Factor factor : factors) {
            if (!names.add(factor.name())) throw new IllegalArgumentException("factor " + factor.name() + " given twice");
            String problem = fitProblem(design.type(), factor);
            if (problem != null) throw new IllegalArgumentException("factors." + factor.name() + ": " + problem);
        }
        if (design.type() != DesignType.GRID && factors.isEmpty()) {
            throw new IllegalArgumentException("design: a " + design.type().label() + " design needs factors");
        }
        long runs = Math.multiplyExact(design.points(factors), replicates);
        if (runs > MAX_RUNS) throw new IllegalArgumentException("the design has " + runs + " runs, more than " + MAX_RUNS);
    }

    static final String REPLICATES_EXPECTED = "a whole number in [1, " + MAX_REPLICATES + "] (runs per design point)";

    /** Why a factor does not suit a design, or null. */
    static String fitProblem(DesignType type, Factor factor) {
        if (type == DesignType.GRID) {
            return factor.isRange() && factor.levels() == 0
                    ? "a range in a grid needs \"levels\" (values from min to max), e.g. {\"min\": "
                            + factor.parameter().format(factor.min()) + ", \"max\": " + factor.parameter().format(factor.max())
                            + ", \"levels\": 3}"
                    : null;
        }
        if (!factor.isRange()) {
            return "got a list of values, expected a range {\"min\": ..., \"max\": ...} (a " + type.label()
                    + " design samples ranges)";
        }
        return factor.levels() != 0 ? "\"levels\" is for a grid; a " + type.label() + " design samples the range" : null;
    }

    /** Whether this is more than one run. */
    public boolean isSweep() {
        return replicates > 1 || !factors.isEmpty();
    }

    /** Whether every key has its default, so a plain experiment file is written without them. */
    public boolean isDefault() {
        return equals(NONE);
    }

    /** Runs in the sweep: design points times replicates. */
    public int runCount() {
        return (int) (design.points(factors) * replicates);
    }

    // ---------------------------------------------------------------- reading

    /**
     * Reads the sweep keys of an experiment's top-level object.
     *
     * @param fixed  the experiment's {@code parameters}, which no factor may repeat
     * @param months the experiment's length, bounding {@code keep.summaryMonths}
     * @param start  the experiment's first month
     */
    static SweepSpec read(SpecReader reader, JsonObject root, Map<String, Double> fixed, int months, YearMonth start)
            throws InputException {
        int replicates = root.has("replicates")
                ? (int) ExperimentFile.wholeNumber(reader, root.get("replicates"), "replicates", 1, MAX_REPLICATES, REPLICATES_EXPECTED)
                : 1;
        boolean common = flag(reader, root, "commonRandomNumbers", "commonRandomNumbers",
                "true (replicate r has the same seed at every design point) or false");
        Design design = root.has("design") ? design(reader, root.get("design")) : Design.GRID;
        List<Factor> factors = factors(reader, root, fixed, design.type());
        if (design.type() != DesignType.GRID && factors.isEmpty()) {
            throw reader.error("design", "a " + design.type().label()
                    + " design needs factors; expected \"factors\" with at least one range");
        }
        long runs;
        try {
            runs = Math.multiplyExact(design.points(factors), replicates);
        } catch (ArithmeticException e) {
            runs = Long.MAX_VALUE;
        }
        if (runs > MAX_RUNS) {
            throw reader.error(root.has("design") ? "design" : "factors", "the design has " + runs
                    + " runs (design points times replicates), expected at most " + MAX_RUNS);
        }
        Keep keep = root.has("keep") ? keep(reader, root.get("keep"), months, start) : Keep.DEFAULT;
        return new SweepSpec(replicates, common, factors, design, keep);
    }

    /** A boolean member, true when absent. */
    private static boolean flag(SpecReader reader, JsonObject object, String key, String place, String expected)
            throws InputException {
        JsonElement value = object.get(key);
        if (value == null) return true;
        if (!(value.isJsonPrimitive() && value.getAsJsonPrimitive().isBoolean())) {
            throw reader.error(place, "got " + SpecReader.describe(value) + ", expected " + expected);
        }
        return value.getAsBoolean();
    }

    private static Design design(SpecReader reader, JsonElement element) throws InputException {
        String expectedTypes = "\"grid\", \"lhs\", \"morris\" or \"sobol\"";
        if (!element.isJsonObject()) {
            throw reader.error("design", "got " + SpecReader.describe(element) + ", expected an object such as {\"type\": \"grid\"}");
        }
        JsonObject object = element.getAsJsonObject();
        JsonElement typeElement = object.get("type");
        if (typeElement == null) throw reader.error("design", "no \"type\"; expected a type, one of " + expectedTypes);
        DesignType type = SpecReader.isString(typeElement) ? DesignType.byLabel(typeElement.getAsString()) : null;
        if (type == null) {
            throw reader.error("design.type", "got " + SpecReader.describe(typeElement) + ", expected " + expectedTypes);
        }
        String sizeKey;
        switch (type) {
            case GRID:
                reader.checkKeys(object, "design", List.of("type"));
                return Design.GRID;
            case LHS:
                sizeKey = "samples";
                break;
            case MORRIS:
                sizeKey = "trajectories";
                break;
            default:
                sizeKey = "baseSamples";
                break;
        }
        List<String> keys = type == DesignType.MORRIS ? List.of("type", sizeKey, "levels") : List.of("type", sizeKey);
        reader.checkKeys(object, "design", keys);
        for (String key : keys) {
            if (!object.has(key)) {
                throw reader.error("design", "a " + type.label() + " design needs \"" + key + "\"; expected keys " + String.join(", ", keys));
            }
        }
        int min = type == DesignType.LHS ? 1 : 2;
        int size = (int) ExperimentFile.wholeNumber(reader, object.get(sizeKey), "design." + sizeKey, min, MAX_SAMPLES,
                samplesExpected(min));
        if (type == DesignType.SOBOL && !SaltelliDesign.validBaseSamples(size)) {
            throw reader.error("design.baseSamples", "got " + size + ", expected " + SaltelliDesign.BASE_SAMPLES_EXPECTED
                    + " (the base samples are eight shifted Sobol nets of N / 8 points)");
        }
        int levels = 0;
        if (type == DesignType.MORRIS) {
            levels = (int) ExperimentFile.wholeNumber(reader, object.get("levels"), "design.levels", 2, MAX_MORRIS_LEVELS,
                    MORRIS_LEVELS_EXPECTED);
            if (levels % 2 != 0) throw reader.error("design.levels", "got " + levels + ", expected " + MORRIS_LEVELS_EXPECTED);
        }
        return new Design(type, size, levels);
    }

    private static List<Factor> factors(SpecReader reader, JsonObject root, Map<String, Double> fixed, DesignType type)
            throws InputException {
        List<Factor> factors = new ArrayList<>();
        JsonElement element = root.get("factors");
        if (element == null) return factors;
        if (!element.isJsonObject()) {
            throw reader.error("factors", "got " + SpecReader.describe(element)
                    + ", expected an object of parameter names and value lists or ranges");
        }
        for (Map.Entry<String, JsonElement> member : element.getAsJsonObject().entrySet()) {
            String place = StrictJson.memberPath("factors", member.getKey());
            Parameter parameter = Parameters.byName(member.getKey());
            if (parameter == null) throw reader.error(place, SpecReader.unknownParameter(member.getKey()));
            if (fixed.containsKey(parameter.name())) {
                throw reader.error(place, "is also fixed in parameters; expected each parameter either fixed (in parameters) or swept (in factors)");
            }
            Factor factor = factor(reader, place, parameter, member.getValue());
            String problem = fitProblem(type, factor);
            if (problem != null) throw reader.error(place, problem);
            factors.add(factor);
        }
        return factors;
    }

    private static Factor factor(SpecReader reader, String place, Parameter parameter, JsonElement value)
            throws InputException {
        boolean numeric = parameter.kind() == Parameter.Kind.REAL || parameter.kind() == Parameter.Kind.INTEGER;
        String expected = "a list of values [...]" + (numeric ? " or a range {\"min\": ..., \"max\": ...}" : "")
                + " (a single value is fixed: put it in parameters)";
        if (value.isJsonArray()) {
            JsonArray array = value.getAsJsonArray();
            if (array.isEmpty()) throw reader.error(place, "got an empty list, expected at least one value");
            List<Double> values = new ArrayList<>(array.size());
            // Value to the index where it was first given: a list of a million values must be checked in linear time.
            Map<Double, Integer> first = new HashMap<>();
            for (int i = 0; i < array.size(); i++) {
                String itemPlace = StrictJson.elementPath(place, i);
                double v = reader.parameterValue(itemPlace, parameter, array.get(i));
                Integer earlier = first.putIfAbsent(v, i);
                if (earlier != null) {
                    throw reader.error(itemPlace, "got " + parameter.format(v) + " twice, first at "
                            + firstPlace(reader, StrictJson.elementPath(place, earlier)) + "; expected each value once");
                }
                values.add(v);
            }
            return Factor.list(parameter.name(), values);
        }
        if (!value.isJsonObject() || !numeric) {
            throw reader.error(place, "got " + SpecReader.describe(value) + ", expected " + expected);
        }
        JsonObject range = value.getAsJsonObject();
        reader.checkKeys(range, place, List.of("min", "max", "levels"));
        for (String key : List.of("min", "max")) {
            if (!range.has(key)) throw reader.error(place, "a range needs \"" + key + "\"; expected {\"min\": ..., \"max\": ...}");
        }
        double min = reader.parameterValue(StrictJson.memberPath(place, "min"), parameter, range.get("min"));
        double max = reader.parameterValue(StrictJson.memberPath(place, "max"), parameter, range.get("max"));
        if (!(min < max)) {
            throw reader.error(StrictJson.memberPath(place, "max"), "got " + parameter.format(max) + ", expected more than min ("
                    + parameter.format(min) + ")");
        }
        int levels = 0;
        if (range.has("levels")) {
            long most = parameter.kind() == Parameter.Kind.INTEGER ? (long) Math.min(MAX_GRID_LEVELS, max - min + 1) : MAX_GRID_LEVELS;
            levels = (int) ExperimentFile.wholeNumber(reader, range.get("levels"), StrictJson.memberPath(place, "levels"), 2, most,
                    "a whole number in [2, " + most + "] (evenly spaced grid values from min to max)");
        }
        return Factor.range(parameter.name(), min, max, levels);
    }

    private static Keep keep(SpecReader reader, JsonElement element, int months, YearMonth start) throws InputException {
        if (!element.isJsonObject()) {
            throw reader.error("keep", "got " + SpecReader.describe(element)
                    + ", expected an object such as {\"monthly\": true, \"summaryMonths\": [\"2017-03\"]}");
        }
        JsonObject object = element.getAsJsonObject();
        reader.checkKeys(object, "keep", List.of("monthly", "summaryMonths"));
        boolean monthly = flag(reader, object, "monthly", "keep.monthly",
                "true (every month of every run in metrics.csv.gz) or false (summaries only)");
        List<YearMonth> summary = new ArrayList<>();
        if (object.has("summaryMonths")) {
            YearMonth last = start.plusMonths(months - 1L);
            String expected = "a month \"YYYY-MM\" from " + start + " to " + last + " (the months the experiment simulates)";
            JsonElement value = object.get("summaryMonths");
            if (!value.isJsonArray() || value.getAsJsonArray().isEmpty()) {
                throw reader.error("keep.summaryMonths", "got " + SpecReader.describe(value) + ", expected a non-empty list of months \"YYYY-MM\"");
            }
            JsonArray array = value.getAsJsonArray();
            Map<YearMonth, Integer> firstMonth = new HashMap<>();
            for (int i = 0; i < array.size(); i++) {
                String place = StrictJson.elementPath("keep.summaryMonths", i);
                YearMonth month = ExperimentFile.yearMonth(reader, array.get(i), place, expected);
                if (month.isBefore(start) || month.isAfter(last)) {
                    throw reader.error(place, "got " + month + ", expected " + expected);
                }
                Integer earlier = firstMonth.putIfAbsent(month, i);
                if (earlier != null) {
                    throw reader.error(place, "got " + month + " twice, first at "
                            + firstPlace(reader, StrictJson.elementPath("keep.summaryMonths", earlier)) + "; expected each month once");
                }
                summary.add(month);
            }
        }
        return new Keep(monthly, summary);
    }

    /** Where a value was first given, for a duplicate's message: {@code factors.x[3] (line 7)}. */
    private static String firstPlace(SpecReader reader, String place) {
        int line = reader.line(place);
        return line > 0 ? place + " (line " + line + ")" : place;
    }

    // ---------------------------------------------------------------- writing

    /** Writes the sweep keys, every one, in {@link #KEYS} order. */
    void write(JsonWriter json) throws IOException {
        json.name("replicates").value(replicates);
        json.name("commonRandomNumbers").value(commonRandomNumbers);
        json.name("factors").beginObject();
        for (Factor factor : factors) {
            json.name(factor.name());
            Parameter parameter = factor.parameter();
            if (factor.isRange()) {
                json.beginObject();
                json.name("min");
                ExperimentFile.writeParameterValue(json, parameter, factor.min());
                json.name("max");
                ExperimentFile.writeParameterValue(json, parameter, factor.max());
                if (factor.levels() > 0) json.name("levels").value(factor.levels());
                json.endObject();
            } else {
                json.beginArray();
                for (double value : factor.values()) ExperimentFile.writeParameterValue(json, parameter, value);
                json.endArray();
            }
        }
        json.endObject();
        json.name("design").beginObject();
        json.name("type").value(design.type().label());
        switch (design.type()) {
            case LHS:
                json.name("samples").value(design.size());
                break;
            case MORRIS:
                json.name("trajectories").value(design.size());
                json.name("levels").value(design.levels());
                break;
            case SOBOL:
                json.name("baseSamples").value(design.size());
                break;
            default:
                break;
        }
        json.endObject();
        json.name("keep").beginObject();
        json.name("monthly").value(keep.monthly());
        if (!keep.summaryMonths().isEmpty()) {
            json.name("summaryMonths").beginArray();
            for (YearMonth month : keep.summaryMonths()) json.value(month.toString());
            json.endArray();
        }
        json.endObject();
    }
}
