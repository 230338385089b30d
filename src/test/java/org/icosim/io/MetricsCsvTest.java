package org.icosim.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.icosim.metrics.Metric;
import org.icosim.metrics.MetricsSeries;

class MetricsCsvTest {

    @TempDir
    Path folder;

    private static final String HEADER = Arrays.stream(Metric.values()).map(Metric::name).collect(Collectors.joining(","));

    @Test
    void wholeNumbersArePlainIntegers() {
        assertEquals("0", MetricsCsv.format(0.0));
        assertEquals("0", MetricsCsv.format(-0.0));
        assertEquals("3", MetricsCsv.format(3.0));
        assertEquals("-12", MetricsCsv.format(-12.0));
        assertEquals("999999999999999", MetricsCsv.format(999999999999999.0));
        // At 10^15 and beyond, still plain digits, never 1.0E15.
        assertEquals("1000000000000000", MetricsCsv.format(1e15));
        assertEquals("100000000000000000000", MetricsCsv.format(1e20));
    }

    @Test
    void fractionsRoundHalfEvenFromTheExactBinaryValue() {
        assertEquals("0.1", MetricsCsv.format(0.1));
        assertEquals("0.333333", MetricsCsv.format(1.0 / 3));
        assertEquals("0.666667", MetricsCsv.format(2.0 / 3));
        assertEquals("-3.141593", MetricsCsv.format(-3.14159265));
        assertEquals("123456789.123457", MetricsCsv.format(123456789.123456789));
        // The double nearest 1.0000015 lies just below the tie, so it rounds down; rounding the
        // decimal text (BigDecimal.valueOf) would give 1.000002.
        assertEquals("1.000001", MetricsCsv.format(1.0000015));
        assertEquals("1234.56789", MetricsCsv.format(1234.5678905));
        assertEquals("0.000001", MetricsCsv.format(5.000001e-7));
    }

    @Test
    void tinyNegativesAreZeroAndNaNIsEmpty() {
        assertEquals("0", MetricsCsv.format(-1e-7));
        assertEquals("0", MetricsCsv.format(1e-7));
        assertEquals("", MetricsCsv.format(Double.NaN));
        assertEquals("Infinity", MetricsCsv.format(Double.POSITIVE_INFINITY));
        assertEquals("-Infinity", MetricsCsv.format(Double.NEGATIVE_INFINITY));
    }

    private static MetricsSeries twoMonths() {
        MetricsSeries series = new MetricsSeries();
        double[] row = new double[Metric.values().length];
        Arrays.fill(row, 0.0);
        row[Metric.date.ordinal()] = Double.NaN;
        row[Metric.practices.ordinal()] = 190;
        row[Metric.partnerShareFte.ordinal()] = 0.7;
        row[Metric.meanPartnerProfit.ordinal()] = Double.NaN;
        series.add("2015-04", row);
        row[Metric.month.ordinal()] = 1;
        row[Metric.practices.ordinal()] = 189;
        row[Metric.partnerShareFte.ordinal()] = 2.0 / 3;
        series.add("2015-05", row);
        return series;
    }

    private static String expectedRow(String date, int month, int practices, String share) {
        StringBuilder row = new StringBuilder();
        for (Metric metric : Metric.values()) {
            if (metric.ordinal() > 0) row.append(',');
            switch (metric) {
                case month: row.append(month); break;
                case date: row.append(date); break;
                case practices: row.append(practices); break;
                case partnerShareFte: row.append(share); break;
                case meanPartnerProfit: break;
                default: row.append('0'); break;
            }
        }
        return row.toString();
    }

    @Test
    void writesHeaderInEnumOrderAndOneRowPerMonth() throws Exception {
        Path file = folder.resolve("metrics.csv");
        MetricsCsv.write(twoMonths(), file);
        String expected = HEADER + "\n" + expectedRow("2015-04", 0, 190, "0.7") + "\n"
                + expectedRow("2015-05", 1, 189, "0.666667") + "\n";
        assertEquals(expected, Files.readString(file));
    }

    @Test
    void readsBackWhatItWrote() throws Exception {
        Path file = folder.resolve("metrics.csv");
        MetricsCsv.write(twoMonths(), file);
        MetricsSeries back = MetricsCsv.read(file);
        assertEquals(2, back.size());
        assertEquals("2015-05", back.date(1));
        assertEquals(189.0, back.get(1, Metric.practices));
        assertEquals(0.666667, back.get(1, Metric.partnerShareFte));
        assertTrue(Double.isNaN(back.get(0, Metric.meanPartnerProfit)));
        assertTrue(Double.isNaN(back.get(0, Metric.date)));
        assertEquals(MetricsCsv.toCsv(twoMonths()), MetricsCsv.toCsv(back));
    }

    @Test
    void readsOlderFilesWithFewerColumnsAndCrLf() throws Exception {
        MetricsSeries series = MetricsCsv.parse("old.csv", "date,practices\r\n2015-04,190\r\n");
        assertEquals(190.0, series.get(0, Metric.practices));
        assertTrue(Double.isNaN(series.get(0, Metric.patients)));
    }

    @Test
    void badCsvNamesRowColumnAndLine() {
        InputException value = assertThrows(InputException.class,
                () -> MetricsCsv.parse("m.csv", "date,practices\n2015-04,190\n2015-05,lots\n"));
        assertEquals("m.csv: row 2, practices (line 3): got \"lots\", expected a number or an empty cell", value.getMessage());
        InputException unknown = assertThrows(InputException.class, () -> MetricsCsv.parse("m.csv", "date,practises\n"));
        assertEquals("m.csv: header, column 2 (line 1): unknown metric \"practises\"; expected names of"
                + " org.icosim.metrics.Metric", unknown.getMessage());
        InputException width = assertThrows(InputException.class,
                () -> MetricsCsv.parse("m.csv", "date,practices\n2015-04\n"));
        assertEquals("got 1 value, expected 2 (one per header column)", width.problem());
        assertThrows(InputException.class, () -> MetricsCsv.parse("m.csv", "practices\n190\n"));
        assertThrows(InputException.class, () -> MetricsCsv.parse("m.csv", ""));
        assertThrows(InputException.class, () -> MetricsCsv.parse("m.csv", "date,date\n"));
    }

    @Test
    void readsThroughCsvFile() throws Exception {
        // A date in quotes holding a line break: the old line-by-line reader split it in two.
        MetricsSeries series = MetricsCsv.parse("m.csv", "\uFEFFdate,practices\n\"2015\n-04\",190\n2015-05,\n");
        assertEquals("2015\n-04", series.date(0));
        assertEquals(190.0, series.get(0, Metric.practices));
        assertEquals("2015-05", series.date(1));
        assertTrue(Double.isNaN(series.get(1, Metric.practices)));
        InputException ragged = assertThrows(InputException.class, () -> MetricsCsv.parse("m.csv", "date,practices\n\"2015\n-04\",190\n2015-05,,\n"));
        assertEquals("m.csv: row 2 (line 4): got 3 values, expected 2 (one per header column)", ragged.getMessage());
        Path dir = folder.resolve("d.csv");
        java.nio.file.Files.createDirectory(dir);
        assertEquals("is a folder; expected a CSV file", assertThrows(InputException.class, () -> MetricsCsv.read(dir)).problem());
    }

    @Test
    void quotedCellsAreRead() throws Exception {
        MetricsSeries series = MetricsCsv.parse("q.csv", "\"date\",\"practices\"\n\"2015-04\",\"7\"\n");
        assertEquals("2015-04", series.date(0));
        assertEquals(7.0, series.get(0, Metric.practices));
    }
}
