package org.icosim.calibration;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.icosim.calibration.Implausibility.Combination;

/**
 * History matching wave by wave (Vernon, Goldstein and Bower 2010; Andrianakis et al. 2015), for
 * any stochastic simulator that maps a point of the {@link ParameterSpace} and a seed to a vector
 * of outputs, one per {@link Target}.
 *
 * <p>Wave 1 runs a Latin hypercube of the whole space; every later wave a design drawn by {@link
 * Wave} inside the region the waves so far left. Each design point is run {@link
 * Settings#replicates()} times; each output gets a {@link GaussianProcessEmulator} fitted on the
 * replicate means with the nugget from the replicate variance ({@link Replicates}) and is checked
 * by {@link LeaveOneOut}; an output that took one value in every run is a {@link ConstantOutput}.
 * The wave's {@link Implausibility} cuts the region down ({@link NonImplausibleRegion}); its
 * denominator holds, besides the emulator variance, the observation and discrepancy variances and
 * the simulator's own run-to-run variance (the ensemble variability V_s of Andrianakis et al.
 * 2015, eq. 3), estimated as the wave's mean within-point replicate variance: the data are one
 * realisation of a stochastic process, so a run at the best input differs from them by that much
 * too. Its share
 * of the space is estimated on a fixed Latin hypercube of the whole space ({@link
 * Settings#referenceSize()} points), the same at every wave, so shares of successive waves are
 * comparable.
 *
 * <p>After {@link Settings#minWaves()}, the waves stop at the first of: {@link Stop#MAX_WAVES}; {@link Stop#NOT_SHRINKING}, the
 * region kept more than {@code 1 - minShrink} of its previous share; {@link
 * Stop#EMULATORS_PRECISE}, for every output the emulator variance, averaged over the region, fell
 * below the observation, discrepancy and run-to-run variances, so another wave could not cut much more
 * (Vernon et al. 2010, section 5; Andrianakis et al. 2015, section 2.4); {@link Stop#RULED_OUT},
 * no point known to be left; {@link Stop#TOO_SMALL_TO_SAMPLE}, the region is too small for the
 * bounding-box sampler to find a design in it.
 *
 * <p>At the end, the plausible set: a maximin sample of {@link Settings#ensembleSize()} points of
 * the final region, each run with replicates. A run <em>fits every target</em> when each of its
 * outputs is within the cut-off times the standard deviation of observation error, model
 * discrepancy and run-to-run variation from its observation ({@link #fitsEveryTarget}); the share of such runs says whether the region holds runs
 * like the data, not just points the emulators cannot rule out.
 *
 * <p>Deterministic: every draw comes from {@link Settings#seed()}, the simulator's runs are the
 * caller's ({@link Runs}, which gives their seeds), and emulators are fitted output by output,
 * independently of the thread count.
 */
public final class HistoryMatching {

    /** Runs a wave's design; the caller owns seeds, threads and any journal. */
    @FunctionalInterface
    public interface Runs {
        /**
         * @param wave   the wave, from 1; {@link HistoryMatching#ENSEMBLE_WAVE} offset for the plausible set
         * @param points the design, in the simulator's units
         * @return outputs[point][replicate][output], {@code replicates} runs per point; a point
         *         with a failed run is {@code null}
         */
        double[][][] run(int wave, double[][] points, int replicates) throws Exception;
    }

    /** Told as the waves go, for progress and for writing each wave's outputs as soon as it is done. */
    public interface Listener {
        default void waveStarting(int wave, int points, int runs) throws Exception {
        }

        default void waveDone(WaveResult wave) throws Exception {
        }

        default void ensembleStarting(int points, int runs) throws Exception {
        }
    }

    /**
     * One observed output.
     *
     * @param name                how tables name it
     * @param observed            the observation z
     * @param observationVariance the variance of its observation error, positive
     * @param discrepancyVariance the variance of the model discrepancy, at least 0
     */
    public record Target(String name, double observed, double observationVariance, double discrepancyVariance) {
        public Target {
            if (name == null || name.isBlank()) throw new IllegalArgumentException("target name: got none");
            Check.finite("observation of " + name, observed);
            Check.positive("observation variance of " + name, observationVariance);
            Check.nonNegative("discrepancy variance of " + name, discrepancyVariance);
        }

        /** @return the standard deviation of observation error plus discrepancy */
        public double sd() {
            return Math.sqrt(observationVariance + discrepancyVariance);
        }
    }

    /**
     * How to match.
     *
     * @param firstWaveSize      design points of wave 1
     * @param waveSize           design points of each later wave
     * @param replicates         runs per design point, at least 2 (the nugget is their variance)
     * @param cutoff             the implausibility cut-off, positive (3 by default)
     * @param combination        which order statistic over outputs is the combined implausibility
     * @param minWaves           waves run before {@link Stop#NOT_SHRINKING} or {@link Stop#EMULATORS_PRECISE} may stop them, at least 1
     * @param maxWaves           at least minWaves
     * @param candidatesPerRound candidates per Latin hypercube of {@link Wave}, at least the wave size
     * @param referenceSize      the Latin hypercube of the whole space the region's share is measured on
     * @param minShrink          in [0, 1): stop when a wave cuts less than this share of the region
     * @param ensembleSize       points of the plausible set, at least 0
     * @param kernel             the emulators' kernel
     * @param mean               the emulators' mean function
     * @param starts             the optimiser's starting points per emulator, at least 1
     * @param seed               the seed of every draw
     */
    public record Settings(int firstWaveSize, int waveSize, int replicates, double cutoff, Combination combination,
            int minWaves, int maxWaves, int candidatesPerRound, int referenceSize, double minShrink, int ensembleSize, Kernel kernel,
            MeanFunction mean, int starts, long seed) {

        public Settings {
            Check.atLeast("replicates", replicates, 2);
            Check.positive("cut-off", cutoff);
            if (combination == null) throw new IllegalArgumentException("combination: got null, expected one of " + Arrays.toString(Combination.values()));
            if (kernel == null) throw new IllegalArgumentException("kernel: got null");
            if (mean == null) throw new IllegalArgumentException("mean function: got null");
            Check.atLeast("minimum waves", minWaves, 1);
            Check.atLeast("waves", maxWaves, minWaves);
            Check.atLeast("wave size", waveSize, 1);
            Check.atLeast("first wave size", firstWaveSize, 1);
            if (candidatesPerRound < waveSize) {
                throw new IllegalArgumentException("candidates per round: got " + candidatesPerRound + ", expected at least the wave size " + waveSize);
            }
            Check.atLeast("reference points", referenceSize, 1);
            if (!(minShrink >= 0 && minShrink < 1)) throw new IllegalArgumentException("minimum shrink: got " + minShrink + ", expected a share in [0, 1)");
            if (ensembleSize < 0) throw new IllegalArgumentException("ensemble size: got " + ensembleSize + ", expected at least 0");
            Check.atLeast("optimiser starts", starts, 1);
        }

        /** @return these settings with another combination over outputs */
        public Settings withCombination(Combination c) {
            return new Settings(firstWaveSize, waveSize, replicates, cutoff, c, minWaves, maxWaves, candidatesPerRound, referenceSize,
                    minShrink, ensembleSize, kernel, mean, starts, seed);
        }

        /** @return the fewest design points an emulator with this mean needs in {@code dimension} inputs, with one to spare for leave-one-out */
        public int minimumPoints(int dimension) {
            return mean.terms(dimension) + 2;
        }
    }

    /** Why the waves stopped. */
    public enum Stop {
        MAX_WAVES("the last wave allowed was run"),
        NOT_SHRINKING("the region no longer shrinks"),
        EMULATORS_PRECISE("every emulator's variance is below its observation, discrepancy and run-to-run variance"),
        RULED_OUT("every point was ruled out: no parameter values match the targets within their uncertainty"),
        TOO_SMALL_TO_SAMPLE("the region is too small for its bounding box to yield a design");

        private final String meaning;

        Stop(String meaning) {
            this.meaning = meaning;
        }

        /** In words, for reports. */
        public String meaning() {
            return meaning;
        }
    }

    /**
     * One output's emulator in one wave.
     *
     * @param target      the output
     * @param emulator    what the implausibility uses
     * @param gp          the Gaussian process, or null for a {@link ConstantOutput}
     * @param means       the replicate mean at each design point the emulator was fitted on
     * @param nugget      the variance of a replicate mean
     * @param looMean     the leave-one-out mean at each design point (empty for a constant)
     * @param looSd       the leave-one-out standard deviation at each design point (empty for a constant)
     * @param looSummary  the shares of large standardised errors (null for a constant)
     */
    public record OutputEmulator(Target target, Emulator emulator, GaussianProcessEmulator gp, double[] means, double nugget,
            double[] looMean, double[] looSd, LeaveOneOut.Summary looSummary) {

        /** @return (mean - looMean) / looSd at each point */
        public double[] standardisedErrors() {
            double[] z = new double[looMean.length];
            for (int i = 0; i < z.length; i++) z[i] = (means[i] - looMean[i]) / looSd[i];
            return z;
        }
    }

    /**
     * A wave's outcome.
     *
     * @param wave                 from 1
     * @param design               every design point
     * @param runs                 outputs[point][replicate][output]; null for a failed point
     * @param fitted               the design points the emulators were fitted on (those that ran)
     * @param emulators            one per target
     * @param implausibility       this wave's measure
     * @param share                the share of the reference sample non-implausible under every wave so far
     * @param referenceKept        how many reference points that is
     * @param regionSample         known points of the region after this wave
     * @param meanEmulatorVariance per output, the emulator variance averaged over the region sample
     * @param stop                 why the waves stop here, or null if they go on
     */
    public record WaveResult(int wave, double[][] design, double[][][] runs, double[][] fitted, List<OutputEmulator> emulators,
            Implausibility implausibility, double share, int referenceKept, double[][] regionSample,
            double[] meanEmulatorVariance, Stop stop) {

        /** @return the number of design points whose runs failed */
        public int failedPoints() {
            int n = 0;
            for (double[][] r : runs) if (r == null) n++;
            return n;
        }
    }

    /**
     * The plausible set.
     *
     * @param points      points of the final region (maximin sample)
     * @param runs        outputs[point][replicate][output]; null for a failed point
     * @param fits        fits[point][replicate]: whether that run fits every target (false for a failed point)
     * @param implausible the combined implausibility of each point under the last wave
     * @param sample      a larger sample of the final region, for its ranges and plots
     */
    public record Ensemble(double[][] points, double[][][] runs, boolean[][] fits, double[] implausible, double[][] sample) {

        /** @return the share of the runs that fit every target (failed runs count as not fitting) */
        public double shareFitting() {
            int n = 0;
            int ok = 0;
            for (boolean[] point : fits) {
                for (boolean f : point) {
                    n++;
                    if (f) ok++;
                }
            }
            return n == 0 ? 0 : (double) ok / n;
        }
    }

    /**
     * @param waves    every wave run
     * @param stop     why they stopped
     * @param region   the final non-implausible region
     * @param ensemble the plausible set, or null if no point is left or none was asked for
     */
    public record Result(List<WaveResult> waves, Stop stop, NonImplausibleRegion region, Ensemble ensemble) {
    }

    /** The wave number given to {@link Runs} for the plausible set's runs: after any possible wave. */
    public static final int ENSEMBLE_WAVE = 1000;

    /** At most this many points of the region sample enter the averages of emulator variance. */
    static final int VARIANCE_SAMPLE = 1000;

    private final ParameterSpace space;
    private final List<Target> targets;
    private final Settings settings;

    /**
     * @throws IllegalArgumentException on no targets, a combination needing more outputs than
     *                                  there are, or designs too small for the emulators
     */
    public HistoryMatching(ParameterSpace space, List<Target> targets, Settings settings) {
        if (space == null) throw new IllegalArgumentException("parameter space: got null");
        if (targets == null || targets.isEmpty()) throw new IllegalArgumentException("targets: got none, expected at least 1");
        if (settings == null) throw new IllegalArgumentException("settings: got null");
        if (settings.combination().rank() > targets.size()) {
            throw new IllegalArgumentException("combination " + settings.combination() + " needs at least "
                    + settings.combination().rank() + " targets, got " + targets.size());
        }
        int min = settings.minimumPoints(space.dimension());
        if (settings.firstWaveSize() < min || settings.waveSize() < min) {
            throw new IllegalArgumentException("wave sizes: got " + settings.firstWaveSize() + " and " + settings.waveSize()
                    + ", expected at least " + min + " points for a " + settings.mean().name().toLowerCase() + " mean in "
                    + space.dimension() + " inputs");
        }
        this.space = space;
        this.targets = List.copyOf(targets);
        this.settings = settings;
    }

    /** A seed for one purpose of one wave, from the settings' seed. */
    long seed(int wave, int purpose) {
        return new SplittableRandom(settings.seed() ^ (0x9E3779B97F4A7C15L * (wave * 1009L + purpose + 1))).nextLong();
    }

    /**
     * Runs the waves and the plausible set.
     *
     * @param threads threads to fit emulators on, at least 1 (results do not depend on it)
     * @throws Exception what {@code runs} or the listener throw; an {@link IllegalStateException}
     *                   when too few points of a wave ran to fit its emulators
     */
    public Result run(Runs runs, Listener listener, int threads) throws Exception {
        if (runs == null) throw new IllegalArgumentException("runs: got null");
        Listener told = listener != null ? listener : new Listener() {
        };
        Check.atLeast("threads", threads, 1);
        int d = space.dimension();
        double[][] reference = Designs.latinHypercube(space, settings.referenceSize(), seed(0, 0));
        NonImplausibleRegion region = NonImplausibleRegion.whole(space);
        double[][] design = Designs.latinHypercube(space, settings.firstWaveSize(), seed(1, 1));
        double[][] known = reference;
        double previousShare = 1;
        List<WaveResult> waves = new ArrayList<>();
        Stop stop = null;
        for (int w = 1; stop == null; w++) {
            told.waveStarting(w, design.length, design.length * settings.replicates());
            double[][][] out = runs.run(w, design, settings.replicates());
            check(out, design.length, w);
            List<double[]> fittedPoints = new ArrayList<>();
            List<double[][]> fittedRuns = new ArrayList<>();
            for (int i = 0; i < design.length; i++) {
                if (out[i] != null) {
                    fittedPoints.add(design[i]);
                    fittedRuns.add(out[i]);
                }
            }
            if (fittedPoints.size() < settings.minimumPoints(d)) {
                throw new IllegalStateException("wave " + w + ": " + fittedPoints.size() + " of " + design.length
                        + " design points ran, fewer than the " + settings.minimumPoints(d) + " an emulator needs; see the failed runs");
            }
            double[][] fitted = fittedPoints.toArray(new double[0][]);
            List<OutputEmulator> emulators = fit(w, fitted, fittedRuns, threads);
            List<Emulator> plain = new ArrayList<>();
            for (OutputEmulator e : emulators) plain.add(e.emulator());
            double[] otherVariance = discrepancyVariances();
            for (int k = 0; k < otherVariance.length; k++) otherVariance[k] += emulators.get(k).nugget() * settings.replicates();
            Implausibility implausibility = new Implausibility(plain, observed(), observationVariances(), otherVariance,
                    settings.combination(), settings.cutoff());
            region = region.and(implausibility);
            Screening onReference = region.screen(reference);
            double[][] regionSample = region.screen(known).nonImplausible();
            double[] variance = meanVariance(emulators, regionSample);

            if (regionSample.length == 0) {
                stop = Stop.RULED_OUT;
            } else if (w >= settings.minWaves() && precise(emulators, variance)) {
                stop = Stop.EMULATORS_PRECISE;
            } else if (w > 1 && w >= settings.minWaves() && onReference.share() > previousShare * (1 - settings.minShrink())) {
                stop = Stop.NOT_SHRINKING;
            } else if (w >= settings.maxWaves()) {
                stop = Stop.MAX_WAVES;
            }
            double[][] nextDesign = null;
            if (stop == null) {
                Wave.Design sample = Wave.sample(region, regionSample, 5 * settings.waveSize(), settings.candidatesPerRound(), seed(w + 1, 2));
                if (sample.candidates().length < settings.minimumPoints(d)) {
                    stop = Stop.TOO_SMALL_TO_SAMPLE;
                } else {
                    int n = Math.min(settings.waveSize(), sample.candidates().length);
                    nextDesign = Designs.maximinSubset(space, sample.candidates(), n);
                    known = concat(regionSample, sample.candidates());
                }
            }
            WaveResult result = new WaveResult(w, design, out, fitted, emulators, implausibility, onReference.share(),
                    onReference.nonImplausible().length, regionSample, variance, stop);
            waves.add(result);
            told.waveDone(result);
            previousShare = onReference.share();
            design = nextDesign;
        }
        WaveResult last = waves.get(waves.size() - 1);
        Ensemble ensemble = null;
        if (settings.ensembleSize() > 0 && last.regionSample().length > 0) {
            ensemble = ensemble(region, last, runs, told);
        }
        return new Result(List.copyOf(waves), stop, region, ensemble);
    }

    private Ensemble ensemble(NonImplausibleRegion region, WaveResult last, Runs runs, Listener told) throws Exception {
        int wanted = Math.max(5 * settings.ensembleSize(), 500);
        Wave.Design sample = Wave.sample(region, last.regionSample(), wanted, Math.max(settings.candidatesPerRound(), wanted),
                seed(ENSEMBLE_WAVE, 3));
        double[][] pool = sample.candidates().length > 0 ? sample.candidates() : last.regionSample();
        int n = Math.min(settings.ensembleSize(), pool.length);
        double[][] points = Designs.maximinSubset(space, pool, n);
        told.ensembleStarting(n, n * settings.replicates());
        double[][][] out = runs.run(ENSEMBLE_WAVE, points, settings.replicates());
        check(out, n, ENSEMBLE_WAVE);
        boolean[][] fits = new boolean[n][settings.replicates()];
        double[] implausible = new double[n];
        double[] runVariance = runVariance(last);
        for (int i = 0; i < n; i++) {
            implausible[i] = last.implausibility().combined(points[i]);
            if (out[i] == null) continue;
            for (int r = 0; r < settings.replicates(); r++) fits[i][r] = fitsEveryTarget(out[i][r], runVariance);
        }
        return new Ensemble(points, out, fits, implausible, pool);
    }

    /**
     * The variance of one run about the simulator's expected output, per output: the last wave's
     * mean within-point replicate variance (its nugget times the replicates); 0 for a constant.
     */
    public double[] runVariance(WaveResult wave) {
        double[] v = new double[targets.size()];
        for (int k = 0; k < v.length; k++) v[k] = wave.emulators().get(k).nugget() * settings.replicates();
        return v;
    }

    /**
     * Whether one run's outputs are each within the cut-off of their observation, in standard
     * deviations of observation error, model discrepancy and the run's own stochastic variation
     * ({@code runVariance}): a single run differs from the data by all three.
     */
    public boolean fitsEveryTarget(double[] outputs, double[] runVariance) {
        Check.values("outputs", outputs, targets.size());
        Check.values("run variances", runVariance, targets.size());
        for (int k = 0; k < targets.size(); k++) {
            Target t = targets.get(k);
            double sd = Math.sqrt(t.observationVariance() + t.discrepancyVariance() + runVariance[k]);
            if (Math.abs(outputs[k] - t.observed()) > settings.cutoff() * sd) return false;
        }
        return true;
    }

    private void check(double[][][] out, int points, int wave) {
        if (out == null || out.length != points) {
            throw new IllegalStateException("wave " + wave + ": the runs gave " + (out == null ? "nothing" : out.length + " points")
                    + ", expected " + points);
        }
        for (int i = 0; i < points; i++) {
            if (out[i] == null) continue;
            if (out[i].length != settings.replicates()) {
                throw new IllegalStateException("wave " + wave + " point " + i + ": " + out[i].length + " replicates, expected " + settings.replicates());
            }
            for (double[] run : out[i]) {
                Check.values("wave " + wave + " point " + i + " outputs", run, targets.size());
            }
        }
    }

    private List<OutputEmulator> fit(int wave, double[][] design, List<double[][]> runs, int threads) throws Exception {
        int outputs = targets.size();
        ExecutorService pool = threads > 1 ? Executors.newFixedThreadPool(Math.min(threads, outputs)) : null;
        try {
            List<Future<OutputEmulator>> futures = new ArrayList<>();
            List<OutputEmulator> done = new ArrayList<>();
            for (int k = 0; k < outputs; k++) {
                int output = k;
                if (pool == null) {
                    done.add(fitOne(wave, output, design, runs));
                } else {
                    futures.add(pool.submit(() -> fitOne(wave, output, design, runs)));
                }
            }
            for (Future<OutputEmulator> f : futures) {
                try {
                    done.add(f.get());
                } catch (java.util.concurrent.ExecutionException e) {
                    if (e.getCause() instanceof Exception cause) throw cause;
                    throw e;
                }
            }
            return done;
        } finally {
            if (pool != null) pool.shutdownNow();
        }
    }

    private OutputEmulator fitOne(int wave, int output, double[][] design, List<double[][]> runs) {
        Target target = targets.get(output);
        double[][] values = new double[design.length][];
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < design.length; i++) {
            values[i] = new double[runs.get(i).length];
            for (int r = 0; r < values[i].length; r++) {
                values[i][r] = runs.get(i)[r][output];
                lo = Math.min(lo, values[i][r]);
                hi = Math.max(hi, values[i][r]);
            }
        }
        double[] means = Replicates.means(values);
        double nugget = Replicates.nugget(values);
        if (lo == hi) {
            return new OutputEmulator(target, new ConstantOutput(space.dimension(), lo), null, means, 0, new double[0], new double[0], null);
        }
        GaussianProcessEmulator.Settings fit = new GaussianProcessEmulator.Settings(settings.kernel(), settings.mean(),
                settings.starts(), 1000, seed(wave, 100 + output));
        GaussianProcessEmulator gp = GaussianProcessEmulator.fit(space, design, means, nugget, fit);
        LeaveOneOut loo = LeaveOneOut.of(gp);
        double[] sd = loo.variance();
        for (int i = 0; i < sd.length; i++) sd[i] = Math.sqrt(sd[i]);
        return new OutputEmulator(target, gp, gp, means, nugget, loo.mean(), sd, loo.summary());
    }

    private double[] meanVariance(List<OutputEmulator> emulators, double[][] sample) {
        double[] v = new double[emulators.size()];
        int n = Math.min(sample.length, VARIANCE_SAMPLE);
        if (n == 0) return v;
        for (int k = 0; k < v.length; k++) {
            double s = 0;
            for (int i = 0; i < n; i++) s += emulators.get(k).emulator().predict(sample[i]).variance();
            v[k] = s / n;
        }
        return v;
    }

    private boolean precise(List<OutputEmulator> emulators, double[] variance) {
        for (int k = 0; k < variance.length; k++) {
            Target t = targets.get(k);
            double other = t.observationVariance() + t.discrepancyVariance() + emulators.get(k).nugget() * settings.replicates();
            if (emulators.get(k).gp() != null && !(variance[k] < other)) return false;
        }
        return true;
    }

    private double[] observed() {
        return targets.stream().mapToDouble(Target::observed).toArray();
    }

    private double[] observationVariances() {
        return targets.stream().mapToDouble(Target::observationVariance).toArray();
    }

    private double[] discrepancyVariances() {
        return targets.stream().mapToDouble(Target::discrepancyVariance).toArray();
    }

    static double[][] concat(double[][] a, double[][] b) {
        double[][] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    public ParameterSpace space() {
        return space;
    }

    public List<Target> targets() {
        return targets;
    }

    public Settings settings() {
        return settings;
    }
}
