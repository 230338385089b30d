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
    private final MoneyAsItHappened asItHappened;
    private int month;
    // this month's date and prices, worked out once when the month is set (they are read per practice)
    private YearMonth date;
    private int contractYear;
    private double globalSum;
    private double salariedPay;
    private double locumPay;
    private double outsideIncome;
    private double costIndex;

    public Calendar(YearMonth start, Parameters params) {
        this.start = start;
        this.params = params;
        this.asItHappened = new MoneyAsItHappened(params);
        setMonth(0);
    }

    /** Phase 0 of each month: the schedule's step count. */
    public void setMonth(int monthsSinceStart) {
        this.month = monthsSinceStart;
        this.date = start.plusMonths(monthsSinceStart);
        this.contractYear = date.getYear() - (date.getMonthValue() < 4 ? 1 : 0) - 2015;
        if (asItHappened.on()) {
            setPricesAsTheyHappened();
            return;
        }
        globalSum = params.get(Parameters.GLOBAL_SUM) * growth(Parameters.GLOBAL_SUM_GROWTH);
        salariedPay = params.get(Parameters.SALARIED_PAY) * growth(Parameters.PAY_GROWTH);
        locumPay = params.get(Parameters.LOCUM_PAY) * growth(Parameters.PAY_GROWTH);
        outsideIncome = params.get(Parameters.OUTSIDE_INCOME) * growth(Parameters.PAY_GROWTH);
        costIndex = growth(Parameters.COST_INFLATION);
    }

    /** The prices of 8.35: the published series as indices on the starting values. */
    private void setPricesAsTheyHappened() {
        globalSum = params.get(Parameters.GLOBAL_SUM) * asItHappened.globalSumIndex(date);
        double pay = asItHappened.payIndex(date);
        salariedPay = params.get(Parameters.SALARIED_PAY) * pay;
        locumPay = params.get(Parameters.LOCUM_PAY) * pay;
        outsideIncome = params.get(Parameters.OUTSIDE_INCOME) * pay;
        costIndex = asItHappened.costIndex(date);
    }

    /** Months since the start: 0 during the first month. */
    public int month() { return month; }

    public YearMonth start() { return start; }

    /** The calendar month being simulated. */
    public YearMonth date() { return date; }

    /** The calendar month as the value of a month parameter: year x 12 + month - 1. */
    public double calendarMonth() {
        YearMonth d = date();
        return Parameter.monthIndex(d.getYear(), d.getMonthValue());
    }

    /** 0 for January ... 11 for December. */
    public int monthOfYear() { return date().getMonthValue() - 1; }

    /** Contract years since 2015/16 (April to March): 0 for April 2015 to March 2016. */
    public int contractYear() { return contractYear; }

    /** Practice decisions are quarterly, in the last month of each quarter of the run. */
    public boolean isQuarterEnd() { return month % 3 == 2; }

    /** Years since April 2015 as a fraction, for schedules that rise smoothly. */
    public double yearsSince2015() {
        YearMonth d = date();
        return (d.getYear() - 2015) + (d.getMonthValue() - 4) / 12.0;
    }

    // ---------------------------------------------------------------- prices

    private double growth(Parameter rate) {
        return StrictMath.pow(1 + params.get(rate), contractYear);
    }

    /** Global sum per weighted patient, pounds a year: {@code globalSumPerPatient (1 + globalSumGrowth)^y}. */
    public double globalSum() { return globalSum; }
    public double salariedPay() { return salariedPay; }
    public double locumPay() { return locumPay; }
    public double outsideIncome() { return outsideIncome; }
    public double costIndex() { return costIndex; }

    /** Share of the 2015/16 MPIG still paid: cut by a fifth of it each April to 2020/21. */
    public double mpigFactor() {
        if (!params.getBoolean(Parameters.MPIG_WITHDRAWAL)) return 1;
        int y = contractYear();
        if (y <= 0) return 1;
        return Math.max(0, 5 - y) / 5.0;
    }
}
