package org.icosim.cli;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.icosim.io.CsvFile;
import org.icosim.io.InputException;
import org.icosim.metrics.Metric;

/**
 * One public figure to calibrate against: a metric's value at a month, with its unit, source and
 * confidence, read from {@code models/calibration-targets.csv} (a copy of
 * {@code shared/data/calibration-england-2015-2019.csv}).
 */
record CalibrationTarget(YearMonth date, Metric metric, double value, String unit, String source, String confidence) {

    static final String HEADER = "date,metric,value,unit,source,confidence";

    static List<CalibrationTarget> read(Path file) throws InputException {
        List<CalibrationTarget> out = new ArrayList<>();
        try (CsvFile csv = CsvFile.open(file, List.of(HEADER.split(",")))) {
            for (CsvFile.Row row = csv.next(); row != null; row = csv.next()) {
                Metric metric = Metric.byName(row.string("metric"));
                if (metric == null) {
                    throw row.error(1, "got metric " + row.string(1) + ", expected a metric name of MODEL.md section 8");
                }
                out.add(new CalibrationTarget(row.yearMonth("date"), metric, row.number("value"), row.string("unit"),
                        row.string("source"), row.string("confidence")));
            }
        }
        return out;
    }
}
