package org.icosim.io;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.stream.JsonWriter;

/**
 * The output folder of a history-matching calibration ({@code calibrate FILE}), written as the
 * waves go and resumed in place, like a sweep's ({@link SweepFolder}).
 *
 * <ul>
 * <li>{@value #JOURNAL}{@code /wave-<w>/<run>.csv}: one small file per finished run, written to a
 * temporary name and renamed ({@link AtomicFiles}), so it exists only when complete: {@code ok},
 * point, replicate, seed and the run's value of every target, or {@code failed} and the message.
 * A killed calibration run again with the same file and folder reruns only the runs missing;
 * every design follows from the runs before it, so the earlier waves replay from the journal.</li>
 * <li>{@value #MANIFEST}: the digests of the calibration file, its experiment, model and targets,
 * and the tool versions; {@value #CALIBRATION_COPY}: the calibration file as read. A later run
 * with another file (any byte changed) or another version of icosim is refused.</li>
 * <li>Every table, chart and the report, each written atomically when its wave (or the whole
 * calibration) is done; {@value #REPORT} is written last, so its presence means the calibration
 * finished.</li>
 * </ul>
 */
public final class CalibrationFolder {

    public static final String MANIFEST = "manifest.json";
    public static final String CALIBRATION_COPY = "calibration.json";
    public static final String JOURNAL = ".runs";
    public static final String REPORT = "report.md";
    static final String OK = "ok";
    static final String FAILED = "failed";

    /** The digests that must match for a folder to be resumed. */
    public record Digests(String calibration, String experiment, String model, String targets) {
    }

    private final Path dir;

    private CalibrationFolder(Path dir) {
        this.dir = dir;
    }

    /**
     * Opens a calibration folder: creates it with its marker, copy of the calibration file and
     * manifest, or checks that the calibration already there is of the same files (a resume).
     *
     * @throws InputException if the folder holds anything else or another calibration
     */
    public static CalibrationFolder open(Path dir, Digests digests, byte[] calibrationBytes, List<Path> inputs)
            throws InputException, IOException {
        if (OutputPolicy.markerKind(dir) != OutputPolicy.Kind.HISTORY_MATCHING) {
            OutputPolicy.checkFolder(dir, "--out", OutputPolicy.Kind.HISTORY_MATCHING, false, inputs);
            Files.createDirectories(dir);
            OutputPolicy.writeMarker(dir, OutputPolicy.Kind.HISTORY_MATCHING);
        }
        Path manifest = dir.resolve(MANIFEST);
        if (Files.exists(manifest)) {
            checkSame(manifest, digests);
        } else {
            AtomicFiles.write(dir.resolve(CALIBRATION_COPY), calibrationBytes);
            AtomicFiles.write(manifest, manifest(digests, RunRecord.ToolVersions.current()));
        }
        Files.createDirectories(dir.resolve(JOURNAL));
        return new CalibrationFolder(dir);
    }

    /** The part of the work a process holds: the whole calibration. */
    public static final String ALL = "all";

    /**
     * Takes the lock of one part of the work on this folder: {@value #ALL} (the whole calibration,
     * which fits the emulators and writes the tables) or a shard ({@link org.icosim.experiment.Shard#lockPart}), which only
     * runs runs and records them in the journal. Shards run side by side; the whole calibration
     * runs alone, neither beside a shard nor beside another whole one, since it tidies the
     * folder of temporary files (a shard's unfinished writes among them).
     *
     * @throws InputException naming the holder if another process holds this part or, for the
     *                        whole calibration, any shard (and for a shard, the whole)
     */
    public OutputLock lock(String part) throws InputException, IOException {
        Path file = dir.resolve(".lock-" + part);
        OutputLock lock = OutputLock.tryAcquire(file, "calibration (" + part + ") in " + dir);
        if (lock == null) {
            throw new InputException("command line", "--out", dir + ": " + (part.equals(ALL) ? "the calibration" : part)
                    + " is being run by " + OutputLock.holderOf(file) + "; expected one process per calibration folder"
                    + (part.equals(ALL) ? "" : " and shard") + " (wait for it, or give another --out)");
        }
        try {
            List<Path> others = new ArrayList<>();
            if (part.equals(ALL)) {
                try (java.util.stream.Stream<Path> list = Files.list(dir)) {
                    others = list.filter(p -> p.getFileName().toString().startsWith(".lock-shard-")).sorted().toList();
                }
            } else {
                others = List.of(dir.resolve(".lock-" + ALL));
            }
            for (Path other : others) {
                if (!OutputLock.isFree(other)) {
                    String name = other.getFileName().toString().substring(".lock-".length());
                    throw new InputException("command line", "--out", dir + ": " + (name.equals(ALL) ? "the whole calibration" : name)
                            + " is being run by " + OutputLock.holderOf(other) + "; expected " + (part.equals(ALL)
                                    ? "no shard running while the whole calibration runs (wait for the shards to end)"
                                    : "no shard running beside the whole calibration (wait for it to end)"));
                }
            }
        } catch (InputException | IOException | RuntimeException e) {
            lock.close();
            throw e;
        }
        return lock;
    }

    /** The design of a wave recorded in the journal, or null if none is. */
    public double[][] design(int wave) throws IOException {
        Path file = designFile(wave);
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return null;
        }
        double[][] points = new double[lines.size()][];
        for (int i = 0; i < points.length; i++) {
            String[] cells = lines.get(i).split(",", -1);
            points[i] = new double[cells.length];
            for (int j = 0; j < cells.length; j++) {
                try {
                    points[i][j] = Double.parseDouble(cells[j]);
                } catch (NumberFormatException e) {
                    throw new IOException(file + ": line " + (i + 1) + ": a damaged design (\"" + cells[j]
                            + "\" is not a number); delete the file and run the calibration without --shard to record it again", e);
                }
            }
        }
        return points;
    }

    /** Records a wave's design in the journal, one point a line, every value exactly (Java's shortest round-trip decimal). */
    public void recordDesign(int wave, double[][] points) throws IOException {
        StringBuilder text = new StringBuilder();
        for (double[] point : points) {
            for (int j = 0; j < point.length; j++) text.append(j == 0 ? "" : ",").append(Double.toString(point[j]));
            text.append('\n');
        }
        Path file = designFile(wave);
        Files.createDirectories(file.getParent());
        AtomicFiles.write(file, text.toString());
    }

    Path designFile(int wave) {
        return dir.resolve(JOURNAL).resolve("wave-" + wave).resolve("design.csv");
    }

    /**
     * Removes the temporary files of atomic writes a killed process left behind
     * ({@code .<name>.<random>.tmp}, see {@link AtomicFiles}); call with the {@link #lock} held.
     *
     * @return how many were removed
     */
    public int removeLeftovers() throws IOException {
        List<Path> leftovers;
        try (java.util.stream.Stream<Path> walk = Files.walk(dir)) {
            leftovers = walk.filter(p -> {
                String name = p.getFileName().toString();
                return name.startsWith(".") && name.endsWith(".tmp") && Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS);
            }).toList();
        }
        for (Path p : leftovers) Files.deleteIfExists(p);
        return leftovers.size();
    }

    static String manifest(Digests digests, RunRecord.ToolVersions tools) {
        StringWriter text = new StringWriter();
        try (JsonWriter json = new JsonWriter(text)) {
            json.setIndent("  ");
            json.beginObject();
            json.name("calibrationSha256").value(digests.calibration());
            json.name("experimentSha256").value(digests.experiment());
            json.name("modelSha256").value(digests.model());
            json.name("targetsSha256").value(digests.targets());
            json.name("tools");
            tools.write(json);
            json.endObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.append('\n').toString();
    }

    private static void checkSame(Path manifest, Digests digests) throws InputException {
        JsonObject root = SweepFolder.readManifest(manifest);
        String file = manifest.toString();
        JsonElement tools = root.get("tools");
        String version = tools != null && tools.isJsonObject() && tools.getAsJsonObject().has("icosim")
                ? tools.getAsJsonObject().get("icosim").getAsString() : null;
        String current = RunRecord.ToolVersions.current().icosim();
        if (version != null && !version.equals(current)) {
            throw new InputException(file, "tools.icosim", "the folder holds a calibration run by icosim " + version + ", and this is icosim "
                    + current + ", whose runs may differ; expected a new --out folder");
        }
        String[][] checks = {{"calibrationSha256", digests.calibration(), "calibration file"},
            {"experimentSha256", digests.experiment(), "experiment file"}, {"modelSha256", digests.model(), "model file"},
            {"targetsSha256", digests.targets(), "targets file"}};
        for (String[] c : checks) {
            JsonElement v = root.get(c[0]);
            String found = v != null && SpecReader.isString(v) ? v.getAsString() : null;
            if (!Objects.equals(found, c[1])) {
                throw new InputException(file, c[0], "the folder holds a calibration of another " + c[2] + " (SHA-256 " + found + ", this one "
                        + c[1] + "); expected the same files, byte for byte, to resume, or a new --out folder");
            }
        }
    }

    public Path dir() {
        return dir;
    }

    /** A path inside the folder for an output, its parent folders created. */
    public Path path(String relative) throws IOException {
        Path p = dir.resolve(relative);
        Files.createDirectories(p.getParent());
        return p;
    }

    /** Writes an output atomically. */
    public void write(String relative, String text) throws IOException {
        AtomicFiles.write(path(relative), text);
    }

    Path journalFile(int wave, int run) {
        return dir.resolve(JOURNAL).resolve("wave-" + wave).resolve(run + ".csv");
    }

    /** A run recorded before: null if not done, else its status line split at commas (at most 5 fields for a failure). */
    private String[] journal(int wave, int run) throws IOException {
        String text;
        try {
            text = Files.readString(journalFile(wave, run), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return null;
        }
        String line = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        return line.startsWith(FAILED + ",") ? line.split(",", 5) : line.split(",", -1);
    }

    /** @return the outputs of a run that finished, or null */
    public double[] outputs(int wave, int run) throws IOException {
        String[] cells = journal(wave, run);
        if (cells == null || !cells[0].equals(OK)) return null;
        double[] v = new double[cells.length - 4];
        for (int i = 0; i < v.length; i++) {
            try {
                v[i] = Double.parseDouble(cells[i + 4]);
            } catch (NumberFormatException e) {
                throw new IOException(journalFile(wave, run) + ": a damaged journal file (\"" + cells[i + 4]
                        + "\" is not a number); delete it to run that run again", e);
            }
        }
        return v;
    }

    /** @return the message of a run that failed, or null */
    public String failure(int wave, int run) throws IOException {
        String[] cells = journal(wave, run);
        return cells == null || !cells[0].equals(FAILED) ? null : cells.length > 4 ? cells[4] : "";
    }

    public void recordOk(int wave, int run, int point, int replicate, long seed, double[] outputs) throws IOException {
        List<String> cells = new ArrayList<>(List.of(OK, Integer.toString(point), Integer.toString(replicate), Long.toString(seed)));
        for (double v : outputs) cells.add(SweepFolder.shortestDecimal(v));
        write(wave, run, String.join(",", cells));
    }

    public void recordFailed(int wave, int run, int point, int replicate, long seed, String message) throws IOException {
        write(wave, run, FAILED + "," + point + "," + replicate + "," + seed + "," + message.replace('\n', ' ').replace('\r', ' '));
    }

    private void write(int wave, int run, String line) throws IOException {
        Path file = journalFile(wave, run);
        Files.createDirectories(file.getParent());
        AtomicFiles.write(file, line + "\n");
    }
}
