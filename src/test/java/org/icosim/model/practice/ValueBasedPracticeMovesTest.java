package org.icosim.model.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Function;

import org.icosim.model.parameters.Parameter;
import org.icosim.model.parameters.Parameters;
import org.icosim.model.parameters.PolicyPush;
import org.icosim.model.world.Practice;
import org.junit.jupiter.api.Test;

/**
 * The value-based rule of ODD 8.13 and 8.20 on {@link ValuesWorld}: which options a practice
 * weighs (counted by the Gumbel draws, and ordered by scripted draws), and, over many seeds, that
 * it chooses each with its logit probability. Values used (worked in {@link PracticeValuesTest}):
 * V_fed(s) = 0.49, V_mrg(s, g) = -1.4375, V_mrg(g, s) = -4.9375, V_all(s, hospital-led) = 0,
 * V_abs(s) = 1.5, V_take(g, h) = -1.5667.
 */
class ValueBasedPracticeMovesTest {

    private static final int SEEDS = 2000;

    private final ValueBasedPracticeMoves rule = new ValueBasedPracticeMoves();

    @Test
    void aPracticeThatNothingTriggersAndNoOfferReachesStaysWithoutADraw() {
        ValuesWorld v = new ValuesWorld();
        DrawingContext c = DrawingContext.seeded(v.context(), 1);
        assertSame(PracticeMove.STAY, rule.choose(v.s, c));
        assertEquals(0, c.draws);
    }

    @Test
    void aTriggeredIndependentPracticeWeighsStayingFederatingAndEachNeighbourItCanMergeWith() {
        ValuesWorld v = new ValuesWorld();
        v.s.partnerLost();
        DrawingContext c = DrawingContext.seeded(v.context(), 1);
        rule.choose(v.s, c);
        assertEquals(3, c.draws, "stay, federate, merge with g (m, an alliance member, cannot merge)");

        // the draws are taken in the order stay, federate, merge with g
        assertSame(PracticeMove.FEDERATE, rule.choose(v.s, DrawingContext.scripted(v.context(), 0, 0, 0)), "0.49 beats 0 and -1.44");
        assertSame(PracticeMove.STAY, rule.choose(v.s, DrawingContext.scripted(v.context(), 1, 0, 0)));
        PracticeMove merge = rule.choose(v.s, DrawingContext.scripted(v.context(), 0, 0, 2));
        assertEquals(PracticeMove.Kind.MERGE, merge.kind());
        assertSame(v.g, merge.partner());
    }

    @Test
    void withMembersMayMergeAnAllianceMemberIsOneMoreMergerOptionAndMayAgree() {
        ValuesWorld v = new ValuesWorld(ValuesWorld.params().set(Parameters.ICO_MEMBERS_MAY_MERGE, 1));
        v.s.partnerLost();
        DrawingContext c = DrawingContext.seeded(v.context(), 1);
        rule.choose(v.s, c);
        assertEquals(4, c.draws, "stay, federate, merge with g, merge with m (an alliance member)");
        PracticeMove merge = rule.choose(v.s, DrawingContext.scripted(v.context(), 0, 0, 0, 9));
        assertEquals(PracticeMove.Kind.MERGE, merge.kind());
        assertSame(v.m, merge.partner());
        // m answers like any partnership: yes when its value beats the draw.
        assertTrue(rule.acceptsMerger(v.m, v.s, DrawingContext.scripted(v.context(), 50, 0)));
        assertFalse(rule.acceptsMerger(v.m, v.s, DrawingContext.scripted(v.context(), -50, 0)));
    }

    @Test
    void aFederatedPracticeDoesNotWeighFederating() {
        ValuesWorld v = new ValuesWorld();
        v.g.partnerLost();
        DrawingContext c = DrawingContext.seeded(v.context(), 1);
        rule.choose(v.g, c);
        assertEquals(2, c.draws, "stay and merge with s");
    }

    @Test
    void anOfferAloneMakesAPracticeReconsiderButNotMerge() {
        ValuesWorld v = new ValuesWorld();
        v.s.offerAlliance(v.ico);
        DrawingContext c = DrawingContext.seeded(v.context(), 1);
        rule.choose(v.s, c);
        assertEquals(3, c.draws, "stay, federate, join the ICO; no merger without a trigger");
        // order: stay, federate, join
        PracticeMove join = rule.choose(v.s, DrawingContext.scripted(v.context(), 0, 0, 1));
        assertEquals(PracticeMove.Kind.JOIN_ICO, join.kind());
        assertSame(v.ico, join.ico());

        v.s.partnerLost();
        DrawingContext triggered = DrawingContext.seeded(v.context(), 1);
        rule.choose(v.s, triggered);
        assertEquals(4, triggered.draws, "stay, federate, merge with g, join");
        assertEquals(PracticeMove.Kind.JOIN_ICO, rule.choose(v.s, DrawingContext.scripted(v.context(), 0, 0, 0, 1)).kind());
    }

    @Test
    void anAbsorptionOfferAddsTheAbsorptionAfterTheAlliance() {
        ValuesWorld v = new ValuesWorld();
        v.s.offerAlliance(v.ico);
        v.s.offerAbsorption(v.ico);
        DrawingContext c = DrawingContext.seeded(v.context(), 1);
        rule.choose(v.s, c);
        assertEquals(4, c.draws, "stay, federate, join, absorption");
        PracticeMove absorbed = rule.choose(v.s, DrawingContext.scripted(v.context(), 0, 0, 0, 0));
        assertEquals(PracticeMove.Kind.ICO_ABSORPTION, absorbed.kind(), "1.5 is the best value");
        assertSame(v.ico, absorbed.ico());
        assertEquals(PracticeMove.Kind.JOIN_ICO, rule.choose(v.s, DrawingContext.scripted(v.context(), 0, 0, 2, 0)).kind());
    }

    @Test
    void aTriggeredAllianceMemberMayLeaveItsIcoAndIgnoresAnAllianceOffer() {
        ValuesWorld v = new ValuesWorld();
        v.m.partnerLost();
        v.m.offerAlliance(v.ico);
        DrawingContext c = DrawingContext.seeded(v.context(), 1);
        rule.choose(v.m, c);
        // m's neighbours s and g can both merge; it is in an ICO already, so no alliance option
        assertEquals(4, c.draws, "stay, merge with s, merge with g, leave");
        assertSame(PracticeMove.LEAVE_ICO, rule.choose(v.m, DrawingContext.scripted(v.context(), -9, -9, -9, 9)));

        ValuesWorld untriggered = new ValuesWorld();
        untriggered.m.offerAbsorption(untriggered.ico);
        DrawingContext d = DrawingContext.seeded(untriggered.context(), 1);
        rule.choose(untriggered.m, d);
        assertEquals(2, d.draws, "an untriggered member weighs only the absorption");
    }

    // ---------------------------------------------------------------- logit frequencies over seeds

    /** Frequency of choices satisfying {@code isIt} over {@link #SEEDS} seeds, against {@code p} within 4 standard errors. */
    private static void assertFrequency(double p, Function<Long, Boolean> isIt, String what) {
        int hits = 0;
        for (long seed = 1; seed <= SEEDS; seed++) if (isIt.apply(seed)) hits++;
        double se = Math.sqrt(p * (1 - p) / SEEDS);
        double freq = (double) hits / SEEDS;
        assertTrue(Math.abs(freq - p) <= 4 * se, what + ": frequency " + freq + ", logit probability " + p + ", 4 SE " + 4 * se);
    }

    @Test
    void aTriggeredPracticeChoosesEachOptionWithItsLogitProbability() {
        ValuesWorld v = new ValuesWorld();
        v.s.partnerLost();
        double vFed = PracticeValues.federationValue(v.s, v.context());
        double vMerge = PracticeValues.mergerValue(v.s, v.g, v.context());
        assertEquals(0.49, vFed, 1e-9);
        assertEquals(-1.4375, vMerge, 1e-9);
        double sum = 1 + Math.exp(vFed) + Math.exp(vMerge);
        assertFrequency(1 / sum, seed -> rule.choose(v.s, DrawingContext.seeded(v.context(), seed)) == PracticeMove.STAY, "stay");
        assertFrequency(Math.exp(vFed) / sum,
                seed -> rule.choose(v.s, DrawingContext.seeded(v.context(), seed)) == PracticeMove.FEDERATE, "federate");
        assertFrequency(Math.exp(vMerge) / sum,
                seed -> rule.choose(v.s, DrawingContext.seeded(v.context(), seed)).kind() == PracticeMove.Kind.MERGE, "merge");
    }

    @Test
    void theOtherSideAgreesToAMergerOrTakeoverWithTheBinaryLogitProbability() {
        ValuesWorld v = new ValuesWorld();
        double vMerge = PracticeValues.mergerValue(v.g, v.s, v.context()); // g answering s's proposal
        assertEquals(-4.9375, vMerge, 1e-9);
        assertFrequency(1 / (1 + Math.exp(-vMerge)), seed -> rule.acceptsMerger(v.g, v.s, DrawingContext.seeded(v.context(), seed)),
                "accepts merger");
        double vTake = PracticeValues.takeoverValue(v.g, v.h, v.context());
        assertFrequency(1 / (1 + Math.exp(-vTake)), seed -> rule.takesOver(v.g, v.h, DrawingContext.seeded(v.context(), seed)),
                "takes over");
        // s, independent with a partner, asked by h to found a federation
        double vFed = PracticeValues.federationValue(v.s, v.context());
        assertFrequency(1 / (1 + Math.exp(-vFed)), seed -> rule.acceptsFederation(v.s, v.h, DrawingContext.seeded(v.context(), seed)),
                "accepts federation");
    }

    @Test
    void onlyPracticesThatCanMergeAreAskedToAgreeAndOnlyIndependentOnesToFederate() {
        ValuesWorld v = new ValuesWorld();
        for (long seed = 1; seed <= 50; seed++) {
            DrawingContext c = DrawingContext.seeded(v.context(), seed);
            assertTrue(!rule.acceptsMerger(v.m, v.s, c) && !rule.acceptsMerger(v.h, v.s, c), "an alliance member, a partnerless practice");
            assertTrue(!rule.takesOver(v.m, v.h, c) && !rule.takesOver(v.h, v.s, c));
            assertTrue(!rule.acceptsFederation(v.g, v.s, c) && !rule.acceptsFederation(v.h, v.s, c) && !rule.acceptsFederation(v.m, v.s, c),
                    "a federated practice, a partnerless one, an alliance member");
            assertEquals(0, c.draws, "refused without a draw");
        }
    }

    @Test
    void underAMandateRefusingAnAbsorptionCostsTheRefusalCost() {
        Parameters mandated = ValuesWorld.params()
                .set(Parameters.POLICY_PUSH, PolicyPush.MANDATED.ordinal())
                .set(Parameters.ICO_POLICY_START, Parameter.monthIndex(2015, 4))
                .set(Parameters.MANDATE_REFUSAL_COST, 4);
        for (boolean mandate : new boolean[] {false, true}) {
            ValuesWorld v = new ValuesWorld(mandate ? mandated : ValuesWorld.params());
            assertEquals(mandate, v.context().mandated());
            v.s.offerAbsorption(v.ico);
            // untriggered: stay 0, federate 0.49, absorption 1.5 (+ 4 under the mandate)
            double vAbs = PracticeValues.absorptionValue(v.s, v.ico, v.context()) + (mandate ? 4 : 0);
            assertEquals(mandate ? 5.5 : 1.5, vAbs, 1e-9);
            double p = Math.exp(vAbs) / (1 + Math.exp(0.49) + Math.exp(vAbs));
            assertFrequency(p, seed -> rule.choose(v.s, DrawingContext.seeded(v.context(), seed)).kind() == PracticeMove.Kind.ICO_ABSORPTION,
                    mandate ? "absorbed under the mandate" : "absorbed without one");
        }
    }

    @Test
    void aPartnerlessPracticeIsNeverAskedButTheRuleWouldGiveItNoMerger() {
        ValuesWorld v = new ValuesWorld();
        Practice h = v.h;
        h.partnerLost();
        DrawingContext c = DrawingContext.scripted(v.context(), 0, -9, 9, 9);
        PracticeMove move = rule.choose(h, c);
        // h's neighbours g and s can merge, but a merger's value for a practice with no partner is -infinity
        assertEquals(4, c.draws, "stay, federate, two mergers");
        assertSame(PracticeMove.STAY, move);
    }
}
