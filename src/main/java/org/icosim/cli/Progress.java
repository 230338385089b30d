package org.icosim.cli;

import java.io.PrintStream;
import java.time.YearMonth;
import java.util.Locale;

/**
 * A progress line for long runs: month, elapsed time and an estimate of the time left, to the
 * terminal's error stream so that it never mixes with results. Silent for runs under two seconds.
 */
final class Progress {

    private static final long FIRST_AFTER_NANOS = 2_000_000_000L;
    private static final long EVERY_NANOS = 2_000_000_000L;

    private final PrintStream err;
    private final int total;
    private final YearMonth start;
    private final boolean quiet;
    private final boolean terminal;
    private final long began = System.nanoTime();
    private long lastShown;
    private boolean shown;

    Progress(PrintStream err, int total, YearMonth start, boolean quiet) {
        this.err = err;
        this.total = total;
        this.start = start;
        this.quiet = quiet;
        this.terminal = System.console() != null;
    }

    /** Called after each month with the number of months done. */
    void update(int done) {
        if (quiet) return;
        long now = System.nanoTime();
        long elapsed = now - began;
        if (elapsed < FIRST_AFTER_NANOS || (shown && now - lastShown < EVERY_NANOS && done < total)) return;
        if (!shown && done >= total) return;
        double seconds = elapsed / 1e9;
        double left = done > 0 ? seconds / done * (total - done) : 0;
        String line = String.format(Locale.ROOT, "month %d/%d (%s)  elapsed %.1f s  about %.0f s left",
                done, total, start.plusMonths(done - 1), seconds, left);
        if (terminal) {
            err.print("\r" + line + "   ");
            if (done >= total) err.println();
        } else {
            err.println(line);
        }
        err.flush();
        shown = true;
        lastShown = now;
    }
}
