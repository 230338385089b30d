package org.icosim.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ensemble files: what they hold, and one clear message for each way they can be wrong. */
class EnsembleFileTest {

    @TempDir
    Path dir;

    private Path file(String text) throws IOException {
        Path f = dir.resolve("points.csv");
        Files.writeString(f, text);
        return f;
    }

    private InputException fails(String text) throws IOException {
        Path f = file(text);
        return assertThrows(InputException.class, () -> EnsembleFile.load(f));
    }

    @Test
    void readsNamedAndUnnamedPoints() throws Exception {
        EnsembleFile named = EnsembleFile.load(file("point,jobInertia,exitHazardScale\nw1-3,4.5,0.8\nw1-9,5,0.75\n"));
        assertEquals(List.of("w1-3", "w1-9"), named.points());
        assertEquals(List.of("jobInertia", "exitHazardScale"), named.parameters());
        assertEquals(0.75, named.value(1, 1), 0.0);
        assertEquals(64, named.sha256().length());
        EnsembleFile unnamed = EnsembleFile.load(file("jobInertia\n4\n5\n6\n"));
        assertEquals(List.of("1", "2", "3"), unnamed.points());
        assertEquals(6, unnamed.value(2, 0), 0.0);
    }

    @Test
    void refusesWhatCannotBeAnEnsemble() throws Exception {
        InputException unknown = fails("point,jobInertai\na,4\n");
        assertTrue(unknown.getMessage().contains("unknown parameter \"jobInertai\" (did you mean jobInertia?)"), unknown.getMessage());
        assertTrue(unknown.getMessage().startsWith(dir.resolve("points.csv").toString()), unknown.getMessage());
        InputException late = fails("jobInertia,point\n4,a\n");
        assertTrue(late.getMessage().contains("\"point\" must be the first column"), late.getMessage());
        InputException none = fails("point\na\n");
        assertTrue(none.getMessage().contains("no parameter column"), none.getMessage());
        InputException empty = fails("point,jobInertia\n");
        assertTrue(empty.getMessage().contains("no point; expected at least one row"), empty.getMessage());
        InputException twice = fails("point,jobInertia\na,4\na,5\n");
        assertTrue(twice.getMessage().contains("row 2, point") && twice.getMessage().contains("got \"a\" again"), twice.getMessage());
        InputException text = fails("point,jobInertia\na,high\n");
        assertTrue(text.getMessage().contains("row 1, jobInertia") && text.getMessage().contains("expected a number"), text.getMessage());
        InputException range = fails("point,jobOffersSeen\na,0.5\n");
        assertTrue(range.getMessage().contains("row 1, jobOffersSeen") && range.getMessage().contains("expected a whole number"),
                range.getMessage());
        InputException missing = assertThrows(InputException.class, () -> EnsembleFile.load(dir.resolve("nothing.csv")));
        assertTrue(missing.getMessage().contains("no such file"), missing.getMessage());
    }
}
