package org.icosim.model.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.icosim.model.world.Leadership;
import org.icosim.model.world.Practice;
import org.icosim.model.world.PracticeStatus;
import org.icosim.model.world.Trust;
import org.icosim.model.world.TrustKind;
import org.icosim.model.parameters.Parameters;
import org.junit.jupiter.api.Test;

/** The values of ODD 8.13, 8.15 and 8.20, worked by hand on {@link ValuesWorld}. */
class PracticeValuesTest {

    private static final double EPS = 1e-9;

    private final ValuesWorld v = new ValuesWorld();
    private final PracticeMoveRule.Context c = v.context();

    @Test
    void theWorldIsAsDescribed() {
        assertEquals(1.1, c.costIndex(), 1e-12);
        assertEquals(10, c.patientScale());
        assertEquals(100000, c.icoPay(), 1e-9);
        assertEquals(java.util.List.of(v.g, v.m), c.neighbours(v.s));
        assertEquals(java.util.List.of(v.s, v.m), c.neighbours(v.g));
        assertEquals(20, c.enrolledAgents(v.s));
        assertEquals(80000, v.s.profitPerPartner(), EPS);
        assertEquals(110000, v.g.profitPerPartner(), EPS);
    }

    @Test
    void mergerValueIsMoneyPlusCoverPlusPeersLessCostAndSize() {
        // s is the smaller list, so s's site is the one absorbed: 100,000 x 1.1 x 0.5 x 1 unit = 55,000 saved.
        // Merged profit per partner (80,000 + 330,000 + 55,000) / 4 = 116,250.
        double money = 0.5 * (116250 - 80000) / 10000; // 1.8125
        double cover = 3 * (1.0 - 1.0 / 4); // 2.25
        double peers = 2 * 0.5; // m, one of s's two neighbours, has absorbed a practice
        double size = 0.5 * (300 + 700) * 10 / 10000.0; // 0.5
        assertEquals(money + cover + peers - 6 - size, PracticeValues.mergerValue(v.s, v.g, c), EPS);
        assertEquals(-1.4375, PracticeValues.mergerValue(v.s, v.g, c), EPS);
        // for g: (116,250 - 110,000) x 0.5 / 10,000 + 3 x (1/3 - 1/4) + 1 - 6 - 0.5
        assertEquals(0.3125 + 0.25 + 1 - 6 - 0.5, PracticeValues.mergerValue(v.g, v.s, c), EPS);
        assertTrue(PracticeValues.mergerValue(v.s, v.g, c) > PracticeValues.mergerValue(v.g, v.s, c),
                "a single-hander gains more cover and money from a merger than the group it joins");
    }

    @Test
    void theMergerSavesTheFixedCostUnitsOfTheAbsorbedSite() {
        // m (100 agents, 1.5 units after absorbing z) would be absorbed by s (300 agents):
        // 100,000 x 1.1 x 0.5 x 1.5 = 82,500 saved; m's profit 200,000.
        double perPartner = (80000 + 200000 + 82500) / 2.0;
        double expected = 0.5 * (perPartner - 80000) / 10000 + 3 * (1 - 0.5) + 2 * 0.5 - 6 - 0.5 * 4000 / 10000.0;
        assertEquals(expected, PracticeValues.mergerValue(v.s, v.m, c), EPS);
    }

    @Test
    void aPracticeWithNoPartnerCannotValueAMerger() {
        assertEquals(Double.NEGATIVE_INFINITY, PracticeValues.mergerValue(v.h, v.g, c));
    }

    @Test
    void federationValueIsTheBackOfficeSavingPerPartnerPlusPeersLessItsCost() {
        // s: 60 x 3,000 x 1.1 x 0.1 = 19,800 a year for its one partner; g, a neighbour, is federated
        assertEquals(0.5 * 19800 / 10000 + 2 * 0.5 - 1.5, PracticeValues.federationValue(v.s, c), EPS);
        // g: 60 x 7,000 x 1.1 x 0.1 = 46,200 over 3 partners; no neighbour federated
        assertEquals(0.5 * 46200 / 3 / 10000 - 1.5, PracticeValues.federationValue(v.g, c), EPS);
        // h has no partner: the saving is over max(1, 0) = 1; its neighbours g (federated) and s
        assertEquals(0.5 * (60 * 2000 * 1.1 * 0.1) / 10000 + 2 * 0.5 - 1.5, PracticeValues.federationValue(v.h, c), EPS);
    }

    @Test
    void takeoverValueIsTheListsNetIncomePerPartnerLessHalfAMergerAndTheSize() {
        // h: income 300,000 - variable 60 x 2,000 x 1.1 - fixed 100,000 x 1.1 x (1 - 0.5) = 113,000, over g's 3 partners
        double expected = 0.5 * 113000 / 3 / 10000 - 6 / 2.0 - 0.5 * (700 + 200) * 10 / 10000.0;
        assertEquals(expected, PracticeValues.takeoverValue(v.g, v.h, c), EPS);
        assertEquals(Double.NEGATIVE_INFINITY, PracticeValues.takeoverValue(v.h, v.g, c), "h has no partner");
    }

    @Test
    void allianceValueIsTheTariffSharePerPartnerPlusPeersLessItsCostAndAversion() {
        // s: 0.2 x 1,000 x 20 enrolled agents x 10 = 40,000 for one partner; m, a neighbour, is in an ICO
        assertEquals(0.5 * 40000 / 10000 + 2 * 0.5 - 1.5 - 1.5, PracticeValues.allianceValue(v.s, v.ico, Leadership.HOSPITAL_LED, c), EPS);
        assertEquals(0.5 * 40000 / 10000 + 2 * 0.5 - 1.5, PracticeValues.allianceValue(v.s, v.ico, Leadership.GP_LED, c), EPS);
        // g has no enrolled patient
        assertEquals(2 * 0.5 - 1.5 - 1.5, PracticeValues.allianceValue(v.g, v.ico, Leadership.HOSPITAL_LED, c), EPS);
    }

    @Test
    void absorptionValueTradesProfitForAnIcoSalaryAndEndsTheLiability() {
        // s: ICO pay 100,000 x 0.9 FTE = 90,000 against 80,000; liability 100,000 / 200,000 + 1/1 = 1.5
        assertEquals(0.5 * (90000 - 80000) / 10000 + 3 * 1.5 + 2 * 0.5 - 3 - 1.5, PracticeValues.absorptionValue(v.s, v.ico, c), EPS);
        Trust gpLed = v.kit.trust(v.s.economy(), 9, 9, TrustKind.ACUTE);
        gpLed.startForming(0, Leadership.GP_LED, v.g);
        assertEquals(0.5 * (90000 - 80000) / 10000 + 3 * 1.5 + 2 * 0.5 - 3, PracticeValues.absorptionValue(v.s, gpLed, c), EPS);
        // A trust outside the ICO policy (8.44) pays salaried pay, not ICO pay.
        Trust plain = v.kit.trust(v.s.economy(), 9, 8, TrustKind.ACUTE);
        double salaried = c.salariedPay() * 0.9;
        assertEquals(0.5 * (salaried - 80000) / 10000 + 3 * 1.5 + 2 * 0.5 - 3 - 1.5, PracticeValues.absorptionValue(v.s, plain, c), EPS);
        assertTrue(c.salariedPay() < c.icoPay(), "the fixture's ICO pays a premium");
        // g: (90,000 - 110,000) and liability 0 / 3 + 1/3
        assertEquals(0.5 * -20000 / 10000 + 3 * (1.0 / 3) + 2 * 0.5 - 3 - 1.5, PracticeValues.absorptionValue(v.g, v.ico, c), EPS);
        assertEquals(Double.NEGATIVE_INFINITY, PracticeValues.absorptionValue(v.h, v.ico, c));
    }

    @Test
    void theLargerListAbsorbsAndTheLowerIdOnATie() {
        assertTrue(PracticeValues.absorbs(v.g, v.s));
        assertFalse(PracticeValues.absorbs(v.s, v.g));
        assertTrue(PracticeValues.absorbs(v.h, v.m), "200 agents against 100");
        v.kit.patients(v.m, 30, 0, 100);
        assertTrue(PracticeValues.absorbs(v.m, v.h), "200 each: m has the lower id");
        assertFalse(PracticeValues.absorbs(v.h, v.m));
    }

    @Test
    void onlyOpenPartnerLedPracticesWithAPartnerCanMergeAndAllianceMembersOnlyWhenAllowed() {
        assertTrue(PracticeValues.canMerge(v.s, c));
        assertTrue(PracticeValues.canMerge(v.g, c));
        assertFalse(PracticeValues.canMerge(v.m, c), "an alliance member, without icoMembersMayMerge (as ValuesWorld sets it)");
        assertFalse(PracticeValues.canMerge(v.h, c), "no partner");
        ValuesWorld on = new ValuesWorld(ValuesWorld.params().set(Parameters.ICO_MEMBERS_MAY_MERGE, 1));
        assertTrue(PracticeValues.canMerge(on.m, on.context()), "an alliance member, with icoMembersMayMerge (the default)");
        assertFalse(PracticeValues.canMerge(on.h, on.context()), "no partner");
        for (PracticeStatus status : new PracticeStatus[] {PracticeStatus.TRUST_RUN, PracticeStatus.ICO_RUN}) {
            v.s.setStatus(status);
            assertFalse(PracticeValues.canMerge(v.s, c), status.name());
        }
        v.s.setStatus(PracticeStatus.INDEPENDENT);
        v.s.end(PracticeStatus.CLOSED, 0);
        assertFalse(PracticeValues.canMerge(v.s, c));
    }

    @Test
    void practicesOfTwoDifferentIcosMayNotMergeButOfOneOrNoneMay() {
        // m is an alliance member of v.ico; g joins another ICO, then the same one.
        ValuesWorld v = new ValuesWorld(ValuesWorld.params().set(Parameters.ICO_MEMBERS_MAY_MERGE, 1));
        PracticeMoveRule.Context c = v.context();
        assertTrue(PracticeValues.mayMerge(v.s, v.m, c), "an independent with a member");
        assertTrue(PracticeValues.mayMerge(v.m, v.s, c), "a member with an independent");
        Trust other = v.kit.trust(v.kit.world.practice(0).economy(), 9, 9, TrustKind.ACUTE);
        other.startForming(0, Leadership.HOSPITAL_LED, null);
        other.startOperating(0);
        v.kit.world.network().addMembership(v.g, other);
        v.g.setStatus(PracticeStatus.ICO_ALLIANCE);
        assertFalse(PracticeValues.mayMerge(v.g, v.m, c), "members of two ICOs");
        assertFalse(PracticeValues.mayMerge(v.m, v.g, c));
        v.kit.world.network().removeMembership(v.g, other);
        v.kit.world.network().addMembership(v.g, v.ico);
        assertTrue(PracticeValues.mayMerge(v.g, v.m, c), "members of one ICO");
        assertFalse(PracticeValues.mayMerge(v.m, v.h, c), "a partnerless practice is never merged with");
    }

    @Test
    void peerSharesCountNeighboursThatMergedFederatedOrAreInIcos() {
        Practice lonely = v.z;
        assertEquals(0.5, PracticeValues.shareOfNeighbours(v.s, c, true), EPS);
        assertEquals(0.5, PracticeValues.shareOfNeighbours(v.s, c, false), EPS);
        assertEquals(0.5, PracticeValues.shareOfNeighboursInIcos(v.s, c), EPS);
        v.g.setStatus(PracticeStatus.ICO_RUN);
        assertEquals(1, PracticeValues.shareOfNeighboursInIcos(v.s, c), EPS);
        assertEquals(0, PracticeValues.shareOfNeighbours(v.s, c, false), EPS);
        v.kit.world.network().setNeighbours(lonely, java.util.List.of());
        assertEquals(0, PracticeValues.shareOfNeighbours(lonely, c, true), EPS, "no neighbour: share 0");
        assertEquals(0, PracticeValues.shareOfNeighboursInIcos(lonely, c), EPS);
    }
}
