package org.icosim.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.internal.bind.TypeAdapters;
import com.google.gson.stream.JsonWriter;

import org.icosim.metrics.Metric;
import org.icosim.metrics.MetricsSeries;
import org.icosim.model.parameters.Parameter;

/**
 * The output folder of a sweep, written as runs finish so that memory stays flat and a crash
 * loses at most the runs under way.
 *
 * <ul>
 * <li>{@value #JOURNAL}{@code /<id / 1000>/<id>.csv.gz}: one small file per finished run, written
 * to a temporary name and renamed ({@link AtomicFiles}), so it exists only when complete. Its
 * first line is the run's row of {@value #RUNS}; the rest, its rows of {@value #METRICS}. These
 * files are the resume journal: a run whose file exists is done, whatever thread, shard or node
 * ran it.</li>
 * <li>{@value #RUNS} and {@value #METRICS}, assembled by {@link #assemble} in run-id order by
 * streaming the journal, each written atomically. The same runs give the same bytes, however
 * they were run.</li>
 * <li>{@value #MANIFEST}: the experiment, its digest and its model's, the design, and the tool
 * versions; {@value #EXPERIMENT_COPY}: the experiment file's bytes as read. Written when the
 * folder is first opened; a later open with another experiment or model is refused.</li>
 * </ul>
 *
 * <p>Numbers are written as {@link MetricsCsv#format} writes them; factor values by
 * {@link #factorCell}. Gzip members are written by {@link GZIPOutputStream}, whose header has no
 * file name and a modification time of 0, so the compressed bytes depend only on the content
 * (and the zlib build).
 */
public final class SweepFolder {

    public static final String RUNS = "runs.csv";
    public static final String METRICS = "metrics.csv.gz";
    public static final String MANIFEST = "manifest.json";
    public static final String EXPERIMENT_COPY = "experiment.json";
    public static final String JOURNAL = ".runs";
    public static final String OK = "ok";
    public static final String FAILED = "failed";
    private static final int BUCKET = 1000;

    /**
     * The columns of a sweep's tables.
     *
     * @param factors        factor names, in file order
     * @param summaryMonths  month index (0 = first month) of each summary month
     * @param summaryLabels  the same months as {@code YYYY-MM}, used in column names
     * @param monthly        whether monthly rows are kept
     */
    public record Layout(List<String> factors, List<Integer> summaryMonths, List<YearMonth> summaryLabels, boolean monthly) {
        public Layout {
            factors = List.copyOf(factors);
            summaryMonths = List.copyOf(summaryMonths);
            summaryLabels = List.copyOf(summaryLabels);
            if (summaryMonths.size() != summaryLabels.size()) {
                throw new IllegalArgumentException(summaryMonths.size() + " summary months but " + summaryLabels.size() + " labels");
            }
        }

        /** The metrics summarised: every metric but {@code month} and {@code date}, in {@link Metric} order. */
        public static List<Metric> summaryMetrics() {
            List<Metric> metrics = new ArrayList<>();
            for (Metric metric : Metric.values()) {
                if (metric != Metric.month && metric != Metric.date) metrics.add(metric);
            }
            return metrics;
        }

        /** The header of {@value #RUNS}. */
        public String runsHeader() {
            List<String> columns = new ArrayList<>(List.of("run", "point", "replicate", "seed"));
            columns.addAll(factors);
            columns.addAll(List.of("status", "message"));
            columns.addAll(summaryColumns());
            return String.join(",", columns);
        }

        /** Summary column names, {@code <metric>_<YYYY-MM>}, month by month, metrics in {@link Metric} order. */
        public List<String> summaryColumns() {
            List<String> columns = new ArrayList<>();
            for (YearMonth month : summaryLabels) {
                for (Metric metric : summaryMetrics()) columns.add(metric.name() + "_" + month);
            }
            return columns;
        }
    }

    private final Path dir;
    private final Layout layout;

    private SweepFolder(Path dir, Layout layout) {
        this.dir = dir;
        this.layout = layout;
    }

    /**
     * Opens a sweep folder: creates it with its marker ({@link OutputPolicy}), experiment copy and
     * manifest, or checks that the sweep already there is of the same experiment and model (a
     * resume, another shard). A sweep folder is never replaced: a folder holding anything else, or
     * a sweep of another experiment, is refused.
     *
     * @param manifestJson    the manifest to write if the folder is new ({@link #manifest})
     * @param experimentBytes the experiment file as read
     * @throws InputException if the folder holds another sweep or anything icosim did not write
     */
    public static SweepFolder open(Path dir, Layout layout, String manifestJson, byte[] experimentBytes,
            String experimentSha256, String modelSha256) throws InputException, IOException {
        if (OutputPolicy.markerKind(dir) != OutputPolicy.Kind.SWEEP) {
            try {
                OutputPolicy.checkFolder(dir, "--out", OutputPolicy.Kind.SWEEP, false, List.of());
                Files.createDirectories(dir);
                OutputPolicy.writeMarker(dir, OutputPolicy.Kind.SWEEP);
            } catch (InputException e) {
                // Another shard may have just created the same sweep folder; that one is fine to join.
                if (OutputPolicy.markerKind(dir) != OutputPolicy.Kind.SWEEP) throw e;
            }
        }
        Path manifest = dir.resolve(MANIFEST);
        if (Files.exists(manifest)) {
            checkSameSweep(manifest, experimentSha256, modelSha256);
        } else {
            // The experiment first: a folder with a manifest always has its experiment beside it.
            AtomicFiles.write(dir.resolve(EXPERIMENT_COPY), experimentBytes);
            AtomicFiles.write(manifest, manifestJson);
        }
        Files.createDirectories(dir.resolve(JOURNAL));
        return new SweepFolder(dir, layout);
    }

    /**
     * Takes the lock of one part of the work on this folder ({@code all}, {@code shard-3-of-8},
     * {@code merge}), so that two processes never do the same part at once; shards of one sweep
     * hold different locks and run side by side.
     *
     * @throws InputException naming the holder if another process holds it
     */
    public OutputLock lock(String part) throws InputException, IOException {
        Path file = dir.resolve(".lock-" + part);
        OutputLock lock = OutputLock.tryAcquire(file, "sweep (" + part + ") in " + dir);
        if (lock == null) {
            throw new InputException("command line", "--out", dir + ": " + part + " is being run by "
                    + OutputLock.holderOf(file) + "; expected one process per shard (wait for it, or run another shard)");
        }
        return lock;
    }

    /**
     * An existing sweep folder, for merging or analysing: its manifest must be there and be of
     * this experiment and model.
     */
    public static SweepFolder existing(Path dir, Layout layout, String experimentSha256, String modelSha256)
            throws InputException {
        Path manifest = dir.resolve(MANIFEST);
        if (!Files.isRegularFile(manifest)) {
            throw new InputException(dir.toString(), "", "no " + MANIFEST + "; expected a sweep folder written by icosim sweep");
        }
        checkSameSweep(manifest, experimentSha256, modelSha256);
        return new SweepFolder(dir, layout);
    }

    private static void checkSameSweep(Path manifest, String experimentSha256, String modelSha256) throws InputException {
        JsonObject root = readManifest(manifest);
        String file = manifest.toString();
        // Runs of another version may differ (0.2.0 changed the seeding): a resume must not mix them.
        JsonElement tools = root.get("tools");
        String version = tools != null && tools.isJsonObject() ? text(tools.getAsJsonObject(), "icosim") : null;
        String current = RunRecord.ToolVersions.current().icosim();
        if (version != null && !version.equals(current)) {
            throw new InputException(file, "tools.icosim", "the folder holds a sweep run by icosim " + version
                    + ", and this is icosim " + current + ", whose runs may differ; expected a new --out folder");
        }
        if (!Objects.equals(text(root, "experimentSha256"), experimentSha256)) {
            throw new InputException(file, "experimentSha256", "the folder holds a sweep of another experiment file (SHA-256 "
                    + text(root, "experimentSha256") + ", this one " + experimentSha256
                    + "); expected the same experiment, byte for byte, or a new --out folder");
        }
        if (!Objects.equals(text(root, "modelSha256"), modelSha256)) {
            throw new InputException(file, "modelSha256", "the folder holds a sweep of another model file (SHA-256 "
                    + text(root, "modelSha256") + ", this one " + modelSha256
                    + "); expected the same model, byte for byte, or a new --out folder");
        }
    }

    /** A manifest's top-level object. */
    public static JsonObject readManifest(Path manifest) throws InputException {
        StrictJson.Document document = StrictJson.read(manifest);
        if (!document.root().isJsonObject()) {
            throw new InputException(manifest.toString(), "", "expected an object (a sweep manifest)");
        }
        return document.root().getAsJsonObject();
    }

    private static String text(JsonObject root, String key) {
        JsonElement value = root.get(key);
        return value != null && SpecReader.isString(value) ? value.getAsString() : null;
    }

    public Path dir() {
        return dir;
    }

    public Layout layout() {
        return layout;
    }

    /** The journal file of a run. */
    Path journalFile(int run) {
        return dir.resolve(JOURNAL).resolve(Integer.toString(run / BUCKET)).resolve(run + ".csv.gz");
    }

    /** Whether a run has finished (ok or failed) in this or an earlier invocation. */
    public boolean isDone(int run) {
        return Files.isRegularFile(journalFile(run));
    }

    /** Runs of 0..runCount-1 not yet done, ascending. */
    public List<Integer> missing(int runCount) {
        List<Integer> missing = new ArrayList<>();
        for (int run = 0; run < runCount; run++) {
            if (!isDone(run)) missing.add(run);
        }
        return missing;
    }

    /**
     * Records a run that finished: its row of {@value #RUNS} and, when kept, its monthly rows.
     *
     * @param leading the row's first cells: run, point, replicate, seed and the factors' values
     */
    public void recordOk(int run, List<String> leading, MetricsSeries series) throws IOException {
        StringBuilder text = new StringBuilder();
        text.append(String.join(",", leading)).append(',').append(OK).append(',');
        for (int month : layout.summaryMonths) {
            for (Metric metric : Layout.summaryMetrics()) {
                text.append(',').append(month < series.size() ? MetricsCsv.format(series.get(month, metric)) : "");
            }
        }
        text.append('\n');
        if (layout.monthly) {
            String csv = MetricsCsv.toCsv(series);
            // Every line of the run's metrics.csv but its header, after the run id.
            int start = csv.indexOf('\n') + 1;
            while (start < csv.length()) {
                int end = csv.indexOf('\n', start);
                text.append(run).append(',').append(csv, start, end + 1);
                start = end + 1;
            }
        }
        write(run, text.toString());
    }

    /** Records a run that threw: status {@value #FAILED}, its message, empty summaries, no monthly rows. */
    public void recordFailed(int run, List<String> leading, String message) throws IOException {
        StringBuilder text = new StringBuilder();
        text.append(String.join(",", leading)).append(',').append(FAILED).append(',').append(quoted(message));
        int empty = layout.summaryMonths.size() * Layout.summaryMetrics().size();
        for (int i = 0; i < empty; i++) text.append(',');
        write(run, text.append('\n').toString());
    }

    private void write(int run, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(journalFile(run), out -> {
            GZIPOutputStream gzip = new GZIPOutputStream(out);
            gzip.write(bytes);
            gzip.finish();
        });
    }

    /**
     * Writes {@value #RUNS} and (when kept) {@value #METRICS} from the journal, in run-id order,
     * each atomically.
     *
     * @throws IllegalStateException if a run is missing; call {@link #missing} first
     */
    public void assemble(int runCount) throws IOException {
        AtomicFiles.write(dir.resolve(RUNS), out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write(layout.runsHeader());
            writer.write('\n');
            for (int run = 0; run < runCount; run++) {
                try (BufferedReader reader = journal(run)) {
                    writer.write(reader.readLine());
                    writer.write('\n');
                }
            }
            writer.flush();
        });
        if (!layout.monthly) {
            Files.deleteIfExists(dir.resolve(METRICS));
            return;
        }
        AtomicFiles.write(dir.resolve(METRICS), out -> {
            GZIPOutputStream gzip = new GZIPOutputStream(out, 1 << 16);
            Writer writer = new OutputStreamWriter(gzip, StandardCharsets.UTF_8);
            List<String> header = new ArrayList<>(List.of("run"));
            for (Metric metric : Metric.values()) header.add(metric.name());
            writer.write(String.join(",", header));
            writer.write('\n');
            char[] buffer = new char[1 << 14];
            for (int run = 0; run < runCount; run++) {
                try (BufferedReader reader = journal(run)) {
                    reader.readLine();
                    for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) writer.write(buffer, 0, n);
                }
            }
            writer.flush();
            gzip.finish();
        });
    }

    private BufferedReader journal(int run) throws IOException {
        InputStream in;
        try {
            in = new GZIPInputStream(Files.newInputStream(journalFile(run)));
        } catch (NoSuchFileException e) {
            throw new IllegalStateException("run " + run + " has not finished (no " + journalFile(run) + ")", e);
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    /** A cell of free text (a failure message): on one line, quoted as RFC 4180 asks when needed. */
    static String quoted(String text) {
        String line = text.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
        if (line.indexOf(',') < 0 && line.indexOf('"') < 0) return line;
        return "\"" + line.replace("\"", "\"\"") + "\"";
    }

    /**
     * A factor's value as a cell of {@value #RUNS}: choices by name, booleans {@code true} or
     * {@code false}, months {@code YYYY-MM}, numbers in the shortest plain decimal that reads
     * back as the same double, so the table holds exactly the value the run used. The shortest
     * form is found by rounding the exact binary value to 1, 2, ... 17 significant digits, which
     * gives the same text on every JDK (unlike {@code Double.toString}, changed in JDK 19).
     */
    public static String factorCell(Parameter parameter, double value) {
        switch (parameter.kind()) {
            case CHOICE:
            case BOOLEAN:
            case MONTH:
                return parameter.format(value);
            default:
                return shortestDecimal(value);
        }
    }

    /** The shortest plain decimal that parses back to {@code value}; "0" for either zero. */
    public static String shortestDecimal(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) return MetricsCsv.format(value);
        if (value == 0) return "0";
        BigDecimal exact = new BigDecimal(value);
        for (int digits = 1; digits <= 17; digits++) {
            BigDecimal rounded = exact.round(new MathContext(digits, RoundingMode.HALF_EVEN));
            if (rounded.doubleValue() == value) return rounded.stripTrailingZeros().toPlainString();
        }
        return exact.round(new MathContext(17, RoundingMode.HALF_EVEN)).stripTrailingZeros().toPlainString();
    }

    /**
     * The manifest: what was swept and with what, in a fixed order.
     *
     * @param experiment   the sweep's experiment, as read
     * @param model        its model file, as read
     * @param points       design points
     * @param runs         runs
     * @param seedRule     how run seeds were derived, in words
     */
    public static String manifest(ExperimentFile experiment, ModelFile model, int points, int runs, String seedRule,
            RunRecord.ToolVersions tools) {
        StringWriter text = new StringWriter();
        try (JsonWriter json = new JsonWriter(text)) {
            json.setIndent("  ");
            json.setSerializeNulls(true);
            json.beginObject();
            json.name("experimentFile").value(experiment.path() == null ? null : experiment.path().toString());
            json.name("experimentSha256").value(experiment.sha256());
            json.name("modelFile").value(model.path().toString());
            json.name("modelSha256").value(model.sha256());
            json.name("baseSeed").value(experiment.seed());
            json.name("seedRule").value(seedRule);
            json.name("design").beginObject();
            SweepSpec sweep = experiment.sweep();
            json.name("type").value(sweep.design().type().label());
            json.name("size").value(sweep.design().size());
            json.name("levels").value(sweep.design().levels());
            json.endObject();
            json.name("factors").beginArray();
            for (SweepSpec.Factor factor : sweep.factors()) json.value(factor.name());
            json.endArray();
            json.name("replicates").value(sweep.replicates());
            json.name("commonRandomNumbers").value(sweep.commonRandomNumbers());
            json.name("points").value(points);
            json.name("runs").value(runs);
            json.name("months").value(experiment.months());
            json.name("start").value(experiment.start().toString());
            json.name("tools");
            tools.write(json);
            json.name("experiment");
            TypeAdapters.JSON_ELEMENT.write(json, JsonParser.parseString(experiment.toJson()));
            json.endObject();
        } catch (IOException e) {
            // A StringWriter does not fail.
            throw new UncheckedIOException(e);
        }
        return text.append('\n').toString();
    }
}
