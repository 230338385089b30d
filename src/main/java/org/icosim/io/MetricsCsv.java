package org.icosim.io;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.icosim.metrics.Metric;
import org.icosim.metrics.MetricsSeries;

/**
 * The monthly metrics of a run as CSV ({@code metrics.csv}): one header row of {@link Metric}
 * names in enum order, then one row a month.
 *
 * <p>Numbers are written so the same run gives the same bytes on every JDK and machine, which
 * lets a test or a reviewer compare runs with {@code diff} or a hash: whole numbers below 10^15
 * as plain integers; anything else rounded half-even to 6 decimal places from the exact binary
 * value (not from {@code Double.toString}, whose shortest-repr output changed in JDK 19),
 * trailing zeros stripped, never in exponent notation; {@code -0} as {@code 0}; NaN (a metric
 * with no meaning that month, such as profit when no practice has partners) as an empty cell;
 * infinities as {@code Infinity} and {@code -Infinity}, which pandas and R both read. Lines end
 * with {@code \n}.
 */
public final class MetricsCsv {

    /** Decimal places kept: a millionth is far below any quantity the model resolves. */
    public static final int DECIMALS = 6;

    private static final double INTEGER_LIMIT = 1e15;

    private MetricsCsv() {
    }

    /** Writes the series to {@code target} atomically. */
    public static void write(MetricsSeries series, Path target) throws IOException {
        AtomicFiles.write(target, toCsv(series).getBytes(StandardCharsets.UTF_8));
    }

    /** The whole CSV text. */
    public static String toCsv(MetricsSeries series) {
        Metric[] metrics = Metric.values();
        StringBuilder csv = new StringBuilder(64 * (series.size() + 1) * 4);
        for (int i = 0; i < metrics.length; i++) {
            if (i > 0) csv.append(',');
            csv.append(metrics[i].name());
        }
        csv.append('\n');
        for (int month = 0; month < series.size(); month++) {
            double[] row = series.row(month);
            for (int i = 0; i < metrics.length; i++) {
                if (i > 0) csv.append(',');
                if (metrics[i] == Metric.date) {
                    csv.append(quoted(series.date(month)));
                } else {
                    csv.append(format(row[i]));
                }
            }
            csv.append('\n');
        }
        return csv.toString();
    }

    /**
     * One value as the CSV writes it; public so other tables (batch summaries) write numbers the
     * same way.
     */
    public static String format(double value) {
        if (Double.isNaN(value)) {
            return "";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "Infinity" : "-Infinity";
        }
        if (value == Math.rint(value) && Math.abs(value) < INTEGER_LIMIT) {
            // (long) -0.0 is 0, so negative zero is written as 0.
            return Long.toString((long) value);
        }
        BigDecimal rounded = new BigDecimal(value).setScale(DECIMALS, RoundingMode.HALF_EVEN);
        if (rounded.signum() == 0) {
            return "0";
        }
        return rounded.stripTrailingZeros().toPlainString();
    }

    /** A text cell, quoted as RFC 4180 asks when it holds a comma, quote or line break. */
    public static String quoted(String cell) {
        if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
            return cell;
        }
        return "\"" + cell.replace("\"", "\"\"") + "\"";
    }

    /**
     * Reads a metrics CSV back (tests, calibration, comparing runs). Columns may be any known
     * metrics in any order, so files written before metrics were added at the end still read;
     * metrics missing from the file, and empty cells, are NaN. The {@code date} column is
     * required. In the rows returned, the {@code date} slot is NaN; dates are in
     * {@link MetricsSeries#date(int)}.
     *
     * @throws InputException naming the row, column and value that cannot be read
     */
    public static MetricsSeries read(Path file) throws InputException {
        try (CsvFile csv = CsvFile.open(file)) {
            return read(csv);
        }
    }

    /** As {@link #read(Path)}, from text; {@code file} names it in messages. */
    public static MetricsSeries parse(String file, String text) throws InputException {
        try (CsvFile csv = CsvFile.parse(file, text)) {
            return read(csv);
        }
    }

    private static MetricsSeries read(CsvFile csv) throws InputException {
        List<String> header = csv.header();
        Metric[] columns = new Metric[header.size()];
        for (int c = 0; c < header.size(); c++) {
            Metric metric = Metric.byName(header.get(c));
            if (metric == null) {
                throw csv.headerError(c, "unknown metric \"" + header.get(c) + "\"; expected names of org.icosim.metrics.Metric");
            }
            columns[c] = metric;
        }
        if (csv.column(Metric.date.name()) < 0) {
            throw csv.headerError("no date column; expected a column named date");
        }
        MetricsSeries series = new MetricsSeries();
        for (CsvFile.Row cells = csv.next(); cells != null; cells = csv.next()) {
            double[] row = new double[Metric.values().length];
            Arrays.fill(row, Double.NaN);
            String date = null;
            for (int c = 0; c < columns.length; c++) {
                if (columns[c] == Metric.date) {
                    date = cells.string(c);
                } else {
                    row[columns[c].ordinal()] = cells.numberOrNaN(c);
                }
            }
            series.add(date, row);
        }
        return series;
    }

}
