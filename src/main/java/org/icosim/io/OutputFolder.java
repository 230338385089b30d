package org.icosim.io;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A folder output (a run, a comparison, an analysis, a calibration), built aside and put in place
 * whole, under the rules of {@link OutputPolicy}. Files are written into a hidden sibling folder
 * ({@code .<name>.tmp-<random>}) and {@link #commit()} renames it to the final name, so an output
 * folder is always complete: a crash, a failed check or a killed job leaves either the previous
 * complete output or nothing, never a mixture a later analysis would trust.
 *
 * <pre>try (OutputFolder out = OutputFolder.stage(Path.of("runs/ico-push"), "--out", Kind.RUN, false, inputs, "run")) {
 *     MetricsCsv.write(series, out.path("metrics.csv"));
 *     out.commit();
 * }   // not committed (an exception): the staging folder is deleted</pre>
 *
 * <p>While it is open the folder's lock ({@code .<name>.lock} beside it, {@link OutputLock}) is
 * held, so a second writer to the same folder is refused at once. Staging folders left beside it
 * by processes that died ({@code kill -9}, a node lost) are removed when it opens: their lock is
 * free, so nobody is writing them.
 *
 * <p>Replacing an earlier output (asked for, and of the same kind) moves the old folder aside
 * first, renames the new one into place, and only then deletes the old one; if the rename fails,
 * the old folder is put back.
 */
public final class OutputFolder implements AutoCloseable {

    private enum State { STAGING, COMMITTED, ABORTED }

    private static final Pattern LEFTOVER = Pattern.compile("^\\.(.+)\\.(tmp|old)-[^/]*$");

    private final Path finalDir;
    private final Path stagingDir;
    private final OutputPolicy.Kind kind;
    private final boolean overwrite;
    private final OutputLock lock;
    private State state = State.STAGING;

    private OutputFolder(Path finalDir, Path stagingDir, OutputPolicy.Kind kind, boolean overwrite, OutputLock lock) {
        this.finalDir = finalDir;
        this.stagingDir = stagingDir;
        this.kind = kind;
        this.overwrite = overwrite;
        this.lock = lock;
    }

    /**
     * Checks {@code finalDir} by {@link OutputPolicy#checkFolder}, takes its lock, removes dead
     * staging folders beside it and creates the staging folder (creating the parent folders).
     *
     * @param place     the option that named the folder, for messages ({@code --out})
     * @param overwrite whether the user asked to replace an earlier output of the same kind
     * @param inputs    the command's input files (never inside a folder that is replaced)
     * @param purpose   what the command does, shown to a second writer that is refused
     * @throws InputException if the folder may not be written, or another process is writing it
     * @throws OutputFailure  if the staging folder cannot be created
     */
    public static OutputFolder stage(Path finalDir, String place, OutputPolicy.Kind kind, boolean overwrite,
            Collection<Path> inputs, String purpose) throws InputException, IOException {
        OutputPolicy.checkFolder(finalDir, place, kind, overwrite, inputs);
        Path absolute = finalDir.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw new InputException("command line", place, finalDir + " cannot be created: " + OutputFailure.reason(e));
        }
        OutputLock lock;
        try {
            lock = OutputLock.tryAcquire(lockFile(absolute), purpose + " into " + finalDir);
        } catch (IOException e) {
            throw new InputException("command line", place, finalDir + " cannot be written: " + OutputFailure.reason(e));
        }
        if (lock == null) {
            throw new InputException("command line", place, finalDir + " is being written by "
                    + OutputLock.holderOf(lockFile(absolute)) + "; expected one writer at a time (wait for it, or choose another folder)");
        }
        try {
            removeDeadLeftovers(parent);
            Path staging = Files.createTempDirectory(parent, "." + absolute.getFileName() + ".tmp-");
            Permissions.shareable(staging, true);
            return new OutputFolder(absolute, staging, kind, overwrite, lock);
        } catch (IOException | RuntimeException e) {
            lock.close();
            if (e instanceof IOException io) {
                throw new InputException("command line", place, finalDir + " cannot be written: " + OutputFailure.reason(io));
            }
            throw e;
        }
    }

    /** The lock file of an output folder: beside it, so that it guards the name, not the staging folder. */
    static Path lockFile(Path absoluteDir) {
        return absoluteDir.resolveSibling("." + absoluteDir.getFileName() + ".lock");
    }

    /**
     * Deletes staging ({@code .name.tmp-*}) and set-aside ({@code .name.old-*}) folders whose owner is
     * gone: a live writer holds the lock of {@code name}, a dead one holds nothing.
     */
    static void removeDeadLeftovers(Path parent) throws IOException {
        List<Path> leftovers = new ArrayList<>();
        try (Stream<Path> entries = Files.list(parent)) {
            entries.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)
                    && LEFTOVER.matcher(p.getFileName().toString()).matches()).sorted().forEach(leftovers::add);
        }
        for (Path leftover : leftovers) {
            Matcher m = LEFTOVER.matcher(leftover.getFileName().toString());
            if (!m.matches()) continue;
            Path lockFile = parent.resolve("." + m.group(1) + ".lock");
            // Taking the lock, not just testing it, so that no writer can start on the name meanwhile.
            try (OutputLock owner = OutputLock.tryAcquire(lockFile, "cleaning up")) {
                if (owner != null) {
                    // A set-aside folder is the only copy of an earlier output until the new one is in place.
                    if (m.group(2).equals("old") && !Files.exists(parent.resolve(m.group(1)))) continue;
                    deleteRecursively(leftover);
                }
            }
        }
    }

    /** Where the run will be once committed (absolute). */
    public Path finalDir() {
        return finalDir;
    }

    /** The staging folder files are written into before the commit (absolute). */
    public Path stagingDir() {
        return stagingDir;
    }

    /**
     * The path of an output file inside the staging folder, e.g. {@code path("metrics.csv")} or
     * {@code path("charts/access.png")}; parent folders are created.
     *
     * @throws IllegalArgumentException if {@code file} is absolute or leaves the folder
     * @throws IllegalStateException    after {@link #commit()} or {@link #abort()}
     */
    public Path path(String file) throws IOException {
        requireStaging();
        Path relative = Path.of(file);
        Path resolved = stagingDir.resolve(relative).normalize();
        if (relative.isAbsolute() || !resolved.startsWith(stagingDir) || resolved.equals(stagingDir)) {
            throw new IllegalArgumentException("output file " + file + " is not inside the run folder; expected a relative name such as metrics.csv");
        }
        Files.createDirectories(resolved.getParent());
        return resolved;
    }

    /** Whether {@link #commit()} has succeeded. */
    public boolean committed() {
        return state == State.COMMITTED;
    }

    /**
     * Puts the staged folder in place of {@code finalDir}.
     *
     * @throws IOException if it cannot be put in place (the staging folder is then deleted and
     *                     any previous run restored), or if it is in place but the previous run,
     *                     moved aside, could not be deleted (the message names where it is)
     */
    public void commit() throws IOException {
        requireStaging();
        Path parent = finalDir.getParent();
        Path aside = null;
        Path oldRun = null;
        try {
            OutputPolicy.writeMarker(stagingDir, kind);
            // The work may have taken hours: check again, so that an output never lands on files
            // somebody put there meanwhile.
            try {
                OutputPolicy.checkFolder(finalDir, "--out", kind, overwrite, List.of());
            } catch (InputException e) {
                throw OutputFailure.changed(finalDir, e.problem());
            }
            if (Files.exists(finalDir) && isEmptyFolder(finalDir)) Files.delete(finalDir);
            if (Files.exists(finalDir)) {
                // A folder of our own to hold the old run, so no other name can be taken by accident.
                aside = Files.createTempDirectory(parent, "." + finalDir.getFileName() + ".old-");
                rename(finalDir, aside.resolve(finalDir.getFileName()));
                oldRun = aside.resolve(finalDir.getFileName());
            }
            rename(stagingDir, finalDir);
        } catch (IOException e) {
            abortQuietly(e);
            if (oldRun != null) {
                try {
                    rename(oldRun, finalDir);
                } catch (IOException restore) {
                    // Never delete the only copy of the previous run; say where it is instead.
                    e.addSuppressed(new IOException("the previous run could not be put back and is in " + oldRun, restore));
                    throw e;
                }
            }
            if (aside != null) {
                deleteQuietly(aside, e);
            }
            throw OutputFailure.of(finalDir, e);
        }
        state = State.COMMITTED;
        lock.close();
        if (aside != null) {
            try {
                deleteRecursively(aside);
            } catch (IOException e) {
                throw new IOException("the run is in " + finalDir + " but the previous run, moved to " + aside
                        + ", could not be deleted: " + e, e);
            }
        }
    }

    /** Deletes the staging folder and everything in it; does nothing if already aborted. */
    public void abort() throws IOException {
        if (state == State.COMMITTED) {
            throw new IllegalStateException(finalDir + " is already committed");
        }
        if (state == State.ABORTED) {
            return;
        }
        state = State.ABORTED;
        try {
            deleteRecursively(stagingDir);
        } finally {
            lock.close();
        }
    }

    /** Aborts unless committed, so a failure anywhere in a try-with-resources leaves nothing behind. */
    @Override
    public void close() throws IOException {
        if (state == State.STAGING) {
            abort();
        }
    }

    private void requireStaging() {
        if (state != State.STAGING) {
            throw new IllegalStateException("output folder for " + finalDir + " is already "
                    + (state == State.COMMITTED ? "committed" : "aborted"));
        }
    }

    private void abortQuietly(IOException cause) {
        try {
            abort();
        } catch (IOException e) {
            cause.addSuppressed(e);
        }
    }

    private static void deleteQuietly(Path folder, IOException cause) {
        try {
            deleteRecursively(folder);
        } catch (IOException e) {
            cause.addSuppressed(e);
        }
    }

    private static boolean isEmptyFolder(Path dir) throws IOException {
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) return false;
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }

    private static void rename(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /** Deletes a folder tree without following symbolic links out of it. */
    public static void deleteRecursively(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException failure) throws IOException {
                if (failure != null) {
                    throw failure;
                }
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
