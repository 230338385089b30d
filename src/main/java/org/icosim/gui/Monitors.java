package org.icosim.gui;

import java.time.YearMonth;

import org.icosim.metrics.Metric;

/** The monitors above the map: the month as a date, and the run's headline metrics, as NetLogo's monitors show them. */
final class Monitors {

    private Monitors() {
    }

    /** The line after {@code monthsRun} of {@code monthsToRun} months, the last ending {@code date}, from its metrics row. */
    static String line(String date, int monthsRun, int monthsToRun, double[] row) {
        return date + " (month " + monthsRun + " of " + monthsToRun + ")"
                + "   partner share of GP FTE " + Readable.number(row[Metric.partnerShareFte.ordinal()], "")
                + "   open practices " + Readable.number(row[Metric.practices.ordinal()], "")
                + "   ICO patient share " + Readable.percent(row[Metric.icoPatientShare.ordinal()])
                + "   access within 48 h " + Readable.percent(row[Metric.accessWithin48h.ordinal()]);
    }

    /** Before the first month: the world as built, and what play will run. */
    static String initial(YearMonth start, int monthsToRun) {
        return start + " (initial state; play runs " + monthsToRun + " months to " + start.plusMonths(monthsToRun - 1) + ")";
    }
}
