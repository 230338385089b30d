package org.icosim.model.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.icosim.model.WorldKit;
import org.icosim.model.parameters.Parameter;
import org.icosim.model.parameters.Parameters;
import org.icosim.model.parameters.PolicyPush;
import org.icosim.model.patients.Demography;
import org.icosim.model.world.Economy;
import org.icosim.model.world.Gp;
import org.icosim.model.world.Practice;
import org.icosim.model.world.PracticeStatus;
import org.icosim.model.world.Role;
import org.junit.jupiter.api.Test;

/**
 * ODD 8.6 on a hand-built practice of 500 agents aged 30 at low risk, 10 real patients each: 5000
 * patients asking for 3 appointments a year, 1250 a month, which need 2.5 FTE at 500 appointments
 * an FTE-month. 2500 patients per partner: two partners wanted. A salaried post (0.75 FTE) costs
 * 0.75 x £80,000 = £60,000 against a profit floor of £100,000 a partner.
 */
class VacanciesTest {

    private static final double EPS = 1e-9;

    private static Parameters params() {
        return new Parameters()
                .set(Parameters.PATIENT_SCALE, 10)
                .set(Parameters.APPOINTMENTS_PER_FTE, 6000).set(Parameters.GP_CONSULTATIONS, 3.0)
                .set(Parameters.PARTNER_PRODUCTIVITY, 1.2).set(Parameters.PATIENTS_PER_PARTNER, 2500)
                .set(Parameters.PROFIT_FLOOR, 100000).set(Parameters.SALARIED_PAY, 80000);
    }

    private static final class Fixture {
        final WorldKit kit;
        final Practice p;
        final Wiring w;

        Fixture(Parameters params, int agents) {
            kit = new WorldKit(params);
            p = kit.practice(kit.economy(), 0, 0);
            kit.patients(p, 30, Demography.LOW, agents);
            kit.ready();
            w = new Wiring(kit, ScriptedMoves.refusing());
        }

        Fixture() {
            this(params(), 500);
        }

        Gp gp(Role role, double fte) {
            return kit.gp(p, role, fte, 45);
        }

        /** A month: staff, demand, a profit of {@code profit} a year, then the posts offered. */
        void month(double profit) {
            w.capacity.readStaff(p);
            w.capacity.updateAccess(p);
            p.setMoney(profit, 0, 1);
            w.vacancies.update(p);
        }
    }

    @Test
    void postsFromTheGapFromPoint4ByPoint75UpToThree() {
        assertEquals(0, Vacancies.posts(-1));
        assertEquals(0, Vacancies.posts(0.39));
        assertEquals(1, Vacancies.posts(0.4), "at the threshold: round(0.53) = 1");
        assertEquals(1, Vacancies.posts(0.5), "round(0.67) = 1");
        assertEquals(1, Vacancies.posts(1.12), "round(1.49) = 1");
        assertEquals(2, Vacancies.posts(1.13), "round(1.51) = 2");
        assertEquals(3, Vacancies.posts(1.9), "round(2.53) = 3");
        assertEquals(3, Vacancies.posts(10), "at most 3");
    }

    @Test
    void aPracticeOpensPostsForItsPermanentGap() {
        Fixture f = new Fixture();
        f.gp(Role.PARTNER, 1.0);
        f.gp(Role.SALARIED, 0.5);
        f.gp(Role.LOCUM, 1.0);
        f.month(1e6);
        // gap 2.5 - 1.0 x 1.2 - 0.5 = 0.8 (locums do not close it): round(1.07) = 1 post
        assertEquals(0.8, f.w.capacity.permanentGap(f.p), EPS);
        assertEquals(1, f.p.openPosts());

        Fixture big = new Fixture(params(), 1000);
        big.gp(Role.PARTNER, 1.0);
        big.month(1e6);
        // gap 5.0 - 1.2 = 3.8: round(5.07) = 5, at most 3
        assertEquals(3, big.p.openPosts());

        Fixture full = new Fixture();
        full.gp(Role.PARTNER, 1.0);
        full.gp(Role.PARTNER, 1.0);
        full.month(1e6);
        // gap 2.5 - 2.4 = 0.1: no post
        assertEquals(0, full.p.openPosts());
        assertEquals(0, full.p.vacancyMonths());
    }

    @Test
    void aPartnershipIsOfferedWhilePartnersAreFewerThanTheListWarrants() {
        Fixture f = new Fixture();
        f.gp(Role.PARTNER, 1.0);
        f.month(1e6);
        assertTrue(f.p.offersPartnership(), "one partner, round(5000 / 2500) = 2 wanted");
        f.gp(Role.PARTNER, 1.0);
        f.month(1e6);
        assertFalse(f.p.offersPartnership(), "two partners, two wanted");

        Fixture small = new Fixture(params(), 100);
        small.month(1e6);
        // 1000 patients: round(0.4) = 0, but at least one partner is wanted
        assertTrue(small.p.offersPartnership());
        small.gp(Role.PARTNER, 0.1);
        small.month(1e6);
        assertFalse(small.p.offersPartnership());
    }

    private static Parameters policy(boolean contractorKept, int startYear) {
        return params()
                .set(Parameters.POLICY_PUSH, PolicyPush.STRONG.ordinal())
                .set(Parameters.ICO_POLICY_START, Parameter.monthIndex(startYear, 4))
                .set(Parameters.INDEPENDENT_CONTRACTOR_KEPT, contractorKept ? 1 : 0);
    }

    @Test
    void noPartnershipIsOfferedOnceAPolicyEndsIndependentContractorStatus() {
        Fixture ended = new Fixture(policy(false, 2015), 500);
        ended.gp(Role.PARTNER, 1.0);
        ended.month(1e6);
        assertFalse(ended.p.offersPartnership());
        assertTrue(ended.p.offersSalaried());
        assertEquals(2, ended.p.openPosts(), "gap 1.3: round(1.73) = 2 salaried posts");
        assertEquals(1, ended.p.partners(), "its partner keeps the partnership");

        Fixture kept = new Fixture(policy(true, 2015), 500);
        kept.gp(Role.PARTNER, 1.0);
        kept.month(1e6);
        assertTrue(kept.p.offersPartnership(), "the policy keeps independent contractors");

        Fixture later = new Fixture(policy(false, 2016), 500);
        later.gp(Role.PARTNER, 1.0);
        later.month(1e6);
        assertTrue(later.p.offersPartnership(), "the policy starts in April 2016");
        later.kit.world.calendar().setMonth(12);
        later.month(1e6);
        assertFalse(later.p.offersPartnership());

        Fixture none = new Fixture(params().set(Parameters.INDEPENDENT_CONTRACTOR_KEPT, 0), 500);
        none.gp(Role.PARTNER, 1.0);
        none.month(1e6);
        assertTrue(none.p.offersPartnership(), "no policy, no lever");
    }

    @Test
    void aSalariedPostIsOfferedWhilePartnersCanPayForItAndKeepTheProfitFloor() {
        Fixture one = new Fixture();
        one.gp(Role.PARTNER, 1.0);
        one.month(160000);
        assertTrue(one.p.offersSalaried(), "(160,000 - 60,000) / 1 = 100,000: at the floor");
        one.month(159999);
        assertFalse(one.p.offersSalaried());
        assertTrue(one.p.offersPartnership());
        assertEquals(2, one.p.openPosts(), "a partnership keeps the posts open");

        Fixture two = new Fixture();
        two.gp(Role.PARTNER, 0.5);
        two.gp(Role.PARTNER, 0.5);
        two.month(260000);
        assertTrue(two.p.offersSalaried(), "(260,000 - 60,000) / 2 = 100,000");
        two.month(259998);
        assertFalse(two.p.offersSalaried());
        assertFalse(two.p.offersPartnership());
        assertEquals(0, two.p.openPosts(), "a gap of 1.3 FTE, but nothing the partners will offer");

        Fixture none = new Fixture();
        none.month(-50000);
        assertTrue(none.p.offersSalaried(), "a practice with no partner offers salaried posts whatever its profit");
        assertTrue(none.p.offersPartnership());
        assertEquals(3, none.p.openPosts(), "gap 2.5: round(3.33) = 3");
    }

    @Test
    void aPracticeATrustOrIcoRunsOffersSalariedPostsOnlyAndCountsNoPartnerlessMonths() {
        for (PracticeStatus status : new PracticeStatus[] {PracticeStatus.TRUST_RUN, PracticeStatus.ICO_RUN}) {
            Fixture f = new Fixture();
            f.month(-50000);
            f.month(-50000);
            assertEquals(2, f.p.partnerlessMonths());
            f.p.setStatus(status);
            f.month(-50000);
            assertFalse(f.p.offersPartnership(), status.name());
            assertTrue(f.p.offersSalaried(), status.name());
            assertEquals(3, f.p.openPosts(), status.name());
            assertEquals(0, f.p.partnerlessMonths(), status.name());
            assertEquals(3, f.p.vacancyMonths(), status.name());
        }
    }

    @Test
    void partnerlessAndVacancyMonthsCountConsecutiveMonths() {
        Fixture f = new Fixture();
        for (int m = 1; m <= 3; m++) {
            f.month(1e6);
            assertEquals(m, f.p.partnerlessMonths());
            assertEquals(m, f.p.vacancyMonths());
        }
        f.gp(Role.PARTNER, 1.0);
        f.month(1e6);
        assertEquals(0, f.p.partnerlessMonths(), "a partner ends the count");
        assertEquals(4, f.p.vacancyMonths(), "gap 1.3: a post still open");
        f.gp(Role.PARTNER, 1.0);
        f.month(1e6);
        assertEquals(0, f.p.vacancyMonths(), "gap 0.1: no post, the count restarts");
        f.kit.world.network().unemploy(f.kit.world.network().staffOf(f.p).get(1));
        f.month(1e6);
        assertEquals(1, f.p.vacancyMonths());
        assertEquals(0, f.p.partnerlessMonths());
    }

    @Test
    void openPostsAreListedPerEconomyWithoutPracticesThatEnded() {
        WorldKit kit = new WorldKit(params());
        Economy e0 = kit.economy();
        Economy e1 = kit.economy();
        Practice a = kit.practice(e0, 0, 0);
        Practice full = kit.practice(e0, 1, 0);
        Practice closing = kit.practice(e0, 2, 0);
        Practice d = kit.practice(e1, 0, 0);
        Practice e = kit.practice(e1, 3, 0);
        for (Practice p : List.of(a, full, closing, d, e)) kit.patients(p, 30, Demography.LOW, 100);
        kit.gp(full, Role.SALARIED, 1.0, 40); // needs 0.5 FTE: no gap
        kit.ready();
        Wiring w = new Wiring(kit, ScriptedMoves.refusing());
        w.practiceMonth();
        closing.end(PracticeStatus.CLOSED, 0);
        w.vacancies.listOpenPosts();
        assertEquals(List.of(a), kit.world.labourMarket().openPostPractices(0));
        assertEquals(List.of(d, e), kit.world.labourMarket().openPostPractices(1));
    }
}
