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

/**
 * A run's output folder, built aside and put in place whole. Files are written into a hidden
 * sibling folder ({@code .<name>.tmp-<random>}) and {@link #commit()} renames it to the final
 * name, so a folder under {@code runs/} is always a complete run: a crash, a failed check or a
 * killed job leaves either the previous complete run or nothing, never a mixture a later
 * analysis would trust.
 *
 * <pre>try (OutputFolder out = OutputFolder.stage(Path.of("runs/ico-push"))) {
 *     MetricsCsv.write(series, out.path("metrics.csv"));
 *     out.commit();
 * }   // not committed (an exception): the staging folder is deleted</pre>
 *
 * <p>Replacing an existing run moves the old folder aside first, renames the new one into place,
 * and only then deletes the old one; if the rename fails, the old folder is put back.
 */
public final class OutputFolder implements AutoCloseable {

    private enum State { STAGING, COMMITTED, ABORTED }

    private final Path finalDir;
    private final Path stagingDir;
    private State state = State.STAGING;

    private OutputFolder(Path finalDir, Path stagingDir) {
        this.finalDir = finalDir;
        this.stagingDir = stagingDir;
    }

    /**
     * Creates the staging folder beside {@code finalDir} (creating the parent folders if needed).
     *
     * @throws IOException if {@code finalDir} exists and is not a folder, or the staging folder
     *                     cannot be created
     */
    public static OutputFolder stage(Path finalDir) throws IOException {
        Path absolute = finalDir.toAbsolutePath().normalize();
        if (absolute.getFileName() == null) {
            throw new IOException(finalDir + " has no folder name; expected a folder such as runs/my-run");
        }
        if (Files.exists(absolute) && !Files.isDirectory(absolute)) {
            throw new IOException(finalDir + " exists and is not a folder; expected a folder to replace or create");
        }
        Path parent = absolute.getParent();
        Files.createDirectories(parent);
        Path staging = Files.createTempDirectory(parent, "." + absolute.getFileName() + ".tmp-");
        Permissions.shareable(staging, true);
        return new OutputFolder(absolute, staging);
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
            throw e;
        }
        state = State.COMMITTED;
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
        deleteRecursively(stagingDir);
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

    private static void rename(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /** Deletes a folder tree without following symbolic links out of it. */
    static void deleteRecursively(Path root) throws IOException {
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
