package org.icosim.io;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.icosim.metrics.Metric;

/**
 * The targets of a history-matching calibration: one public figure a row, with the uncertainty
 * that decides how far a run may be from it. Columns, in this order:
 *
 * <pre>date,metric,value,unit,source,confidence,observationSd,discrepancySd</pre>
 *
 * {@code date} is {@code YYYY-MM}, at most {@value #LAST_MONTH_TEXT}: later figures are held out
 * for validation and never fitted. {@code metric} a metric name (the model's value in that month
 * is the output); {@code observationSd} the standard deviation of the figure's measurement
 * error, positive, and {@code discrepancySd} that of the model discrepancy (how far the model at
 * its best parameters may still be from reality), at least 0, both in the figure's unit.
 */
public final class TargetsFile {

    public static final List<String> HEADER =
            List.of("date", "metric", "value", "unit", "source", "confidence", "observationSd", "discrepancySd");
    /** The last month a target may be dated. */
    public static final YearMonth LAST_MONTH = YearMonth.of(2019, 12);
    static final String LAST_MONTH_TEXT = "2019-12";

    /**
     * One target.
     *
     * @param line the line of the file it was read from, for messages
     */
    public record Target(YearMonth date, Metric metric, double value, String unit, String source, String confidence,
            double observationSd, double discrepancySd, int line) {

        /** {@code metric@YYYY-MM}, as tables name outputs. */
        public String name() {
            return metric.name() + "@" + date;
        }
    }

    private TargetsFile() {
    }

    /**
     * @throws InputException naming the file, the line and column and what was expected
     */
    public static List<Target> read(Path file) throws InputException {
        List<Target> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        try (CsvFile csv = CsvFile.open(file, HEADER)) {
            for (CsvFile.Row row = csv.next(); row != null; row = csv.next()) {
                YearMonth date = row.yearMonth("date");
                if (date.isAfter(LAST_MONTH)) {
                    throw row.error(0, "got " + date + ", expected a date up to " + LAST_MONTH_TEXT
                            + " (later figures are held out for validation, never fitted)");
                }
                Metric metric = Metric.byName(row.string("metric"));
                if (metric == null || metric == Metric.month || metric == Metric.date) {
                    throw row.error(1, "got metric " + row.string(1) + ", expected a metric name of MODEL.md section 8 (e.g. practices, gpFte)");
                }
                double value = row.number("value");
                double obs = row.number("observationSd");
                if (!(obs > 0) || Double.isInfinite(obs)) {
                    throw row.error(6, "got " + row.string(6) + ", expected a positive standard deviation of the observation error, in the figure's unit");
                }
                double disc = row.number("discrepancySd");
                if (!(disc >= 0) || Double.isInfinite(disc)) {
                    throw row.error(7, "got " + row.string(7) + ", expected a standard deviation of the model discrepancy, at least 0, in the figure's unit");
                }
                if (!seen.add(metric + "@" + date)) {
                    throw row.error("a second target for " + metric + " at " + date + "; expected one row per (date, metric)");
                }
                out.add(new Target(date, metric, value, row.string("unit"), row.string("source"), row.string("confidence"), obs, disc,
                        row.line()));
            }
            if (out.isEmpty()) {
                throw new InputException(file.toString(), "", "no targets; expected at least one row after the header");
            }
        }
        return out;
    }
}
