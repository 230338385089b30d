package org.icosim.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The one rule for every place icosim writes: nothing a user owns is ever deleted or overwritten
 * unless they asked, and every problem with the place is found before any work starts.
 *
 * <p>A folder output (a run, a comparison, a sweep, an analysis, a calibration, a validation) carries a marker,
 * {@value #MARKER}, that says icosim wrote it and what kind of output it is. A folder is replaced
 * only when it holds such a marker of the same kind <em>and</em> the user asked
 * ({@code --overwrite}); a new or empty folder is simply written. Everything else is refused: a
 * folder holding anything icosim did not write, the current folder or one above it, the file
 * system's root, the home folder, a folder holding files tracked by git, a folder holding one of
 * the command's own inputs, a symbolic link, a file where a folder should be, a path inside a file,
 * and a folder that cannot be created or written. A single output file ({@code extract}, the GUI's
 * saves) is replaced only when asked, and never when it is one of the command's inputs.
 *
 * <p>Problems are {@link InputException}s naming the option (e.g. {@code --out}), so the command
 * line reports them in one line with exit code 2 before anything is computed or written.
 */
public final class OutputPolicy {

    /** The marker file every folder output carries. */
    public static final String MARKER = ".icosim-output";
    static final String FORMAT = "icosim-output/1";
    private static final String SOURCE = "command line";
    private static final int LISTED = 5;
    private static final Pattern FORMAT_TAG = Pattern.compile("\"format\"\\s*:\\s*\"([^\"]*)\"");
    private static final Pattern KIND_TAG = Pattern.compile("\"kind\"\\s*:\\s*\"([^\"]*)\"");

    /** What a folder output is; a folder is only ever replaced by an output of its own kind. */
    public enum Kind {
        RUN("run"), COMPARISON("comparison"), SWEEP("sweep"), ANALYSIS("analysis"), CALIBRATION("calibration"),
        /** History matching ({@code calibrate FILE}): resumed in place, like a sweep. */
        HISTORY_MATCHING("history-matching"),
        VALIDATION("validation");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /** As written in the marker and in messages. */
        public String label() {
            return label;
        }

        static Kind byLabel(String label) {
            for (Kind kind : values()) if (kind.label.equals(label)) return kind;
            return null;
        }
    }

    /** What is at a checked folder path. */
    public enum Existing {
        /** Nothing, or an empty folder: written without asking. */
        NONE,
        /** An icosim output of the same kind, to be replaced as the user asked. */
        OURS
    }

    private OutputPolicy() {
    }

    /**
     * Checks that {@code dir} may receive a whole output of {@code kind}.
     *
     * @param place     the option that named it, e.g. {@code --out}
     * @param overwrite whether the user asked to replace an earlier output of the same kind
     * @param inputs    the command's input files, which must not be inside the folder
     * @throws InputException naming the place, the path and what is expected
     */
    public static Existing checkFolder(Path dir, String place, Kind kind, boolean overwrite, Collection<Path> inputs)
            throws InputException {
        Path abs = absolute(dir, place, "folder such as runs/my-run");
        refuseSpecialFolders(dir, abs, place);
        refuseInsideFile(dir, abs, place);
        if (Files.isSymbolicLink(abs)) {
            throw refused(place, dir + " is a symbolic link; expected a real folder (give the folder it points to)");
        }
        if (Files.exists(abs, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(abs, LinkOption.NOFOLLOW_LINKS)) {
            throw refused(place, dir + " is a file; expected a folder to create (or an earlier icosim "
                    + kind.label() + " folder to replace with --overwrite)");
        }
        requireWritable(dir, abs, place);
        if (!Files.isDirectory(abs)) return Existing.NONE;
        List<String> entries = entries(abs, place, dir);
        if (entries.isEmpty()) return Existing.NONE;
        Kind found = markerKind(abs);
        if (found == null) {
            throw refused(place, dir + " holds files icosim did not write (" + listed(entries)
                    + "); expected a new or empty folder");
        }
        if (found != kind) {
            throw refused(place, dir + " holds an icosim " + found.label() + ", not a " + kind.label()
                    + "; expected a new or empty folder, or a " + kind.label() + " folder to replace with --overwrite");
        }
        if (!overwrite) {
            throw refused(place, dir + " already holds an icosim " + kind.label()
                    + "; expected a new folder, or add --overwrite to replace it");
        }
        refuseInputsInside(dir, abs, place, inputs);
        refuseTracked(dir, abs, place);
        return Existing.OURS;
    }

    /**
     * Checks that {@code file} may be written: a new file, or (asked) an existing regular file
     * that is not one of the command's inputs.
     */
    public static void checkFile(Path file, String place, boolean overwrite, Collection<Path> inputs)
            throws InputException {
        Path abs = absolute(file, place, "file name such as run-12.json");
        if (abs.getFileName() == null) throw refused(place, file + " is the file system's root; expected a file name");
        refuseInsideFile(file, abs, place);
        if (Files.isDirectory(abs)) throw refused(place, file + " is a folder; expected a file name");
        for (Path input : inputs) {
            if (sameFile(abs, input)) {
                throw refused(place, file + " is " + input + ", an input of this command; expected another file");
            }
        }
        if (Files.exists(abs, LinkOption.NOFOLLOW_LINKS)) {
            if (!Files.isRegularFile(abs, LinkOption.NOFOLLOW_LINKS)) {
                throw refused(place, file + " exists and is not a regular file; expected a new file name");
            }
            if (!overwrite) throw refused(place, file + " already exists; expected a new file, or add --overwrite to replace it");
            refuseTracked(file, abs, place);
        }
        requireWritable(file, abs, place);
    }

    /** An experiment's name made safe as one path component: no separators, no leading dot, never empty. */
    public static String safeName(String name) {
        String safe = name == null ? "" : name.replaceAll("[^A-Za-z0-9._-]+", "-");
        safe = safe.replaceAll("^[.-]+", "").replaceAll("-{2,}", "-");
        if (safe.length() > 80) safe = safe.substring(0, 80);
        safe = safe.replaceAll("[.-]+$", "");
        return safe.isEmpty() ? "experiment" : safe;
    }

    /** The kind recorded by the marker in {@code dir}, or null if there is none or it is not ours. */
    public static Kind markerKind(Path dir) {
        Path marker = dir.resolve(MARKER);
        if (!Files.isRegularFile(marker, LinkOption.NOFOLLOW_LINKS)) return null;
        try {
            String text = Files.readString(marker, StandardCharsets.UTF_8);
            Matcher format = FORMAT_TAG.matcher(text);
            Matcher kind = KIND_TAG.matcher(text);
            if (!format.find() || !format.group(1).equals(FORMAT) || !kind.find()) return null;
            return Kind.byLabel(kind.group(1));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Writes the marker of {@code kind} into {@code dir}. */
    public static void writeMarker(Path dir, Kind kind) throws IOException {
        AtomicFiles.write(dir.resolve(MARKER), "{\"format\": \"" + FORMAT + "\", \"kind\": \"" + kind.label()
                + "\", \"note\": \"written by icosim; icosim replaces this folder only when asked (--overwrite)\"}\n");
    }

    // ------------------------------------------------------------------ the checks

    private static Path absolute(Path path, String place, String expected) throws InputException {
        if (path.toString().isEmpty()) throw refused(place, "got an empty path; expected a " + expected);
        try {
            return path.toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw refused(place, path + " cannot be used as a path here (" + e.getReason() + ")");
        }
    }

    private static void refuseSpecialFolders(Path dir, Path abs, String place) throws InputException {
        if (abs.getFileName() == null) {
            throw refused(place, dir + " is the file system's root; expected a folder such as runs/my-run");
        }
        Path cwd = Path.of("").toAbsolutePath().normalize();
        if (cwd.startsWith(abs)) {
            throw refused(place, dir + " is " + (cwd.equals(abs) ? "the current folder" : "a folder above the current one")
                    + "; expected a folder of its own, such as runs/my-run");
        }
        String home = System.getProperty("user.home");
        if (home != null && !home.isEmpty() && Path.of(home).toAbsolutePath().normalize().equals(abs)) {
            throw refused(place, dir + " is the home folder; expected a folder of its own, such as runs/my-run");
        }
    }

    /** A path inside a file (runs/notes.txt/x) can never be created. */
    private static void refuseInsideFile(Path given, Path abs, String place) throws InputException {
        for (Path p = abs.getParent(); p != null; p = p.getParent()) {
            if (Files.exists(p)) {
                if (!Files.isDirectory(p)) {
                    throw refused(place, given + " is inside " + p + ", which is a file; expected a path inside a folder");
                }
                return;
            }
        }
    }

    /** The nearest existing folder on the way must let us create (and rename) entries. */
    private static void requireWritable(Path given, Path abs, String place) throws InputException {
        Path p = abs.getParent();
        while (p != null && !Files.exists(p)) p = p.getParent();
        if (p == null) return;
        if (!Files.isWritable(p) || !Files.isExecutable(p)) {
            throw refused(place, given + " cannot be written: " + p + " is not writable (permission denied)");
        }
        if (Files.isDirectory(abs) && (!Files.isWritable(abs) || !Files.isExecutable(abs))) {
            throw refused(place, given + " cannot be written: it is not writable (permission denied)");
        }
    }

    private static void refuseInputsInside(Path dir, Path abs, String place, Collection<Path> inputs) throws InputException {
        Path real = realOr(abs);
        for (Path input : inputs) {
            Path in = realOr(input.toAbsolutePath().normalize());
            if (in.startsWith(real)) {
                throw refused(place, dir + " holds " + input + ", an input of this command; expected a folder that holds no input");
            }
        }
    }

    /**
     * Files tracked by git are the project's own (models, committed results): never replaced by a
     * command, even when asked. Checked with git itself where it is installed.
     */
    private static void refuseTracked(Path given, Path abs, String place) throws InputException {
        Path top = null;
        for (Path p = abs; p != null; p = p.getParent()) {
            if (Files.exists(p.resolve(".git"))) {
                top = p;
                break;
            }
        }
        if (top == null) return;
        List<String> tracked = new ArrayList<>();
        try {
            Process git = new ProcessBuilder("git", "-C", top.toString(), "ls-files", "--", top.relativize(realOr(abs)).toString())
                    .redirectErrorStream(false).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            try (InputStream in = git.getInputStream()) {
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    if (!line.isBlank()) tracked.add(line);
                }
            }
            if (!git.waitFor(20, TimeUnit.SECONDS)) git.destroyForcibly();
        } catch (IOException | IllegalArgumentException e) {
            return; // no git on this machine: the marker rule alone applies
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        if (!tracked.isEmpty()) {
            throw refused(place, given + " holds files tracked by git in " + top + " (" + listed(tracked)
                    + "); expected a folder outside the project's own files (write elsewhere, then copy with git)");
        }
    }

    private static List<String> entries(Path abs, String place, Path given) throws InputException {
        try (Stream<Path> list = Files.list(abs)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw refused(place, given + " cannot be read (" + OutputFailure.reason(e) + "); expected a readable folder");
        }
    }

    private static boolean sameFile(Path abs, Path input) {
        try {
            Path in = input.toAbsolutePath().normalize();
            if (in.equals(abs)) return true;
            return Files.exists(abs) && Files.exists(in) && Files.isSameFile(abs, in);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static Path realOr(Path abs) {
        try {
            return abs.toRealPath();
        } catch (IOException e) {
            return abs;
        }
    }

    private static String listed(List<String> names) {
        List<String> shown = names.subList(0, Math.min(LISTED, names.size()));
        String text = String.join(", ", shown);
        return names.size() > LISTED ? text + String.format(Locale.ROOT, " and %d more", names.size() - LISTED) : text;
    }

    private static InputException refused(String place, String problem) {
        return new InputException(SOURCE, place, problem);
    }
}
