package org.icosim.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

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
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new InputException(file.toString(), "file", "file not found (" + file.toAbsolutePath() + ")");
        } catch (IOException e) {
            throw new InputException(file.toString(), "file", "cannot be read: " + e.getMessage());
        }
        if (lines.isEmpty() || !lines.get(0).trim().equals(HEADER)) {
            throw new InputException(file.toString(), "line 1", "expected the header " + HEADER);
        }
        List<CalibrationTarget> out = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i).trim();
            if (line.isEmpty()) continue;
            String[] f = line.split(",", -1);
            String place = "line " + (i + 1);
            if (f.length != 6) throw new InputException(file.toString(), place, "got " + f.length + " fields, expected 6 (" + HEADER + ")");
            YearMonth date;
            try {
                date = YearMonth.parse(f[0]);
            } catch (DateTimeParseException e) {
                throw new InputException(file.toString(), place, "got date " + f[0] + ", expected YYYY-MM");
            }
            Metric metric = Metric.byName(f[1]);
            if (metric == null) throw new InputException(file.toString(), place, "got metric " + f[1] + ", expected a metric name of MODEL.md section 8");
            double value;
            try {
                value = Double.parseDouble(f[2]);
            } catch (NumberFormatException e) {
                throw new InputException(file.toString(), place, "got value " + f[2] + ", expected a number");
            }
            out.add(new CalibrationTarget(date, metric, value, f[3], f[4], f[5]));
        }
        return out;
    }
}
