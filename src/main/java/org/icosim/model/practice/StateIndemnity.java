package org.icosim.model.practice;

import java.time.YearMonth;

import org.icosim.model.parameters.Parameters;

/**
 * ODD 8.36, state indemnity: until March 2019 a practice bears its partners' clinical negligence
 * indemnity ({@code indemnityCostPerFte} per partner FTE, rising by {@code indemnityInflation} each
 * April), and in 2016/17 and 2017/18 it receives the indemnity support payments per registered
 * patient; from 1 April 2019 the Clinical Negligence Scheme for General Practice covers the cost.
 * Acts only when {@code stateIndemnity} is on.
 */
public final class StateIndemnity implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    /** Start of the state scheme (item {@code cnsgp_state_indemnity_start}, X106, X37): 1 April 2019. */
    static final YearMonth CNSGP_START = YearMonth.of(2019, 4);
    /**
     * Indemnity support payments, pence per registered patient, 2016/17 and 2017/18 (item
     * {@code gp_indemnity_support_payment}: £30M, 51.6p, X107, X136; £60M, 101.7p, X107); paid in
     * March for the year, taken here as an annual rate over the contract year. The 2018/19 amount
     * was not found (X3) and is taken as 0.
     */
    static final double SUPPORT_2016_PENCE = 51.6;
    static final double SUPPORT_2017_PENCE = 101.7;

    private final boolean on;
    private final double costPerFte;
    private final double inflation;

    public StateIndemnity(Parameters params) {
        on = params.getBoolean(Parameters.STATE_INDEMNITY);
        costPerFte = params.get(Parameters.INDEMNITY_COST);
        inflation = params.get(Parameters.INDEMNITY_INFLATION);
    }

    public boolean on() { return on; }

    private static int contractYear(YearMonth date) {
        return date.getYear() - (date.getMonthValue() < 4 ? 1 : 0) - 2015;
    }

    /** Indemnity a practice pays for {@code partnerFte} in {@code date}, pounds a year: 0 from April 2019. */
    public double cost(double partnerFte, YearMonth date) {
        if (!date.isBefore(CNSGP_START)) return 0;
        int y = Math.max(0, contractYear(date));
        return costPerFte * StrictMath.pow(1 + inflation, y) * partnerFte;
    }

    /** Indemnity support paid for a list of {@code patients} in {@code date}, pounds a year. */
    public static double support(double patients, YearMonth date) {
        switch (contractYear(date)) {
            case 1: return SUPPORT_2016_PENCE / 100 * patients;
            case 2: return SUPPORT_2017_PENCE / 100 * patients;
            default: return 0;
        }
    }
}
