package org.icosim.gui;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.icosim.io.ExperimentFile;
import org.icosim.io.InputException;
import org.icosim.io.ModelFile;
import org.icosim.io.SweepSpec;
import org.icosim.model.parameters.Parameter;
import org.icosim.model.parameters.Parameters;
import org.icosim.model.rules.Rules;

/**
 * What the GUI will run next: an experiment as the modeller has set it up in the Console. It
 * starts as an experiment file resolved like {@code run} resolves it (defaults, model file,
 * experiment file, command line) and is changed in the Model tab. {@link #toExperiment} gives
 * back an experiment file that {@code run} accepts and that reproduces the run with its seed:
 * it names the same model file, sets every value that differs from that model's, and names the
 * experiment's decision rules if they are not the defaults.
 */
public final class ExperimentSettings {

    /** Loads an experiment file (one run of a sweep if {@code runId} is given) as settings; the command line implements it. */
    public interface Loader {
        ExperimentSettings load(Path experimentFile, Integer runId) throws InputException;

        /** Runs the file describes: 1 for a plain experiment, the design's count for a sweep. */
        int runCount(Path experimentFile) throws InputException;
    }

    private final String name;
    private final String description;
    private final ModelFile model;
    private final Parameters modelValues;
    private final Parameters values;
    /** Names the experiment file or the command line set, kept in a saved file even where they equal the model's. */
    private final Set<String> setByExperiment;
    private final long seed;
    /** The values, start and length as loaded: a saved file that differs from them gets a new name and says what changed. */
    private final Parameters loadedValues;
    private final YearMonth loadedStart;
    private final int loadedMonths;
    private YearMonth start;
    private int months;
    private Rules rules;

    /**
     * @param model       the model file the experiment names
     * @param modelValues the values with only the defaults and the model file applied
     * @param values      the values the run will use
     * @param setByExperiment names of the parameters the experiment (or {@code -p}) set, which a saved
     *                    file keeps so the levers of a scenario stay visible in it
     * @param seed        the experiment's seed (the Console shows it and may change it)
     * @param rules       the decision rules the experiment names, defaults for the others
     */
    public ExperimentSettings(String name, String description, ModelFile model, Parameters modelValues,
            Parameters values, Set<String> setByExperiment, long seed, YearMonth start, int months, Rules rules) {
        if (months < 1 || months > ExperimentFile.MAX_MONTHS) {
            throw new IllegalArgumentException("months: got " + months + ", expected 1 to " + ExperimentFile.MAX_MONTHS);
        }
        this.name = name;
        this.description = description;
        this.model = model;
        this.modelValues = new Parameters(modelValues);
        this.values = new Parameters(values);
        this.setByExperiment = Set.copyOf(setByExperiment);
        this.seed = seed;
        this.start = start;
        this.months = months;
        this.rules = Objects.requireNonNull(rules, "rules");
        this.loadedValues = new Parameters(values);
        this.loadedStart = start;
        this.loadedMonths = months;
    }

    /** Settings with the default rules. */
    public ExperimentSettings(String name, String description, ModelFile model, Parameters modelValues,
            Parameters values, Set<String> setByExperiment, long seed, YearMonth start, int months) {
        this(name, description, model, modelValues, values, setByExperiment, seed, start, months, Rules.defaults());
    }

    public String name() { return name; }
    public String description() { return description; }
    public ModelFile model() { return model; }
    public long seed() { return seed; }
    public YearMonth start() { return start; }
    public int months() { return months; }
    /** The decision rules the next run uses, by name. */
    public Rules rules() { return rules; }

    /** A copy of the values the next run will use. */
    public Parameters values() {
        return new Parameters(values);
    }

    public double value(Parameter parameter) {
        return values.get(parameter);
    }

    /**
     * Changes one value for the next run.
     *
     * @throws IllegalArgumentException naming the parameter, the value and the range expected
     */
    public void set(Parameter parameter, double value) {
        values.set(parameter, value);
    }

    /** @throws IllegalArgumentException outside the years an experiment file accepts */
    public void setStart(YearMonth start) {
        if (start.getYear() < ExperimentFile.MIN_YEAR || start.getYear() > ExperimentFile.MAX_YEAR) {
            throw new IllegalArgumentException("start: got " + start + ", expected a month in years "
                    + ExperimentFile.MIN_YEAR + " to " + ExperimentFile.MAX_YEAR);
        }
        this.start = start;
    }

    /** @throws IllegalArgumentException outside 1 to {@link ExperimentFile#MAX_MONTHS} */
    public void setMonths(int months) {
        if (months < 1 || months > ExperimentFile.MAX_MONTHS) {
            throw new IllegalArgumentException("months: got " + months + ", expected a whole number in [1, "
                    + ExperimentFile.MAX_MONTHS + "]");
        }
        this.months = months;
    }

    /** Takes the values, rules, start and length of a run restored from a checkpoint, so a save reproduces it. */
    public void adopt(Parameters restored, Rules restoredRules, YearMonth restoredStart, int restoredMonths) {
        for (Parameter p : Parameters.all()) values.set(p, restored.get(p));
        rules = Objects.requireNonNull(restoredRules, "rules");
        setStart(restoredStart);
        setMonths(restoredMonths);
    }

    /**
     * What a saved experiment file sets, in catalogue order: every value that differs from the
     * model file's (so the file reproduces the run), and every parameter the experiment itself set
     * (so a scenario's levers stay visible).
     */
    public Map<String, Double> experimentValues() {
        Map<String, Double> changed = new LinkedHashMap<>();
        for (Parameter p : Parameters.all()) {
            if (Double.compare(values.get(p), modelValues.get(p)) != 0 || setByExperiment.contains(p.name())) {
                changed.put(p.name(), values.get(p));
            }
        }
        return changed;
    }

    /**
     * The experiment file that reproduces a run of these settings with {@code seed}, to be saved
     * at {@code file} (the model path is written relative to it).
     */
    public ExperimentFile toExperiment(Path file, long seed) {
        List<String> changes = changesSinceLoaded(seed);
        String savedName;
        String savedDescription;
        if (changes.isEmpty()) {
            savedName = name.isBlank() ? "gui" : name;
            savedDescription = description.isBlank() ? "Saved from the icosim GUI." : description;
        } else {
            // Not the loaded experiment any more: named after the file, saying what it came from and what changed.
            String stem = file.getFileName().toString().replaceFirst("\\.json$", "");
            savedName = stem.isBlank() ? "gui" : stem;
            savedDescription = "Saved from the icosim GUI: " + (name.isBlank() ? "an experiment" : name)
                    + " with " + String.join(", ", changes) + "."
                    + (description.isBlank() ? "" : " It was: " + description);
        }
        return new ExperimentFile(file, savedName, savedDescription, model.path(), seed, months, start,
                experimentValues(), null, SweepSpec.NONE, rules);
    }

    /** What differs from the settings as loaded, in catalogue order: {@code "practices 10 (was 12)"}. */
    public List<String> changesSinceLoaded(long runSeed) {
        List<String> changes = new ArrayList<>();
        if (!start.equals(loadedStart)) changes.add("start " + start + " (was " + loadedStart + ")");
        if (months != loadedMonths) changes.add("months " + months + " (was " + loadedMonths + ")");
        if (runSeed != seed) changes.add("seed " + runSeed + " (was " + seed + ")");
        for (Parameter p : Parameters.all()) {
            if (Double.compare(values.get(p), loadedValues.get(p)) != 0) {
                changes.add(p.name() + " " + p.format(values.get(p)) + " (was " + p.format(loadedValues.get(p)) + ")");
            }
        }
        return changes;
    }
}
