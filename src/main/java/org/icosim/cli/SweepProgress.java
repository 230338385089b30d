package org.icosim.cli;

import java.io.PrintStream;
import java.util.Locale;

/**
 * The progress bar of a sweep on standard error: runs done of the total, the rate in runs per
 * minute and the time left at that rate. On a terminal it redraws one line every two seconds;
 * into a file (a cluster job's log) it writes a line every thirty, so logs stay short.
 */
final class SweepProgress {

    private static final long TERMINAL_EVERY_NANOS = 2_000_000_000L;
    private static final long LOG_EVERY_NANOS = 30_000_000_000L;
    private static final int BAR = 30;

    private final PrintStream err;
    private final int total;
    private final boolean quiet;
    private final boolean terminal;
    private final long began = System.nanoTime();
    private long lastShown = began;
    private int failed;

    SweepProgress(PrintStream err, int total, boolean quiet) {
        this.err = err;
        this.total = total;
        this.quiet = quiet;
        this.terminal = System.console() != null;
    }

    /** Called after each run, from any thread. */
    synchronized void update(int done, boolean ok) {
        if (!ok) failed++;
        if (quiet) return;
        long now = System.nanoTime();
        boolean last = done >= total;
        if (!last && now - lastShown < (terminal ? TERMINAL_EVERY_NANOS : LOG_EVERY_NANOS)) return;
        lastShown = now;
        String line = line(done, total, failed, (now - began) / 1e9);
        if (terminal) {
            err.print("\r" + line + "   ");
            if (last) err.println();
        } else {
            err.println(line);
        }
        err.flush();
    }

    /** {@code [#####.....] 12/48 runs, 1 failed, 3.2 runs/min, about 11 min left}. */
    static String line(int done, int total, int failed, double seconds) {
        int filled = total == 0 ? BAR : (int) ((long) BAR * done / total);
        double perMinute = seconds > 0 ? done / seconds * 60 : 0;
        double left = done > 0 ? seconds / done * (total - done) : Double.NaN;
        String leftText = Double.isNaN(left) ? "time left unknown"
                : left >= 5400 ? String.format(Locale.ROOT, "about %.1f h left", left / 3600)
                : left >= 90 ? String.format(Locale.ROOT, "about %.0f min left", left / 60)
                : String.format(Locale.ROOT, "about %.0f s left", left);
        return String.format(Locale.ROOT, "[%s%s] %d/%d runs%s, %.1f runs/min, %s", "#".repeat(filled),
                ".".repeat(BAR - filled), done, total, failed > 0 ? ", " + failed + " failed" : "", perMinute, leftText);
    }
}
