package org.icosim.model.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.icosim.model.WorldKit;
import org.icosim.model.parameters.Parameter;
import org.icosim.model.parameters.Parameters;
import org.icosim.model.parameters.PolicyPush;
import org.icosim.model.patients.Demography;
import org.icosim.model.patients.PatientLoop;
import org.icosim.model.patients.Patients;
import org.icosim.model.workforce.Post;
import org.icosim.model.world.Economy;
import org.icosim.model.world.Federation;
import org.icosim.model.world.Gp;
import org.icosim.model.world.Leadership;
import org.icosim.model.world.Practice;
import org.icosim.model.world.PracticeStatus;
import org.icosim.model.world.Role;
import org.icosim.model.world.Trust;
import org.icosim.model.world.TrustKind;
import org.icosim.network.TieType;
import org.junit.jupiter.api.Test;

/**
 * ODD 8.15 on a hand-built town. The practice p that hands back (10 km east of the origin) has no
 * partner, a salaried GP and a registrar, and 12 patient agents living at chosen homes. Its two
 * neighbours are w (at the origin; two partners, so a training practice) and e (20 km east; one
 * partner); f (40 km east; one partner) is not among them. Trust t1 is 5.4 km from p, t2 20 km.
 */
class HandBackTest {

    private static final class Town {
        final WorldKit kit;
        final Economy econ;
        final Practice p;
        final Practice w;
        final Practice e;
        final Practice f;
        final Trust t1;
        final Trust t2;
        final Gp salaried;
        final Gp registrar;
        final ScriptedMoves rule;
        final PickingJobChoice jobs;
        final Wiring wiring;
        /** The agents of p with homes near w, and near e. */
        final int[] nearW;
        final int[] nearE;

        Town(Parameters params, ScriptedMoves rule, PickingJobChoice jobs) {
            this.rule = rule;
            this.jobs = jobs;
            kit = new WorldKit(params.set(Parameters.NEIGHBOURS, 2));
            econ = kit.economy();
            p = kit.practice(econ, 10, 0);
            w = kit.practice(econ, 0, 0);
            e = kit.practice(econ, 20, 0);
            f = kit.practice(econ, 40, 0);
            t1 = kit.trust(econ, 12, 5, TrustKind.ACUTE);
            t2 = kit.trust(econ, 30, 0, TrustKind.COMMUNITY);
            Patients pt = econ.patients();
            nearW = new int[] {home(pt, 2), home(pt, 2), home(pt, 2), home(pt, 9), home(pt, 9), home(pt, 9)};
            // 18 km: nearest e; 38 km: f is nearer (2 km) but is not p's neighbour, so e
            nearE = new int[] {home(pt, 18), home(pt, 18), home(pt, 18), home(pt, 18), home(pt, 38), home(pt, 38)};
            kit.patients(w, 30, Demography.LOW, 10);
            kit.patients(e, 30, Demography.LOW, 10);
            kit.patients(f, 30, Demography.LOW, 10);
            salaried = kit.gp(p, Role.SALARIED, 0.6, 40);
            registrar = kit.gp(p, Role.REGISTRAR, 1.0, 29);
            kit.gp(w, Role.PARTNER, 1.0, 50);
            kit.gp(w, Role.PARTNER, 1.0, 52);
            kit.gp(e, Role.PARTNER, 1.0, 50);
            kit.gp(f, Role.PARTNER, 1.0, 50);
            kit.ready();
            wiring = new Wiring(kit, rule, jobs).withNeighbours();
            wiring.practiceMonth();
        }

        private int home(Patients pt, double x) {
            return pt.add(p, (float) x, 0, 30, 0, Demography.LOW);
        }

        void assertRegisteredAt(int[] agents, Practice q) {
            for (int i : agents) assertEquals(q.id(), econ.patients().practiceOf(i));
        }

        /** Only e offers a post (salaried), and it is the only one listed. */
        void onlyEOffersASalariedPost() {
            for (Practice q : kit.world.practices()) q.setVacancies(0, false, false, q.partnerlessMonths());
            e.setVacancies(1, false, true, 0);
            wiring.vacancies.listOpenPosts();
        }
    }

    private static Parameters params(double caretakerProbability) {
        return new Parameters().set(Parameters.CARETAKER_PROBABILITY, caretakerProbability);
    }

    /** Stays when it can (at a review), else takes a salaried post. */
    private static PickingJobChoice staysElseSalaried() {
        return PickingJobChoice.preferring(Post.Kind.STAY, Post.Kind.SALARIED, Post.Kind.LEAVE);
    }

    @Test
    void theTownIsAsDescribed() {
        Town t = new Town(params(0), ScriptedMoves.refusing(), staysElseSalaried());
        assertEquals(List.of(t.w, t.e), t.kit.world.network().neighboursOf(t.p));
        assertEquals(12, t.p.listAgents());
        assertEquals(0, t.p.partners());
        assertTrue(t.p.offersPartnership());
        assertSame(t.t1, t.wiring.memberships.nearestTrust(t.p));
    }

    @Test
    void aSalariedGpWhoTakesThePartnershipKeepsThePractice() {
        Town t = new Town(params(0), ScriptedMoves.agreeing(), PickingJobChoice.preferring(Post.Kind.PARTNERSHIP, Post.Kind.STAY));
        t.p.setVacancies(3, true, true, 7);
        t.wiring.handBack.handBack(t.p);
        assertEquals(Role.PARTNER, t.salaried.role());
        assertSame(t.p, t.kit.world.network().employerOf(t.salaried), "the partnership of its own practice");
        assertEquals(PracticeStatus.INDEPENDENT, t.p.status());
        assertEquals(0, t.p.partnerlessMonths());
        assertEquals(1, t.p.partners());
        assertEquals(12, t.p.listAgents());
        assertTrue(t.rule.asked.isEmpty(), "no neighbour is asked once an insider takes it on");
        assertEquals(0, t.kit.world.practiceMergersCum() + t.kit.world.practiceClosuresCum());
        assertEquals(1, t.jobs.seen.size(), "one review: the salaried GP's (the registrar is not asked)");
        assertTrue(t.jobs.seen.get(0).stream().anyMatch(o -> o.kind() == Post.Kind.STAY), "a review: staying is an option");
    }

    @Test
    void whenNewPartnershipsAreNotAllowedNoInsiderCanKeepThePractice() {
        Parameters params = params(0)
                .set(Parameters.POLICY_PUSH, PolicyPush.STRONG.ordinal())
                .set(Parameters.ICO_POLICY_START, Parameter.monthIndex(2015, 4))
                .set(Parameters.INDEPENDENT_CONTRACTOR_KEPT, 0);
        Town t = new Town(params, ScriptedMoves.refusing(), PickingJobChoice.preferring(Post.Kind.PARTNERSHIP, Post.Kind.STAY));
        assertFalse(t.p.offersPartnership());
        t.wiring.handBack.handBack(t.p);
        assertTrue(t.jobs.seen.get(0).stream().noneMatch(o -> o.kind() == Post.Kind.PARTNERSHIP));
        assertEquals(PracticeStatus.CLOSED, t.p.status(), "no taker, no ICO it refers to, no caretaker");
    }

    @Test
    void otherwiseTheFirstNeighbourThatWillTakesTheListOverWhateverTheListSizes() {
        Set<Practice> willing = new HashSet<>();
        Town t = new Town(params(1), ScriptedMoves.onlyWith(willing), staysElseSalaried());
        willing.add(t.e);
        t.wiring.handBack.handBack(t.p);
        assertEquals(List.of(t.w, t.e), t.rule.asked, "neighbours asked nearest first");
        // e (10 agents) absorbs p (12): a takeover is not a merger of equals
        assertEquals(PracticeStatus.MERGED_INTO, t.p.status());
        assertEquals(List.of(t.e), t.kit.world.network().targets(t.p, TieType.MERGED_INTO));
        assertEquals(22, t.e.listAgents());
        t.assertRegisteredAt(t.nearW, t.e);
        assertSame(t.e, t.kit.world.network().employerOf(t.salaried));
        assertSame(t.e, t.kit.world.network().employerOf(t.registrar));
        assertEquals(Role.SALARIED, t.salaried.role());
        assertEquals(1, t.kit.world.practiceMergersCum());
        assertEquals(0, t.kit.world.practiceClosuresCum());
        assertEquals(PracticeStatus.INDEPENDENT, t.e.status(), "no caretaker: the takeover came first");

        Town first = new Town(params(1), ScriptedMoves.agreeing(), staysElseSalaried());
        first.wiring.handBack.handBack(first.p);
        assertEquals(List.of(first.w), first.rule.asked, "the first that will ends the asking");
        assertEquals(List.of(first.w), first.kit.world.network().targets(first.p, TieType.MERGED_INTO));
    }

    private static Parameters icoPolicy(double caretakerProbability) {
        return params(caretakerProbability)
                .set(Parameters.POLICY_PUSH, PolicyPush.STRONG.ordinal())
                .set(Parameters.ICO_POLICY_START, Parameter.monthIndex(2015, 4));
    }

    /** p refers to two operating ICOs: 3 referrals to t1 (the nearer) and 8 to a third trust. */
    private static Trust refersToTwoIcos(Town t) {
        Trust t3 = t.kit.trust(t.econ, 60, 60, TrustKind.ACUTE);
        for (Trust ico : List.of(t.t1, t3)) {
            ico.startForming(0, Leadership.HOSPITAL_LED, null);
            ico.startOperating(0);
        }
        var ties = t.kit.world.network().setReferralTies(t.p, List.of(t.t1, t3));
        ties.get(0).recordMonth(0, 3);
        ties.get(1).recordMonth(0, 8);
        return t3;
    }

    @Test
    void underAnIcoPolicyTheIcoItRefersToMostRunsIt() {
        Town t = new Town(icoPolicy(1), ScriptedMoves.refusing(), staysElseSalaried());
        Trust most = refersToTwoIcos(t);
        t.p.setVacancies(3, true, true, 7);
        t.wiring.handBack.handBack(t.p);
        assertEquals(PracticeStatus.ICO_RUN, t.p.status());
        assertEquals(List.of(most), t.kit.world.network().membershipsOf(t.p));
        assertSame(most, t.wiring.memberships.icoOf(t.p));
        assertEquals(0, t.p.partnerlessMonths());
        assertEquals(1, t.kit.world.network().referralTiesOf(t.p).size());
        assertSame(most, t.kit.world.network().target(t.kit.world.network().referralTiesOf(t.p).get(0)));
        assertSame(t.p, t.kit.world.network().employerOf(t.salaried), "its staff stay");
        assertEquals(12, t.p.listAgents());
    }

    @Test
    void withoutAnActivePolicyNoIcoRunsItButACaretakerMay() {
        Parameters later = icoPolicy(1).set(Parameters.ICO_POLICY_START, Parameter.monthIndex(2016, 4));
        Town t = new Town(later, ScriptedMoves.refusing(), staysElseSalaried());
        refersToTwoIcos(t);
        t.wiring.handBack.handBack(t.p);
        assertEquals(PracticeStatus.TRUST_RUN, t.p.status(), "the policy starts in April 2016");
        assertEquals(List.of(t.t1), t.kit.world.network().membershipsOf(t.p), "the nearest trust, an ICO or not");
        assertNull(t.wiring.memberships.icoOf(t.p));
    }

    @Test
    void aCaretakerTrustRunsItKeepingItsStaffListNeighboursAndReferralsAndEndingItsFederation() {
        Town t = new Town(params(1), ScriptedMoves.refusing(), staysElseSalaried());
        Federation fed = t.kit.world.newFederation(t.econ);
        t.kit.world.network().addMembership(t.p, fed);
        t.kit.world.network().addMembership(t.w, fed);
        t.p.setStatus(PracticeStatus.FEDERATED);
        t.kit.world.network().setReferralTies(t.p, List.of(t.t1));
        t.wiring.handBack.handBack(t.p);
        assertEquals(PracticeStatus.TRUST_RUN, t.p.status());
        assertEquals(List.of(t.t1), t.kit.world.network().membershipsOf(t.p));
        assertSame(t.t1, t.wiring.memberships.runningTrust(t.p));
        assertEquals(List.of(t.w), t.wiring.memberships.federationMembers(fed));
        assertEquals(List.of(t.salaried, t.registrar), t.kit.world.network().staffOf(t.p));
        assertEquals(12, t.p.listAgents());
        assertEquals(List.of(t.w, t.e), t.kit.world.network().neighboursOf(t.p));
        assertEquals(1, t.kit.world.network().referralTiesOf(t.p).size());
        assertEquals(0, t.kit.world.practiceClosuresCum());
        assertEquals(List.of(t.w, t.e), t.rule.asked, "the neighbours were asked first");
    }

    @Test
    void withNoTrustInTheEconomyThereIsNoCaretaker() {
        WorldKit kit = new WorldKit(params(1));
        Economy e = kit.economy();
        Practice p = kit.practice(e, 0, 0);
        Practice q = kit.practice(e, 1, 0);
        kit.patients(p, 30, Demography.LOW, 5);
        kit.gp(q, Role.PARTNER, 1.0, 50);
        kit.ready();
        Wiring w = new Wiring(kit, ScriptedMoves.refusing(), staysElseSalaried()).withNeighbours();
        w.practiceMonth();
        w.handBack.handBack(p);
        assertEquals(PracticeStatus.CLOSED, p.status());
        assertEquals(5, q.listAgents());
    }

    @Test
    void aClosedPracticesPatientsRegisterWithTheOpenNeighbourNearestTheirHome() {
        Town t = new Town(params(0), ScriptedMoves.refusing(), staysElseSalaried());
        t.kit.world.calendar().setMonth(5);
        t.onlyEOffersASalariedPost();
        long agents = t.econ.patients().size();
        t.wiring.handBack.handBack(t.p);

        assertEquals(PracticeStatus.CLOSED, t.p.status());
        assertEquals(5, t.p.monthEnded());
        assertEquals(1, t.kit.world.practiceClosuresCum());
        assertEquals(0, t.kit.world.practiceMergersCum());
        // 3 at 2 km and 3 at 9 km to w; 4 at 18 km and 2 at 38 km to e; none to f
        assertEquals(0, t.p.listAgents());
        assertEquals(16, t.w.listAgents());
        assertEquals(16, t.e.listAgents());
        assertEquals(10, t.f.listAgents());
        t.assertRegisteredAt(t.nearW, t.w);
        t.assertRegisteredAt(t.nearE, t.e);
        assertEquals(agents, t.econ.patients().size(), "nobody lost in a closure");
        assertEquals(0, t.econ.registrationsOut());
        // ties
        assertTrue(t.kit.world.network().staffOf(t.p).isEmpty());
        assertTrue(t.kit.world.network().neighboursOf(t.p).isEmpty());
        assertTrue(t.kit.world.network().neighbouredBy(t.p).isEmpty());
        assertTrue(t.kit.world.network().membershipsOf(t.p).isEmpty());
        assertEquals(List.of(t.e, t.f), t.kit.world.network().neighboursOf(t.w), "rebuilt without p");
        assertEquals(List.of(t.w, t.f), t.kit.world.network().neighboursOf(t.e));
        assertEquals(0, t.p.salaried(), "the closed practice's staff summary is read again");
    }

    @Test
    void itsGpsAreDisplacedAndChooseAndItsRegistrarMovesToATrainingPractice() {
        Town t = new Town(params(0), ScriptedMoves.refusing(), staysElseSalaried());
        t.onlyEOffersASalariedPost();
        t.wiring.handBack.handBack(t.p);
        // two choices: the review of the insider step (stayed), then the displaced one
        assertEquals(2, t.jobs.seen.size());
        List<Post> displaced = t.jobs.seen.get(1);
        assertTrue(displaced.stream().noneMatch(o -> o.kind() == Post.Kind.STAY), "no staying at a closed practice");
        assertTrue(displaced.stream().anyMatch(o -> o.kind() == Post.Kind.LEAVE), "leaving is allowed");
        assertSame(t.e, t.kit.world.network().employerOf(t.salaried));
        assertEquals(Role.SALARIED, t.salaried.role());
        assertEquals(0, t.e.openPosts(), "the post at e is filled");
        assertEquals(1, t.e.salaried());
        // w is the only practice with two partners
        assertSame(t.w, t.kit.world.network().employerOf(t.registrar));
        assertEquals(Role.REGISTRAR, t.registrar.role());
    }

    @Test
    void aDisplacedGpMayLeave() {
        Town t = new Town(params(0), ScriptedMoves.refusing(), PickingJobChoice.preferring(Post.Kind.STAY, Post.Kind.LEAVE));
        t.wiring.handBack.handBack(t.p);
        assertFalse(t.salaried.isActive());
        assertNull(t.kit.world.network().employerOf(t.salaried));
        assertEquals(1, t.kit.world.gpLeaversCum());
    }

    @Test
    void withNoOpenNeighbourThePatientsGoToTheNearestOpenPracticeOfTheEconomy() {
        Town t = new Town(params(0), ScriptedMoves.refusing(), staysElseSalaried());
        t.w.end(PracticeStatus.CLOSED, 0);
        t.e.end(PracticeStatus.MERGED_INTO, 0);
        t.wiring.handBack.close(t.p);
        assertEquals(22, t.f.listAgents());
        t.assertRegisteredAt(t.nearW, t.f);
        t.assertRegisteredAt(t.nearE, t.f);
    }

    @Test
    void theLastPracticesPatientsLeaveTheModel() {
        WorldKit kit = new WorldKit(params(0));
        Economy e = kit.economy();
        Practice p = kit.practice(e, 0, 0);
        kit.patients(p, 30, Demography.LOW, 7);
        kit.patients(p, 70, Demography.HIGH, 2);
        kit.ready();
        Wiring w = new Wiring(kit, ScriptedMoves.refusing(), staysElseSalaried()).withNeighbours();
        w.practiceMonth();
        w.handBack.close(p);
        assertEquals(PracticeStatus.CLOSED, p.status());
        assertEquals(0, e.patients().size());
        assertEquals(0, p.listAgents());
        for (int cell = 0; cell < Demography.CELLS; cell++) assertEquals(0, p.caseMix(cell));
        assertEquals(9, e.registrationsOut());
        assertEquals(1, kit.world.practiceClosuresCum());
    }

    /** w's patients cannot get an appointment (access 0) and would switch to p at once. */
    private static Town unhappyAtW() {
        Parameters params = params(0).set(Parameters.GP_CONSULTATIONS, 10)
                .set(Parameters.SWITCH_AFTER_MONTHS, 1).set(Parameters.SWITCH_PROBABILITY, 1);
        Town t = new Town(params, ScriptedMoves.refusing(), staysElseSalaried());
        t.w.setWorkloadAndAccess(5, 0);
        t.kit.world.signals().switchTarget[t.w.id()] = t.p.id();
        return t;
    }

    @Test
    void nobodySwitchesToAPracticeThatHasClosed() {
        Town open = unhappyAtW();
        new PatientLoop(open.kit.world).step();
        assertTrue(open.p.listAgents() > 12, "the control: unhappy patients of w switch to p while it is open");

        Town t = unhappyAtW();
        t.wiring.handBack.close(t.p);
        new PatientLoop(t.kit.world).step();
        assertEquals(0, t.p.listAgents());
        assertEquals(0, t.econ.patients().indicesAt(t.p.id()).length);
    }

    @Test
    void aClosedPracticeIsNobodysSwitchTarget() {
        Town t = new Town(params(0), ScriptedMoves.refusing(), staysElseSalaried());
        t.kit.world.signals().switchTarget[t.w.id()] = t.p.id();
        t.kit.world.signals().switchTarget[t.p.id()] = t.e.id();
        t.wiring.handBack.close(t.p);
        assertEquals(-1, t.kit.world.signals().switchTarget[t.w.id()]);
        assertEquals(-1, t.kit.world.signals().switchTarget[t.p.id()]);
    }
}
