package org.icosim.model.workforce;

import java.time.YearMonth;

import org.icosim.model.parameters.Parameters;
import org.icosim.model.world.Gp;
import org.icosim.model.world.Practice;
import org.icosim.model.world.Role;
import org.icosim.model.world.World;
import org.icosim.network.Node;

/**
 * ODD 8.38, the NHS pension annual allowance: a partner aged {@code pensionMinAge} or more whose
 * profit share passes the taper thresholds of the tax year has its annual allowance tapered; its
 * pension input above the allowance is charged at {@code pensionTaxRate}; the charge multiplies its
 * exit hazard (8.10) by {@code exp(pensionExitEffect x charge / 10,000)}. Charges of 2019/20 are
 * compensated from November 2019. Acts only when {@code pensionAnnualAllowance} is on.
 */
public final class PensionAllowance implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    /** Item {@code pension_annual_allowance}: £40,000 to 2022/23 (X99, X100), £60,000 from 6 April 2023 (X101). */
    static final double ALLOWANCE_TO_2023 = 40000;
    static final double ALLOWANCE_FROM_2023 = 60000;
    /** Taper from 6 April 2016 (X99, X100): threshold income £110,000, adjusted income £150,000, minimum £10,000. */
    static final double THRESHOLD_2016 = 110000, ADJUSTED_2016 = 150000, MINIMUM_2016 = 10000;
    /** From 6 April 2020 (X100): £200,000, £240,000, minimum £4,000. */
    static final double THRESHOLD_2020 = 200000, ADJUSTED_2020 = 240000, MINIMUM_2020 = 4000;
    /** From 6 April 2023 (X100, X101): threshold stays £200,000; adjusted £260,000; minimum £10,000. */
    static final double ADJUSTED_2023 = 260000, MINIMUM_2023 = 10000;
    /** The allowance falls by £1 for every £2 of adjusted income above the limit (X99). */
    static final double TAPER_RATE = 0.5;
    /** 2019/20 charges compensated (item {@code nhs_aa_charge_compensation_2019_20}, X104, X105): announced November 2019. */
    static final YearMonth COMPENSATED_FROM = YearMonth.of(2019, 11);
    static final YearMonth COMPENSATED_TO = YearMonth.of(2020, 3);
    /** Charge unit of the effect: £10,000 a year. */
    static final double CHARGE_UNIT = 10000;

    private final World world;
    private final boolean on;
    private final double inputShare;
    private final double taxRate;
    private final double exitEffect;
    private final double minAge;

    public PensionAllowance(World world) {
        this.world = world;
        Parameters p = world.params();
        on = p.getBoolean(Parameters.PENSION_ALLOWANCE);
        inputShare = p.get(Parameters.PENSION_INPUT_SHARE);
        taxRate = p.get(Parameters.PENSION_TAX_RATE);
        exitEffect = p.get(Parameters.PENSION_EXIT_EFFECT);
        minAge = p.get(Parameters.PENSION_MIN_AGE);
    }

    public boolean on() { return on; }

    /** Tax year (April to March) of {@code date}, as the calendar year it begins in (2015 at the earliest). */
    private static int taxYear(YearMonth date) {
        return Math.max(2015, date.getYear() - (date.getMonthValue() < 4 ? 1 : 0));
    }

    /** The annual allowance in {@code date} of a GP with threshold income {@code income} and adjusted income {@code adjusted}. */
    static double allowance(double income, double adjusted, YearMonth date) {
        int year = taxYear(date);
        if (year < 2016) return ALLOWANCE_TO_2023;
        double full = year >= 2023 ? ALLOWANCE_FROM_2023 : ALLOWANCE_TO_2023;
        double threshold = year >= 2020 ? THRESHOLD_2020 : THRESHOLD_2016;
        double limit = year >= 2023 ? ADJUSTED_2023 : year >= 2020 ? ADJUSTED_2020 : ADJUSTED_2016;
        double minimum = year >= 2023 ? MINIMUM_2023 : year >= 2020 ? MINIMUM_2020 : MINIMUM_2016;
        if (income <= threshold || adjusted <= limit) return full;
        return Math.max(minimum, full - TAPER_RATE * (adjusted - limit));
    }

    /**
     * The annual allowance charge, pounds a year, of a partner with profit share {@code profit} in
     * {@code date}: input = pensionInputShare x profit; allowance from threshold income = profit and
     * adjusted income = profit + input; charge = pensionTaxRate x max(0, input - allowance); 0 while
     * the 2019/20 charges are compensated.
     */
    public double charge(double profit, YearMonth date) {
        if (!date.isBefore(COMPENSATED_FROM) && !date.isAfter(COMPENSATED_TO)) return 0;
        double input = inputShare * Math.max(0, profit);
        double allowance = allowance(profit, profit + input, date);
        return taxRate * Math.max(0, input - allowance);
    }

    /** Multiplier of {@code gp}'s exit hazard: 1 unless it is a partner of at least the minimum age with a charge. */
    public double exitFactor(Gp gp) {
        if (!on || gp.role() != Role.PARTNER || gp.age() < minAge) return 1;
        Node employer = world.network().employerOf(gp);
        if (!(employer instanceof Practice)) return 1;
        double c = charge(((Practice) employer).profitPerPartner(), world.calendar().date());
        return c > 0 ? StrictMath.exp(exitEffect * c / CHARGE_UNIT) : 1;
    }
}
