package org.icosim.io;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import org.icosim.model.parameters.Parameter;
import org.icosim.model.parameters.Parameters;

/**
 * A history-matching calibration file ({@code icosim calibrate FILE}), read as strictly as every
 * input: unknown keys, values of the wrong type or out of range, and missing files are refused
 * with the file, the key's line and what was expected.
 *
 * <pre>{
 *   "name": "calibrate-tiny",
 *   "description": "...",
 *   "experiment": "status-quo.json",
 *   "model": "../models/tiny.json",
 *   "targets": "calibrate-tiny-targets.csv",
 *   "seed": 1,
 *   "parameters": {"exitHazardScale": {"min": 0.4, "max": 1.6}, "jobInertia": {"min": 1, "max": 10}},
 *   "waves": {"min": 2, "max": 2, "firstSize": 12, "size": 12, "replicates": 2, "cutoff": 3, "combination": "second",
 *             "candidatesPerRound": 2000, "referenceSize": 5000, "minShrink": 0.05, "ensembleSize": 8},
 *   "emulator": {"kernel": "squaredExponential", "mean": "linear", "starts": 3}
 * }</pre>
 *
 * Paths are relative to this file's folder. {@code experiment} is a plain experiment (no sweep):
 * its start, parameters and rules are every run's; {@code model}, if given, replaces its model.
 * Each calibrated parameter is a real or whole-number parameter of the catalogue with a prior
 * range inside the catalogue's own; the calibrated value replaces any the model or experiment
 * sets. The runs last from the experiment's start to the last target's month, and every target
 * must fall in that span. {@code seed} (default: the experiment's) is the base of every run's
 * seed and of every draw of the designs and emulators.
 *
 * @param path        the file
 * @param name        the calibration's name
 * @param description what it calibrates
 * @param experiment  the experiment of every run
 * @param model       the model file (the experiment's unless replaced)
 * @param targetsPath the targets file
 * @param targets     its rows
 * @param seed        the base seed
 * @param parameters  the calibrated parameters with their prior ranges, in file order
 * @param waves       the wave settings
 * @param emulator    the emulator settings
 * @param months      months each run lasts
 * @param sha256      the file's digest
 */
public record CalibrationFile(Path path, String name, String description, ExperimentFile experiment, Path model,
        Path targetsPath, List<TargetsFile.Target> targets, long seed, List<Prior> parameters, Waves waves, Emulator emulator,
        int months, String sha256) {

    public static final List<String> KEYS =
            List.of("name", "description", "experiment", "model", "targets", "seed", "parameters", "waves", "emulator");
    public static final List<String> WAVE_KEYS = List.of("min", "max", "firstSize", "size", "replicates", "cutoff", "combination",
            "candidatesPerRound", "referenceSize", "minShrink", "ensembleSize");
    public static final List<String> EMULATOR_KEYS = List.of("kernel", "mean", "starts");
    public static final List<String> COMBINATIONS = List.of("max", "second", "third");
    public static final List<String> KERNELS = List.of("squaredExponential", "matern52");
    public static final List<String> MEANS = List.of("linear", "constant");
    public static final int MAX_WAVES = 20;
    public static final int MAX_DESIGN = 5000;

    /**
     * A calibrated parameter and its prior range.
     *
     * @param parameter the catalogue's parameter
     * @param min       lower end of the prior range
     * @param max       upper end, above min
     */
    public record Prior(Parameter parameter, double min, double max) {
        /** A value of the range as a run uses it: whole-number parameters rounded to the nearest whole number. */
        public double runValue(double x) {
            return parameter.kind() == Parameter.Kind.INTEGER ? Math.rint(x) : x;
        }
    }

    /**
     * Wave settings; see {@code HistoryMatching.Settings} for their meaning.
     *
     * @param combination "max", "second" or "third"
     */
    public record Waves(int min, int max, int firstSize, int size, int replicates, double cutoff, String combination,
            int candidatesPerRound, int referenceSize, double minShrink, int ensembleSize) {
    }

    /**
     * @param kernel "squaredExponential" or "matern52"
     * @param mean   "linear" or "constant"
     * @param starts optimiser starts per emulator
     */
    public record Emulator(String kernel, String mean, int starts) {
    }

    /**
     * Reads and checks a calibration file, its experiment, model and targets.
     *
     * @throws InputException naming the file, the place and what was expected
     */
    public static CalibrationFile load(Path path) throws InputException {
        StrictJson.Document document = StrictJson.read(path);
        SpecReader reader = new SpecReader(document);
        JsonObject root = reader.root(KEYS);
        String name = reader.requiredString(root, "name", "the calibration's name", false);
        String description = reader.requiredString(root, "description", "what the calibration fits", true);
        Path experimentPath = file(reader, path, root, "experiment", "path of a plain experiment file, relative to this file's folder", true);
        ExperimentFile experiment = ExperimentFile.load(experimentPath);
        if (experiment.isSweep()) {
            throw reader.error("experiment", experimentPath + " is a sweep (it has replicates or factors); expected a plain experiment:"
                    + " the calibration chooses the points and replicates");
        }
        Path model = root.has("model") ? file(reader, path, root, "model", "path of a model file, relative to this file's folder", false)
                : experiment.model();
        Path targetsPath = file(reader, path, root, "targets", "path of a targets CSV, relative to this file's folder", true);
        List<TargetsFile.Target> targets = TargetsFile.read(targetsPath);
        long seed = root.has("seed") ? ExperimentFile.wholeNumber(reader, root.get("seed"), "seed", 0, Long.MAX_VALUE,
                "a whole number in [0, " + Long.MAX_VALUE + "] (the base seed)") : experiment.seed();
        List<Prior> parameters = priors(reader, root, document.file());
        Waves waves = waves(reader, root.get("waves"), parameters.size(), targets.size());
        Emulator emulator = emulator(reader, root.get("emulator"));
        int min = ("linear".equals(emulator.mean()) ? parameters.size() + 1 : 1) + 2;
        for (String key : List.of("firstSize", "size")) {
            int size = key.equals("size") ? waves.size() : waves.firstSize();
            if (size < min) {
                throw reader.error("waves." + key, "got " + size + ", expected at least " + min + " design points for a " + emulator.mean()
                        + " mean in " + parameters.size() + " parameters (about 10 per parameter is usual)");
            }
        }
        YearMonth start = experiment.start();
        YearMonth last = start;
        for (TargetsFile.Target t : targets) {
            if (t.date().isBefore(start)) {
                throw new InputException(targetsPath.toString(), "row date", t.line(), "got " + t.date() + ", expected a month from the experiment's start "
                        + start + " (" + experimentPath + ")");
            }
            if (t.date().isAfter(last)) last = t.date();
        }
        int months = (int) (start.until(last, ChronoUnit.MONTHS) + 1);
        return new CalibrationFile(path, name, description, experiment, model, targetsPath, List.copyOf(targets), seed,
                List.copyOf(parameters), waves, emulator, months, document.sha256());
    }

    private static Path file(SpecReader reader, Path self, JsonObject root, String key, String meaning, boolean required)
            throws InputException {
        String text = reader.requiredString(root, key, meaning, false);
        Path given;
        try {
            given = Path.of(text);
        } catch (InvalidPathException e) {
            throw reader.error(key, "got \"" + text + "\", expected a valid file path (" + e.getReason() + ")");
        }
        Path folder = self.getParent();
        Path resolved = (folder == null ? given : folder.resolve(given)).normalize();
        if (!Files.exists(resolved, LinkOption.NOFOLLOW_LINKS)) {
            throw reader.error(key, "file not found: " + resolved + "; expected " + meaning);
        }
        String problem = InputFiles.problem(resolved, key.equals("targets") ? "a CSV file" : "a JSON file");
        if (problem != null) throw reader.error(key, resolved + ": " + problem);
        return resolved;
    }

    private static List<Prior> priors(SpecReader reader, JsonObject root, String file) throws InputException {
        JsonElement element = root.get("parameters");
        String expected = "an object of parameter names and prior ranges, e.g. {\"exitHazardScale\": {\"min\": 0.4, \"max\": 1.6}}";
        if (element == null) throw new InputException(file, "parameters", "missing; expected " + expected);
        if (!element.isJsonObject() || element.getAsJsonObject().size() == 0) {
            throw reader.error("parameters", "got " + SpecReader.describe(element) + (element.isJsonObject() ? " with no members" : "")
                    + ", expected " + expected);
        }
        List<Prior> out = new ArrayList<>();
        for (Map.Entry<String, JsonElement> member : element.getAsJsonObject().entrySet()) {
            String place = StrictJson.memberPath("parameters", member.getKey());
            Parameter parameter = Parameters.byName(member.getKey());
            if (parameter == null) throw reader.error(place, SpecReader.unknownParameter(member.getKey()));
            if (parameter.kind() != Parameter.Kind.REAL && parameter.kind() != Parameter.Kind.INTEGER) {
                throw reader.error(place, parameter.name() + " is a " + parameter.kind().name().toLowerCase()
                        + " parameter; expected a real or whole-number parameter (an emulator needs a continuous input)");
            }
            JsonElement value = member.getValue();
            if (!value.isJsonObject()) {
                throw reader.error(place, "got " + SpecReader.describe(value) + ", expected a prior range {\"min\": ..., \"max\": ...} inside "
                        + parameter.rangeText());
            }
            JsonObject range = value.getAsJsonObject();
            reader.checkKeys(range, place, List.of("min", "max"));
            for (String key : List.of("min", "max")) {
                if (!range.has(key)) throw reader.error(place, "a prior range needs \"" + key + "\"; expected {\"min\": ..., \"max\": ...}");
            }
            double min = reader.parameterValue(StrictJson.memberPath(place, "min"), parameter, range.get("min"));
            double max = reader.parameterValue(StrictJson.memberPath(place, "max"), parameter, range.get("max"));
            if (!(max > min)) {
                throw reader.error(StrictJson.memberPath(place, "max"), "got " + SpecReader.describe(range.get("max"))
                        + ", expected a value above min " + SpecReader.describe(range.get("min")));
            }
            out.add(new Prior(parameter, min, max));
        }
        return out;
    }

    private static Waves waves(SpecReader reader, JsonElement element, int parameters, int targets) throws InputException {
        JsonObject w = new JsonObject();
        if (element != null) {
            if (!element.isJsonObject()) {
                throw reader.error("waves", "got " + SpecReader.describe(element) + ", expected an object with keys " + String.join(", ", WAVE_KEYS));
            }
            w = element.getAsJsonObject();
            reader.checkKeys(w, "waves", WAVE_KEYS);
        }
        int defaultSize = Math.min(MAX_DESIGN, 10 * parameters);
        int minWaves = whole(reader, w, "min", 1, 1, MAX_WAVES, "waves run before a region that stops shrinking or precise emulators may stop them");
        int max = whole(reader, w, "max", Math.max(3, minWaves), minWaves, MAX_WAVES, "waves at most, at least min " + minWaves);
        int firstSize = whole(reader, w, "firstSize", defaultSize, 1, MAX_DESIGN, "design points of wave 1");
        int size = whole(reader, w, "size", defaultSize, 1, MAX_DESIGN, "design points of each later wave");
        int replicates = whole(reader, w, "replicates", 3, 2, 1000, "runs per design point; the emulators' nugget is their variance");
        double cutoff = real(reader, w, "cutoff", 3.0, 0.5, 10, "the implausibility cut-off (3: Pukelsheim's three-sigma rule)");
        String combination = choice(reader, w, "combination", targets >= 2 ? "second" : "max", COMBINATIONS,
                "which largest implausibility over targets decides");
        int rank = COMBINATIONS.indexOf(combination) + 1;
        if (rank > targets) {
            throw reader.error("waves.combination", "got \"" + combination + "\", which needs at least " + rank + " targets; the targets file has "
                    + targets);
        }
        int perRound = whole(reader, w, "candidatesPerRound", Math.max(2000, 20 * size), size, 1_000_000,
                "candidates per Latin hypercube when drawing a design, at least the wave size " + size);
        int reference = whole(reader, w, "referenceSize", 10_000, 100, 1_000_000, "points of the sample the region's share is measured on");
        double minShrink = real(reader, w, "minShrink", 0.05, 0, 0.99, "stop when a wave cuts less than this share of the region");
        int ensemble = whole(reader, w, "ensembleSize", 50, 0, MAX_DESIGN, "points of the plausible set");
        return new Waves(minWaves, max, firstSize, size, replicates, cutoff, combination, perRound, reference, minShrink, ensemble);
    }

    private static Emulator emulator(SpecReader reader, JsonElement element) throws InputException {
        JsonObject e = new JsonObject();
        if (element != null) {
            if (!element.isJsonObject()) {
                throw reader.error("emulator", "got " + SpecReader.describe(element) + ", expected an object with keys " + String.join(", ", EMULATOR_KEYS));
            }
            e = element.getAsJsonObject();
            reader.checkKeys(e, "emulator", EMULATOR_KEYS);
        }
        return new Emulator(choice(reader, e, "kernel", "squaredExponential", KERNELS, "the correlation function"),
                choice(reader, e, "mean", "linear", MEANS, "the regression part"),
                whole(reader, e, "emulator", "starts", 3, 1, 100, "starting points of the likelihood optimiser"));
    }

    private static int whole(SpecReader reader, JsonObject o, String key, int dflt, long min, long max, String meaning)
            throws InputException {
        return whole(reader, o, "waves", key, dflt, min, max, meaning);
    }

    private static int whole(SpecReader reader, JsonObject o, String parent, String key, int dflt, long min, long max, String meaning)
            throws InputException {
        if (!o.has(key)) return dflt;
        return (int) ExperimentFile.wholeNumber(reader, o.get(key), parent + "." + key, min, max,
                "a whole number in [" + min + ", " + max + "] (" + meaning + ")");
    }

    private static double real(SpecReader reader, JsonObject o, String key, double dflt, double min, double max, String meaning)
            throws InputException {
        if (!o.has(key)) return dflt;
        JsonElement v = o.get(key);
        String expected = "a number in [" + BigDecimal.valueOf(min).stripTrailingZeros().toPlainString() + ", "
                + BigDecimal.valueOf(max).stripTrailingZeros().toPlainString() + "] (" + meaning + ")";
        if (!(v.isJsonPrimitive() && v.getAsJsonPrimitive().isNumber())) {
            throw reader.error("waves." + key, "got " + SpecReader.describe(v) + ", expected " + expected);
        }
        double x = v.getAsBigDecimal().doubleValue();
        if (!(x >= min && x <= max)) throw reader.error("waves." + key, "got " + SpecReader.describe(v) + ", expected " + expected);
        return x;
    }

    private static String choice(SpecReader reader, JsonObject o, String key, String dflt, List<String> choices, String meaning)
            throws InputException {
        if (!o.has(key)) return dflt;
        JsonElement v = o.get(key);
        String parent = COMBINATIONS.equals(choices) ? "waves." : "emulator.";
        if (!SpecReader.isString(v) || !choices.contains(v.getAsString())) {
            throw reader.error(parent + key, "got " + SpecReader.describe(v) + ", expected one of \"" + String.join("\", \"", choices)
                    + "\" (" + meaning + ")");
        }
        return v.getAsString();
    }
}
