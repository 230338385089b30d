package org.icosim.model.world;

import java.time.YearMonth;

import org.icosim.model.parameters.Parameters;

/**
 * ODD 8.35, money as it happened: the published global sum per weighted patient, the DDRB pay
 * awards for salaried GPs and CPIH, 2015/16 to 2024/25, as indices of the month that replace the
 * constant rates {@code globalSumGrowth}, {@code payGrowth} and {@code costInflation} when
 * {@code moneyAsItHappened} is on. Each value is a row of
 * {@code models/data/inputs-2015-2025/inputs-2015-2025.csv} (source code in the comment); a test
 * checks every one against the file. After the last year in the file the last value is held.
 */
public final class MoneyAsItHappened implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    /** First contract year of the tables: 2015/16. */
    public static final int FIRST_YEAR = 2015;

    /**
     * Global sum per weighted patient, pounds a year, in force from April of each contract year
     * 2015/16 ... 2024/25 (item {@code global_sum_per_weighted_patient}): 2015/16 Apr-Sep 75.77
     * (X4), 80.59 (X4, X5), 85.35 (X5), 88.96 (X1-X3, after the pay award backdated to April 2018),
     * 89.88 (X1-X3), 93.46 (X6, X130), 96.78 (X9-X11, the value later sources build on, not the
     * 97.28 announced in February 2021), 99.70 (X9-X11), 102.28 (X12, X13, X19), 112.50 (X15-X17,
     * the final value after the 6% award, backdated to April 2024, replacing 107.57).
     */
    static final double[] GLOBAL_SUM_FROM_APRIL = {75.77, 80.59, 85.35, 88.96, 89.88, 93.46, 96.78, 99.70, 102.28, 112.50};
    /** 2015/16 from October 2015 (X4, seniority reinvested): the model's {@code globalSumPerPatient} (F3). */
    static final double GLOBAL_SUM_OCT_2015 = 76.51;
    /** 2023/24 from October 2023 (X13, X14, X19, item {@code global_sum_per_weighted_patient_from_oct2023}). */
    static final double GLOBAL_SUM_OCT_2023 = 104.73;
    /** Contract year (index) of the October 2023 rise: 2023/24. */
    static final int OCTOBER_2023_YEAR = 8;
    /** The value the index is relative to: {@code globalSumPerPatient}'s source value (F3). */
    static final double GLOBAL_SUM_REFERENCE = GLOBAL_SUM_OCT_2015;

    /**
     * DDRB pay award to the salaried GP range, per cent, 2015/16 ... 2024/25 (item
     * {@code pay_award_salaried_gp}): 1 (X27), 1 (X28), 1 (X29), 2 (X32, X33, from October 2018),
     * 2 (X37, X41), 2.8 (X39, X40), 3 (X42), 4.5 (X44), 6 (X45, X46, X12), 6 (X17, X18). The
     * 2015/16 award is taken as in the starting pay, as with {@code payGrowth}.
     */
    static final double[] SALARIED_AWARD_PERCENT = {1, 1, 1, 2, 2, 2.8, 3, 4.5, 6, 6};
    /** Contract year (index) of the one award that took effect in October, not April: 2018/19. */
    static final int OCTOBER_AWARD_YEAR = 3;

    /**
     * CPIH annual average index, 2015 = 100, calendar years 2015 ... 2024 (item
     * {@code cpih_annual_average_index_2015eq100}, X124, ONS series L522).
     */
    static final double[] CPIH_INDEX = {100.0, 101.0, 103.6, 106.0, 107.8, 108.9, 111.6, 120.5, 128.6, 132.9};

    private final boolean on;
    private final double expenseRealGrowth;

    public MoneyAsItHappened(Parameters params) {
        on = params.getBoolean(Parameters.MONEY_AS_IT_HAPPENED);
        expenseRealGrowth = params.get(Parameters.EXPENSE_REAL_GROWTH);
    }

    /** Whether the series replace the constant rates. */
    public boolean on() { return on; }

    /** Contract year of {@code date} as an index of the tables: 0 for 2015/16, clamped to the tables. */
    static int yearIndex(YearMonth date) {
        int y = date.getYear() - (date.getMonthValue() < 4 ? 1 : 0) - FIRST_YEAR;
        return Math.max(0, Math.min(GLOBAL_SUM_FROM_APRIL.length - 1, y));
    }

    /** Before April 2015 the 2015/16 values hold. */
    private static boolean before2015(YearMonth date) {
        return date.isBefore(YearMonth.of(FIRST_YEAR, 4));
    }

    /** The global sum per weighted patient in force in {@code date}, pounds a year. */
    public static double globalSumInForce(YearMonth date) {
        if (before2015(date)) return GLOBAL_SUM_FROM_APRIL[0];
        int y = yearIndex(date);
        boolean fromOctober = date.getMonthValue() >= 10 || date.getMonthValue() < 4;
        if (y == 0 && fromOctober) return GLOBAL_SUM_OCT_2015;
        if (y == OCTOBER_2023_YEAR && fromOctober) return GLOBAL_SUM_OCT_2023;
        return GLOBAL_SUM_FROM_APRIL[y];
    }

    /** Global sum index of {@code date}: the sum in force over {@link #GLOBAL_SUM_REFERENCE}. */
    public double globalSumIndex(YearMonth date) {
        return globalSumInForce(date) / GLOBAL_SUM_REFERENCE;
    }

    /**
     * Salaried pay index of {@code date}: the product of the awards from 2016/17 that have taken
     * effect by then (April, or October for 2018/19); 1 in 2015/16.
     */
    public double payIndex(YearMonth date) {
        if (before2015(date)) return 1;
        int contractYear = date.getYear() - (date.getMonthValue() < 4 ? 1 : 0) - FIRST_YEAR;
        int last = Math.min(SALARIED_AWARD_PERCENT.length - 1, contractYear);
        double index = 1;
        for (int y = 1; y <= last; y++) {
            boolean inEffect = y != OCTOBER_AWARD_YEAR || contractYear > y
                    || date.getMonthValue() >= 10 || date.getMonthValue() < 4;
            if (inEffect) index *= 1 + SALARIED_AWARD_PERCENT[y] / 100;
        }
        return index;
    }

    /**
     * Practice cost index of {@code date}: CPIH of the calendar year in which its contract year
     * begins, over 2015's, times {@code (1 + expenseRealGrowth)^y}.
     */
    public double costIndex(YearMonth date) {
        if (before2015(date)) return 1;
        int contractYear = date.getYear() - (date.getMonthValue() < 4 ? 1 : 0) - FIRST_YEAR;
        double cpih = CPIH_INDEX[Math.min(CPIH_INDEX.length - 1, contractYear)] / CPIH_INDEX[0];
        return cpih * StrictMath.pow(1 + expenseRealGrowth, contractYear);
    }
}
