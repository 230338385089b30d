package org.icosim.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a file so that readers see either the old content or the whole new content, never a
 * half-written file: the bytes go to a temporary file in the same folder, which is then renamed
 * over the target. A run killed mid-write (a cluster time limit, a closed laptop) therefore
 * never leaves a truncated CSV that a later analysis would read as real.
 *
 * <p>The rename is atomic where the file system supports it; elsewhere it falls back to a plain
 * replace. Missing parent folders are created. The temporary file
 * ({@code .<name>.<random>.tmp}) is removed on any failure, and the failure is an
 * {@link OutputFailure} naming the file and the operating system's reason.
 */
public final class AtomicFiles {

    /** Writes content to a stream; the stream is closed by {@link AtomicFiles}. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    /** Writes {@code bytes} to {@code target}, replacing it atomically. */
    public static void write(Path target, byte[] bytes) throws IOException {
        write(target, out -> out.write(bytes));
    }

    /** Writes {@code text} as UTF-8 to {@code target}, replacing it atomically. */
    public static void write(Path target, String text) throws IOException {
        write(target, text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Streams content to {@code target}, replacing it atomically; for outputs too large to
     * build in memory first (a network, a chart).
     */
    public static void write(Path target, Content content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        Path temporary = null;
        boolean moved = false;
        try {
            Files.createDirectories(folder);
            // Same folder, so the final rename never crosses file systems.
            temporary = Files.createTempFile(folder, "." + absolute.getFileName() + ".", ".tmp");
            Permissions.shareable(temporary, false);
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary))) {
                content.writeTo(out);
            }
            // Flush to disk before the rename, or a crash could leave the new name on empty data.
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            try {
                Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException | FileAlreadyExistsException e) {
                // Some file systems cannot rename atomically, or refuse to rename over a file.
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
            moved = true;
        } catch (IOException e) {
            throw OutputFailure.of(absolute, diskFull(folder) ? new IOException("No space left on device", e) : e);
        } catch (RuntimeException e) {
            // Image and graph writers wrap (or lose) the I/O error of a full disk in their own exceptions.
            IOException cause = diskFull(folder) ? new IOException("No space left on device", e)
                    : new IOException(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(), e);
            throw OutputFailure.of(absolute, cause);
        } finally {
            if (!moved && temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // The write failed already; that failure is the one to report.
                }
            }
        }
    }

    /** Whether the file system holding {@code folder} has (almost) no room left. */
    static boolean diskFull(Path folder) {
        try {
            return Files.getFileStore(folder).getUsableSpace() < MIN_FREE_BYTES;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Below this a write is taken to have failed for want of room (a block or two on any file system). */
    private static final long MIN_FREE_BYTES = 64 * 1024;
}
