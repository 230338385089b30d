package org.icosim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.icosim.io.CsvFile;
import org.icosim.io.InputException;

/**
 * The exogenous inputs 2015-2025 ({@code models/data/inputs-2015-2025/inputs-2015-2025.csv}) for
 * tests that check a submodel's constants against their rows, so that the two cannot drift apart.
 */
public final class InputsFile {

    public static final Path FILE = Path.of("models/data/inputs-2015-2025/inputs-2015-2025.csv");

    /** One row: its year (or date), item, value, source codes and note as written. */
    public record Row(String year, String item, String value, String source, String note) {}

    private final List<Row> rows = new ArrayList<>();

    public InputsFile() throws InputException {
        try (CsvFile csv = CsvFile.open(FILE)) {
            for (CsvFile.Row r = csv.next(); r != null; r = csv.next()) {
                rows.add(new Row(r.string("year"), r.string("item"), r.string("value"), r.string("source"), r.string("note")));
            }
        }
    }

    /** Every row, in the file's order (OUTCOME rows included: callers that take inputs skip them). */
    public List<Row> all() {
        return java.util.Collections.unmodifiableList(rows);
    }

    /** The rows of that year and item. */
    public List<Row> rows(String year, String item) {
        List<Row> out = new ArrayList<>();
        for (Row r : rows) if (r.year().equals(year) && r.item().equals(item)) out.add(r);
        return out;
    }

    /** The value of the one row of that year and item, which must not be an OUTCOME row. */
    public String text(String year, String item) {
        List<Row> found = rows(year, item);
        assertEquals(1, found.size(), "rows of " + year + " " + item);
        assertFalse(item.contains("OUTCOME"), item);
        return found.get(0).value();
    }

    /** As {@link #text}, as a number. */
    public double number(String year, String item) {
        return Double.parseDouble(text(year, item));
    }

    /** Whether {@code value} is among the values of that year and item (an item with two rows in a year). */
    public boolean hasValue(String year, String item, double value) {
        for (Row r : rows(year, item)) {
            if (!r.value().isEmpty() && Double.parseDouble(r.value()) == value) return true;
        }
        return false;
    }

    /** The contract year label of index y: "2015/16" for 0. */
    public static String contractYear(int y) {
        int from = 2015 + y;
        return from + "/" + String.format("%02d", (from + 1) % 100);
    }
}
