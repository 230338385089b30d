package org.icosim.model.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;

import org.icosim.model.parameters.Parameter;
import org.icosim.model.parameters.Parameters;
import org.icosim.model.parameters.PolicyPush;
import org.icosim.model.world.Calendar;
import org.junit.jupiter.api.Test;

/** ODD 8.17: the ICO policy's levers, from their start month to the end of the run. */
class PolicyLeversTest {

    /** A run starting in April 2015 whose ICO policy starts in April 2016. */
    private static Parameters fromApril2016(PolicyPush push) {
        return new Parameters().set(Parameters.POLICY_PUSH, push.ordinal())
                .set(Parameters.ICO_POLICY_START, Parameter.monthIndex(2016, 4));
    }

    private static final class Run {
        final Calendar calendar;
        final PolicyLevers levers;

        Run(Parameters p) {
            calendar = new Calendar(YearMonth.of(2015, 4), p);
            levers = new PolicyLevers(p, calendar);
        }

        Run at(int month) {
            calendar.setMonth(month);
            return this;
        }
    }

    @Test
    void withoutAPushThePolicyNeverApplies() {
        Run r = new Run(fromApril2016(PolicyPush.NONE));
        for (int m : new int[] {0, 12, 120}) {
            r.at(m);
            assertFalse(r.levers.policyActive());
            assertEquals(0, r.levers.pushLevel());
            assertFalse(r.levers.mandated());
            assertTrue(r.levers.newPartnershipsAllowed());
        }
    }

    @Test
    void eachPushAppliesFromTheStartMonthAtItsLevel() {
        double[] level = {0, 0.3, 1, 1};
        for (PolicyPush push : PolicyPush.values()) {
            Run r = new Run(fromApril2016(push));
            r.at(11); // March 2016
            assertFalse(r.levers.policyActive(), push + " before its start");
            assertEquals(0, r.levers.pushLevel());
            assertFalse(r.levers.mandated());
            r.at(12); // April 2016
            assertEquals(push != PolicyPush.NONE, r.levers.policyActive(), push.toString());
            assertEquals(level[push.ordinal()], r.levers.pushLevel(), 0.0, push.toString());
            assertEquals(push == PolicyPush.MANDATED, r.levers.mandated(), push.toString());
            r.at(100);
            assertEquals(push != PolicyPush.NONE, r.levers.policyActive(), push + " to the end of the run");
        }
        Run voluntary = new Run(fromApril2016(PolicyPush.VOLUNTARY).set(Parameters.VOLUNTARY_PUSH, 0.7)).at(12);
        assertEquals(0.7, voluntary.levers.pushLevel(), 0.0);
    }

    @Test
    void endingContractorStatusBarsNewPartnershipsOnlyWhileThePolicyApplies() {
        Run kept = new Run(fromApril2016(PolicyPush.STRONG)).at(12);
        assertTrue(kept.levers.newPartnershipsAllowed());
        Run ended = new Run(fromApril2016(PolicyPush.STRONG).set(Parameters.INDEPENDENT_CONTRACTOR_KEPT, 0));
        assertTrue(ended.at(11).levers.newPartnershipsAllowed(), "before the start");
        assertFalse(ended.at(12).levers.newPartnershipsAllowed());
        Run noPolicy = new Run(fromApril2016(PolicyPush.NONE).set(Parameters.INDEPENDENT_CONTRACTOR_KEPT, 0)).at(12);
        assertTrue(noPolicy.levers.newPartnershipsAllowed(), "the lever acts through the policy only");
    }

    @Test
    void icoPayIsSalariedPayWithThePremiumAndRisesEachApril() {
        Run r = new Run(fromApril2016(PolicyPush.NONE));
        assertEquals(78800 * 1.05, r.at(0).levers.icoPay(), 1e-9);          // £82,740 in 2015/16
        assertEquals(78800 * 1.01 * 1.05, r.at(12).levers.icoPay(), 1e-9);  // £83,567.40 in 2016/17
        Run cut = new Run(fromApril2016(PolicyPush.NONE).set(Parameters.ICO_SALARY_PREMIUM, -0.1));
        assertEquals(78800 * 0.9, cut.at(0).levers.icoPay(), 1e-9);
    }

    @Test
    void theLeadershipRuleIsPassedOn() {
        assertTrue(new Run(new Parameters()).levers.hospitalLedOnly());
        assertFalse(new Run(new Parameters().set(Parameters.HOSPITAL_LED_ONLY, 0)).levers.hospitalLedOnly());
    }
}
