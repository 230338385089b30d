package org.icosim.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Temporary files and folders are created private (0600, 0700); outputs are shared results, so
 * they get the usual modes (0644, 0755) before they are renamed into place, as a plain write would.
 */
final class Permissions {

    private Permissions() {
    }

    static void shareable(Path path, boolean folder) throws IOException {
        try {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(folder ? "rwxr-xr-x" : "rw-r--r--"));
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system (Windows): its default permissions already apply.
        }
    }
}
