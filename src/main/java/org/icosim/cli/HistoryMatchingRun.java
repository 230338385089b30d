package org.icosim.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.icosim.calibration.GaussianProcessEmulator;
import org.icosim.calibration.HistoryMatching;
import org.icosim.calibration.Implausibility;
import org.icosim.calibration.Kernel;
import org.icosim.calibration.MeanFunction;
import org.icosim.calibration.ParameterSpace;
import org.icosim.calibration.PlausibleRange;
import org.icosim.experiment.CalibrationRuns;
import org.icosim.io.CalibrationFile;
import org.icosim.io.CalibrationFolder;
import org.icosim.io.ExperimentFile;
import org.icosim.io.InputException;
import org.icosim.io.MetricsCsv;
import org.icosim.io.ModelFile;
import org.icosim.io.OutputLock;
import org.icosim.io.StrictJson;
import org.icosim.io.SweepFolder;
import org.icosim.io.SweepSpec;
import org.icosim.io.TargetsFile;
import org.icosim.metrics.MetricsSeries;
import org.icosim.model.IcoSim;
import org.icosim.report.CalibrationCharts;

/**
 * {@code calibrate FILE}: history matching of the model against the file's targets, wave by
 * wave ({@link HistoryMatching}), its runs on the sweep engine ({@link CalibrationRuns}) with a
 * journal in the output folder ({@link CalibrationFolder}), so a killed calibration resumes when
 * run again with the same file and folder. Every table and chart of a wave is written when the
 * wave is done; the plausible set, the ranges and the report at the end.
 */
final class HistoryMatchingRun {

    /** At most this many points of a region sample are written and plotted. */
    static final int SAMPLE_WRITTEN = 2000;

    private final CalibrationFile calibration;
    private final ModelFile model;
    private final byte[] bytes;
    private final Path outDir;
    private final int threads;
    private final boolean quiet;
    private final PrintStream out;
    private final PrintStream err;
    private final List<String> names = new ArrayList<>();
    private final List<String> targetNames = new ArrayList<>();
    private final ParameterSpace space;
    private final List<String> waveLines = new ArrayList<>();
    /** The runs this process runs: all of them (null), or one shard's. */
    private final org.icosim.experiment.Shard shard;
    /** Replay and record the next wave's design, running nothing. */
    private final boolean prepare;
    private CalibrationFolder folder;
    private long runsDone;
    private double runSeconds;

    private HistoryMatchingRun(CalibrationFile calibration, ModelFile model, byte[] bytes, Path outDir, int threads, boolean quiet,
            org.icosim.experiment.Shard shard, boolean prepare, PrintStream out, PrintStream err) {
        this.shard = shard;
        this.prepare = prepare;
        this.calibration = calibration;
        this.model = model;
        this.bytes = bytes;
        this.outDir = outDir;
        this.threads = threads;
        this.quiet = quiet;
        this.out = out;
        this.err = err;
        double[] lo = new double[calibration.parameters().size()];
        double[] hi = new double[lo.length];
        for (int j = 0; j < lo.length; j++) {
            CalibrationFile.Prior p = calibration.parameters().get(j);
            names.add(p.parameter().name());
            lo[j] = p.min();
            hi[j] = p.max();
        }
        for (TargetsFile.Target t : calibration.targets()) targetNames.add(t.name());
        this.space = new ParameterSpace(lo, hi);
    }

    /**
     * Checks everything (the file, its experiment, model and targets, the values at the corners
     * of the prior box, the output folder) before running anything.
     */
    static int run(Path file, Path outOption, int threads, boolean quiet, PrintStream out, PrintStream err)
            throws InputException, IOException {
        return run(file, outOption, threads, quiet, null, false, out, err);
    }

    /**
     * As {@link #run(Path, Path, int, boolean, PrintStream, PrintStream)}, for one shard of the
     * current wave's runs, or to prepare the next wave without running anything.
     *
     * @param shard   null: every run; else only this shard's runs of the wave under way, and no
     *                table written (the whole calibration, run after the shards, writes them)
     * @param prepare replay the journal, write the finished waves' tables and record the next
     *                wave's design, running nothing; the report when every run is done
     */
    static int run(Path file, Path outOption, int threads, boolean quiet, org.icosim.experiment.Shard shard, boolean prepare,
            PrintStream out, PrintStream err) throws InputException, IOException {
        return load(file, outOption, threads, quiet, shard, prepare, out, err).execute();
    }

    /** Reads and checks the file, its experiment, model and targets and the prior box's corners; writes nothing. */
    static HistoryMatchingRun load(Path file, Path outOption, int threads, boolean quiet, org.icosim.experiment.Shard shard,
            boolean prepare, PrintStream out, PrintStream err) throws InputException, IOException {
        byte[] bytes = StrictJson.readBytes(file);
        CalibrationFile calibration = CalibrationFile.load(file);
        if (!StrictJson.sha256(bytes).equals(calibration.sha256())) {
            throw new InputException(file.toString(), "", "changed while it was being read; expected a file that stays put");
        }
        ModelFile model = ModelFile.load(calibration.model());
        Path outDir = outOption != null ? outOption
                : Path.of("runs", "calibration-" + org.icosim.io.OutputPolicy.safeName(calibration.name()));
        HistoryMatchingRun run = new HistoryMatchingRun(calibration, model, bytes, outDir, threads, quiet, shard, prepare, out, err);
        run.checkCorners();
        return run;
    }

    /** The values at the box's lower and upper corners and centre must go together (Consistency). */
    private void checkCorners() throws InputException {
        String[] labels = {"lower ends", "upper ends", "midpoints"};
        for (int c = 0; c < 3; c++) {
            double[] x = new double[space.dimension()];
            for (int j = 0; j < x.length; j++) {
                x[j] = c == 0 ? space.lower(j) : c == 1 ? space.upper(j) : (space.lower(j) + space.upper(j)) / 2;
            }
            try {
                RunSetup.of(runExperiment(x, calibration.seed()), model, null, null, Map.of());
            } catch (InputException e) {
                throw new InputException(calibration.path().toString(), "parameters", "at the prior ranges' " + labels[c]
                        + " the values cannot run together: " + e.place() + ": " + e.problem()
                        + "; expected prior ranges whose every combination is valid");
            }
        }
    }

    /** The one-run experiment of a point of the box with a seed. */
    ExperimentFile runExperiment(double[] x, long seed) {
        ExperimentFile e = calibration.experiment();
        Map<String, Double> parameters = new LinkedHashMap<>(e.parameters());
        for (int j = 0; j < x.length; j++) {
            CalibrationFile.Prior p = calibration.parameters().get(j);
            parameters.put(p.parameter().name(), p.runValue(x[j]));
        }
        return new ExperimentFile(e.path(), e.name() + "-calibration", e.description(), calibration.model(), seed,
                calibration.months(), e.start(), parameters, e.sha256(), SweepSpec.NONE, e.rules());
    }

    /** One run: the model's value of every target. */
    double[] simulate(double[] x, long seed) {
        RunSetup setup;
        try {
            setup = RunSetup.of(runExperiment(x, seed), model, null, null, Map.of());
        } catch (InputException e) {
            throw new IllegalArgumentException((e.place().isEmpty() ? "" : e.place() + ": ") + e.problem(), e);
        }
        IcoSim sim = setup.newModel();
        sim.start();
        sim.runMonths(setup.months());
        MetricsSeries series = sim.metrics();
        double[] outputs = new double[calibration.targets().size()];
        for (int k = 0; k < outputs.length; k++) {
            TargetsFile.Target t = calibration.targets().get(k);
            outputs[k] = series.get((int) setup.start().until(t.date(), ChronoUnit.MONTHS), t.metric());
        }
        return outputs;
    }

    HistoryMatching.Settings settings() {
        CalibrationFile.Waves w = calibration.waves();
        CalibrationFile.Emulator e = calibration.emulator();
        Implausibility.Combination combination = switch (w.combination()) {
            case "max" -> Implausibility.Combination.MAXIMUM;
            case "third" -> Implausibility.Combination.THIRD_MAXIMUM;
            default -> Implausibility.Combination.SECOND_MAXIMUM;
        };
        return new HistoryMatching.Settings(w.firstSize(), w.size(), w.replicates(), w.cutoff(), combination, w.min(), w.max(),
                w.candidatesPerRound(), w.referenceSize(), w.minShrink(), w.ensembleSize(),
                e.kernel().equals("matern52") ? Kernel.MATERN_52 : Kernel.SQUARED_EXPONENTIAL,
                e.mean().equals("constant") ? MeanFunction.CONSTANT : MeanFunction.LINEAR, e.starts(), calibration.seed());
    }

    List<HistoryMatching.Target> targets() {
        List<HistoryMatching.Target> list = new ArrayList<>();
        for (TargetsFile.Target t : calibration.targets()) {
            list.add(new HistoryMatching.Target(t.name(), t.value(), t.observationSd() * t.observationSd(), t.discrepancySd() * t.discrepancySd()));
        }
        return list;
    }

    /** Opens the output folder: creates it, or checks it holds this very calibration (a resume). */
    CalibrationFolder openFolder() throws InputException, IOException {
        CalibrationFolder.Digests digests = new CalibrationFolder.Digests(calibration.sha256(), calibration.experiment().sha256(),
                model.sha256(), StrictJson.sha256(StrictJson.readBytes(calibration.targetsPath())));
        folder = CalibrationFolder.open(outDir, digests, bytes,
                List.of(calibration.path(), calibration.experiment().path(), calibration.model(), calibration.targetsPath()));
        return folder;
    }

    CalibrationFile calibration() {
        return calibration;
    }

    Path outDir() {
        return outDir;
    }

    private int execute() throws InputException, IOException {
        openFolder();
        HistoryMatching matching = new HistoryMatching(space, targets(), settings());
        long t0 = System.nanoTime();
        HistoryMatching.Result result;
        String part = shard == null ? CalibrationFolder.ALL : shard.lockPart();
        try (OutputLock lock = folder.lock(part)) {
            if (shard == null) folder.removeLeftovers();
            if (!quiet) {
                err.printf(Locale.ROOT, "%s: %d parameters, %d targets, at most %d waves of %d then %d points x %d replicates, %d months a run, on %d thread%s%s%n",
                        calibration.name(), names.size(), targetNames.size(), calibration.waves().max(), calibration.waves().firstSize(),
                        calibration.waves().size(), calibration.waves().replicates(), calibration.months(), threads, threads == 1 ? "" : "s",
                        shard != null ? "; shard " + shard + " of the wave under way" : prepare ? "; preparing the next wave (no runs)" : "");
            }
            CalibrationRuns runs = new CalibrationRuns(this::simulate, journal(), calibration.seed(), threads, progress(),
                    shard == null ? org.icosim.experiment.Shard.ALL : shard, prepare);
            try {
                if (shard != null && recordedWave(runs)) return 0;
                result = matching.run(runs, listener(matching), threads);
            } catch (CalibrationRuns.Unfinished u) {
                return unfinished(u, t0);
            } catch (IOException | RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IOException(e.getMessage(), e);
            }
            if (shard != null) {
                out.printf(Locale.ROOT, "shard %s: every run of the calibration is done; run it without --shard to write its outputs (%.1f s)%n",
                        shard, (System.nanoTime() - t0) / 1e9);
                return 0;
            }
            writeEnd(matching, result);
        }
        double wall = (System.nanoTime() - t0) / 1e9;
        out.printf(Locale.ROOT, "%d wave%s (%s); %s; outputs in %s (%s) in %.1f s%n", result.waves().size(),
                result.waves().size() == 1 ? "" : "s", result.stop().meaning(),
                result.ensemble() == null ? "no plausible set"
                        : String.format(Locale.ROOT, "plausible set of %d points, %.0f%% of its runs fit every target",
                                result.ensemble().points().length, 100 * result.ensemble().shareFitting()),
                outDir, CalibrationFolder.REPORT, wall);
        return 0;
    }

    /** The name of a wave in messages. */
    private static String waveName(int wave) {
        return wave == HistoryMatching.ENSEMBLE_WAVE ? "plausible set" : "wave " + wave;
    }

    /**
     * A shard's quick path: the first wave whose design is recorded in the journal and has runs
     * left is the wave under way (a design is recorded only once the waves before are done), so
     * its runs can be run without refitting the emulators of the waves before.
     *
     * @return true if such a wave was found and this shard's runs of it are done
     */
    private boolean recordedWave(CalibrationRuns runs) throws Exception {
        int replicates = calibration.waves().replicates();
        List<Integer> waves = new ArrayList<>();
        for (int w = 1; w <= calibration.waves().max(); w++) waves.add(w);
        waves.add(HistoryMatching.ENSEMBLE_WAVE);
        for (int w : waves) {
            double[][] design = folder.design(w);
            if (design == null) continue;
            if (runs.runsLeft(w, design.length * replicates) == 0) continue;
            runs.run(w, design, replicates);
            out.printf(Locale.ROOT, "shard %s: %s is done (this shard's runs were the last); next: --prepare (or no --shard)%n", shard, waveName(w));
            return true;
        }
        return false;
    }

    /** Runs of the wave under way are left (other shards', or all of them with --prepare). */
    private int unfinished(CalibrationRuns.Unfinished u, long t0) {
        double seconds = (System.nanoTime() - t0) / 1e9;
        if (prepare) {
            out.printf(Locale.ROOT, "%s: %d of %d runs to do (%.1f s); run its shards (--shard i/K), then --prepare again%n",
                    waveName(u.wave()), u.missing(), u.total(), seconds);
        } else {
            out.printf(Locale.ROOT, "shard %s: %s: ran %d runs, %d of its %d left to other shards (%.1f s); when they are done: --prepare"
                    + " (or no --shard)%n", shard, waveName(u.wave()), u.ran(), u.missing(), u.total(), seconds);
        }
        return 0;
    }

    private CalibrationRuns.Journal journal() {
        return new CalibrationRuns.Journal() {
            @Override
            public double[] outputs(int wave, int run) throws IOException {
                return folder.outputs(wave, run);
            }

            @Override
            public String failure(int wave, int run) throws IOException {
                return folder.failure(wave, run);
            }

            @Override
            public void finished(int wave, int run, int point, int replicate, long seed, double[] outputs) throws IOException {
                folder.recordOk(wave, run, point, replicate, seed, outputs);
            }

            @Override
            public void failed(int wave, int run, int point, int replicate, long seed, String message) throws IOException {
                folder.recordFailed(wave, run, point, replicate, seed, message);
            }

            @Override
            public double[][] design(int wave) throws IOException {
                return folder.design(wave);
            }

            @Override
            public void recordDesign(int wave, double[][] points) throws IOException {
                folder.recordDesign(wave, points);
            }
        };
    }

    private CalibrationRuns.Progress progress() {
        return new CalibrationRuns.Progress() {
            private SweepProgress bar;
            private long began;
            private int pending;

            @Override
            public void starting(int wave, int total, int pendingRuns) {
                bar = new SweepProgress(err, pendingRuns, quiet);
                began = System.nanoTime();
                pending = pendingRuns;
                if (!quiet && shard != null) {
                    err.printf(Locale.ROOT, "%s: %d runs, %d of shard %s to do%n", waveName(wave), total, pendingRuns, shard);
                } else if (!quiet) {
                    err.printf(Locale.ROOT, "%s: %d runs, %d to do%s%n", waveName(wave),
                            total, pendingRuns, total > pendingRuns ? " (" + (total - pendingRuns) + " done before)" : "");
                }
            }

            @Override
            public void finished(int done, int total, boolean ok) {
                bar.update(done, ok);
                if (done == pending) {
                    runsDone += pending;
                    runSeconds += (System.nanoTime() - began) / 1e9;
                }
            }
        };
    }

    private HistoryMatching.Listener listener(HistoryMatching matching) {
        return new HistoryMatching.Listener() {
            @Override
            public void waveDone(HistoryMatching.WaveResult w) throws IOException {
                // A shard only runs runs: the tables are the whole calibration's to write, one process at a time.
                if (shard == null) writeWave(w);
                if (quiet) return;
                int worst = 0;
                double worstShare = 0;
                for (int k = 0; k < w.emulators().size(); k++) {
                    var s = w.emulators().get(k).looSummary();
                    if (s != null && s.shareAbove2() > worstShare) {
                        worstShare = s.shareAbove2();
                        worst = k;
                    }
                }
                err.printf(Locale.ROOT, "wave %d: %d points (%d failed), non-implausible share %.4f (%d of %d reference points); "
                        + "leave-one-out |z| > 2: at most %.0f%% (%s)%s%n", w.wave(), w.design().length, w.failedPoints(), w.share(),
                        w.referenceKept(), calibration.waves().referenceSize(), 100 * worstShare, targetNames.get(worst),
                        w.stop() == null ? "" : "; stop: " + w.stop().meaning());
                if (w.stop() == null && runsDone > 0) {
                    int left = (calibration.waves().max() - w.wave()) * calibration.waves().size() + calibration.waves().ensembleSize();
                    double seconds = runSeconds / runsDone * left * calibration.waves().replicates();
                    err.printf(Locale.ROOT, "at most %d more wave%s and the plausible set: about %s left at %.1f runs/min%n",
                            calibration.waves().max() - w.wave(), calibration.waves().max() - w.wave() == 1 ? "" : "s", duration(seconds), runsDone / runSeconds * 60);
                }
            }
        };
    }

    static String duration(double seconds) {
        return seconds >= 5400 ? String.format(Locale.ROOT, "%.1f h", seconds / 3600)
                : seconds >= 90 ? String.format(Locale.ROOT, "%.0f min", seconds / 60) : String.format(Locale.ROOT, "%.0f s", seconds);
    }

    // ------------------------------------------------------------------ outputs

    private static String n(double v) {
        return MetricsCsv.format(v);
    }

    private String point(double[] x) {
        List<String> cells = new ArrayList<>();
        for (int j = 0; j < x.length; j++) cells.add(SweepFolder.shortestDecimal(calibration.parameters().get(j).runValue(x[j])));
        return String.join(",", cells);
    }

    private String runsTable(int wave, double[][] design, double[][][] runs) throws IOException {
        StringBuilder b = new StringBuilder("point,replicate,seed," + String.join(",", names) + ",status," + String.join(",", targetNames) + ",message\n");
        int reps = calibration.waves().replicates();
        for (int i = 0; i < design.length; i++) {
            for (int r = 0; r < reps; r++) {
                long seed = CalibrationRuns.seed(calibration.seed(), wave, i, r);
                b.append(i).append(',').append(r).append(',').append(seed).append(',').append(point(design[i])).append(',');
                double[] o = folder.outputs(wave, i * reps + r);
                if (o != null) {
                    b.append("ok");
                    for (double v : o) b.append(',').append(n(v));
                    b.append(",\n");
                } else {
                    String message = folder.failure(wave, i * reps + r);
                    b.append("failed");
                    for (int k = 0; k < targetNames.size(); k++) b.append(',');
                    b.append(',').append(csvText(message == null ? "" : message)).append('\n');
                }
            }
        }
        return b.toString();
    }

    static String csvText(String text) {
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0) return text;
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }

    private String sampleTable(double[][] sample) {
        StringBuilder b = new StringBuilder(String.join(",", names) + "\n");
        for (int i = 0; i < Math.min(sample.length, SAMPLE_WRITTEN); i++) b.append(point(sample[i])).append('\n');
        return b.toString();
    }

    private double[][] firstOf(double[][] sample) {
        return java.util.Arrays.copyOf(sample, Math.min(sample.length, SAMPLE_WRITTEN));
    }

    static String fileName(String target) {
        return target.replace('@', '-').replaceAll("[^A-Za-z0-9_-]", "_");
    }

    void writeWave(HistoryMatching.WaveResult w) throws IOException {
        String dir = "wave-" + w.wave() + "/";
        StringBuilder design = new StringBuilder("point," + String.join(",", names) + ",status\n");
        for (int i = 0; i < w.design().length; i++) {
            design.append(i).append(',').append(point(w.design()[i])).append(',').append(w.runs()[i] == null ? "failed" : "ok").append('\n');
        }
        folder.write(dir + "design.csv", design.toString());
        folder.write(dir + "runs.csv", runsTable(w.wave(), w.design(), w.runs()));
        StringBuilder emulators = new StringBuilder("target,emulated,nugget,signalVariance");
        for (String name : names) emulators.append(",lengthScale_").append(name);
        emulators.append(",looShareAbove2,looShareAbove3,looMaxAbs,meanEmulatorVariance,observationVariance,discrepancyVariance\n");
        StringBuilder loo = new StringBuilder("target,point," + String.join(",", names) + ",runMean,looMean,looSd,standardisedError\n");
        for (int k = 0; k < w.emulators().size(); k++) {
            HistoryMatching.OutputEmulator e = w.emulators().get(k);
            HistoryMatching.Target t = e.target();
            emulators.append(t.name()).append(',');
            GaussianProcessEmulator gp = e.gp();
            if (gp == null) {
                emulators.append("constant,0,");
                for (int j = 0; j < names.size(); j++) emulators.append(',');
                emulators.append(",,,");
            } else {
                emulators.append("gp,").append(n(e.nugget())).append(',').append(n(gp.hyperparameters().signalVariance()));
                for (double l : gp.hyperparameters().lengthScales()) emulators.append(',').append(n(l));
                emulators.append(',').append(n(e.looSummary().shareAbove2())).append(',').append(n(e.looSummary().shareAbove3()))
                        .append(',').append(n(e.looSummary().maxAbs()));
                double[] z = e.standardisedErrors();
                for (int i = 0; i < z.length; i++) {
                    loo.append(t.name()).append(',').append(i).append(',').append(point(w.fitted()[i])).append(',').append(n(e.means()[i]))
                            .append(',').append(n(e.looMean()[i])).append(',').append(n(e.looSd()[i])).append(',').append(n(z[i])).append('\n');
                }
                CalibrationCharts.save(CalibrationCharts.leaveOneOut(t.name() + " (wave " + w.wave() + ")", e.means(), e.looMean(), e.looSd()),
                        folder.path(dir + "loo/" + fileName(t.name()) + ".png"));
            }
            emulators.append(',').append(n(w.meanEmulatorVariance()[k])).append(',').append(n(t.observationVariance())).append(',')
                    .append(n(t.discrepancyVariance())).append('\n');
        }
        folder.write(dir + "emulators.csv", emulators.toString());
        folder.write(dir + "loo.csv", loo.toString());
        folder.write(dir + "region-sample.csv", sampleTable(w.regionSample()));
        CalibrationCharts.pairs(String.format(Locale.ROOT, "Non-implausible after wave %d: %.2f%% of the prior box", w.wave(), 100 * w.share()),
                names, lower(), upper(), firstOf(w.regionSample()), folder.path(dir + "region.png"));
        waveLines.add(w.wave() + "," + w.design().length + "," + w.failedPoints() + "," + w.design().length * calibration.waves().replicates()
                + "," + n(w.share()) + "," + w.referenceKept() + "," + calibration.waves().referenceSize() + "," + w.regionSample().length + ","
                + (w.stop() == null ? "" : w.stop().name().toLowerCase(Locale.ROOT)));
        folder.write("waves.csv", "wave,points,failedPoints,runs,shareNonImplausible,referenceKept,referenceSize,regionSample,stop\n"
                + String.join("\n", waveLines) + "\n");
    }

    private double[] lower() {
        double[] v = new double[space.dimension()];
        for (int j = 0; j < v.length; j++) v[j] = space.lower(j);
        return v;
    }

    private double[] upper() {
        double[] v = new double[space.dimension()];
        for (int j = 0; j < v.length; j++) v[j] = space.upper(j);
        return v;
    }

    void writeEnd(HistoryMatching matching, HistoryMatching.Result result) throws IOException {
        HistoryMatching.Ensemble e = result.ensemble();
        List<PlausibleRange> ranges = null;
        if (e != null) {
            int reps = calibration.waves().replicates();
            StringBuilder table = new StringBuilder("point," + String.join(",", names) + ",implausibility,runsFitting,replicates");
            for (String t : targetNames) table.append(",mean_").append(t);
            table.append('\n');
            for (int i = 0; i < e.points().length; i++) {
                int fitting = 0;
                for (boolean f : e.fits()[i]) if (f) fitting++;
                table.append(i).append(',').append(point(e.points()[i])).append(',').append(n(e.implausible()[i])).append(',')
                        .append(e.runs()[i] == null ? "" : Integer.toString(fitting)).append(',').append(reps);
                for (int k = 0; k < targetNames.size(); k++) {
                    double mean = Double.NaN;
                    if (e.runs()[i] != null) {
                        mean = 0;
                        for (double[] run : e.runs()[i]) mean += run[k];
                        mean /= reps;
                    }
                    table.append(',').append(n(mean));
                }
                table.append('\n');
            }
            folder.write("ensemble.csv", table.toString());
            folder.write("ensemble-runs.csv", runsTable(HistoryMatching.ENSEMBLE_WAVE, e.points(), e.runs()));
            folder.write("plausible-sample.csv", sampleTable(e.sample()));
            ranges = PlausibleRange.of(space, e.sample());
            StringBuilder r = new StringBuilder("parameter,unit,priorMin,priorMax,plausibleMin,plausibleMax,plausible2.5,plausible97.5,widthRatio,verdict\n");
            for (int j = 0; j < names.size(); j++) {
                PlausibleRange p = ranges.get(j);
                r.append(names.get(j)).append(',').append(csvText(calibration.parameters().get(j).parameter().unit())).append(',')
                        .append(n(p.lower())).append(',').append(n(p.upper())).append(',').append(n(p.min())).append(',').append(n(p.max()))
                        .append(',').append(n(p.low())).append(',').append(n(p.high())).append(',').append(n(p.ratio())).append(',')
                        .append(p.verdict()).append('\n');
            }
            folder.write("ranges.csv", r.toString());
            CalibrationCharts.pairs(String.format(Locale.ROOT, "Plausible region (%d points sampled)", Math.min(e.sample().length, SAMPLE_WRITTEN)),
                    names, lower(), upper(), firstOf(e.sample()), folder.path("region.png"));
        }
        folder.write(CalibrationFolder.REPORT, report(matching, result, ranges));
    }

    /** A number for a report: whole numbers as they are, then 0 to 3 decimals by size, thousands with commas. */
    static String f(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1000) return Long.toString((long) v);
        double a = Math.abs(v);
        if (a >= 1000) return String.format(Locale.ROOT, "%,.0f", v);
        if (a >= 10) return String.format(Locale.ROOT, "%.1f", v);
        if (a >= 0.01) return String.format(Locale.ROOT, "%.3f", v);
        return String.format(Locale.ROOT, "%.3g", v);
    }

    String report(HistoryMatching matching, HistoryMatching.Result result, List<PlausibleRange> ranges) {
        CalibrationFile c = calibration;
        CalibrationFile.Waves w = c.waves();
        StringBuilder b = new StringBuilder();
        b.append("# History matching: ").append(c.name()).append("\n\n");
        if (!c.description().isBlank()) b.append(c.description()).append("\n\n");
        b.append("Produced by `icosim calibrate ").append(c.path()).append("` (sha256 ").append(c.sha256(), 0, 12)
                .append("...): the experiment `").append(c.experiment().path()).append("` on the model `").append(c.model())
                .append("` (sha256 ").append(model.sha256(), 0, 12).append("...), ").append(c.months()).append(" months from ")
                .append(c.experiment().start()).append(", against the ").append(c.targets().size()).append(" targets of `")
                .append(c.targetsPath()).append("`; base seed ").append(c.seed()).append(".\n\n");
        b.append("Method: history matching with Gaussian-process emulators (Vernon, Goldstein and Bower 2010; Andrianakis et al. 2015; ")
                .append("models/ODD.md, \"Calibration by history matching\"). Each wave runs a space-filling design inside the region not yet ")
                .append("ruled out, ").append(w.replicates()).append(" replicates a point, fits one emulator per target (")
                .append(c.emulator().kernel()).append(" kernel, ").append(c.emulator().mean())
                .append(" mean, hyperparameters by maximum likelihood, the nugget from the replicate variance) and rules out the points whose ")
                .append(w.combination().equals("max") ? "largest" : w.combination() + "-largest").append(" implausibility over targets exceeds ")
                .append(f(w.cutoff())).append(".\n\n");
        b.append("## Waves\n\n| wave | design points | failed | non-implausible share of the prior box | reference points kept | stop |\n|---:|---:|---:|---:|---:|---|\n");
        for (HistoryMatching.WaveResult r : result.waves()) {
            b.append("| ").append(r.wave()).append(" | ").append(r.design().length).append(" | ").append(r.failedPoints()).append(" | ")
                    .append(String.format(Locale.ROOT, "%.4f", r.share())).append(" | ").append(r.referenceKept()).append(" of ")
                    .append(w.referenceSize()).append(" | ").append(r.stop() == null ? "" : r.stop().meaning()).append(" |\n");
        }
        b.append("\nStopped: ").append(result.stop().meaning()).append(".\n\n");
        HistoryMatching.WaveResult last = result.waves().get(result.waves().size() - 1);
        b.append("## Emulators of the last wave (leave-one-out)\n\n")
                .append("Standardised leave-one-out errors should be about N(0, 1): about 5% above 2 in size, almost none above 3. ")
                .append("Charts: `wave-").append(last.wave()).append("/loo/`.\n\n")
                .append("| target | observed | observation sd | discrepancy sd | emulator | share abs(z) > 2 | share abs(z) > 3 | emulator sd over the region |\n")
                .append("|---|---:|---:|---:|---|---:|---:|---:|\n");
        for (int k = 0; k < last.emulators().size(); k++) {
            HistoryMatching.OutputEmulator e = last.emulators().get(k);
            TargetsFile.Target t = c.targets().get(k);
            b.append("| ").append(t.name()).append(" | ").append(f(t.value())).append(" | ").append(f(t.observationSd())).append(" | ")
                    .append(f(t.discrepancySd())).append(" | ").append(e.gp() == null ? "constant in every run" : "Gaussian process");
            if (e.looSummary() != null) {
                b.append(String.format(Locale.ROOT, " | %.2f | %.2f | ", e.looSummary().shareAbove2(), e.looSummary().shareAbove3()));
            } else {
                b.append(" | | | ");
            }
            b.append(f(Math.sqrt(last.meanEmulatorVariance()[k]))).append(" |\n");
        }
        HistoryMatching.Ensemble e = result.ensemble();
        if (e == null && last.regionSample().length > 0) {
            b.append("\n## No plausible set\n\nNone was asked for (`waves.ensembleSize` is 0); the final region's sample is in `wave-")
                    .append(last.wave()).append("/region-sample.csv`.\n");
            return b.toString();
        }
        if (e == null) {
            b.append("\n## No plausible set\n\nNo point of the prior box is left: at these uncertainties the model cannot match every target. ")
                    .append("Widen the prior ranges, or reconsider the model discrepancy of the targets that rule every point out.\n");
            return b.toString();
        }
        b.append("\n## Plausible set\n\n").append(e.points().length).append(" points of the final region (maximin), ").append(w.replicates())
                .append(" runs each (`ensemble.csv`, `ensemble-runs.csv`): ")
                .append(String.format(Locale.ROOT, "%.0f%%", 100 * e.shareFitting()))
                .append(" of the runs fit every target (each within ").append(f(w.cutoff()))
                .append(" sd of observation error, discrepancy and run-to-run variation).\n\n");
        b.append("| target | observed | plausible runs: lowest | highest | share of runs within the cut-off |\n|---|---:|---:|---:|---:|\n");
        double[] runVar = matching.runVariance(last);
        for (int k = 0; k < c.targets().size(); k++) {
            TargetsFile.Target t = c.targets().get(k);
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            int within = 0;
            int all = 0;
            double sd = Math.sqrt(t.observationSd() * t.observationSd() + t.discrepancySd() * t.discrepancySd() + runVar[k]);
            for (double[][] point : e.runs()) {
                if (point == null) continue;
                for (double[] run : point) {
                    lo = Math.min(lo, run[k]);
                    hi = Math.max(hi, run[k]);
                    all++;
                    if (Math.abs(run[k] - t.value()) <= w.cutoff() * sd) within++;
                }
            }
            b.append("| ").append(t.name()).append(" | ").append(f(t.value())).append(" | ").append(all == 0 ? "" : f(lo)).append(" | ")
                    .append(all == 0 ? "" : f(hi)).append(" | ").append(all == 0 ? "" : String.format(Locale.ROOT, "%.2f", (double) within / all))
                    .append(" |\n");
        }
        b.append("\n## Prior against plausible ranges\n\n")
                .append("The plausible range is the central 95% of a sample of the final region (`plausible-sample.csv`); the width ratio ")
                .append("compares it with the prior's central 95%. Below ").append(PlausibleRange.CONSTRAINED)
                .append(" the targets constrain the parameter; above ").append(PlausibleRange.UNCONSTRAINED)
                .append(" they do not (alone: a ridge between two parameters shows in the pairs plot, `region.png`).\n\n")
                .append("| parameter | unit | prior | plausible (2.5% - 97.5%) | width ratio | verdict |\n|---|---|---|---|---:|---|\n");
        for (int j = 0; j < names.size(); j++) {
            PlausibleRange p = ranges.get(j);
            b.append("| ").append(names.get(j)).append(" | ").append(c.parameters().get(j).parameter().unit()).append(" | ")
                    .append(f(p.lower())).append(" - ").append(f(p.upper())).append(" | ").append(f(p.low())).append(" - ").append(f(p.high()))
                    .append(" | ").append(String.format(Locale.ROOT, "%.2f", p.ratio())).append(" | ").append(p.verdict()).append(" |\n");
        }
        b.append("\nThe plausible set is a sample of parameter values the targets cannot rule out, not a best fit: downstream results ")
                .append("should be run over its points and seeds to carry both sources of uncertainty.\n");
        return b.toString();
    }
}
