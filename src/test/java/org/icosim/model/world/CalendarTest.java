package org.icosim.model.world;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;

import org.icosim.model.parameters.Parameters;
import org.junit.jupiter.api.Test;

/** ODD 8.1: the contract year, quarter ends, prices compounded each April, the MPIG still paid. */
class CalendarTest {

    private static Calendar at(YearMonth start, int month, Parameters p) {
        Calendar c = new Calendar(start, p);
        c.setMonth(month);
        return c;
    }

    private static Calendar from2015(int month) {
        return at(YearMonth.of(2015, 4), month, new Parameters());
    }

    @Test
    void theContractYearRunsFromAprilToMarch() {
        assertEquals(0, from2015(0).contractYear(), "April 2015");
        assertEquals(0, from2015(11).contractYear(), "March 2016");
        assertEquals(1, from2015(12).contractYear(), "April 2016");
        assertEquals(4, from2015(59).contractYear(), "March 2020");
        assertEquals(-1, at(YearMonth.of(2015, 1), 0, new Parameters()).contractYear(), "January 2015 is in 2014/15");
    }

    @Test
    void datesMonthsOfYearAndTheMonthIndex() {
        Calendar c = from2015(10);
        assertEquals(YearMonth.of(2016, 2), c.date());
        assertEquals(1, c.monthOfYear(), "February");
        assertEquals(2016 * 12 + 1, c.calendarMonth(), 0.0, "year x 12 + month - 1");
        assertEquals(10.0 / 12, c.yearsSince2015(), 1e-15);
        assertEquals(10, c.month());
        assertEquals(YearMonth.of(2015, 4), c.start());
    }

    @Test
    void decisionsAreTakenInTheLastMonthOfEachQuarterOfTheRun() {
        for (int m = 0; m < 24; m++) assertEquals(m % 3 == 2, from2015(m).isQuarterEnd(), "month " + m);
        assertTrue(at(YearMonth.of(2015, 1), 2, new Parameters()).isQuarterEnd(), "quarters of the run, not of the year");
        assertFalse(from2015(0).isQuarterEnd());
    }

    @Test
    void pricesRiseOnceEachApril() {
        assertEquals(76.51, from2015(0).globalSum(), 1e-12);
        assertEquals(76.51, from2015(11).globalSum(), 1e-12, "still 2015/16 in March");
        assertEquals(76.51 * 1.041, from2015(12).globalSum(), 1e-12);
        assertEquals(76.51 * 1.041 * 1.041 * 1.041 * 1.041, from2015(48).globalSum(), 1e-12, "2019/20: 89.85 (F5: 89.88)");
        assertEquals(78800 * 1.01, from2015(12).salariedPay(), 1e-9);
        assertEquals(95000 * 1.01 * 1.01, from2015(24).locumPay(), 1e-9);
        assertEquals(70000 * 1.01, from2015(23).outsideIncome(), 1e-9);
        assertEquals(1, from2015(0).costIndex(), 0.0);
        assertEquals(1.04 * 1.04 * 1.04, from2015(36).costIndex(), 1e-12);
    }

    @Test
    void theMpigFallsByAFifthOfIts2015ValueEachAprilAndIsGoneFrom2020() {
        int[] months = {0, 11, 12, 24, 36, 48, 60, 72};
        double[] factor = {1, 1, 0.8, 0.6, 0.4, 0.2, 0, 0};
        for (int i = 0; i < months.length; i++) assertEquals(factor[i], from2015(months[i]).mpigFactor(), 1e-15, "month " + months[i]);
        assertEquals(1, at(YearMonth.of(2015, 1), 0, new Parameters()).mpigFactor(), "before 2015/16");
        Parameters kept = new Parameters().set(Parameters.MPIG_WITHDRAWAL, 0);
        assertEquals(1, at(YearMonth.of(2015, 4), 60, kept).mpigFactor(), "without withdrawal it stays");
    }
}
