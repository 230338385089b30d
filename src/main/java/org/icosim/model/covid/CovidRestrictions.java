package org.icosim.model.covid;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * ODD 8.26, Covid restrictions by month: the dated events of England's restrictions (X90-X98, the
 * {@code covid_event} rows of the inputs file) each set a level from 0 (none) to {@value #MAX_LEVEL}
 * (national lockdown) that holds until the next event; the month's stringency is the mean of the
 * daily level over the month's days, divided by {@value #MAX_LEVEL}, so 0 to 1. Before 16 March
 * 2020 it is 0. A pure function of the calendar month: no parameter, no random number.
 */
public final class CovidRestrictions {

    /** The level of a national lockdown (stay at home; non-essential shops and hospitality closed). */
    public static final int MAX_LEVEL = 5;

    /** A dated change of restrictions: from {@code date} on, the level is {@code level}. */
    public record Event(LocalDate date, int level, String what, String source) {
        public Event {
            if (level < 0 || level > MAX_LEVEL) throw new IllegalArgumentException("invalid level (" + level + ") for " + date);
        }
    }

    /**
     * The events, in date order. Levels (ODD 8.26): 5 national lockdown; 4 lockdown with schools
     * open; 3 non-essential shops open, hospitality closed or tightly limited (or the rule of six
     * and tiers); 2 hospitality open with limits on mixing, or advice to avoid contact, or Plan B;
     * 1 legal restrictions lifted but legal self-isolation kept; 0 none.
     */
    public static final List<Event> EVENTS = List.of(
            new Event(LocalDate.of(2020, 3, 16), 2, "advice to stop non-essential contact and travel", "X90"),
            new Event(LocalDate.of(2020, 3, 23), 5, "first national lockdown announced (in force 26 Mar)", "X90;X91"),
            new Event(LocalDate.of(2020, 6, 15), 3, "non-essential shops reopen", "X90"),
            new Event(LocalDate.of(2020, 7, 4), 2, "hospitality reopens", "X90"),
            new Event(LocalDate.of(2020, 9, 14), 3, "rule of six (tiers from mid-October)", "X90"),
            new Event(LocalDate.of(2020, 11, 5), 5, "second national lockdown starts", "X90;X98"),
            new Event(LocalDate.of(2020, 12, 2), 3, "second lockdown ends, replaced by tiers", "X90;X98"),
            new Event(LocalDate.of(2021, 1, 6), 5, "third national lockdown starts", "X90"),
            new Event(LocalDate.of(2021, 3, 8), 4, "roadmap step 1 (schools reopen)", "X92;X93"),
            new Event(LocalDate.of(2021, 4, 12), 3, "roadmap step 2 (non-essential retail, outdoor hospitality)", "X93"),
            new Event(LocalDate.of(2021, 5, 17), 2, "roadmap step 3 (indoor hospitality)", "X93"),
            new Event(LocalDate.of(2021, 7, 19), 1, "roadmap step 4: most legal restrictions lifted", "X94;X95"),
            new Event(LocalDate.of(2021, 12, 8), 2, "Plan B measures (Omicron)", "X96"),
            new Event(LocalDate.of(2022, 1, 27), 1, "Plan B lifted", "X96"),
            new Event(LocalDate.of(2022, 2, 24), 0, "Living with Covid: legal self-isolation requirement ends", "X97"));

    /** The first month with any restriction. */
    public static final YearMonth FIRST_MONTH = YearMonth.from(EVENTS.get(0).date());

    private CovidRestrictions() {
    }

    /** The level in force on {@code day}: that of the last event on or before it, 0 before the first. */
    public static int level(LocalDate day) {
        int level = 0;
        for (Event e : EVENTS) {
            if (e.date().isAfter(day)) break;
            level = e.level();
        }
        return level;
    }

    /** The month's stringency: the mean daily level over its days, over {@value #MAX_LEVEL}. */
    public static double stringency(YearMonth month) {
        if (month.isBefore(FIRST_MONTH)) return 0;
        int days = month.lengthOfMonth();
        int sum = 0;
        for (int d = 1; d <= days; d++) sum += level(month.atDay(d));
        return sum / (double) (MAX_LEVEL * days);
    }
}
