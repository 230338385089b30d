package org.icosim.model.workforce;

import java.time.YearMonth;

import org.icosim.model.parameters.Parameters;
import org.icosim.model.world.Gp;
import org.icosim.model.world.Role;

/**
 * ODD 8.37, the New to Partnership Payment: from April 2020 to March 2023 a GP who is not a
 * partner and is offered a partnership sees the payment (£20,000 and up to £4,000 of on-costs for a
 * full-time partner, pro rata, for a five-year commitment) spread over the five years, as income per
 * FTE-year added to the partnership's profit share. Acts only when {@code newToPartnershipPayment}
 * is on.
 */
public final class NewToPartnershipPayment implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * Item {@code new_to_partnership_launch} (X108, X109, X137): £20,000 and up to £4,000 on-costs
     * for a full-time partner (the £3,000 training fund is not income and is left out); a five-year
     * commitment; for partners from 1 April 2020, extended to 2022/23 and due to end March 2023 (X110).
     */
    static final double PAYMENT = 20000;
    static final double ON_COSTS = 4000;
    static final int COMMITMENT_YEARS = 5;
    static final YearMonth FIRST = YearMonth.of(2020, 4);
    static final YearMonth LAST = YearMonth.of(2023, 3);

    private final boolean on;

    public NewToPartnershipPayment(Parameters params) {
        on = params.getBoolean(Parameters.NEW_TO_PARTNERSHIP);
    }

    public boolean on() { return on; }

    /** Whether {@code date} is in the scheme's years. */
    static boolean inScheme(YearMonth date) {
        return !date.isBefore(FIRST) && !date.isAfter(LAST);
    }

    /**
     * What the payment adds to a partnership's income per FTE-year for {@code gp} in {@code date}:
     * (PAYMENT + ON_COSTS) / COMMITMENT_YEARS for a GP who is not a partner now (taken as new to
     * partnership), in the scheme's years; else 0.
     */
    public double incomePerFteYear(Gp gp, YearMonth date) {
        if (!on || gp.role() == Role.PARTNER || !inScheme(date)) return 0;
        return (PAYMENT + ON_COSTS) / COMMITMENT_YEARS;
    }
}
