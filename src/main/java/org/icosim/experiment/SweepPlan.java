package org.icosim.experiment;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.icosim.experiment.design.GridDesign;
import org.icosim.experiment.design.LatinHypercube;
import org.icosim.experiment.design.MorrisDesign;
import org.icosim.experiment.design.SaltelliDesign;
import org.icosim.experiment.design.SplitMix64;
import org.icosim.io.ExperimentFile;
import org.icosim.io.SweepSpec;
import org.icosim.io.SweepSpec.DesignType;
import org.icosim.io.SweepSpec.Factor;

/**
 * Every run of a sweep, from its experiment file: which design point and replicate a run is, its
 * seed and its factor values, and the plain one-run experiment that reproduces it. Knows no
 * model: the caller runs what {@link #runExperiment} describes.
 *
 * <p><b>Numbering.</b> Run {@code id = point * replicates + replicate}, ids 0 to
 * {@link #runCount()} - 1; design points are numbered as the design orders them (a grid with the
 * first factor varying slowest, Morris trajectory by trajectory, Saltelli base sample by base
 * sample).
 *
 * <p><b>Seeds.</b> A run's seed depends only on the base seed, its point and its replicate,
 * never on when or where it runs: {@link #derivedSeed}. With common random numbers (the
 * default), replicate r has the same seed at every point, so two points differ by their factor
 * values and not by luck, which is what elementary effects and Sobol estimators, built from
 * differences between points, need to stay precise (as {@code compare} does for scenarios).
 * With {@code "commonRandomNumbers": false} every (point, replicate) has its own seed.
 *
 * <p><b>Designs.</b> The design's random choices (Latin hypercube strata, Morris trajectories,
 * Saltelli base samples) come from a {@link SplitMix64} seeded by {@link #designSeed}, so one
 * experiment file is one design everywhere.
 */
public final class SweepPlan {

    private final ExperimentFile experiment;
    private final SweepSpec spec;
    private final GridDesign grid;
    private final double[][] unitPoints;
    private final int points;
    private final int runCount;

    private SweepPlan(ExperimentFile experiment) {
        this.experiment = experiment;
        this.spec = experiment.sweep();
        List<Factor> factors = spec.factors();
        int k = factors.size();
        SplitMix64 rng = new SplitMix64(designSeed(experiment.seed()));
        switch (spec.design().type()) {
            case GRID:
                int[] levels = new int[k];
                for (int i = 0; i < k; i++) levels[i] = factors.get(i).gridValues().size();
                grid = new GridDesign(levels);
                unitPoints = null;
                points = (int) grid.points();
                break;
            case LHS:
                grid = null;
                unitPoints = LatinHypercube.sample(spec.design().size(), k, rng);
                points = unitPoints.length;
                break;
            case MORRIS:
                grid = null;
                unitPoints = morris().sample(rng);
                points = unitPoints.length;
                break;
            default:
                grid = null;
                unitPoints = saltelli().sample(rng);
                points = unitPoints.length;
                break;
        }
        runCount = points * spec.replicates();
    }

    /** The plan of an experiment; a plain experiment is a sweep of one run. */
    public static SweepPlan of(ExperimentFile experiment) {
        return new SweepPlan(experiment);
    }

    /**
     * The seed of replicate {@code replicate} at design point {@code point}: SplitMix64's mixing
     * function ({@link SplitMix64#mix}) applied in turn to the base seed, then with the point,
     * then with the replicate, each added as a multiple of the golden gamma, keeping the low 63
     * bits so the seed is in [0, Long.MAX_VALUE]:
     *
     * <pre>seed = mix(mix(mix(base) + γ (point + 1)) + γ (replicate + 1)) &gt;&gt;&gt; 1</pre>
     *
     * With common random numbers the point is taken as 0 for every point.
     */
    public static long derivedSeed(long baseSeed, int point, int replicate) {
        long h = SplitMix64.mix(baseSeed);
        h = SplitMix64.mix(h + SplitMix64.GOLDEN_GAMMA * (point + 1L));
        h = SplitMix64.mix(h + SplitMix64.GOLDEN_GAMMA * (replicate + 1L));
        return h >>> 1;
    }

    /** The seed of the design's own random choices: {@code derivedSeed(base, -1, -1)}, distinct from every run's. */
    public static long designSeed(long baseSeed) {
        return derivedSeed(baseSeed, -1, -1);
    }

    public ExperimentFile experiment() {
        return experiment;
    }

    public List<Factor> factors() {
        return spec.factors();
    }

    public DesignType designType() {
        return spec.design().type();
    }

    public int pointCount() {
        return points;
    }

    public int replicates() {
        return spec.replicates();
    }

    public int runCount() {
        return runCount;
    }

    public int point(int run) {
        check(run);
        return run / spec.replicates();
    }

    public int replicate(int run) {
        check(run);
        return run % spec.replicates();
    }

    public long seed(int run) {
        return derivedSeed(experiment.seed(), spec.commonRandomNumbers() ? 0 : point(run), replicate(run));
    }

    /** The Morris design of this sweep (a morris sweep only). */
    public MorrisDesign morris() {
        requireDesign(DesignType.MORRIS);
        return new MorrisDesign(spec.design().size(), spec.factors().size(), spec.design().levels());
    }

    /** The Saltelli design of this sweep (a sobol sweep only). */
    public SaltelliDesign saltelli() {
        requireDesign(DesignType.SOBOL);
        return new SaltelliDesign(spec.design().size(), spec.factors().size());
    }

    /** The design points in [0, 1]^k (lhs, morris and sobol sweeps), a copy. */
    public double[][] unitPoints() {
        if (unitPoints == null) throw new IllegalStateException("a grid has no unit points");
        double[][] copy = new double[unitPoints.length][];
        for (int i = 0; i < copy.length; i++) copy[i] = unitPoints[i].clone();
        return copy;
    }

    /** The factors' values at a design point, in factor order and parameter units. */
    public double[] values(int point) {
        if (point < 0 || point >= points) throw new IllegalArgumentException("point " + point + " is outside 0.." + (points - 1));
        List<Factor> factors = spec.factors();
        double[] values = new double[factors.size()];
        if (grid != null) {
            int[] at = grid.levelsAt(point);
            for (int i = 0; i < values.length; i++) values[i] = factors.get(i).gridValues().get(at[i]);
        } else {
            for (int i = 0; i < values.length; i++) values[i] = factors.get(i).valueAt(unitPoints[point][i]);
        }
        return values;
    }

    /** The factors' values of a run by name, in factor order. */
    public Map<String, Double> factorValues(int run) {
        double[] values = values(point(run));
        Map<String, Double> named = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) named.put(spec.factors().get(i).name(), values[i]);
        return Collections.unmodifiableMap(named);
    }

    /**
     * The plain experiment of one run: the factor values folded into {@code parameters} (after
     * the fixed ones), the derived seed, no factors, the sweep's rules. It keeps this file's path
     * and digest, so a run record names the sweep it came from; {@link ExperimentFile#withPath}
     * gives a copy to save.
     */
    public ExperimentFile runExperiment(int run) {
        Map<String, Double> parameters = new LinkedHashMap<>(experiment.parameters());
        parameters.putAll(factorValues(run));
        String where = "run " + run + " of sweep " + experiment.name() + " (point " + point(run) + ", replicate "
                + replicate(run) + ")";
        String description = experiment.description().isEmpty() ? where : experiment.description() + " [" + where + "]";
        return new ExperimentFile(experiment.path(), experiment.name() + "-run" + run, description, experiment.model(),
                seed(run), experiment.months(), experiment.start(), parameters, experiment.sha256(), SweepSpec.NONE,
                experiment.rules());
    }

    /** The months of the summary columns: as kept, or the last month simulated. */
    public List<YearMonth> summaryMonths() {
        List<YearMonth> months = spec.keep().summaryMonths();
        if (!months.isEmpty()) return months;
        return List.of(experiment.start().plusMonths(experiment.months() - 1L));
    }

    /** Month indexes (0 = the first month) of {@link #summaryMonths()}. */
    public List<Integer> summaryMonthIndexes() {
        List<Integer> indexes = new ArrayList<>();
        for (YearMonth month : summaryMonths()) {
            indexes.add((int) (experiment.start().until(month, java.time.temporal.ChronoUnit.MONTHS)));
        }
        return indexes;
    }

    private void check(int run) {
        if (run < 0 || run >= runCount) {
            throw new IllegalArgumentException("run " + run + " is outside 0.." + (runCount - 1));
        }
    }

    private void requireDesign(DesignType type) {
        if (spec.design().type() != type) {
            throw new IllegalStateException("the design is " + spec.design().type().label() + ", not " + type.label());
        }
    }
}
