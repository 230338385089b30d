package org.icosim.model.world;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;

import org.icosim.model.InputsFile;
import org.icosim.model.parameters.Parameters;
import org.junit.jupiter.api.Test;

/** ODD 8.35: the published series, their months of effect, and the calendar's prices with the switch on. */
class MoneyAsItHappenedTest {

    private static final double EPS = 1e-12;

    private static Parameters on() {
        return new Parameters().set(Parameters.MONEY_AS_IT_HAPPENED, 1);
    }

    private static Calendar from2015(int month, Parameters p) {
        Calendar c = new Calendar(YearMonth.of(2015, 4), p);
        c.setMonth(month);
        return c;
    }

    @Test
    void everyConstantIsItsRowOfTheInputsFile() throws Exception {
        InputsFile f = new InputsFile();
        for (int y = 0; y < MoneyAsItHappened.GLOBAL_SUM_FROM_APRIL.length; y++) {
            String year = InputsFile.contractYear(y);
            assertTrue(f.hasValue(year, "global_sum_per_weighted_patient", MoneyAsItHappened.GLOBAL_SUM_FROM_APRIL[y]), year);
            assertEquals(f.number(year, "pay_award_salaried_gp"), MoneyAsItHappened.SALARIED_AWARD_PERCENT[y], 0.0, year);
            assertEquals(f.number(Integer.toString(2015 + y), "cpih_annual_average_index_2015eq100"), MoneyAsItHappened.CPIH_INDEX[y], 0.0);
        }
        assertTrue(f.hasValue("2015/16", "global_sum_per_weighted_patient", MoneyAsItHappened.GLOBAL_SUM_OCT_2015));
        assertEquals(f.number("2023/24", "global_sum_per_weighted_patient_from_oct2023"), MoneyAsItHappened.GLOBAL_SUM_OCT_2023, 0.0);
        assertEquals(Parameters.GLOBAL_SUM.defaultValue(), MoneyAsItHappened.GLOBAL_SUM_REFERENCE, 0.0, "the index is on the default's value");
    }

    @Test
    void theGlobalSumInForceChangesInAprilAndInOctober2015And2023() {
        assertEquals(75.77, MoneyAsItHappened.globalSumInForce(YearMonth.of(2015, 4)), 0.0);
        assertEquals(75.77, MoneyAsItHappened.globalSumInForce(YearMonth.of(2015, 9)), 0.0);
        assertEquals(76.51, MoneyAsItHappened.globalSumInForce(YearMonth.of(2015, 10)), 0.0);
        assertEquals(76.51, MoneyAsItHappened.globalSumInForce(YearMonth.of(2016, 3)), 0.0);
        assertEquals(80.59, MoneyAsItHappened.globalSumInForce(YearMonth.of(2016, 4)), 0.0);
        assertEquals(88.96, MoneyAsItHappened.globalSumInForce(YearMonth.of(2018, 4)), 0.0, "the backdated value all year");
        assertEquals(96.78, MoneyAsItHappened.globalSumInForce(YearMonth.of(2021, 6)), 0.0);
        assertEquals(102.28, MoneyAsItHappened.globalSumInForce(YearMonth.of(2023, 9)), 0.0);
        assertEquals(104.73, MoneyAsItHappened.globalSumInForce(YearMonth.of(2023, 10)), 0.0);
        assertEquals(104.73, MoneyAsItHappened.globalSumInForce(YearMonth.of(2024, 3)), 0.0);
        assertEquals(112.50, MoneyAsItHappened.globalSumInForce(YearMonth.of(2024, 4)), 0.0);
        assertEquals(112.50, MoneyAsItHappened.globalSumInForce(YearMonth.of(2025, 12)), 0.0, "held after the file's last year");
        assertEquals(75.77, MoneyAsItHappened.globalSumInForce(YearMonth.of(2015, 1)), 0.0, "before April 2015, 2015/16's");
    }

    @Test
    void salariedPayCompoundsTheAwardsFrom2016AndThe2018AwardFromOctober() {
        MoneyAsItHappened m = new MoneyAsItHappened(on());
        assertEquals(1, m.payIndex(YearMonth.of(2016, 3)), 0.0);
        assertEquals(1.01, m.payIndex(YearMonth.of(2016, 4)), EPS);
        assertEquals(1.01 * 1.01, m.payIndex(YearMonth.of(2018, 9)), EPS, "2018/19 award not yet in effect");
        assertEquals(1.01 * 1.01 * 1.02, m.payIndex(YearMonth.of(2018, 10)), EPS);
        assertEquals(1.01 * 1.01 * 1.02, m.payIndex(YearMonth.of(2019, 3)), EPS);
        assertEquals(1.01 * 1.01 * 1.02 * 1.02, m.payIndex(YearMonth.of(2019, 4)), EPS);
        double to2025 = 1.01 * 1.01 * 1.02 * 1.02 * 1.028 * 1.03 * 1.045 * 1.06 * 1.06;
        assertEquals(to2025, m.payIndex(YearMonth.of(2024, 4)), EPS);
        assertEquals(to2025, m.payIndex(YearMonth.of(2025, 12)), EPS, "no award after 2024/25 in the file");
        // the index reproduces the published salaried range: 55,412 (2015/16, derived) to 58,808 (2019/20)
        assertEquals(58808, 55412 * m.payIndex(YearMonth.of(2019, 4)), 2.0, "55,412 was derived from 58,808 and rounded");
    }

    @Test
    void costsFollowCpihOfTheYearTheContractYearBeginsInAndTheRealGrowth() {
        MoneyAsItHappened m = new MoneyAsItHappened(on().set(Parameters.EXPENSE_REAL_GROWTH, 0.02));
        assertEquals(1, m.costIndex(YearMonth.of(2016, 3)), 0.0);
        assertEquals(1.01 * 1.02, m.costIndex(YearMonth.of(2016, 4)), EPS);
        assertEquals(1.078 * 1.02 * 1.02 * 1.02 * 1.02, m.costIndex(YearMonth.of(2020, 2)), EPS, "2019/20: CPIH 2019");
        assertEquals(1.329 * StrictMath.pow(1.02, 10), m.costIndex(YearMonth.of(2025, 4)), EPS, "2025/26: CPIH of 2024 held");
    }

    @Test
    void withTheSwitchOnTheCalendarsPricesAreTheSeriesOnTheStartingValues() {
        Parameters p = on().set(Parameters.SALARIED_PAY, 80000).set(Parameters.LOCUM_PAY, 100000)
                .set(Parameters.OUTSIDE_INCOME, 70000).set(Parameters.GLOBAL_SUM, 76.51 * 2);
        Calendar c = from2015(0, p);
        assertEquals(75.77 * 2, c.globalSum(), EPS, "April 2015");
        assertEquals(80000, c.salariedPay(), 0.0);
        c.setMonth(42);
        assertEquals(YearMonth.of(2018, 10), c.date());
        assertEquals(88.96 * 2, c.globalSum(), EPS);
        double pay = 1.01 * 1.01 * 1.02;
        assertEquals(80000 * pay, c.salariedPay(), 1e-9);
        assertEquals(100000 * pay, c.locumPay(), 1e-9);
        assertEquals(70000 * pay, c.outsideIncome(), 1e-9);
        assertEquals(1.06 * StrictMath.pow(1 + Parameters.EXPENSE_REAL_GROWTH.defaultValue(), 3), c.costIndex(), EPS);
        assertEquals(0.4, c.mpigFactor(), 1e-15, "the MPIG is not part of the series");
    }

    @Test
    void withTheSwitchOffTheConstantRatesApply() {
        Calendar c = from2015(42, new Parameters());
        assertEquals(76.51 * StrictMath.pow(1.041, 3), c.globalSum(), EPS);
        assertEquals(StrictMath.pow(1.04, 3), c.costIndex(), EPS);
    }

    @Test
    void theQofPointValuePerPatientOfTheAveragePracticeWasFlat2015To2018AsOdd826Says() throws Exception {
        // the point value is for a practice of the national average list, given in the rows' notes
        double[] value = new double[3];
        double[] list = new double[3];
        java.util.regex.Pattern avg = java.util.regex.Pattern.compile("avg (?:practice )?list (\\d),(\\d{3})");
        for (String line : java.nio.file.Files.readAllLines(InputsFile.FILE)) {
            for (int y = 0; y < 3; y++) {
                if (!line.startsWith(InputsFile.contractYear(y) + ",qof_value_per_point,")) continue;
                value[y] = Double.parseDouble(line.split(",")[2]);
                java.util.regex.Matcher m = avg.matcher(line);
                assertTrue(m.find(), line);
                list[y] = Double.parseDouble(m.group(1) + m.group(2));
            }
        }
        assertEquals(7223, list[0], 0.0);
        double first = value[0] / list[0];
        assertEquals(0.02217, first, 0.00001, "pounds per point per patient, 2015/16");
        for (int y = 1; y < 3; y++) assertEquals(first, value[y] / list[y], 0.002 * first, "within 0.2%, " + InputsFile.contractYear(y));
    }
}
