package org.icosim.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import org.icosim.experiment.SweepPlan;
import org.icosim.experiment.design.MorrisDesign;
import org.icosim.experiment.design.SaltelliDesign;
import org.icosim.io.AtomicFiles;
import org.icosim.io.CsvFile;
import org.icosim.io.ExperimentFile;
import org.icosim.io.InputException;
import org.icosim.io.MetricsCsv;
import org.icosim.io.OutputFolder;
import org.icosim.io.OutputPolicy;
import org.icosim.io.SweepFolder;
import org.icosim.io.SweepSpec.DesignType;
import org.icosim.report.SensitivityCharts;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code analyse SWEEP_DIR [--outputs a,b]}: the sensitivity analysis of a finished Morris or
 * Sobol sweep, for every summary column of {@code runs.csv} (or those named).
 *
 * <p>The design is rebuilt from the experiment copy in the folder (its digest checked against the
 * manifest), so the analysis knows each point's place in the design without trusting the
 * table's rounding. Each design point's output is the mean over its replicates that finished
 * ({@code ok}); a point with none has no value, and the analyses leave out what needs it (a Morris
 * step, a Saltelli base sample). Nothing in the analysis is random (the Sobol intervals come
 * from the design's own independently shifted replicates), so the same folder gives the same
 * bytes, whichever outputs are asked for.
 *
 * <p>Grid and Latin hypercube sweeps are refused: they have no estimator of this kind; their
 * {@code runs.csv} is the table to model or plot directly.
 */
@Command(name = "analyse", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Morris (mu, mu*, sigma) or Sobol (S1, ST with 95%% intervals from 8 randomised replicates) indices of a finished sweep: "
                + "CSV and charts in SWEEP_DIR/analysis.")
final class AnalyseCommand extends Options.Base {

    static final String FOLDER = "analysis";
    static final String MORRIS = "morris.csv";
    static final String SOBOL = "sobol.csv";

    @picocli.CommandLine.Parameters(paramLabel = "SWEEP_DIR", description = "a sweep folder written by icosim sweep")
    Path sweepDir;

    @Option(names = "--outputs", paramLabel = "a,b", description = "summary columns of runs.csv to analyse (default all)")
    String outputsOption;

    @Option(names = "--out", paramLabel = "DIR", description = "the analysis folder (default SWEEP_DIR/analysis)")
    Path outOption;

    @Mixin
    Options.Overwrite overwrite;

    @Override
    public Integer call() throws InputException, IOException {
        PrintStream out = out();
        PrintStream err = err();
        Path dir = sweepDir;
        Path manifestPath = dir.resolve(SweepFolder.MANIFEST);
        if (!Files.isRegularFile(manifestPath)) {
            throw new InputException(dir.toString(), "", "no " + SweepFolder.MANIFEST + "; expected a sweep folder written by icosim sweep");
        }
        JsonObject manifest = SweepFolder.readManifest(manifestPath);
        Path copy = dir.resolve(SweepFolder.EXPERIMENT_COPY);
        ExperimentFile experiment = ExperimentFile.load(copy, false);
        JsonElement sha = manifest.get("experimentSha256");
        if (sha == null || !sha.isJsonPrimitive() || !sha.getAsString().equals(experiment.sha256())) {
            throw new InputException(copy.toString(), "", "does not match " + SweepFolder.MANIFEST
                    + "'s experimentSha256; expected the experiment copy the sweep wrote");
        }
        SweepPlan plan = SweepPlan.of(experiment);
        DesignType type = plan.designType();
        if (type != DesignType.MORRIS && type != DesignType.SOBOL) {
            throw new InputException(copy.toString(), "design", "the design is " + type.label()
                    + "; analyse computes Morris (morris) or Sobol (sobol) indices. A " + type.label()
                    + " sweep's runs.csv has a row per run with its factor values: model or plot it directly");
        }
        Path runs = dir.resolve(SweepFolder.RUNS);
        if (!Files.isRegularFile(runs)) {
            throw new InputException(runs.toString(), "", "not found; expected a finished sweep (run sweep, or sweep --merge, first)");
        }
        Table table = Table.read(runs, plan);
        List<Integer> outputs = selectOutputs(table, outputsOption);
        List<String> factors = plan.factors().stream().map(f -> f.name()).toList();
        Path target = outOption != null ? outOption : dir.resolve(FOLDER);
        // Staged and put in place whole: a failure leaves no partial folder, a rerun no stale charts.
        try (OutputFolder folder = OutputFolder.stage(target, "--out", OutputPolicy.Kind.ANALYSIS, overwrite.overwrite,
                List.of(manifestPath, copy, runs), "analyse")) {
            int charts = write(folder, type, plan, table, outputs, factors);
            folder.commit();
            if (table.failed > 0) {
                err.printf(Locale.ROOT, "icosim: note: %d of %d runs failed; their points are left out where they have no replicate%n",
                        table.failed, plan.runCount());
            }
            out.printf(Locale.ROOT, "%s analysis of %d outputs x %d factors: %s, %d charts%n", type.label(), outputs.size(),
                    factors.size(), target.resolve(type == DesignType.MORRIS ? MORRIS : SOBOL), charts);
        }
        return 0;
    }

    /** Writes the indices and their charts into the staging folder; returns the number of charts. */
    private static int write(OutputFolder folder, DesignType type, SweepPlan plan, Table table, List<Integer> outputs,
            List<String> factors) throws IOException {
        Path analysis = folder.stagingDir();
        StringBuilder csv = new StringBuilder();
        int charts = 0;
        if (type == DesignType.MORRIS) {
            csv.append("output,factor,mu,mu_star,sigma,mu_star_replicate_min,mu_star_replicate_max\n");
            MorrisDesign design = plan.morris();
            double[][] points = plan.unitPoints();
            int replicates = plan.replicates();
            for (int column : outputs) {
                String name = table.header.get(column);
                MorrisDesign.Result r = design.analyse(points, table.pointMeans(column));
                // With replicates, mu* of each replicate alone: how far the screening moves with the runs' own noise.
                double[] low = new double[factors.size()];
                double[] high = new double[factors.size()];
                Arrays.fill(low, Double.NaN);
                Arrays.fill(high, Double.NaN);
                for (int rep = 0; replicates > 1 && rep < replicates; rep++) {
                    double[] one = design.analyse(points, table.replicateValues(column, rep, replicates)).muStar();
                    for (int i = 0; i < one.length; i++) {
                        if (Double.isNaN(one[i])) continue;
                        low[i] = Double.isNaN(low[i]) ? one[i] : Math.min(low[i], one[i]);
                        high[i] = Double.isNaN(high[i]) ? one[i] : Math.max(high[i], one[i]);
                    }
                }
                for (int i = 0; i < factors.size(); i++) {
                    csv.append(name).append(',').append(factors.get(i)).append(',').append(MetricsCsv.format(r.mu()[i]))
                            .append(',').append(MetricsCsv.format(r.muStar()[i])).append(',')
                            .append(MetricsCsv.format(r.sigma()[i])).append(',').append(MetricsCsv.format(low[i])).append(',')
                            .append(MetricsCsv.format(high[i])).append('\n');
                }
                if (Arrays.stream(r.muStar()).anyMatch(v -> !Double.isNaN(v))) {
                    SensitivityCharts.save(SensitivityCharts.morrisChart(name, factors, r.muStar(), r.sigma()),
                            analysis.resolve("morris-" + name + ".png"));
                    charts++;
                }
            }
            AtomicFiles.write(analysis.resolve(MORRIS), csv.toString());
        } else {
            csv.append("output,factor,S1,S1_low,S1_high,ST,ST_low,ST_high\n");
            SaltelliDesign design = plan.saltelli();
            for (int column : outputs) {
                String name = table.header.get(column);
                SaltelliDesign.Indices r = design.analyse(table.pointMeans(column));
                for (int i = 0; i < factors.size(); i++) {
                    csv.append(name).append(',').append(factors.get(i));
                    for (double v : new double[] {r.s1()[i], r.s1Low()[i], r.s1High()[i], r.st()[i], r.stLow()[i], r.stHigh()[i]}) {
                        csv.append(',').append(MetricsCsv.format(v));
                    }
                    csv.append('\n');
                }
                if (Arrays.stream(r.st()).anyMatch(v -> !Double.isNaN(v))) {
                    SensitivityCharts.save(SensitivityCharts.sobolChart(name, factors, r.s1(), r.s1Low(), r.s1High(), r.st(),
                            r.stLow(), r.stHigh()), analysis.resolve("sobol-" + name + ".png"));
                    charts++;
                }
            }
            AtomicFiles.write(analysis.resolve(SOBOL), csv.toString());
        }
        return charts;
    }

    /** The summary columns to analyse: all, or those named (in the order named). */
    static List<Integer> selectOutputs(Table table, String option) throws InputException {
        List<Integer> all = new ArrayList<>();
        for (int c = table.firstOutput; c < table.header.size(); c++) all.add(c);
        if (option == null) return all;
        List<Integer> chosen = new ArrayList<>();
        for (String part : option.split(",", -1)) {
            String name = part.trim();
            int column = table.header.indexOf(name);
            if (column < table.firstOutput) {
                throw UsageException.of("--outputs", "got \"" + name + "\", expected summary columns of runs.csv such as "
                        + table.header.get(table.firstOutput) + " (<metric>_<YYYY-MM>)");
            }
            if (!chosen.contains(column)) chosen.add(column);
        }
        return chosen;
    }

    /** The summary values of runs.csv, by run. */
    static final class Table {
        final List<String> header;
        final int firstOutput;
        final double[][] values;
        final int[] points;
        final int pointCount;
        int failed;

        private Table(List<String> header, int firstOutput, int runs, int pointCount) {
            this.header = header;
            this.firstOutput = firstOutput;
            this.values = new double[runs][];
            this.points = new int[runs];
            this.pointCount = pointCount;
        }

        static Table read(Path file, SweepPlan plan) throws InputException {
            try (CsvFile csv = CsvFile.open(file)) {
                List<String> header = csv.header();
                int status = csv.column("status");
                int message = csv.column("message");
                if (header.size() < 4 || !header.subList(0, 4).equals(List.of("run", "point", "replicate", "seed"))
                        || status < 0 || message != status + 1) {
                    throw csv.headerError("expected run,point,replicate,seed, the factors, status,message"
                            + " and the summary columns");
                }
                Table table = new Table(header, message + 1, plan.runCount(), plan.pointCount());
                for (CsvFile.Row cells = csv.next(); cells != null; cells = csv.next()) {
                    int run = cells.number() - 1;
                    if (run >= plan.runCount() || !cells.string(0).equals(Integer.toString(run))
                            || !cells.string(1).equals(Integer.toString(plan.point(run)))) {
                        throw cells.error("run " + cells.string(0) + ", point " + cells.string(1) + "; expected run " + run
                                + " of the design's " + plan.runCount());
                    }
                    table.points[run] = plan.point(run);
                    boolean ok = cells.string(status).equals(SweepFolder.OK);
                    if (!ok) table.failed++;
                    double[] row = new double[header.size()];
                    Arrays.fill(row, Double.NaN);
                    for (int c = table.firstOutput; ok && c < header.size(); c++) {
                        row[c] = cells.numberOrNaN(c);
                    }
                    table.values[run] = row;
                }
                if (csv.rowCount() != plan.runCount()) {
                    throw new InputException(file.toString(), "", "has " + csv.rowCount() + " runs, expected " + plan.runCount());
                }
                return table;
            }
        }

        /** Per design point, a column's value in one replicate (run id point x replicates + replicate; NaN if it failed). */
        double[] replicateValues(int column, int replicate, int replicates) {
            double[] v = new double[pointCount];
            for (int p = 0; p < pointCount; p++) v[p] = values[p * replicates + replicate][column];
            return v;
        }

        /** Per design point, the mean of a column over the point's replicates with a value (NaN if none). */
        double[] pointMeans(int column) {
            double[] sum = new double[pointCount];
            int[] count = new int[pointCount];
            for (int run = 0; run < values.length; run++) {
                double v = values[run][column];
                if (!Double.isNaN(v)) {
                    sum[points[run]] += v;
                    count[points[run]]++;
                }
            }
            double[] means = new double[pointCount];
            for (int p = 0; p < pointCount; p++) means[p] = count[p] == 0 ? Double.NaN : sum[p] / count[p];
            return means;
        }
    }
}
