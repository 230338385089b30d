package org.icosim.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvFileTest {

    private static final List<String> HEADER = List.of("date", "metric", "value", "source");

    @TempDir
    Path folder;

    /** Every row's values, reading to the end. */
    private static List<List<String>> rows(CsvFile csv) throws InputException {
        List<List<String>> rows = new ArrayList<>();
        for (CsvFile.Row row = csv.next(); row != null; row = csv.next()) {
            List<String> values = new ArrayList<>();
            for (int c = 0; c < row.size(); c++) values.add(row.string(c));
            rows.add(values);
        }
        return rows;
    }

    private static InputException failsReading(String text) {
        return assertThrows(InputException.class, () -> {
            try (CsvFile csv = CsvFile.parse("t.csv", text)) {
                rows(csv);
            }
        });
    }

    @Test
    void quotedFieldsHoldCommasDoubledQuotesAndLineBreaks() throws Exception {
        String text = "date,metric,value,source\n"
                + "2015-04,practices,7816,\"NHS Digital, GP workforce\"\n"
                + "2015-04,patients,5.6e7,\"the \"\"registered\"\" list\"\n"
                + "2016-03,gps,\"34592\",\"two\nlines\"\n";
        try (CsvFile csv = CsvFile.parse("t.csv", text, HEADER)) {
            assertEquals(HEADER, csv.header());
            CsvFile.Row first = csv.next();
            assertEquals("NHS Digital, GP workforce", first.string("source"));
            assertEquals(7816.0, first.number("value"));
            assertEquals(YearMonth.of(2015, 4), first.yearMonth(0));
            assertEquals(2, first.line());
            assertEquals(1, first.number());
            CsvFile.Row second = csv.next();
            assertEquals("the \"registered\" list", second.string(3));
            assertEquals(5.6e7, second.number(2));
            CsvFile.Row third = csv.next();
            assertEquals("two\nlines", third.string("source"));
            assertEquals(34592.0, third.number("value"));
            assertEquals(4, third.line());
            assertNull(csv.next());
            assertEquals(3, csv.rowCount());
        }
    }

    @Test
    void aBadRowAfterALineBreakInQuotesNamesItsPhysicalLine() throws Exception {
        String text = "date,metric,value,source\n"
                + "2015-04,practices,7816,\"first\nsecond\nthird\"\n"
                + "2015-05,practices,lots,x\n";
        try (CsvFile csv = CsvFile.parse("t.csv", text, HEADER)) {
            assertEquals(2, csv.next().line());
            CsvFile.Row bad = csv.next();
            assertEquals(5, bad.line());
            InputException e = assertThrows(InputException.class, () -> bad.number("value"));
            assertEquals("t.csv: row 2, value (line 5): got \"lots\", expected a number", e.getMessage());
        }
    }

    @Test
    void raggedRowsAreRefusedWithTheCounts() throws Exception {
        InputException fewer = failsReading("a,b,c\n1,2,3\n4,5\n");
        assertEquals("t.csv: row 2 (line 3): got 2 values, expected 3 (one per header column)", fewer.getMessage());
        InputException more = failsReading("a,b\n1,2,3\n");
        assertEquals("t.csv: row 1 (line 2): got 3 values, expected 2 (one per header column)", more.getMessage());
        assertEquals("t.csv: row 1 (line 2): got 1 value, expected 2 (one per header column)", failsReading("a,b\n1\n").getMessage());
    }

    @Test
    void numbersAreDecimalsAndNameTheCell() throws Exception {
        String text = "x,y\n12,\n-0.5,Infinity\n1e3,-Infinity\nNaN,0x1p3\n 1,1d\n";
        try (CsvFile csv = CsvFile.parse("n.csv", text)) {
            CsvFile.Row row = csv.next();
            assertEquals(12.0, row.number(0));
            assertEquals(Double.NaN, row.numberOrNaN(1));
            InputException empty = assertThrows(InputException.class, () -> row.number("y"));
            assertEquals("n.csv: row 1, y (line 2): got \"\", expected a number", empty.getMessage());
            CsvFile.Row second = csv.next();
            assertEquals(-0.5, second.number(0));
            assertEquals(Double.POSITIVE_INFINITY, second.numberOrNaN("y"));
            assertThrows(InputException.class, () -> second.number(1));
            CsvFile.Row third = csv.next();
            assertEquals(1000.0, third.numberOrNaN(0));
            assertEquals(Double.NEGATIVE_INFINITY, third.numberOrNaN(1));
            CsvFile.Row fourth = csv.next();
            InputException nan = assertThrows(InputException.class, () -> fourth.numberOrNaN(0));
            assertEquals("n.csv: row 4, x (line 5): got \"NaN\", expected a number or an empty cell", nan.getMessage());
            assertThrows(InputException.class, () -> fourth.number(1));
            CsvFile.Row fifth = csv.next();
            assertThrows(InputException.class, () -> fifth.number(0));
            assertThrows(InputException.class, () -> fifth.numberOrNaN(1));
        }
    }

    @Test
    void monthsAreYearDashMonth() throws Exception {
        try (CsvFile csv = CsvFile.parse("m.csv", "date\n2015-13\n2015-4\n")) {
            CsvFile.Row thirteen = csv.next();
            assertEquals("m.csv: row 1, date (line 2): got \"2015-13\", expected a month YYYY-MM",
                    assertThrows(InputException.class, () -> thirteen.yearMonth("date")).getMessage());
            CsvFile.Row shortMonth = csv.next();
            assertThrows(InputException.class, () -> shortMonth.yearMonth(0));
        }
    }

    @Test
    void byteOrderMarkIsSkippedAndCrLfRead() throws Exception {
        Path file = folder.resolve("bom.csv");
        Files.write(file, "\uFEFFdate,value\r\n2015-04,1\r\n\r\n2015-05,2\r\n".getBytes(StandardCharsets.UTF_8));
        try (CsvFile csv = CsvFile.open(file, List.of("date", "value"))) {
            assertEquals(List.of(List.of("2015-04", "1"), List.of("2015-05", "2")), rows(csv));
        }
        try (CsvFile csv = CsvFile.parse("t.csv", "\uFEFFa\n1\n", List.of("a"))) {
            assertEquals(List.of(List.of("1")), rows(csv));
        }
    }

    @Test
    void bytesThatAreNotUtf8AreRefused() throws Exception {
        Path file = folder.resolve("latin1.csv");
        Files.write(file, "name\ncaf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        InputException e = assertThrows(InputException.class, () -> {
            try (CsvFile csv = CsvFile.open(file)) {
                rows(csv);
            }
        });
        assertEquals("is not UTF-8 text; save it as UTF-8", e.problem());
        assertEquals(file.toString(), e.file());
    }

    @Test
    void emptyFilesSayWhatHeaderWasExpected() throws Exception {
        assertEquals("t.csv: is empty; expected a header row date,metric,value,source",
                assertThrows(InputException.class, () -> CsvFile.parse("t.csv", "", HEADER)).getMessage());
        assertEquals("t.csv: is empty; expected a header row",
                assertThrows(InputException.class, () -> CsvFile.parse("t.csv", "\n\r\n")).getMessage());
        try (CsvFile headerOnly = CsvFile.parse("t.csv", "a,b\n")) {
            assertNull(headerOnly.next());
        }
    }

    @Test
    void headerMustBeAsExpected() throws Exception {
        InputException renamed = assertThrows(InputException.class,
                () -> CsvFile.parse("t.csv", "date,metric,amount,source\n", HEADER));
        assertEquals("t.csv: header (line 1): got date,metric,amount,source; expected date,metric,value,source"
                + " (column 3 is \"amount\", expected \"value\")", renamed.getMessage());
        InputException shorter = assertThrows(InputException.class, () -> CsvFile.parse("t.csv", "date,metric\n", HEADER));
        assertEquals("got date,metric; expected date,metric,value,source (2 columns, expected 4)", shorter.problem());
        InputException twice = assertThrows(InputException.class, () -> CsvFile.parse("t.csv", "a,b,a\n"));
        assertEquals("t.csv: header, column 3 (line 1): \"a\" appears twice (columns 1 and 3); expected each column name once",
                twice.getMessage());
        try (CsvFile csv = CsvFile.parse("t.csv", "run,status\n")) {
            assertEquals(1, csv.requireColumn("status", "ok or failed"));
            assertEquals(-1, csv.column("message"));
            assertEquals("t.csv: header (line 1): no column \"message\"; expected a column named message (why a run failed)",
                    assertThrows(InputException.class, () -> csv.requireColumn("message", "why a run failed")).getMessage());
        }
    }

    @Test
    void quotesOutOfPlaceAreRefused() throws Exception {
        assertEquals("t.csv: row 1, b (line 2): a double quote inside a field not in quotes; expected the whole field in "
                + "double quotes, with the quote doubled (\"a \"\"b\"\" c\")", failsReading("a,b\n1,2\"3\n").getMessage());
        assertEquals("t.csv: row 2 (line 3): text after a closing quote; expected ',' or the end of the line after a quoted field",
                failsReading("a,b\n1,2\n\"3\"x,4\n").getMessage());
        assertEquals("t.csv: row 2 (line 3): a quoted field is not closed; expected a closing \" (a quote inside a quoted "
                + "field is written \"\")", failsReading("a,b\n1,2\n3,\"4\n5,6\n").getMessage());
        assertEquals("t.csv: header (line 1): a quoted field is not closed; expected a closing \" (a quote inside a quoted "
                + "field is written \"\")", failsReading("a,\"b\n1,2\n").getMessage());
    }

    @Test
    void theRowBeforeABadOneIsStillRead() throws Exception {
        try (CsvFile csv = CsvFile.parse("t.csv", "a,b\n1,2\n3,4\"\n")) {
            assertEquals("2", csv.next().string("b"));
            InputException e = assertThrows(InputException.class, csv::next);
            assertEquals("t.csv: row 2, b (line 3): a double quote inside a field not in quotes; expected the whole field"
                    + " in double quotes, with the quote doubled (\"a \"\"b\"\" c\")", e.getMessage());
        }
    }

    @Test
    void pathsThatAreNotReadableFilesAreReported() throws Exception {
        Path missing = folder.resolve("none.csv");
        assertEquals(missing + ": file not found (absolute path " + missing.toAbsolutePath() + ")",
                assertThrows(InputException.class, () -> CsvFile.open(missing)).getMessage());
        assertEquals(folder + ": is a folder; expected a CSV file",
                assertThrows(InputException.class, () -> CsvFile.open(folder)).getMessage());
    }
}
