package org.icosim.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashSet;
import java.util.Set;

/**
 * The one place where icosim decides whether a path a modeller gave can be read as an input
 * file (a model, an experiment, a CSV table), so that every reader says the same thing about a
 * wrong path. "File not found" for a folder, a device or a symbolic link loop sends people
 * looking in the wrong place; each gets its own message. Devices and pipes are refused before
 * anything is read because {@code /dev/zero} never ends and a pipe may block for ever.
 */
public final class InputFiles {

    /** Links followed before a chain is called a loop; Linux gives up after 40 too (ELOOP). */
    private static final int MAX_LINKS = 40;

    private InputFiles() {
    }

    /**
     * Why {@code file} cannot be read as an input, or {@code null} when it is a readable regular
     * file (after following symbolic links).
     *
     * @param kind what the caller expects, for the message: {@code "a JSON file"}, {@code "a CSV file"}
     */
    public static String problem(Path file, String kind) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            if (Files.isSymbolicLink(file)) {
                return isLoop(file) ? "is a symbolic link loop; expected " + kind
                        : "is a symbolic link to a missing file; expected " + kind;
            }
            return "file not found (absolute path " + file.toAbsolutePath() + ")";
        } catch (AccessDeniedException e) {
            return "file cannot be read: permission denied";
        } catch (FileSystemException e) {
            // ELOOP arrives as a plain FileSystemException; the link chain tells it apart from other failures.
            if (isLoop(file) || String.valueOf(e.getReason()).contains("symbolic links")) {
                return "is a symbolic link loop; expected " + kind;
            }
            return "file cannot be read: " + (e.getReason() == null ? e.toString() : e.getReason());
        } catch (IOException e) {
            return "file cannot be read: " + e;
        }
        if (attributes.isDirectory()) {
            return "is a folder; expected " + kind;
        }
        if (!attributes.isRegularFile()) {
            return "is not a regular file (a device or pipe); expected " + kind;
        }
        if (!Files.isReadable(file)) {
            return "file cannot be read: permission denied";
        }
        return null;
    }

    /**
     * Checks {@code file} as {@link #problem} does.
     *
     * @throws InputException naming the file as given, when it cannot be read
     */
    public static void requireReadable(Path file, String kind) throws InputException {
        String problem = problem(file, kind);
        if (problem != null) {
            throw new InputException(file.toString(), "", problem);
        }
    }

    /**
     * A file's bytes, after {@link #requireReadable}; an I/O failure while reading is reported
     * the same way.
     */
    public static byte[] readBytes(Path file, String kind) throws InputException {
        requireReadable(file, kind);
        try {
            return Files.readAllBytes(file);
        } catch (AccessDeniedException e) {
            throw new InputException(file.toString(), "", "file cannot be read: permission denied", e);
        } catch (IOException e) {
            throw new InputException(file.toString(), "", "file cannot be read: " + e, e);
        }
    }

    /** Whether following the symbolic links from {@code file} comes back to a link already seen. */
    private static boolean isLoop(Path file) {
        Set<Path> seen = new HashSet<>();
        Path current = file.toAbsolutePath().normalize();
        try {
            for (int i = 0; i <= MAX_LINKS; i++) {
                if (!Files.isSymbolicLink(current)) {
                    return false;
                }
                if (!seen.add(current)) {
                    return true;
                }
                Path target = Files.readSymbolicLink(current);
                Path parent = current.getParent();
                current = (parent == null ? target : parent.resolve(target)).toAbsolutePath().normalize();
            }
            return true;
        } catch (IOException | SecurityException e) {
            return false;
        }
    }
}
