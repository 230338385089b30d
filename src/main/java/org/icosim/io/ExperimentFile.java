package org.icosim.io;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.stream.JsonWriter;

import org.icosim.model.parameters.Parameter;
import org.icosim.model.parameters.Parameters;
import org.icosim.model.rules.Rules;

/**
 * An experiment file: one run of a model, with its seed, length, start month and any parameter
 * values that differ from the model's (a policy lever, a sensitivity test):
 *
 * <pre>{
 *   "name": "ico-push",
 *   "description": "trusts favour ICOs from 2017",
 *   "model": "../models/tiny.json",
 *   "seed": 7,
 *   "months": 60,
 *   "start": "2015-04",
 *   "parameters": {"switchProbability": 0.1},
 *   "rules": {"referrals": "nearestTrust"}
 * }</pre>
 *
 * <p>{@code model} is resolved against the experiment file's folder, so a folder of experiments
 * and models can be moved or shared as a whole. {@code seed} (default {@value #DEFAULT_SEED}),
 * {@code months} (default {@value #DEFAULT_MONTHS}) and {@code start} (default 2015-04, the
 * model's calibration month) are optional; so is {@code rules}, which picks a decision rule
 * of a kind by name from the catalogue of {@link Rules} (kinds it does not name keep their
 * default); everything else is checked as strictly as in {@link ModelFile}. {@link #toJson()}
 * writes the experiment back, so the GUI can save what the modeller set up.
 *
 * @param path        the file as named by the user, or {@code null} for an experiment not yet saved
 * @param name        short name of the experiment
 * @param description what the experiment tests
 * @param model       the model file, already resolved against this file's folder
 * @param seed        the run's only source of randomness (STYLE.md habit 3), at least 0
 * @param months      months to simulate, 1 to {@value #MAX_MONTHS}
 * @param start       calendar month of month 0, years {@value #MIN_YEAR} to {@value #MAX_YEAR}
 * @param parameters  parameter name to value, applied over the model's, in file order
 * @param sha256      hex SHA-256 of the file's bytes, or {@code null} if not read from a file
 * @param sweep       replicates, factors, design and what to keep ({@link SweepSpec}); {@link SweepSpec#NONE}
 *                    for one run. With a sweep, {@code seed} is the base seed every run's seed is derived from.
 * @param rules       the decision rules of every run, by name ({@link Rules#defaults()} unless the file names others)
 */
public record ExperimentFile(Path path, String name, String description, Path model, long seed, int months,
        YearMonth start, Map<String, Double> parameters, String sha256, SweepSpec sweep, Rules rules) {

    /** The keys of a plain experiment, in the order they are written. */
    public static final List<String> PLAIN_KEYS =
            List.of("name", "description", "model", "seed", "months", "start", "parameters", "rules");
    /** Every key an experiment file may have, in the order they are written: the plain ones, then {@link SweepSpec#KEYS}. */
    public static final List<String> KEYS = concat(PLAIN_KEYS, SweepSpec.KEYS);
    public static final long DEFAULT_SEED = 1;
    public static final int DEFAULT_MONTHS = 120;
    /** April 2015: the month the model is initialised to (MODEL.md section 9). */
    public static final YearMonth DEFAULT_START = YearMonth.of(2015, 4);
    /** A century: longer runs outlive any assumption in the model. */
    public static final int MAX_MONTHS = 1200;
    public static final int MIN_YEAR = 1990;
    public static final int MAX_YEAR = 2100;

    private static final Pattern YEAR_MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final String SEED_EXPECTED = "a whole number in [0, " + Long.MAX_VALUE + "] (random seed)";
    private static final String MONTHS_EXPECTED = "a whole number in [1, " + MAX_MONTHS + "] (months to simulate)";
    private static final String START_EXPECTED = "a month \"YYYY-MM\" with year in [" + MIN_YEAR + ", " + MAX_YEAR
            + "] and month 01 to 12";
    private static final Pattern JSON_NUMBER = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");

    /**
     * Checks an experiment built in code as strictly as one read from a file.
     *
     * @throws IllegalArgumentException naming the bad component or parameter
     */
    public ExperimentFile {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("experiment name is blank");
        }
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(model, "model");
        if (seed < 0) {
            throw new IllegalArgumentException("seed: got " + seed + ", expected " + SEED_EXPECTED);
        }
        if (months < 1 || months > MAX_MONTHS) {
            throw new IllegalArgumentException("months: got " + months + ", expected " + MONTHS_EXPECTED);
        }
        Objects.requireNonNull(start, "start");
        if (start.getYear() < MIN_YEAR || start.getYear() > MAX_YEAR) {
            throw new IllegalArgumentException("start: got " + start + ", expected " + START_EXPECTED);
        }
        parameters = SpecReader.checkedCopy(Objects.requireNonNull(parameters, "parameters"));
        Objects.requireNonNull(sweep, "sweep");
        Objects.requireNonNull(rules, "rules");
        for (SweepSpec.Factor factor : sweep.factors()) {
            if (parameters.containsKey(factor.name())) {
                throw new IllegalArgumentException("factors." + factor.name() + ": also fixed in parameters");
            }
        }
        YearMonth last = start.plusMonths(months - 1L);
        for (YearMonth month : sweep.keep().summaryMonths()) {
            if (month.isBefore(start) || month.isAfter(last)) {
                throw new IllegalArgumentException("keep.summaryMonths: " + month + " is outside " + start + " to " + last);
            }
        }
    }

    /** An experiment with the default rules. */
    public ExperimentFile(Path path, String name, String description, Path model, long seed, int months,
            YearMonth start, Map<String, Double> parameters, String sha256, SweepSpec sweep) {
        this(path, name, description, model, seed, months, start, parameters, sha256, sweep, Rules.defaults());
    }

    /** A plain experiment: one run, no factors, the default rules. */
    public ExperimentFile(Path path, String name, String description, Path model, long seed, int months,
            YearMonth start, Map<String, Double> parameters, String sha256) {
        this(path, name, description, model, seed, months, start, parameters, sha256, SweepSpec.NONE);
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new java.util.ArrayList<>(first);
        all.addAll(second);
        return List.copyOf(all);
    }

    /**
     * Reads and checks an experiment file. The model file must exist (it is read later, by
     * {@link ModelFile#load}); a wrong relative path is reported here, where it was written.
     *
     * @throws InputException naming the file, the place and what was expected
     */
    public static ExperimentFile load(Path path) throws InputException {
        return load(path, true);
    }

    /**
     * As {@link #load(Path)}; with {@code requireModel} false the model file need not exist
     * (its path is resolved but not checked), for reading back the copy of an experiment kept in
     * a sweep folder, where only the design matters.
     */
    public static ExperimentFile load(Path path, boolean requireModel) throws InputException {
        StrictJson.Document document = StrictJson.read(path);
        SpecReader reader = new SpecReader(document);
        JsonObject root = reader.root(KEYS);
        String name = reader.requiredString(root, "name", "the experiment's name", false);
        String description = reader.requiredString(root, "description", "what the experiment tests", true);
        String modelText = reader.requiredString(root, "model", "path of the model file, relative to this file's folder", false);
        Path model = resolveModel(path, modelText, reader, requireModel);
        long seed = root.has("seed") ? wholeNumber(reader, root.get("seed"), "seed", 0, Long.MAX_VALUE, SEED_EXPECTED)
                : DEFAULT_SEED;
        int months = root.has("months")
                ? (int) wholeNumber(reader, root.get("months"), "months", 1, MAX_MONTHS, MONTHS_EXPECTED)
                : DEFAULT_MONTHS;
        YearMonth start = root.has("start") ? yearMonth(reader, root.get("start"), "start", START_EXPECTED) : DEFAULT_START;
        Map<String, Double> parameters = reader.parameters(root, "parameters");
        SweepSpec sweep = SweepSpec.read(reader, root, parameters, months, start);
        Rules rules = readRules(reader, root.get("rules"));
        return new ExperimentFile(path, name, description, model, seed, months, start, parameters, document.sha256(), sweep,
                rules);
    }

    /**
     * The {@code rules} object: rule kind to the name of an implementation in the catalogue of
     * {@link Rules}; kinds not named keep their default. Absent, every rule is the default.
     */
    static Rules readRules(SpecReader reader, JsonElement element) throws InputException {
        Rules rules = Rules.defaults();
        if (element == null) {
            return rules;
        }
        if (!element.isJsonObject()) {
            throw reader.error("rules", "got " + SpecReader.describe(element)
                    + ", expected an object of rule kinds and names, e.g. {\"referrals\": \"nearestTrust\"} (kinds: "
                    + String.join(", ", ruleKinds()) + ")");
        }
        for (Map.Entry<String, JsonElement> member : element.getAsJsonObject().entrySet()) {
            String kind = member.getKey();
            String place = StrictJson.memberPath("rules", kind);
            if (Rules.kind(kind) == null) {
                String near = Parameters.closest(kind, ruleKinds());
                throw reader.error(place, "unknown rule kind \"" + kind + "\""
                        + (near != null ? " (did you mean " + near + "?)" : "") + ", expected one of "
                        + String.join(", ", ruleKinds()));
            }
            JsonElement value = member.getValue();
            if (!SpecReader.isString(value)) {
                throw reader.error(place, "got " + SpecReader.describe(value) + ", expected the name of a " + kind
                        + " rule, one of " + String.join(", ", Rules.kind(kind).names()));
            }
            String problem = Rules.problemWith(kind, value.getAsString());
            if (problem != null) {
                throw reader.error(place, problem);
            }
            rules = rules.with(kind, value.getAsString());
        }
        return rules;
    }

    private static List<String> ruleKinds() {
        List<String> keys = new java.util.ArrayList<>();
        for (Rules.Kind<?> kind : Rules.KINDS) keys.add(kind.key());
        return keys;
    }

    private static Path resolveModel(Path experiment, String text, SpecReader reader, boolean mustExist)
            throws InputException {
        Path given;
        try {
            given = Path.of(text);
        } catch (InvalidPathException e) {
            throw reader.error("model", "got \"" + text + "\", expected a valid file path (" + e.getReason() + ")");
        }
        Path folder = experiment.getParent();
        Path resolved = (folder == null ? given : folder.resolve(given)).normalize();
        if (!mustExist) {
            return resolved;
        }
        if (!Files.exists(resolved, LinkOption.NOFOLLOW_LINKS)) {
            throw reader.error("model", "model file not found: " + resolved + " (absolute path " + resolved.toAbsolutePath()
                    + "); expected a path relative to the experiment file's folder"
                    + (folder == null ? "" : " " + folder) + " or an absolute path");
        }
        String problem = InputFiles.problem(resolved, "a JSON file");
        if (problem != null) {
            throw reader.error("model", "model file " + resolved + ": " + problem);
        }
        return resolved;
    }

    static long wholeNumber(SpecReader reader, JsonElement value, String place, long min, long max,
            String expected) throws InputException {
        if (!(value.isJsonPrimitive() && value.getAsJsonPrimitive().isNumber())) {
            throw reader.error(place, "got " + SpecReader.describe(value) + ", expected " + expected);
        }
        BigDecimal number = value.getAsBigDecimal();
        long whole;
        try {
            whole = number.longValueExact();
        } catch (ArithmeticException e) {
            throw reader.error(place, "got " + SpecReader.describe(value) + ", expected " + expected);
        }
        if (whole < min || whole > max) {
            throw reader.error(place, "got " + whole + ", expected " + expected);
        }
        return whole;
    }

    static YearMonth yearMonth(SpecReader reader, JsonElement value, String place, String expected)
            throws InputException {
        Matcher m = SpecReader.isString(value) ? YEAR_MONTH.matcher(value.getAsString()) : null;
        if (m == null || !m.matches()) {
            throw reader.error(place, "got " + SpecReader.describe(value) + ", expected " + expected);
        }
        int year = Integer.parseInt(m.group(1));
        int month = Integer.parseInt(m.group(2));
        if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12) {
            throw reader.error(place, "got " + SpecReader.describe(value) + ", expected " + expected);
        }
        return YearMonth.of(year, month);
    }

    /** The same experiment to be saved at {@code newPath}; the digest is dropped until it is read back. */
    public ExperimentFile withPath(Path newPath) {
        return new ExperimentFile(newPath, name, description, model, seed, months, start, parameters, null, sweep, rules);
    }

    /** The same experiment with these rules (not yet saved: the digest is dropped). */
    public ExperimentFile withRules(Rules newRules) {
        return new ExperimentFile(path, name, description, model, seed, months, start, parameters, null, sweep, newRules);
    }

    /** Whether the file describes more than one run (replicates or factors). */
    public boolean isSweep() {
        return sweep.isSweep();
    }

    /**
     * The experiment as a file would hold it: pretty JSON in {@link #KEYS} order, every key
     * written (so a saved file does not depend on today's defaults), the model path relative to
     * this file's folder when both are on one file system, and values as {@link Parameter#format}
     * writes them: booleans as JSON booleans, choices as strings, numbers as numbers. Ends with a
     * newline. The sweep keys ({@link SweepSpec#KEYS}) are written, all of them, only when one
     * differs from its default, so a plain experiment is written exactly as before sweeps existed.
     * Likewise {@code rules}, with every kind named, only when a rule is not its default.
     */
    public String toJson() {
        StringWriter text = new StringWriter();
        try (JsonWriter json = new JsonWriter(text)) {
            json.setIndent("  ");
            json.beginObject();
            json.name("name").value(name);
            json.name("description").value(description);
            json.name("model").value(modelText());
            json.name("seed").value(seed);
            json.name("months").value(months);
            json.name("start").value(start.toString());
            json.name("parameters").beginObject();
            for (Map.Entry<String, Double> entry : parameters.entrySet()) {
                json.name(entry.getKey());
                writeParameterValue(json, Parameters.byName(entry.getKey()), entry.getValue());
            }
            json.endObject();
            if (!rules.equals(Rules.defaults())) {
                json.name("rules").beginObject();
                for (Map.Entry<String, String> entry : rules.names().entrySet()) {
                    json.name(entry.getKey()).value(entry.getValue());
                }
                json.endObject();
            }
            if (!sweep.isDefault()) {
                sweep.write(json);
            }
            json.endObject();
        } catch (IOException e) {
            // A StringWriter does not fail.
            throw new UncheckedIOException(e);
        }
        return text.append('\n').toString();
    }

    /** Writes one value in the JSON type of its parameter's kind. */
    static void writeParameterValue(JsonWriter json, Parameter parameter, double value) throws IOException {
        String formatted = parameter.format(value);
        switch (parameter.kind()) {
            case BOOLEAN:
                json.value(value != 0);
                break;
            case CHOICE:
            case MONTH:
                json.value(formatted);
                break;
            default:
                // The shortest plain decimal that reads back to the same double (5, not 5.0; 0.3, not
                // 0.30000000000000004 unless that is the value): the text runs.csv uses, the same on every JDK.
                formatted = SweepFolder.factorCell(parameter, value);
                if (!JSON_NUMBER.matcher(formatted).matches()) {
                    throw new IllegalStateException(parameter.name() + ": " + formatted + " is not a JSON number");
                }
                json.jsonValue(formatted);
                break;
        }
    }

    private String modelText() {
        if (path != null) {
            Path folder = path.toAbsolutePath().normalize().getParent();
            Path target = model.toAbsolutePath().normalize();
            if (folder != null && Objects.equals(folder.getRoot(), target.getRoot())) {
                return slashed(folder.relativize(target));
            }
        }
        return model.isAbsolute() ? model.toString() : slashed(model);
    }

    /** A relative path with '/' between names, which every platform reads back. */
    private static String slashed(Path relative) {
        StringBuilder text = new StringBuilder();
        for (Path part : relative) {
            if (text.length() > 0) {
                text.append('/');
            }
            text.append(part);
        }
        return text.toString();
    }
}
