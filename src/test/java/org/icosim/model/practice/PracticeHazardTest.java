package org.icosim.model.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.icosim.model.Submodels;
import org.icosim.model.WorldKit;
import org.icosim.model.parameters.Parameters;
import org.icosim.model.patients.Demography;
import org.icosim.model.world.Economy;
import org.icosim.model.world.Practice;
import org.icosim.model.world.PracticeStatus;
import org.icosim.model.world.Role;
import org.icosim.model.world.TrustKind;
import org.junit.jupiter.api.Test;

/**
 * ODD 8.25, a practice's hazard, on a town of three (100 patients an agent): p (10 km east, 20
 * agents), w (the origin, 40 agents, two partners: it absorbs p) and e (20 km east, 10 agents, one
 * partner: p would absorb it), each the others' neighbours; one acute trust.
 */
class PracticeHazardTest {

    private static final class Town {
        final WorldKit kit;
        final Practice p;
        final Practice w;
        final Practice e;
        final Submodels sub;

        Town(Parameters params, boolean partnerAtP, boolean trust) {
            kit = new WorldKit(params.set(Parameters.NEIGHBOURS, 2));
            Economy econ = kit.economy();
            p = kit.practice(econ, 10, 0);
            w = kit.practice(econ, 0, 0);
            e = kit.practice(econ, 20, 0);
            if (trust) kit.trust(econ, 12, 5, TrustKind.ACUTE);
            kit.patients(p, 30, Demography.LOW, 20);
            kit.patients(w, 30, Demography.LOW, 40);
            kit.patients(e, 30, Demography.LOW, 10);
            if (partnerAtP) kit.gp(p, Role.PARTNER, 1.0, 50); else kit.gp(p, Role.SALARIED, 0.6, 40);
            kit.gp(w, Role.PARTNER, 1.0, 50);
            kit.gp(w, Role.PARTNER, 1.0, 52);
            kit.gp(e, Role.PARTNER, 1.0, 55);
            kit.ready();
            sub = kit.submodels();
            sub.neighbours.rebuild(econ);
            sub.practicePhase();
        }

        double hazard() {
            return sub.hazard.endChance(p);
        }
    }

    private static Parameters params(double caretaker) {
        // A profit floor of 0 so that the town's practices are not failing unless a test says so.
        return new Parameters().set(Parameters.CARETAKER_PROBABILITY, caretaker).set(Parameters.PATIENT_SCALE, 100)
                .set(Parameters.PROFIT_FLOOR, 0);
    }

    /** The months p has been partnerless, as the vacancies submodel counts them. */
    private static void partnerlessFor(Practice p, int months) {
        p.setVacancies(p.openPosts(), p.offersPartnership(), p.offersSalaried(), months);
    }

    @Test
    void aPartnerlessPracticeEndsUnlessNoNeighbourTakesItOverAndACaretakerRunsIt() {
        Town t = new Town(params(0.3), false, true);
        int due = t.kit.world.params().getInt(Parameters.HAND_BACK_MONTHS);
        // At the end of month 2, a quarter's end whose decisions are over, the next decision is 3 months away.
        t.kit.world.calendar().setMonth(2);
        partnerlessFor(t.p, due - 4);
        assertEquals(0, t.hazard(), 0, "still short of the hand-back months at the next decision");
        assertFalse(t.sub.hazard.reconsiders(t.p));
        partnerlessFor(t.p, due - 3);
        assertTrue(t.sub.hazard.reconsiders(t.p), "due at the next decision if no partner joins");
        // w and e could take it over, each agreeing with the logistic of its takeover value.
        double vw = PracticeValues.takeoverValue(t.w, t.p, t.sub.practiceContext);
        double ve = PracticeValues.takeoverValue(t.e, t.p, t.sub.practiceContext);
        double noTakeover = 1 / (1 + Math.exp(vw)) * (1 / (1 + Math.exp(ve)));
        assertEquals(1 - noTakeover * 0.3, t.hazard(), 1e-12);
    }

    @Test
    void theNextDecisionIsAtTheNextQuarterEnd() {
        Town t = new Town(params(0.3), false, true);
        int[] expected = {2, 1, 3, 2, 1, 3};
        for (int month = 0; month < expected.length; month++) {
            t.kit.world.calendar().setMonth(month);
            assertEquals(expected[month], t.sub.hazard.monthsToDecision(), "month " + month);
        }
    }

    @Test
    void withNoNeighbourToTakeItOverItClosesUnlessACaretakerTakesIt() {
        Town t = new Town(params(0.3), false, true);
        partnerlessFor(t.p, t.kit.world.params().getInt(Parameters.HAND_BACK_MONTHS));
        t.w.setStatus(PracticeStatus.TRUST_RUN);
        t.e.setStatus(PracticeStatus.TRUST_RUN);
        assertEquals(0.7, t.hazard(), 1e-15, "closes with probability 1 - caretakerProbability");
        Town none = new Town(params(0.3), false, false);
        partnerlessFor(none.p, none.kit.world.params().getInt(Parameters.HAND_BACK_MONTHS));
        none.w.setStatus(PracticeStatus.TRUST_RUN);
        none.e.setStatus(PracticeStatus.TRUST_RUN);
        assertEquals(1, none.hazard(), 0, "no trust to run it: it closes");
    }

    @Test
    void aTriggeredPracticeEndsWhenItChoosesAMergerIntoALargerNeighbourThatAgrees() {
        Town t = new Town(params(0.3), true, true);
        assertFalse(DecisionTriggers.triggered(t.p, t.kit.world.params()), "a healthy single-handed practice: " + t.p);
        assertEquals(0, t.hazard(), 0, "nothing triggers a decision");
        t.p.partnerLost();
        assertTrue(t.sub.hazard.reconsiders(t.p));
        PracticeMoveRule.Context c = t.sub.practiceContext;
        // Options: stay (0), federate, merge with w (w absorbs p), merge with e (p absorbs e: p goes on).
        double fed = PracticeValues.federationValue(t.p, c);
        double withW = PracticeValues.mergerValue(t.p, t.w, c);
        double withE = PracticeValues.mergerValue(t.p, t.e, c);
        double wAgrees = 1 / (1 + Math.exp(-PracticeValues.mergerValue(t.w, t.p, c)));
        double expected = Math.exp(withW) / (1 + Math.exp(fed) + Math.exp(withW) + Math.exp(withE)) * wAgrees;
        assertEquals(expected, t.hazard(), 1e-12);
        assertTrue(expected > 0 && expected < 1, "a real chance: " + expected);
    }

    @Test
    void whenTheSmallerListMayGoOnAMergerEndsPEitherWay() {
        double s = 0.25;
        Town t = new Town(params(0.3).set(Parameters.MERGER_SMALLER_SURVIVES, s), true, true);
        t.p.partnerLost();
        PracticeMoveRule.Context c = t.sub.practiceContext;
        double fed = PracticeValues.federationValue(t.p, c);
        double withW = PracticeValues.mergerValue(t.p, t.w, c);
        double withE = PracticeValues.mergerValue(t.p, t.e, c);
        double wAgrees = 1 / (1 + Math.exp(-PracticeValues.mergerValue(t.w, t.p, c)));
        double eAgrees = 1 / (1 + Math.exp(-PracticeValues.mergerValue(t.e, t.p, c)));
        double all = 1 + Math.exp(fed) + Math.exp(withW) + Math.exp(withE);
        // into the larger w, p ends unless it goes on (1 - s); with the smaller e, p ends when e goes on (s)
        double expected = (Math.exp(withW) * wAgrees * (1 - s) + Math.exp(withE) * eAgrees * s) / all;
        assertEquals(expected, t.hazard(), 1e-12);
        Town always = new Town(params(0.3).set(Parameters.MERGER_SMALLER_SURVIVES, 1.0), true, true);
        always.p.partnerLost();
        double onlyE = Math.exp(withE) * eAgrees / all;
        assertEquals(onlyE, always.hazard(), 1e-12, "the smaller always goes on: only the merger with e ends p");
    }

    @Test
    void readingTheHazardDrawsNoRandomNumberAndAnEndedPracticeHasNone() {
        Town read = new Town(params(0.3), true, true);
        Town untouched = new Town(params(0.3), true, true);
        read.p.partnerLost();
        untouched.p.partnerLost();
        for (int i = 0; i < 3; i++) read.hazard();
        assertEquals(untouched.kit.world.random().nextDouble(), read.kit.world.random().nextDouble(), 0);
        read.p.end(PracticeStatus.CLOSED, 3);
        assertEquals(0, read.hazard(), 0);
        assertFalse(read.sub.hazard.reconsiders(read.p));
    }

    @Test
    void aRunPracticeWithNoGpForTheHandBackMonthsWillBeGivenUp() {
        Town t = new Town(params(0.3), false, true);
        t.p.setStatus(PracticeStatus.TRUST_RUN);
        for (var gp : t.kit.world.network().staffOf(t.p)) t.kit.world.network().unemploy(gp);
        t.sub.capacity.readStaff(t.p);
        int due = t.kit.world.params().getInt(Parameters.HAND_BACK_MONTHS);
        for (int m = 0; m < due; m++) t.p.setVacancies(1, false, true, 0);
        assertEquals(1, t.hazard(), 0);
    }
}
