package org.icosim.model.parameters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Values each in range that cannot run together are reported, with what was expected, before anything is built. */
class ConsistencyTest {

    @Test
    void theDefaultsAreConsistent() {
        assertTrue(Consistency.problems(new Parameters()).isEmpty());
    }

    @Test
    void everyEconomyNeedsAPracticeAndAnAcuteTrust() {
        Parameters p = new Parameters().set(Parameters.ECONOMIES, 5).set(Parameters.TRUSTS, 3).set(Parameters.PRACTICES, 4);
        assertEquals(List.of("practices: got 4, expected at least economies (5)",
                "trusts: got 3, expected at least economies (5): every economy needs an acute trust"), Consistency.problems(p));
    }

    @Test
    void theRiskTiersCannotTakeMoreThanNinetyPerCentOfAdults() {
        Parameters p = new Parameters().set(Parameters.HIGH_RISK_SHARE, 0.3).set(Parameters.RISING_RISK_SHARE, 0.7);
        assertEquals(List.of("risingRiskShare: got 0.7, expected at most 0.9 - highRiskShare"), Consistency.problems(p));
        assertTrue(Consistency.problems(p.set(Parameters.RISING_RISK_SHARE, 0.5)).isEmpty());
    }

    @Test
    void theYearOfCareCannotPayOutMoreThanItself() {
        Parameters overspent = new Parameters().set(Parameters.ALLIANCE_TARIFF_SHARE, 0.5).set(Parameters.ICO_GP_BUDGET_SHARE, 0.6);
        assertEquals(List.of("icoGpBudgetShare: got 0.6, expected at most 1 - allianceTariffShare (0.5):"
                + " the year-of-care income cannot pay out more than itself"), Consistency.problems(overspent));
        assertTrue(Consistency.problems(overspent.set(Parameters.ICO_GP_BUDGET_SHARE, 0.5)).isEmpty());
    }

    /** Values the builder would have to override to run are refused, not silently changed. */
    @Test
    void anEconomyWithoutAnAcuteTrustIsRefused() {
        Parameters noAcute = new Parameters().set(Parameters.ECONOMIES, 2).set(Parameters.TRUSTS, 6)
                .set(Parameters.ACUTE_TRUST_SHARE, 0.1);
        assertEquals(List.of("acuteTrustShare: got 0.1, expected at least 0.16666666666666666 so that every economy"
                + " (the smallest has 3 trusts) has an acute trust"), Consistency.problems(noAcute));
        assertTrue(Consistency.problems(noAcute.set(Parameters.ACUTE_TRUST_SHARE, 0.17)).isEmpty(),
                "round(3 x 0.17) = 1 acute trust in each economy");
    }

    @Test
    void aPracticeOfTheMeanListNeedsTwentyPatientAgents() {
        Parameters fewAgents = new Parameters().set(Parameters.MEAN_LIST_SIZE, 8000).set(Parameters.PATIENT_SCALE, 401);
        assertEquals(List.of("patientScale: got 401, expected at most 400 so that a practice of the mean list (8000"
                + " patients) has at least 20 patient agents"), Consistency.problems(fewAgents));
        assertTrue(Consistency.problems(fewAgents.set(Parameters.PATIENT_SCALE, 400)).isEmpty(), "8000 / 400 = 20 agents");
    }
}
