package org.icosim.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path folder;

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
        }
    }

    @Test
    void writesAndReplacesLeavingOnlyTheTarget() throws Exception {
        Path target = folder.resolve("run.json");
        AtomicFiles.write(target, "first");
        AtomicFiles.write(target, new byte[] {1, 2, 3});
        assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(target));
        assertEquals(List.of("run.json"), names());
    }

    @Test
    void writesUtf8AndCreatesFolders() throws Exception {
        Path target = folder.resolve("a").resolve("b.txt");
        AtomicFiles.write(target, "A&E \u00a3");
        assertEquals("A&E \u00a3", Files.readString(target));
    }

    @Test
    void failedWriteKeepsOldContentAndLeavesNoTemporaryFile() throws Exception {
        Path target = folder.resolve("metrics.csv");
        AtomicFiles.write(target, "old");
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(target, out -> {
            out.write("half".getBytes());
            throw new IOException("disk full");
        }));
        assertEquals("cannot write " + target.toAbsolutePath() + ": disk full", e.getMessage());
        assertTrue(e instanceof OutputFailure);
        assertEquals("old", Files.readString(target));
        assertEquals(List.of("metrics.csv"), names());
    }
}
