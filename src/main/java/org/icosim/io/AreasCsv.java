package org.icosim.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.icosim.metrics.Area;
import org.icosim.metrics.AreaSeries;
import org.icosim.metrics.Metric;

/**
 * The monthly metrics by area as a tidy CSV ({@code areas.csv}): one row per month and area,
 * {@code month,date,areaType,code,name,} then the area metrics ({@link AreaSeries#metrics()}),
 * numbers written as {@link MetricsCsv#format} writes them.
 */
public final class AreasCsv {

    public static final String FILE_NAME = "areas.csv";

    private AreasCsv() {
    }

    public static void write(AreaSeries series, Path target) throws IOException {
        AtomicFiles.write(target, toCsv(series).getBytes(StandardCharsets.UTF_8));
    }

    public static String toCsv(AreaSeries series) {
        List<Metric> metrics = series.metrics();
        List<Area> areas = series.areas();
        StringBuilder csv = new StringBuilder(64 + series.size() * areas.size() * (40 + 12 * metrics.size()));
        csv.append("month,date,areaType,code,name");
        for (Metric m : metrics) csv.append(',').append(m.name());
        csv.append('\n');
        for (int month = 0; month < series.size(); month++) {
            String date = MetricsCsv.quoted(series.date(month));
            for (int a = 0; a < areas.size(); a++) {
                Area area = areas.get(a);
                csv.append(month).append(',').append(date).append(',').append(MetricsCsv.quoted(area.type())).append(',')
                        .append(MetricsCsv.quoted(area.code())).append(',').append(MetricsCsv.quoted(area.name()));
                for (int k = 0; k < metrics.size(); k++) csv.append(',').append(MetricsCsv.format(series.value(month, a, k)));
                csv.append('\n');
            }
        }
        return csv.toString();
    }
}
