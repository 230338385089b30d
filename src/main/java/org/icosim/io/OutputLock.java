package org.icosim.io;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One writer at a time for an output: an advisory lock ({@link FileChannel#tryLock()}) on a small
 * hidden file that names its holder (process id, host, start time, command). A second icosim
 * writing to the same place fails at once with the holder's name instead of interleaving its files
 * with the first one's. The operating system releases the lock when the process dies, however it
 * dies ({@code kill -9} included), so a stale lock file never blocks anybody: it is only a name.
 *
 * <p>Locks held by this process are also kept in a set, since the JVM refuses a second
 * {@code tryLock} on a file it already locks (two commands run in one JVM, as the tests do).
 */
public final class OutputLock implements AutoCloseable {

    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;
    private boolean released;

    private OutputLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the lock on {@code file} (created if needed), or returns null when another process, or
     * another command of this process, holds it.
     *
     * @param purpose what the holder does, written into the file for whoever is refused
     */
    public static OutputLock tryAcquire(Path file, String purpose) throws IOException {
        Path key = file.toAbsolutePath().normalize();
        if (!HELD.add(key)) return null;
        boolean acquired = false;
        try {
            for (int attempt = 0; attempt < 3; attempt++) {
                FileChannel channel = FileChannel.open(key, StandardOpenOption.CREATE, StandardOpenOption.READ,
                        StandardOpenOption.WRITE);
                FileLock lock;
                try {
                    lock = channel.tryLock();
                } catch (OverlappingFileLockException e) {
                    lock = null;
                }
                if (lock == null) {
                    channel.close();
                    return null;
                }
                // A holder deletes the file while it still holds it (release); a file opened just
                // before that is no longer the lock anybody else will see, so take the new one.
                if (!Files.exists(key)) {
                    lock.release();
                    channel.close();
                    continue;
                }
                channel.truncate(0);
                channel.write(ByteBuffer.wrap(holder(purpose).getBytes(StandardCharsets.UTF_8)), 0);
                acquired = true;
                return new OutputLock(key, channel, lock);
            }
            return null;
        } finally {
            if (!acquired) HELD.remove(key);
        }
    }

    /** Who holds the lock of {@code file}, as its holder wrote it, or a plain phrase if unreadable. */
    public static String holderOf(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8).trim();
            return text.isEmpty() ? "another icosim process" : text;
        } catch (IOException | RuntimeException e) {
            return "another icosim process";
        }
    }

    /** Whether nobody holds the lock on {@code file}: a missing file, or one no live process locks. */
    public static boolean isFree(Path file) {
        Path key = file.toAbsolutePath().normalize();
        if (HELD.contains(key)) return false;
        if (!Files.exists(key)) return true;
        try (FileChannel channel = FileChannel.open(key, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) return false;
            lock.release();
            return true;
        } catch (OverlappingFileLockException e) {
            return false;
        } catch (IOException e) {
            // Cannot tell: treat as held, so that nothing of a live writer is ever removed.
            return false;
        }
    }

    private static String holder(String purpose) {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (IOException | RuntimeException e) {
            host = "unknown host";
        }
        long pid = ProcessHandle.current().pid();
        return "icosim " + purpose + ", process " + pid + " on " + host + " since "
                + Instant.now().truncatedTo(ChronoUnit.SECONDS) + "\n";
    }

    /** The lock file. */
    public Path file() {
        return file;
    }

    /** Deletes the lock file while still holding it, then releases the lock. */
    @Override
    public void close() throws IOException {
        if (released) return;
        released = true;
        try {
            Files.deleteIfExists(file);
        } finally {
            try {
                lock.release();
            } finally {
                channel.close();
                HELD.remove(file);
            }
        }
    }
}
