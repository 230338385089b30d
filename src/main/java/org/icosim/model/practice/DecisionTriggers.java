package org.icosim.model.practice;

import org.icosim.model.parameters.ParameterValues;
import org.icosim.model.parameters.Parameters;
import org.icosim.model.world.Practice;

/**
 * What makes a practice's partners reconsider its organisation at a quarter's decision (ODD 8.13):
 * a partner left this quarter, or the practice is failing. ICOs offer to absorb failing practices
 * (8.20).
 */
public final class DecisionTriggers {

    /** Months a post stays unfilled before partners reconsider the practice's organisation (assumption). */
    public static final int VACANCY_TRIGGER_MONTHS = 6;

    private DecisionTriggers() {
    }

    /** A partner left this quarter, or the practice is failing. */
    public static boolean triggered(Practice p, ParameterValues params) {
        return p.partnersLostThisQuarter() > 0 || failing(p, params);
    }

    /**
     * A failing practice: a post unfilled for six months, profit per partner under the floor, or
     * partners burnt out (mean burnout above {@link Parameters#BURNOUT_QUIT}).
     */
    public static boolean failing(Practice p, ParameterValues params) {
        return p.vacancyMonths() >= VACANCY_TRIGGER_MONTHS
                || p.profitPerPartner() < params.get(Parameters.PROFIT_FLOOR)
                || p.meanPartnerBurnout() > params.get(Parameters.BURNOUT_QUIT);
    }
}
