package org.icosim.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.icosim.io.OutputPolicy.Existing;
import org.icosim.io.OutputPolicy.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputPolicyTest {

    @TempDir
    Path dir;

    private static String refusal(Path folder, boolean overwrite, List<Path> inputs) {
        return assertThrows(InputException.class, () -> OutputPolicy.checkFolder(folder, "--out", Kind.RUN, overwrite, inputs))
                .getMessage();
    }

    @Test
    void theCurrentFolderItsParentsTheRootAndAnEmptyPathAreRefused() {
        assertTrue(refusal(Path.of("."), true, List.of()).contains("is the current folder"));
        assertTrue(refusal(Path.of(".."), true, List.of()).contains("a folder above the current one"));
        assertTrue(refusal(Path.of(""), true, List.of()).contains("got an empty path"));
        assertTrue(refusal(Path.of("/"), true, List.of()).contains("the file system's root"));
        refusal(Path.of(System.getProperty("user.home")), true, List.of());
    }

    @Test
    void aNewFolderIsFineAndAnEmptyOneToo() throws Exception {
        assertEquals(Existing.NONE, OutputPolicy.checkFolder(dir.resolve("a/b/new"), "--out", Kind.RUN, false, List.of()));
        Files.createDirectories(dir.resolve("empty"));
        assertEquals(Existing.NONE, OutputPolicy.checkFolder(dir.resolve("empty"), "--out", Kind.RUN, false, List.of()));
    }

    @Test
    void aPathInsideAFileIsRefused() throws Exception {
        Files.writeString(dir.resolve("notes.txt"), "x");
        String message = refusal(dir.resolve("notes.txt/run"), false, List.of());
        assertTrue(message.contains("which is a file; expected a path inside a folder"), message);
    }

    @Test
    void aFolderThatCannotBeWrittenIsRefusedBeforeAnyWork() throws Exception {
        assumeTrue(!"root".equals(System.getProperty("user.name")), "root may write anywhere");
        Path locked = Files.createDirectories(dir.resolve("locked"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            String message = refusal(locked.resolve("run"), false, List.of());
            assertTrue(message.contains("is not writable (permission denied)"), message);
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void anOutputHoldingOneOfTheCommandsInputsIsNotReplaced() throws Exception {
        Path run = Files.createDirectories(dir.resolve("run"));
        OutputPolicy.writeMarker(run, Kind.RUN);
        Path experiment = Files.writeString(run.resolve("experiment.json"), "{}");
        String message = refusal(run, true, List.of(experiment));
        assertTrue(message.contains("an input of this command"), message);
    }

    @Test
    void aSymbolicLinkIsRefused() throws Exception {
        Path real = Files.createDirectories(dir.resolve("real"));
        Path link = Files.createSymbolicLink(dir.resolve("link"), real);
        assertTrue(refusal(link, true, List.of()).contains("is a symbolic link"));
    }

    @Test
    void foldersTrackedByGitAreNeverReplaced() throws Exception {
        Path repo = Files.createDirectories(dir.resolve("repo"));
        Process init = new ProcessBuilder("git", "init", "-q", repo.toString()).inheritIO().start();
        assumeTrue(init.waitFor() == 0, "git is needed for this check");
        Path results = Files.createDirectories(repo.resolve("results"));
        OutputPolicy.writeMarker(results, Kind.RUN);
        Files.writeString(results.resolve("metrics.csv"), "committed");
        assertEquals(0, new ProcessBuilder("git", "-C", repo.toString(), "add", "results").start().waitFor());
        String message = refusal(results, true, List.of());
        assertTrue(message.contains("holds files tracked by git"), message);
        assertTrue(message.contains("results/metrics.csv"), message);
    }

    @Test
    void aFileIsReplacedOnlyWhenAskedAndNeverWhenItIsAnInput() throws Exception {
        Path sweep = Files.writeString(dir.resolve("sweep.json"), "{}");
        Path out = dir.resolve("run.json");
        OutputPolicy.checkFile(out, "--out", false, List.of(sweep));
        Files.writeString(out, "{}");
        InputException exists = assertThrows(InputException.class, () -> OutputPolicy.checkFile(out, "--out", false, List.of(sweep)));
        assertTrue(exists.getMessage().contains("already exists; expected a new file, or add --overwrite"), exists.getMessage());
        OutputPolicy.checkFile(out, "--out", true, List.of(sweep));
        InputException input = assertThrows(InputException.class, () -> OutputPolicy.checkFile(sweep, "--out", true, List.of(sweep)));
        assertTrue(input.getMessage().contains("an input of this command"), input.getMessage());
        InputException folder = assertThrows(InputException.class, () -> OutputPolicy.checkFile(dir, "--out", true, List.of()));
        assertTrue(folder.getMessage().contains("is a folder; expected a file name"), folder.getMessage());
    }

    @Test
    void experimentNamesBecomeOneSafePathComponent() {
        assertEquals("escape", OutputPolicy.safeName("../../escape"));
        assertEquals("sub-dir", OutputPolicy.safeName("sub/dir"));
        assertEquals("status-quo", OutputPolicy.safeName("status-quo"));
        assertEquals("experiment", OutputPolicy.safeName(".."));
        assertEquals("experiment", OutputPolicy.safeName(""));
        assertEquals("a-b", OutputPolicy.safeName("a\\b"));
        assertEquals("hidden", OutputPolicy.safeName(".hidden"));
        assertEquals(80, OutputPolicy.safeName("x".repeat(300)).length());
    }

    @Test
    void aMarkerIsRecognisedOnlyWithIcosimsFormatTag() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("f"));
        Files.writeString(folder.resolve(OutputPolicy.MARKER), "{\"kind\": \"run\"}");
        assertEquals(null, OutputPolicy.markerKind(folder));
        OutputPolicy.writeMarker(folder, Kind.COMPARISON);
        assertEquals(Kind.COMPARISON, OutputPolicy.markerKind(folder));
    }
}
