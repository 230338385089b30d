package org.icosim.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

class OutputFolderTest {

    @TempDir
    Path runs;

    private List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
        }
    }

    @Test
    void stagesHiddenSiblingAndCommitsIntoPlace() throws Exception {
        Path finalDir = runs.resolve("ico-push");
        try (OutputFolder out = OutputFolder.stage(finalDir)) {
            assertEquals(runs.toAbsolutePath(), out.stagingDir().getParent());
            assertTrue(out.stagingDir().getFileName().toString().startsWith(".ico-push.tmp-"));
            AtomicFiles.write(out.path("metrics.csv"), "m");
            AtomicFiles.write(out.path("charts/access.png"), "png");
            assertFalse(Files.exists(finalDir));
            out.commit();
            assertTrue(out.committed());
        }
        assertEquals(List.of("ico-push"), names(runs));
        assertEquals(List.of("charts", "metrics.csv"), names(finalDir));
        assertEquals("png", Files.readString(finalDir.resolve("charts/access.png")));
    }

    @Test
    void commitReplacesAnExistingRunWhole() throws Exception {
        Path finalDir = runs.resolve("run");
        Files.createDirectories(finalDir.resolve("old-sub"));
        Files.writeString(finalDir.resolve("stale.csv"), "stale");
        try (OutputFolder out = OutputFolder.stage(finalDir)) {
            AtomicFiles.write(out.path("metrics.csv"), "new");
            out.commit();
        }
        assertEquals(List.of("run"), names(runs));
        assertEquals(List.of("metrics.csv"), names(finalDir));
    }

    @Test
    void closingWithoutCommitLeavesNothingAndKeepsThePreviousRun() throws Exception {
        Path finalDir = runs.resolve("run");
        Files.createDirectories(finalDir);
        Files.writeString(finalDir.resolve("metrics.csv"), "previous");
        assertThrows(IllegalStateException.class, () -> {
            try (OutputFolder out = OutputFolder.stage(finalDir)) {
                AtomicFiles.write(out.path("metrics.csv"), "partial");
                throw new IllegalStateException("model failed in month 7");
            }
        });
        assertEquals(List.of("run"), names(runs));
        assertEquals("previous", Files.readString(finalDir.resolve("metrics.csv")));
    }

    @Test
    void abortDeletesStagingAndLaterUseFails() throws Exception {
        OutputFolder out = OutputFolder.stage(runs.resolve("run"));
        AtomicFiles.write(out.path("a/b/c.txt"), "x");
        out.abort();
        out.abort();
        assertEquals(List.of(), names(runs));
        assertThrows(IllegalStateException.class, () -> out.path("d.txt"));
        assertThrows(IllegalStateException.class, out::commit);
        out.close();
    }

    @Test
    void afterCommitAbortIsRefusedAndCloseDoesNothing() throws Exception {
        OutputFolder out = OutputFolder.stage(runs.resolve("run"));
        out.commit();
        assertThrows(IllegalStateException.class, out::abort);
        out.close();
        assertTrue(Files.isDirectory(runs.resolve("run")));
    }

    @Test
    void pathsMustStayInsideTheRunFolder() throws Exception {
        try (OutputFolder out = OutputFolder.stage(runs.resolve("run"))) {
            assertThrows(IllegalArgumentException.class, () -> out.path("../escape.csv"));
            assertThrows(IllegalArgumentException.class, () -> out.path(runs.resolve("abs.csv").toAbsolutePath().toString()));
            assertThrows(IllegalArgumentException.class, () -> out.path("."));
        }
        assertEquals(List.of(), names(runs));
    }

    @Test
    void refusesAFileWhereTheFolderShouldBe() throws Exception {
        Path file = runs.resolve("run");
        Files.writeString(file, "not a folder");
        assertThrows(IOException.class, () -> OutputFolder.stage(file));
        assertEquals(List.of("run"), names(runs));
    }
}
