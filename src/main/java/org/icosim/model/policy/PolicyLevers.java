package org.icosim.model.policy;

import org.icosim.model.parameters.Parameters;
import org.icosim.model.parameters.PolicyPush;
import org.icosim.model.world.Calendar;

/**
 * ODD 8.17, the ICO policy's levers and their start month: whether the policy applies this month,
 * how hard it pushes, whether it mandates, whether new partnerships are still allowed, and ICO pay.
 * Read once when the model is built; a lever applies from its start month to the end of the run.
 */
public final class PolicyLevers implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private final Calendar calendar;
    private final PolicyPush push;
    private final double voluntaryPush;
    private final double start;
    private final boolean contractorKept;
    private final double premium;
    private final boolean hospitalLedOnly;

    public PolicyLevers(Parameters p, Calendar calendar) {
        this.calendar = calendar;
        push = p.getChoice(Parameters.POLICY_PUSH, PolicyPush.class);
        voluntaryPush = p.get(Parameters.VOLUNTARY_PUSH);
        start = p.get(Parameters.ICO_POLICY_START);
        contractorKept = p.getBoolean(Parameters.INDEPENDENT_CONTRACTOR_KEPT);
        premium = p.get(Parameters.ICO_SALARY_PREMIUM);
        hospitalLedOnly = p.getBoolean(Parameters.HOSPITAL_LED_ONLY);
    }

    /** Whether the ICO policy applies this month. */
    public boolean policyActive() {
        return push != PolicyPush.NONE && calendar.calendarMonth() >= start;
    }

    /** The push this month: 0 without a policy, {@link Parameters#VOLUNTARY_PUSH} for VOLUNTARY, 1 for STRONG and MANDATED. */
    public double pushLevel() {
        if (!policyActive()) return 0;
        return push == PolicyPush.VOLUNTARY ? voluntaryPush : 1;
    }

    /** Whether a MANDATED policy applies this month. */
    public boolean mandated() {
        return push == PolicyPush.MANDATED && policyActive();
    }

    /** Whether practices may take on new partners (false once a policy ends independent contractor status). */
    public boolean newPartnershipsAllowed() {
        return contractorKept || !policyActive();
    }

    /** Whether only hospital trusts may lead ICOs. */
    public boolean hospitalLedOnly() {
        return hospitalLedOnly;
    }

    /** Pay of an ICO's salaried GP, pounds per FTE-year: {@code salariedPay(t) * (1 + icoSalaryPremium)}. */
    public double icoPay() {
        return calendar.salariedPay() * (1 + premium);
    }
}
