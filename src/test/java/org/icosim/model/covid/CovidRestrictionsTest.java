package org.icosim.model.covid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

/** ODD 8.26: the level of each day from the dated events, and the month's stringency as the mean over its days. */
class CovidRestrictionsTest {

    @Test
    void noRestrictionBefore16March2020() {
        for (YearMonth m = YearMonth.of(2015, 4); m.isBefore(YearMonth.of(2020, 3)); m = m.plusMonths(1)) {
            assertEquals(0.0, CovidRestrictions.stringency(m), 0.0, m.toString());
        }
        assertEquals(0, CovidRestrictions.level(LocalDate.of(2020, 3, 15)));
        assertEquals(2, CovidRestrictions.level(LocalDate.of(2020, 3, 16)));
        assertEquals(5, CovidRestrictions.level(LocalDate.of(2020, 3, 23)));
        assertEquals(YearMonth.of(2020, 3), CovidRestrictions.FIRST_MONTH);
    }

    @Test
    void eachEventHoldsUntilTheNext() {
        assertEquals(3, CovidRestrictions.level(LocalDate.of(2020, 6, 15)));
        assertEquals(3, CovidRestrictions.level(LocalDate.of(2020, 7, 3)));
        assertEquals(2, CovidRestrictions.level(LocalDate.of(2020, 7, 4)));
        assertEquals(3, CovidRestrictions.level(LocalDate.of(2020, 10, 1)));
        assertEquals(5, CovidRestrictions.level(LocalDate.of(2020, 12, 1)));
        assertEquals(3, CovidRestrictions.level(LocalDate.of(2020, 12, 2)));
        assertEquals(5, CovidRestrictions.level(LocalDate.of(2021, 1, 6)));
        assertEquals(4, CovidRestrictions.level(LocalDate.of(2021, 3, 8)));
        assertEquals(3, CovidRestrictions.level(LocalDate.of(2021, 4, 12)));
        assertEquals(2, CovidRestrictions.level(LocalDate.of(2021, 5, 17)));
        assertEquals(1, CovidRestrictions.level(LocalDate.of(2021, 7, 19)));
        assertEquals(2, CovidRestrictions.level(LocalDate.of(2021, 12, 8)));
        assertEquals(1, CovidRestrictions.level(LocalDate.of(2022, 1, 27)));
        assertEquals(0, CovidRestrictions.level(LocalDate.of(2022, 2, 24)));
        assertEquals(0, CovidRestrictions.level(LocalDate.of(2025, 12, 31)));
    }

    @Test
    void theMonthsStringencyIsTheMeanDailyLevelOverFive() {
        // March 2020: 15 days at 0, 16-22 at 2 (7 days), 23-31 at 5 (9 days).
        assertEquals((7 * 2 + 9 * 5) / (5.0 * 31), CovidRestrictions.stringency(YearMonth.of(2020, 3)), 1e-15);
        assertEquals(1.0, CovidRestrictions.stringency(YearMonth.of(2020, 4)), 0.0);
        assertEquals(1.0, CovidRestrictions.stringency(YearMonth.of(2020, 5)), 0.0);
        // June 2020: 1-14 at 5, 15-30 at 3.
        assertEquals((14 * 5 + 16 * 3) / (5.0 * 30), CovidRestrictions.stringency(YearMonth.of(2020, 6)), 1e-15);
        // July 2020: 1-3 at 3, 4-31 at 2.
        assertEquals((3 * 3 + 28 * 2) / (5.0 * 31), CovidRestrictions.stringency(YearMonth.of(2020, 7)), 1e-15);
        assertEquals(2 / 5.0, CovidRestrictions.stringency(YearMonth.of(2020, 8)), 1e-15);
        // November 2020: 1-4 at 3, 5-30 at 5.
        assertEquals((4 * 3 + 26 * 5) / (5.0 * 30), CovidRestrictions.stringency(YearMonth.of(2020, 11)), 1e-15);
        // December 2020: the 1st at 5, 2-31 at 3.
        assertEquals((5 + 30 * 3) / (5.0 * 31), CovidRestrictions.stringency(YearMonth.of(2020, 12)), 1e-15);
        // January 2021: 1-5 at 3, 6-31 at 5.
        assertEquals((5 * 3 + 26 * 5) / (5.0 * 31), CovidRestrictions.stringency(YearMonth.of(2021, 1)), 1e-15);
        // December 2021: 1-7 at 1, 8-31 at 2; January 2022: 1-26 at 2, 27-31 at 1; February 2022: 1-23 at 1.
        assertEquals((7 + 24 * 2) / (5.0 * 31), CovidRestrictions.stringency(YearMonth.of(2021, 12)), 1e-15);
        assertEquals((26 * 2 + 5) / (5.0 * 31), CovidRestrictions.stringency(YearMonth.of(2022, 1)), 1e-15);
        assertEquals(23 / (5.0 * 28), CovidRestrictions.stringency(YearMonth.of(2022, 2)), 1e-15);
        for (YearMonth m = YearMonth.of(2022, 3); m.isBefore(YearMonth.of(2026, 1)); m = m.plusMonths(1)) {
            assertEquals(0.0, CovidRestrictions.stringency(m), 0.0, m.toString());
        }
    }

    @Test
    void eventsAreInDateOrderAndLevelsInRange() {
        for (int k = 1; k < CovidRestrictions.EVENTS.size(); k++) {
            assertTrue(CovidRestrictions.EVENTS.get(k).date().isAfter(CovidRestrictions.EVENTS.get(k - 1).date()), "event " + k);
        }
        assertThrows(IllegalArgumentException.class, () -> new CovidRestrictions.Event(LocalDate.of(2020, 1, 1), 6, "x", "X90"));
    }
}
