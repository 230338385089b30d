package org.icosim.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

import org.icosim.model.observe.PracticeRecord;

/**
 * Every practice at chosen months as a tidy CSV ({@code practices.csv}): one row per month and
 * practice, in the world's order. {@code endedMonth} and {@code endedDate} are empty while the
 * practice is open; text cells without a value (the CCG of a synthetic world, a practice in no
 * federation) are empty.
 */
public final class PracticesCsv {

    public static final String FILE_NAME = "practices.csv";

    static final String HEADER = "month,date,code,ccgCode,ccgName,stpCode,stpName,status,endedMonth,endedDate,patients,"
            + "partners,partnerFte,salaried,salariedFte,locums,locumFte,gpFte,federation,provider,ico,caretaker,mergedInto,"
            + "reconsiders,hazard";

    private PracticesCsv() {
    }

    /**
     * @param at    metrics month index (0 = the first month) to every practice at the end of it
     * @param start the calendar month of month 0
     */
    public static void write(SortedMap<Integer, List<PracticeRecord>> at, YearMonth start, Path target) throws IOException {
        AtomicFiles.write(target, toCsv(at, start).getBytes(StandardCharsets.UTF_8));
    }

    public static String toCsv(SortedMap<Integer, List<PracticeRecord>> at, YearMonth start) {
        StringBuilder csv = new StringBuilder(1 << 16);
        csv.append(HEADER).append('\n');
        for (Map.Entry<Integer, List<PracticeRecord>> month : at.entrySet()) {
            String date = start.plusMonths(month.getKey()).toString();
            for (PracticeRecord r : month.getValue()) {
                csv.append(month.getKey()).append(',').append(date).append(',').append(text(r.code())).append(',')
                        .append(text(r.ccgCode())).append(',').append(text(r.ccgName())).append(',')
                        .append(text(r.economyCode())).append(',').append(text(r.economyName())).append(',')
                        .append(r.status().name()).append(',')
                        .append(r.monthEnded() < 0 ? "" : Integer.toString(r.monthEnded())).append(',')
                        .append(r.monthEnded() < 0 ? "" : start.plusMonths(r.monthEnded()).toString()).append(',')
                        .append(MetricsCsv.format(r.patients())).append(',')
                        .append(r.partners()).append(',').append(MetricsCsv.format(r.partnerFte())).append(',')
                        .append(r.salaried()).append(',').append(MetricsCsv.format(r.salariedFte())).append(',')
                        .append(r.locums()).append(',').append(MetricsCsv.format(r.locumFte())).append(',')
                        .append(MetricsCsv.format(r.partnerFte() + r.salariedFte() + r.locumFte())).append(',')
                        .append(text(r.federation())).append(',').append(text(r.provider())).append(',').append(text(r.ico())).append(',')
                        .append(text(r.caretaker())).append(',').append(text(r.mergedInto())).append(',')
                        .append(r.reconsiders()).append(',').append(MetricsCsv.format(r.hazard())).append('\n');
            }
        }
        return csv.toString();
    }

    private static String text(String value) {
        return value == null ? "" : MetricsCsv.quoted(value);
    }
}
