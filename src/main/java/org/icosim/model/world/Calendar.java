package org.icosim.model.world;

import java.time.YearMonth;

import org.icosim.model.parameters.Parameter;
import org.icosim.model.parameters.Parameters;

/**
 * ODD 8.1, calendar and prices: the month being simulated, the contract year (April to March) and
 * the prices compounded once each April from their 2015/16 values; the MPIG still paid.
 */
public final class Calendar implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private final YearMonth start;
    private final Parameters params;
    private int month;

    public Calendar(YearMonth start, Parameters params) {
        this.start = start;
        this.params = params;
    }

    /** Phase 0 of each month: the schedule's step count. */
    public void setMonth(int monthsSinceStart) { this.month = monthsSinceStart; }

    /** Months since the start: 0 during the first month. */
    public int month() { return month; }

    public YearMonth start() { return start; }

    /** The calendar month being simulated. */
    public YearMonth date() { return start.plusMonths(month); }

    /** The calendar month as the value of a month parameter: year x 12 + month - 1. */
    public double calendarMonth() {
        YearMonth d = date();
        return Parameter.monthIndex(d.getYear(), d.getMonthValue());
    }

    /** 0 for January ... 11 for December. */
    public int monthOfYear() { return date().getMonthValue() - 1; }

    /** Contract years since 2015/16 (April to March): 0 for April 2015 to March 2016. */
    public int contractYear() {
        YearMonth d = date();
        return d.getYear() - (d.getMonthValue() < 4 ? 1 : 0) - 2015;
    }

    /** Practice decisions are quarterly, in the last month of each quarter of the run. */
    public boolean isQuarterEnd() { return month % 3 == 2; }

    /** Years since April 2015 as a fraction, for schedules that rise smoothly. */
    public double yearsSince2015() {
        YearMonth d = date();
        return (d.getYear() - 2015) + (d.getMonthValue() - 4) / 12.0;
    }

    // ---------------------------------------------------------------- prices

    private double growth(Parameter rate) {
        return StrictMath.pow(1 + params.get(rate), contractYear());
    }

    public double globalSum() { return params.get(Parameters.GLOBAL_SUM) * growth(Parameters.GLOBAL_SUM_GROWTH); }
    public double salariedPay() { return params.get(Parameters.SALARIED_PAY) * growth(Parameters.PAY_GROWTH); }
    public double locumPay() { return params.get(Parameters.LOCUM_PAY) * growth(Parameters.PAY_GROWTH); }
    public double outsideIncome() { return params.get(Parameters.OUTSIDE_INCOME) * growth(Parameters.PAY_GROWTH); }
    public double costIndex() { return growth(Parameters.COST_INFLATION); }

    /** Share of the 2015/16 MPIG still paid: cut by a fifth of it each April to 2020/21. */
    public double mpigFactor() {
        if (!params.getBoolean(Parameters.MPIG_WITHDRAWAL)) return 1;
        int y = contractYear();
        if (y <= 0) return 1;
        return Math.max(0, 5 - y) / 5.0;
    }
}
