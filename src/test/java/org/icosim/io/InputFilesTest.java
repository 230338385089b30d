package org.icosim.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFilesTest {

    @TempDir
    Path folder;

    @Test
    void regularFileAndLinkToOneAreRead() throws Exception {
        Path file = Files.writeString(folder.resolve("m.json"), "{}");
        assertNull(InputFiles.problem(file, "a JSON file"));
        Path link = Files.createSymbolicLink(folder.resolve("link.json"), file.getFileName());
        assertArrayEquals("{}".getBytes(StandardCharsets.UTF_8), InputFiles.readBytes(link, "a JSON file"));
    }

    @Test
    void missingFileNamesTheAbsolutePath() {
        Path missing = folder.resolve("none.json");
        InputException e = assertThrows(InputException.class, () -> InputFiles.readBytes(missing, "a JSON file"));
        assertEquals(missing + ": file not found (absolute path " + missing.toAbsolutePath() + ")", e.getMessage());
    }

    @Test
    void folderIsNotAFile() {
        assertEquals("is a folder; expected a CSV file", InputFiles.problem(folder, "a CSV file"));
    }

    @Test
    void devicesAreRefusedWithoutReadingThem() {
        // /dev/zero never ends: reading it would fill the heap, so the check must come first.
        for (String device : new String[] {"/dev/null", "/dev/zero"}) {
            Path path = Path.of(device);
            assumeTrue(Files.exists(path), device + " exists on Linux and macOS only");
            InputException e = assertThrows(InputException.class, () -> StrictJson.read(path));
            assertEquals(device + ": is not a regular file (a device or pipe); expected a JSON file", e.getMessage());
        }
    }

    @Test
    void symbolicLinkLoopsAndDanglingLinksAreNamed() throws Exception {
        Path self = Files.createSymbolicLink(folder.resolve("self.json"), Path.of("self.json"));
        assertEquals("is a symbolic link loop; expected a JSON file", InputFiles.problem(self, "a JSON file"));
        Path a = folder.resolve("a.json");
        Path b = folder.resolve("b.json");
        Files.createSymbolicLink(a, b.getFileName());
        Files.createSymbolicLink(b, a.getFileName());
        assertEquals("is a symbolic link loop; expected a JSON file", InputFiles.problem(a, "a JSON file"));
        Path dangling = Files.createSymbolicLink(folder.resolve("gone.json"), Path.of("nowhere.json"));
        assertEquals("is a symbolic link to a missing file; expected a JSON file", InputFiles.problem(dangling, "a JSON file"));
        // A loop in a folder on the way to the file, not in the file itself.
        Path loopDir = Files.createSymbolicLink(folder.resolve("d"), Path.of("d"));
        assertEquals("is a symbolic link loop; expected a JSON file",
                InputFiles.problem(loopDir.resolve("m.json"), "a JSON file"));
    }
}
