package org.icosim.model.ico;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.icosim.model.Submodels;
import org.icosim.model.WorldKit;
import org.icosim.model.parameters.Parameter;
import org.icosim.model.parameters.Parameters;
import org.icosim.model.parameters.PolicyPush;
import org.icosim.model.parameters.YearOfCareCoverage;
import org.icosim.model.patients.Demography;
import org.icosim.model.world.Economy;
import org.icosim.model.world.Federation;
import org.icosim.model.world.IcoStatus;
import org.icosim.model.world.Leadership;
import org.icosim.model.world.Practice;
import org.icosim.model.world.PracticeStatus;
import org.icosim.model.world.Role;
import org.icosim.model.world.Trust;
import org.icosim.model.world.TrustKind;
import org.junit.jupiter.api.Test;

import ec.util.MersenneTwisterFast;

/**
 * ODD 8.18 on a hand-built economy (patientScale 10): acute trust T at the origin with its main
 * referrers, acute trust U 40 km away, a community trust.
 */
class IcoFormationTest {

    private static Parameters policy(PolicyPush push) {
        return new Parameters().set(Parameters.PATIENT_SCALE, 10).set(Parameters.POLICY_PUSH, push.ordinal())
                .set(Parameters.ICO_POLICY_START, Parameter.monthIndex(2015, 4)).set(Parameters.GP_LED_MIN_LIST, 1000);
    }

    /** The economy; {@code sub} is built after it. */
    private static final class Fixture {
        final WorldKit kit;
        final Trust t;
        final Trust u;
        final Trust community;
        /** 1 partner, 150 agents, 5 of them HIGH: refers mainly to T. */
        final Practice p1;
        /** 2 partners, 100 agents, none HIGH: refers mainly to T. */
        final Practice p2;
        /** 1 partner, 30 agents: refers mainly to U. */
        final Practice p3;
        /** No partner, 10 agents, 2 HIGH: refers mainly to T. */
        final Practice noPartner;
        /** An alliance member, 301 agents, 1 HIGH, 1 partner: refers mainly to T. */
        final Practice member;
        /** Run by a trust, 301 agents, 1 HIGH, 1 partner: refers mainly to T. */
        final Practice trustRun;
        /** Closed, 405 agents, 5 HIGH: refers mainly to T. */
        final Practice closed;
        /** 1 partner, 80 agents, 3 RISING: refers mainly to U; federated with p2. */
        final Practice p8;
        final Federation f;
        final Submodels sub;

        Fixture(Parameters params) {
            kit = new WorldKit(params);
            Economy e = kit.economy();
            t = kit.trust(e, 0, 0, TrustKind.ACUTE);
            u = kit.trust(e, 40, 0, TrustKind.ACUTE);
            community = kit.trust(e, 1, 1, TrustKind.COMMUNITY);
            p1 = practice(e, 1, 0, 1, 5, 145);
            p2 = practice(e, 2, 0, 2, 0, 100);
            p3 = practice(e, 39, 0, 1, 0, 30);
            noPartner = practice(e, 3, 0, 0, 2, 8);
            member = practice(e, 4, 0, 1, 1, 300);
            trustRun = practice(e, 5, 0, 1, 1, 300);
            closed = practice(e, 6, 0, 1, 5, 400);
            p8 = practice(e, 38, 1, 1, 0, 77);
            kit.patients(p8, 50, Demography.RISING, 3);
            kit.ready();
            sub = kit.submodels();
            for (Practice p : kit.world.practices()) {
                sub.trusts.setReferralTies(p);
                sub.capacity.readStaff(p);
            }
            member.setStatus(PracticeStatus.ICO_ALLIANCE);
            trustRun.setStatus(PracticeStatus.TRUST_RUN);
            closed.end(PracticeStatus.CLOSED, 0);
            f = kit.world.newFederation(e);
            for (Practice p : new Practice[] {p2, p8}) {
                kit.world.network().addMembership(p, f);
                p.setStatus(PracticeStatus.FEDERATED);
            }
        }

        private Practice practice(Economy e, double x, double y, int partners, int high, int low) {
            Practice p = kit.practice(e, x, y);
            kit.patients(p, 70, Demography.HIGH, high);
            kit.patients(p, 30, Demography.LOW, low);
            for (int k = 0; k < partners; k++) kit.gp(p, Role.PARTNER, 1.0, 50);
            return p;
        }
    }

    @Test
    void gpSupportIsTheMeanLogitOfTheAllianceValuesOfTheMainReferrersThatCouldJoin() {
        Fixture w = new Fixture(policy(PolicyPush.STRONG));
        // p1: 0.2 x £1,000 x 5 agents x 10 = £10,000 for 1 partner, x 0.5 per £10,000 = 0.5;
        //     less allianceCost 1.5 and, hospital-led, hospitalLedAversion 1.5: -2.5.
        // p2: nothing enrolled: -3. No neighbours, so no peer term.
        // The others referring mainly to T have no partner, are in an ICO, are run by a trust or closed.
        double hospital = (1 / (1 + Math.exp(2.5)) + 1 / (1 + Math.exp(3))) / 2;
        assertEquals(0.061642026599, hospital, 1e-12);
        assertEquals(hospital, w.sub.icoFormation.gpSupport(w.t, Leadership.HOSPITAL_LED), 1e-12);
        // GP-led: no aversion, values -1 and -1.5.
        assertEquals(0.225683472588, w.sub.icoFormation.gpSupport(w.t, Leadership.GP_LED), 1e-12);
        // U's main referrers, p3 and p8 (federated, still partner-led), have nothing enrolled: -3 each.
        assertEquals(1 / (1 + Math.exp(3)), w.sub.icoFormation.gpSupport(w.u, Leadership.HOSPITAL_LED), 1e-12);
        assertEquals(0, w.sub.icoFormation.gpSupport(w.community, Leadership.HOSPITAL_LED), "nobody refers to it");
    }

    @Test
    void potentialIncomeIsTheTariffForTheEnrolledPatientsOfEveryOpenMainReferrer() {
        Fixture w = new Fixture(policy(PolicyPush.STRONG));
        // HIGH agents of p1 (5), p2 (0), noPartner (2), member (1), trustRun (1); the closed one not: 9 x 10 x £1,000.
        assertEquals(90000, w.sub.icoFormation.potentialYearOfCareIncome(w.t), 1e-9);
        assertEquals(0, w.sub.icoFormation.potentialYearOfCareIncome(w.u), "p3 and p8 have no HIGH patients");
        Fixture rising = new Fixture(policy(PolicyPush.STRONG).set(Parameters.YEAR_OF_CARE_COVERAGE,
                YearOfCareCoverage.HIGH_AND_RISING.ordinal()));
        assertEquals(30000, rising.sub.icoFormation.potentialYearOfCareIncome(rising.u), 1e-9, "p8's 3 RISING agents");
    }

    @Test
    void theLargestGpGroupOfAtLeastTheMinimumListLeadsAndAFederationCountsAllItsMembers() {
        Fixture w = new Fixture(policy(PolicyPush.STRONG));
        // p1: 150 agents = 1,500 patients; the federation of p2 and p8: (100 + 80) x 10 = 1,800,
        // p8 counting though it refers to U. The alliance member and the trust-run practice are larger but cannot lead.
        assertSame(w.f, w.sub.icoFormation.gpLeadFor(w.t));
        assertSame(w.f, w.sub.icoFormation.gpLeadFor(w.u), "through p8");
        w.u.startForming(0, Leadership.GP_LED, w.f);
        assertSame(w.p1, w.sub.icoFormation.gpLeadFor(w.t), "a group leads one ICO at most");
        assertNull(w.sub.icoFormation.gpLeadFor(w.u), "p3 has 300 patients");
        Fixture big = new Fixture(policy(PolicyPush.STRONG).set(Parameters.GP_LED_MIN_LIST, 1900));
        assertNull(big.sub.icoFormation.gpLeadFor(big.t), "no group of 1,900");
    }

    @Test
    void onEqualListsTheGroupMetLastLeads() {
        Fixture w = new Fixture(policy(PolicyPush.STRONG));
        Practice twin = w.kit.practice(w.kit.world.economies().get(0), 1, 1);
        w.kit.patients(twin, 30, Demography.LOW, 150);
        w.kit.gp(twin, Role.PARTNER, 1, 50);
        w.kit.world.signals().allocate(w.kit.world.practices().size());
        w.sub.trusts.setReferralTies(twin);
        w.u.startForming(0, Leadership.GP_LED, w.f);
        assertSame(twin, w.sub.icoFormation.gpLeadFor(w.t), "150 agents, as p1, and after it in id order");
    }

    @Test
    void aMandateMakesEveryAcuteTrustStartFormingAtOnce() {
        Fixture w = new Fixture(policy(PolicyPush.MANDATED));
        w.kit.world.calendar().setMonth(2);
        w.sub.icoFormation.quarterlyFormation();
        for (Trust t : new Trust[] {w.t, w.u}) {
            assertEquals(IcoStatus.FORMING, t.icoStatus());
            assertEquals(2, t.formingSince());
            assertEquals(Leadership.HOSPITAL_LED, t.leadership(), "hospitalLedOnly by default");
            assertNull(t.leadGroup());
        }
        assertEquals(IcoStatus.NONE, w.community.icoStatus(), "community trusts never form ICOs");
        w.kit.world.calendar().setMonth(5);
        w.sub.icoFormation.quarterlyFormation();
        assertEquals(2, w.t.formingSince(), "a trust that is forming does not start again");
    }

    @Test
    void whereGpsMayLeadTheLeadGroupIsFixedWhenTheTrustStartsAndLeadsOnlyOne() {
        Fixture w = new Fixture(policy(PolicyPush.MANDATED).set(Parameters.HOSPITAL_LED_ONLY, 0));
        w.sub.icoFormation.quarterlyFormation();
        assertEquals(Leadership.GP_LED, w.t.leadership());
        assertSame(w.f, w.t.leadGroup());
        // U, decided after T in the same quarter, finds the federation leading T already.
        assertEquals(IcoStatus.FORMING, w.u.icoStatus());
        assertEquals(Leadership.HOSPITAL_LED, w.u.leadership());
        assertNull(w.u.leadGroup());
    }

    /** The first draw of the kit's generator (seeded 1) as if nothing had been drawn yet. */
    private static double firstDraw() {
        return new MersenneTwisterFast(new int[] {1, 0}).nextDouble();
    }

    @Test
    void withoutAPolicyOrBeforeItStartsNothingFormsAndNothingIsDrawn() {
        Fixture none = new Fixture(policy(PolicyPush.NONE));
        none.sub.icoFormation.quarterlyFormation();
        assertEquals(IcoStatus.NONE, none.t.icoStatus());
        assertEquals(firstDraw(), none.kit.world.random().nextDouble(), "no random number was drawn");

        Fixture later = new Fixture(policy(PolicyPush.MANDATED).set(Parameters.ICO_POLICY_START, Parameter.monthIndex(2016, 4)));
        later.kit.world.calendar().setMonth(11); // March 2016
        later.sub.icoFormation.quarterlyFormation();
        assertEquals(IcoStatus.NONE, later.t.icoStatus());
        assertEquals(firstDraw(), later.kit.world.random().nextDouble());
        later.kit.world.calendar().setMonth(12); // April 2016
        later.sub.icoFormation.quarterlyFormation();
        assertEquals(IcoStatus.FORMING, later.t.icoStatus());
        assertEquals(12, later.t.formingSince());
    }

    @Test
    void aTrustDrawsOnceAndFormsWhenTheDrawIsUnderTheProbability() {
        Fixture w = new Fixture(policy(PolicyPush.STRONG));
        // A rule that gives T probability just above the generator's first draw, U just below its second.
        MersenneTwisterFast copy = new MersenneTwisterFast(new int[] {1, 0});
        double first = copy.nextDouble();
        double second = copy.nextDouble();
        IcoFormationRule rule = (trust, leadership, c) -> trust == w.t ? Math.nextUp(first) : trust == w.u ? second : 0;
        IcoFormation formation = new IcoFormation(w.kit.world, w.sub.memberships, w.sub.levers, rule, w.sub.practiceContext);
        formation.quarterlyFormation();
        assertEquals(IcoStatus.FORMING, w.t.icoStatus(), "U < P");
        assertEquals(IcoStatus.NONE, w.u.icoStatus(), "U = P is not under it");
        MersenneTwisterFast expected = new MersenneTwisterFast(new int[] {1, 0});
        expected.nextDouble();
        expected.nextDouble();
        assertEquals(expected.nextDouble(), w.kit.world.random().nextDouble(),
                "one draw per acute trust; the community trust draws nothing");
    }

    @Test
    void whereNoGpGroupCanLeadTheNearestFreeCommunityTrustLeadsWithItsProbability() {
        // No GP group reaches 10 million patients; the one community trust may lead one ICO.
        Fixture w = new Fixture(policy(PolicyPush.MANDATED).set(Parameters.HOSPITAL_LED_ONLY, 0)
                .set(Parameters.GP_LED_MIN_LIST, 1e7).set(Parameters.COMMUNITY_LEAD_PROBABILITY, 1));
        assertSame(w.community, w.sub.icoFormation.communityLeadFor(w.t));
        w.sub.icoFormation.quarterlyFormation();
        assertEquals(Leadership.COMMUNITY_LED, w.t.leadership());
        assertSame(w.community, w.t.leadGroup());
        assertEquals(IcoStatus.NONE, w.community.icoStatus(), "it leads T's ICO; it forms none of its own");
        // U, decided after T, finds the community trust leading T's ICO already: hospital-led.
        assertEquals(IcoStatus.FORMING, w.u.icoStatus());
        assertEquals(Leadership.HOSPITAL_LED, w.u.leadership());
        assertNull(w.sub.icoFormation.communityLeadFor(w.u));
        // T drew for its lead and to form, U only to form (no community trust left for it).
        MersenneTwisterFast expected = new MersenneTwisterFast(new int[] {1, 0});
        for (int k = 0; k < 3; k++) expected.nextDouble();
        assertEquals(expected.nextDouble(), w.kit.world.random().nextDouble());
    }

    @Test
    void aGpGroupLeadsBeforeACommunityTrustAndOnlyHospitalsLeadWhereThePolicySaysSo() {
        Fixture gp = new Fixture(policy(PolicyPush.MANDATED).set(Parameters.HOSPITAL_LED_ONLY, 0)
                .set(Parameters.COMMUNITY_LEAD_PROBABILITY, 1));
        gp.sub.icoFormation.quarterlyFormation();
        assertEquals(Leadership.GP_LED, gp.t.leadership(), "the federation leads T");
        assertEquals(Leadership.COMMUNITY_LED, gp.u.leadership(), "the federation leads T, so U's lead is the community trust");
        assertSame(gp.community, gp.u.leadGroup());

        Fixture hospitals = new Fixture(policy(PolicyPush.MANDATED).set(Parameters.COMMUNITY_LEAD_PROBABILITY, 1));
        hospitals.sub.icoFormation.quarterlyFormation();
        assertEquals(Leadership.HOSPITAL_LED, hospitals.t.leadership(), "hospitalLedOnly by default");
        assertEquals(Leadership.HOSPITAL_LED, hospitals.u.leadership());
        MersenneTwisterFast expected = new MersenneTwisterFast(new int[] {1, 0});
        for (int k = 0; k < 2; k++) expected.nextDouble();
        assertEquals(expected.nextDouble(), hospitals.kit.world.random().nextDouble(), "one draw per acute trust, none for a lead");
    }

    @Test
    void aCommunityTrustLeadsOnlyWhereItsDrawIsUnderTheProbability() {
        MersenneTwisterFast copy = new MersenneTwisterFast(new int[] {1, 0});
        double first = copy.nextDouble();
        Fixture under = new Fixture(policy(PolicyPush.MANDATED).set(Parameters.HOSPITAL_LED_ONLY, 0)
                .set(Parameters.GP_LED_MIN_LIST, 1e7).set(Parameters.COMMUNITY_LEAD_PROBABILITY, Math.nextUp(first)));
        under.sub.icoFormation.quarterlyFormation();
        assertEquals(Leadership.COMMUNITY_LED, under.t.leadership());
        Fixture at = new Fixture(policy(PolicyPush.MANDATED).set(Parameters.HOSPITAL_LED_ONLY, 0)
                .set(Parameters.GP_LED_MIN_LIST, 1e7).set(Parameters.COMMUNITY_LEAD_PROBABILITY, first));
        at.sub.icoFormation.quarterlyFormation();
        assertEquals(Leadership.HOSPITAL_LED, at.t.leadership(), "U = P is not under it");
    }

    @Test
    void gpsSupportACommunityLedIcoAsAGpLedOneWithoutTheAversionToAHospital() {
        Fixture w = new Fixture(policy(PolicyPush.STRONG));
        assertEquals(w.sub.icoFormation.gpSupport(w.t, Leadership.GP_LED), w.sub.icoFormation.gpSupport(w.t, Leadership.COMMUNITY_LED),
                1e-15);
        assertEquals(0.225683472588, w.sub.icoFormation.gpSupport(w.t, Leadership.COMMUNITY_LED), 1e-12);
    }
}
