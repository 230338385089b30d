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

import org.icosim.io.OutputPolicy.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFolderTest {

    @TempDir
    Path runs;

    /** Visible names only: the marker and lock files are hidden. */
    private List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")).sorted().collect(Collectors.toList());
        }
    }

    private List<String> allNames(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
        }
    }

    private static OutputFolder stage(Path dir, boolean overwrite) throws Exception {
        return OutputFolder.stage(dir, "--out", Kind.RUN, overwrite, List.of(), "test");
    }

    private static void earlierRun(Path dir, String metrics) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("metrics.csv"), metrics);
        OutputPolicy.writeMarker(dir, Kind.RUN);
    }

    @Test
    void stagesHiddenSiblingAndCommitsIntoPlaceWithItsMarker() throws Exception {
        Path finalDir = runs.resolve("ico-push");
        try (OutputFolder out = stage(finalDir, false)) {
            assertEquals(runs.toAbsolutePath(), out.stagingDir().getParent());
            assertTrue(out.stagingDir().getFileName().toString().startsWith(".ico-push.tmp-"));
            AtomicFiles.write(out.path("metrics.csv"), "m");
            AtomicFiles.write(out.path("charts/access.png"), "png");
            assertFalse(Files.exists(finalDir));
            out.commit();
            assertTrue(out.committed());
        }
        assertEquals(List.of("ico-push"), allNames(runs), "no staging folder or lock file is left");
        assertEquals(List.of("charts", "metrics.csv"), names(finalDir));
        assertEquals("png", Files.readString(finalDir.resolve("charts/access.png")));
        assertEquals(Kind.RUN, OutputPolicy.markerKind(finalDir));
    }

    @Test
    void anEarlierRunIsReplacedWholeOnlyWhenAsked() throws Exception {
        Path finalDir = runs.resolve("run");
        earlierRun(finalDir, "old");
        Files.writeString(finalDir.resolve("stale.csv"), "stale");
        InputException refused = assertThrows(InputException.class, () -> stage(finalDir, false));
        assertTrue(refused.getMessage().contains("add --overwrite"), refused.getMessage());
        assertEquals("old", Files.readString(finalDir.resolve("metrics.csv")));

        try (OutputFolder out = stage(finalDir, true)) {
            AtomicFiles.write(out.path("metrics.csv"), "new");
            out.commit();
        }
        assertEquals(List.of("run"), allNames(runs));
        assertEquals(List.of("metrics.csv"), names(finalDir));
        assertEquals("new", Files.readString(finalDir.resolve("metrics.csv")));
    }

    @Test
    void aFolderIcosimDidNotWriteIsNeverReplacedEvenWhenAsked() throws Exception {
        Path thesis = runs.resolve("thesis");
        Files.createDirectories(thesis);
        Files.writeString(thesis.resolve("thesis.txt"), "three years of work");
        InputException e = assertThrows(InputException.class, () -> stage(thesis, true));
        assertEquals("command line: --out: " + thesis + " holds files icosim did not write (thesis.txt); expected a new or empty folder",
                e.getMessage());
        assertEquals("three years of work", Files.readString(thesis.resolve("thesis.txt")));
        assertEquals(List.of("thesis"), allNames(runs), "nothing is written beside it either");
    }

    @Test
    void anOutputOfAnotherKindIsNotReplaced() throws Exception {
        Path sweep = runs.resolve("sweep");
        Files.createDirectories(sweep);
        OutputPolicy.writeMarker(sweep, Kind.SWEEP);
        Files.writeString(sweep.resolve("runs.csv"), "x");
        InputException e = assertThrows(InputException.class, () -> stage(sweep, true));
        assertTrue(e.getMessage().contains("holds an icosim sweep, not a run"), e.getMessage());
    }

    @Test
    void anEmptyFolderIsWrittenWithoutAsking() throws Exception {
        Path empty = runs.resolve("empty");
        Files.createDirectories(empty);
        try (OutputFolder out = stage(empty, false)) {
            AtomicFiles.write(out.path("metrics.csv"), "m");
            out.commit();
        }
        assertEquals(List.of("metrics.csv"), names(empty));
    }

    @Test
    void filesPutIntoTheFolderDuringTheWorkAreNotReplaced() throws Exception {
        Path finalDir = runs.resolve("run");
        OutputFolder out = stage(finalDir, false);
        AtomicFiles.write(out.path("metrics.csv"), "m");
        Files.createDirectories(finalDir);
        Files.writeString(finalDir.resolve("notes.txt"), "mine");
        OutputFailure e = assertThrows(OutputFailure.class, out::commit);
        assertTrue(e.getMessage().contains("changed while the work was under way"), e.getMessage());
        out.close();
        assertEquals(List.of("notes.txt"), names(finalDir));
        assertEquals(List.of("run"), allNames(runs));
    }

    @Test
    void closingWithoutCommitLeavesNothingAndKeepsThePreviousRun() throws Exception {
        Path finalDir = runs.resolve("run");
        earlierRun(finalDir, "previous");
        assertThrows(IllegalStateException.class, () -> {
            try (OutputFolder out = stage(finalDir, true)) {
                AtomicFiles.write(out.path("metrics.csv"), "partial");
                throw new IllegalStateException("model failed in month 7");
            }
        });
        assertEquals(List.of("run"), allNames(runs));
        assertEquals("previous", Files.readString(finalDir.resolve("metrics.csv")));
    }

    @Test
    void aSecondWriterIsRefusedAtOnceNamingTheHolder() throws Exception {
        Path finalDir = runs.resolve("run");
        try (OutputFolder first = stage(finalDir, false)) {
            InputException e = assertThrows(InputException.class, () -> stage(finalDir, false));
            assertTrue(e.getMessage().contains("is being written by icosim test into"), e.getMessage());
            assertTrue(e.getMessage().contains("process " + ProcessHandle.current().pid()), e.getMessage());
            first.commit();
        }
        // Once the first is done the name is free again, for a writer that asks to replace it.
        try (OutputFolder second = stage(finalDir, true)) {
            second.commit();
        }
    }

    @Test
    void stagingFoldersOfDeadProcessesAreRemovedWhenAnythingIsWrittenBeside() throws Exception {
        // What kill -9 leaves: a staging folder whose lock nobody holds.
        Path dead = Files.createDirectories(runs.resolve(".crashed.tmp-12345"));
        Files.writeString(dead.resolve("metrics.csv"), "half");
        Files.writeString(runs.resolve(".crashed.lock"), "icosim run, process 1 on elsewhere");
        try (OutputFolder out = stage(runs.resolve("other"), false)) {
            assertFalse(Files.exists(dead));
            assertFalse(Files.exists(runs.resolve(".crashed.lock")));
            out.commit();
        }
    }

    @Test
    void theStagingFolderOfALiveWriterIsKept() throws Exception {
        try (OutputFolder live = stage(runs.resolve("live"), false)) {
            AtomicFiles.write(live.path("metrics.csv"), "in progress");
            try (OutputFolder other = stage(runs.resolve("other"), false)) {
                assertTrue(Files.isRegularFile(live.path("metrics.csv")));
                other.commit();
            }
            live.commit();
        }
        assertEquals(List.of("live", "other"), names(runs));
    }

    @Test
    void abortDeletesStagingAndLaterUseFails() throws Exception {
        OutputFolder out = stage(runs.resolve("run"), false);
        AtomicFiles.write(out.path("a/b/c.txt"), "x");
        out.abort();
        out.abort();
        assertEquals(List.of(), allNames(runs));
        assertThrows(IllegalStateException.class, () -> out.path("d.txt"));
        assertThrows(IllegalStateException.class, out::commit);
        out.close();
    }

    @Test
    void afterCommitAbortIsRefusedAndCloseDoesNothing() throws Exception {
        OutputFolder out = stage(runs.resolve("run"), false);
        out.commit();
        assertThrows(IllegalStateException.class, out::abort);
        out.close();
        assertTrue(Files.isDirectory(runs.resolve("run")));
    }

    @Test
    void pathsMustStayInsideTheRunFolder() throws Exception {
        try (OutputFolder out = stage(runs.resolve("run"), false)) {
            assertThrows(IllegalArgumentException.class, () -> out.path("../escape.csv"));
            assertThrows(IllegalArgumentException.class, () -> out.path(runs.resolve("abs.csv").toAbsolutePath().toString()));
            assertThrows(IllegalArgumentException.class, () -> out.path("."));
        }
        assertEquals(List.of(), allNames(runs));
    }

    @Test
    void refusesAFileWhereTheFolderShouldBe() throws Exception {
        Path file = runs.resolve("run");
        Files.writeString(file, "not a folder");
        InputException e = assertThrows(InputException.class, () -> stage(file, true));
        assertTrue(e.getMessage().contains("is a file; expected a folder"), e.getMessage());
        assertEquals(List.of("run"), allNames(runs));
    }

    @Test
    void aWriteFailureNamesTheFinalPathAndTheReason() {
        Path staged = runs.resolve(".run.tmp-987").resolve("metrics.csv");
        OutputFailure e = OutputFailure.of(staged, new IOException("No space left on device"));
        assertEquals("cannot write " + runs.resolve("run").resolve("metrics.csv") + ": no space left on device", e.getMessage());
    }
}
