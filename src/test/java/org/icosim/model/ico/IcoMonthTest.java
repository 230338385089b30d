package org.icosim.model.ico;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

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
import org.icosim.model.world.PracticeSignals;
import org.icosim.model.world.PracticeStatus;
import org.icosim.model.world.Role;
import org.icosim.model.world.Trust;
import org.icosim.model.world.TrustKind;
import org.icosim.network.Tie;
import org.junit.jupiter.api.Test;

/**
 * ODD 8.19 on a hand-built economy (patientScale 10, a strong push from April 2015, ICOs forming
 * for 3 months): acute trust T with two members (an alliance member and a practice it runs), an
 * outsider that refers to it, a closed member, and acute trust U.
 */
class IcoMonthTest {

    private static Parameters params() {
        return new Parameters().set(Parameters.PATIENT_SCALE, 10).set(Parameters.POLICY_PUSH, PolicyPush.STRONG.ordinal())
                .set(Parameters.ICO_POLICY_START, Parameter.monthIndex(2015, 4)).set(Parameters.ICO_FORMING_MONTHS, 3);
    }

    private static final class Fixture {
        final WorldKit kit;
        final Economy e;
        final Trust t;
        final Trust u;
        final Practice ally;
        final Practice run;
        final Practice outsider;
        final Practice closed;
        Submodels sub;

        /** {@code allyHigh} and {@code runHigh} HIGH agents aged 70 at the two members. */
        Fixture(Parameters params, int allyHigh, int runHigh) {
            kit = new WorldKit(params);
            e = kit.economy();
            t = kit.trust(e, 0, 0, TrustKind.ACUTE);
            u = kit.trust(e, 30, 0, TrustKind.ACUTE);
            ally = practice(1, 0, allyHigh);
            run = practice(2, 0, runHigh);
            outsider = practice(3, 0, 9);
            closed = practice(4, 0, 7);
            kit.patients(outsider, 10, Demography.LOW, 2000);
            kit.ready();
            sub = kit.submodels();
            for (Practice p : kit.world.practices()) {
                sub.trusts.setReferralTies(p);
                sub.capacity.readStaff(p);
            }
        }

        private Practice practice(double x, double y, int high) {
            Practice p = kit.practice(e, x, y);
            kit.patients(p, 70, Demography.HIGH, high);
            kit.patients(p, 30, Demography.LOW, 20);
            kit.gp(p, Role.PARTNER, 1.0, 50);
            return p;
        }

        /** T operating from this month, with the alliance member, the practice it runs and the closed member. */
        void operating() {
            t.startForming(0, Leadership.HOSPITAL_LED, null);
            t.startOperating(0);
            sub.icoMoves.joinIco(ally, t);
            kit.world.network().addMembership(run, t);
            run.setStatus(PracticeStatus.ICO_RUN);
            sub.icoMoves.joinIco(closed, t);
            closed.end(PracticeStatus.CLOSED, 0);
        }

        void month(int m) {
            kit.world.calendar().setMonth(m);
            sub.icoMonth.monthly();
        }
    }

    @Test
    void aFormingTrustStartsOperatingAfterTheFormingMonths() {
        Fixture w = new Fixture(params(), 1, 1);
        w.t.startForming(0, Leadership.HOSPITAL_LED, null);
        for (int m = 0; m < 3; m++) {
            w.month(m);
            assertEquals(IcoStatus.FORMING, w.t.icoStatus(), "month " + m);
        }
        w.month(3);
        assertEquals(IcoStatus.ICO, w.t.icoStatus());
        assertEquals(3, w.t.icoSince());
        assertEquals(IcoStatus.NONE, w.u.icoStatus());

        Fixture at = new Fixture(params().set(Parameters.ICO_FORMING_MONTHS, 0), 1, 1);
        at.kit.world.calendar().setMonth(5);
        at.t.startForming(5, Leadership.HOSPITAL_LED, null);
        at.month(5);
        assertEquals(5, at.t.icoSince(), "with no forming months, it operates in the month it decided");
    }

    @Test
    void theOpenPartnerLedPracticesOfTheLeadGroupFoundAGpLedIco() {
        Fixture w = new Fixture(params(), 1, 1);
        Federation f = w.kit.world.newFederation(w.e);
        for (Practice p : List.of(w.ally, w.run, w.closed, w.outsider)) {
            w.kit.world.network().addMembership(p, f);
            p.setStatus(PracticeStatus.FEDERATED);
        }
        w.closed.end(PracticeStatus.CLOSED, 0);
        w.u.startForming(0, Leadership.HOSPITAL_LED, null);
        w.u.startOperating(0);
        w.sub.icoMoves.joinIco(w.outsider, w.u); // already in another ICO
        w.t.startForming(0, Leadership.GP_LED, f);
        w.month(3);
        for (Practice p : List.of(w.ally, w.run)) {
            assertEquals(PracticeStatus.ICO_ALLIANCE, p.status(), p.toString());
            assertEquals(List.of(f, w.t), w.kit.world.network().membershipsOf(p), "it keeps its federation");
            assertEquals(List.of(w.t), w.kit.world.network().targets(p, org.icosim.network.TieType.REFERS_TO));
        }
        assertEquals(PracticeStatus.CLOSED, w.closed.status());
        assertEquals(List.of(f, w.u), w.kit.world.network().membershipsOf(w.outsider), "still U's member");
        assertEquals(List.of(w.ally, w.run), w.sub.memberships.icoMembers(w.t));

        Fixture single = new Fixture(params(), 1, 1);
        single.t.startForming(0, Leadership.GP_LED, single.outsider);
        single.month(3);
        assertEquals(List.of(single.outsider), single.sub.memberships.icoMembers(single.t), "a practice that leads founds it alone");
    }

    @Test
    void aCommunityLedIcoStartsWithNoFoundingMembers() {
        Fixture w = new Fixture(params(), 1, 1);
        Trust community = w.kit.trust(w.e, 1, 1, TrustKind.COMMUNITY);
        w.t.startForming(0, Leadership.COMMUNITY_LED, community);
        w.month(3);
        assertEquals(org.icosim.model.world.IcoStatus.ICO, w.t.icoStatus());
        assertEquals(List.of(), w.sub.memberships.icoMembers(w.t), "no GP group founded it");
        assertEquals(org.icosim.model.world.IcoStatus.NONE, community.icoStatus());
    }

    /** ICO pay in 2015/16: £78,800 x 1.05 = £82,740 an FTE-year; a tariff of a tenth of it per enrolled patient. */
    private static Parameters tenthOfPay() {
        return params().set(Parameters.YEAR_OF_CARE_TARIFF, 8274);
    }

    @Test
    void theYearOfCareIsPaidForTheEnrolledPatientsOfOpenMembers() {
        Fixture w = new Fixture(tenthOfPay(), 6, 4);
        w.operating();
        w.month(0);
        // 6 + 4 HIGH agents at the members, x 10; the outsider's 9 and the closed member's 7 do not count.
        assertEquals(100, w.t.enrolled(), 1e-9);
        assertEquals(827400, w.t.yearOfCareIncome(), 1e-6);
        assertEquals(0, w.u.enrolled());
    }

    @Test
    void withHighAndRisingCoverageRisingRiskPatientsAreEnrolledToo() {
        for (YearOfCareCoverage coverage : YearOfCareCoverage.values()) {
            Fixture w = new Fixture(tenthOfPay().set(Parameters.YEAR_OF_CARE_COVERAGE, coverage.ordinal()), 6, 4);
            w.kit.patients(w.ally, 50, Demography.RISING, 5); // after the rates were fixed: only the case mix counts
            w.operating();
            w.month(0);
            double expected = coverage == YearOfCareCoverage.HIGH ? 100 : 150; // (6 + 4 [+ 5]) x 10
            assertEquals(expected, w.t.enrolled(), 1e-9, coverage.toString());
        }
    }

    @Test
    void theTeamOpensThePostsItsBudgetPaysForAtMostThreeAMonth() {
        // Budget: 0.25 x £827,400 / £82,740 = 2.5 FTE.
        Fixture w = new Fixture(tenthOfPay(), 6, 4);
        w.operating();
        w.kit.gp(w.t, Role.SALARIED, 1.0, 40);
        w.kit.gp(w.t, Role.REGISTRAR, 1.0, 30); // not in the team
        w.month(0);
        assertEquals(1.0, w.t.mdtFte(), 1e-12);
        assertEquals(2, w.t.openIcoPosts(), "floor((2.5 - 1) / 0.68) = 2");
        assertEquals(List.of(w.t), w.kit.world.labourMarket().openIcoPosts(w.e.id()));
        // The balance: (0.25 x 827,400 - 1.0 x 82,740) / 12 = 10,342.50 a month.
        assertEquals(10342.5, w.t.balance(), 1e-6);

        w.t.addFundedFte(0.68);
        w.month(1);
        assertEquals(3, w.t.openIcoPosts(), "floor((2.5 + 0.68 - 1) / 0.68) = 3");
        // The fund pays for its post while the team fills it: (206,850 + 0.68 x 82,740 - 82,740) / 12 = 15,031.10.
        assertEquals(10342.5 + 15031.1, w.t.balance(), 1e-6);

        Fixture none = new Fixture(tenthOfPay(), 6, 4);
        none.operating();
        none.month(0);
        assertEquals(3, none.t.openIcoPosts(), "floor(2.5 / 0.68) = 3");
        Fixture rich = new Fixture(params().set(Parameters.YEAR_OF_CARE_TARIFF, 82740), 6, 4);
        rich.operating();
        rich.month(0);
        assertEquals(3, rich.t.openIcoPosts(), "a 25 FTE budget still opens 3 posts a month");
    }

    @Test
    void aTeamLargerThanItsBudgetIsKeptOpensNothingAndCostsTheBalance() {
        Fixture w = new Fixture(tenthOfPay(), 6, 4);
        w.operating();
        for (int k = 0; k < 3; k++) w.kit.gp(w.t, Role.SALARIED, 1.0, 40);
        w.month(0);
        assertEquals(3.0, w.t.mdtFte(), 1e-12);
        assertEquals(0, w.t.openIcoPosts());
        assertTrue(w.kit.world.labourMarket().openIcoPosts(w.e.id()).isEmpty());
        assertEquals((206850 - 3 * 82740) / 12.0, w.t.balance(), 1e-6); // -3,447.50
    }

    private static double enrolledDemand(Fixture w, int agents) {
        return 10 * agents * w.kit.world.rates().demandPerMonth(Demography.cell(70, Demography.HIGH));
    }

    @Test
    void theTeamsAppointmentsGoToMembersInProportionToTheirEnrolledDemand() {
        Fixture w = new Fixture(params(), 300, 100);
        w.operating();
        w.kit.gp(w.t, Role.SALARIED, 1.0, 40);
        w.month(0);
        double capacity = 5000.0 / 12; // 1 FTE at 5,000 appointments a year
        assertTrue(enrolledDemand(w, 400) > capacity, "the members ask for more than the team gives");
        assertEquals(capacity * 3 / 4, w.ally.icoSupport(), 1e-9, "300 of the 400 enrolled agents");
        assertEquals(capacity / 4, w.run.icoSupport(), 1e-9);
        assertEquals(0, w.outsider.icoSupport());
        assertEquals(capacity, w.t.teamAppointments(), 1e-9);
        assertEquals(capacity, w.t.teamAppointmentsUsed(), 1e-9, "every appointment of the team is used");
    }

    @Test
    void aMemberGetsNoMoreSupportThanItsEnrolledPatientsAsk() {
        Fixture w = new Fixture(params(), 3, 1);
        w.operating();
        w.kit.gp(w.t, Role.SALARIED, 1.0, 40);
        w.month(0);
        assertTrue(enrolledDemand(w, 4) < 5000.0 / 12);
        assertEquals(enrolledDemand(w, 3), w.ally.icoSupport(), 1e-12);
        assertEquals(enrolledDemand(w, 1), w.run.icoSupport(), 1e-12);
        assertEquals(5000.0 / 12, w.t.teamAppointments(), 1e-9);
        assertEquals(enrolledDemand(w, 4), w.t.teamAppointmentsUsed(), 1e-12, "the rest of the team's time is idle");
        Fixture noTeam = new Fixture(params(), 3, 1);
        noTeam.operating();
        noTeam.month(0);
        assertEquals(0, noTeam.ally.icoSupport(), "no team, no support");
    }

    @Test
    void withoutCoverageMembersEnrolledPatientsGetTheIcosFullFactorsUntilTheyLeave() {
        Fixture w = new Fixture(params().set(Parameters.ICO_EFFECT_BY_COVERAGE, 0), 3, 1);
        w.operating();
        w.month(0);
        PracticeSignals s = w.kit.world.signals();
        for (Practice p : List.of(w.ally, w.run)) {
            assertEquals(0.8, s.enrolledAdmissionFactor[p.id()], 1e-15, "1 - icoAdmissionEffect 0.20");
            assertEquals(0.6, s.enrolledAeFactor[p.id()], 1e-15, "1 - icoAeEffect 0.40");
        }
        for (Practice p : List.of(w.outsider, w.closed)) {
            assertEquals(1, s.enrolledAdmissionFactor[p.id()]);
            assertEquals(1, s.enrolledAeFactor[p.id()]);
        }
        w.sub.icoMoves.leaveIco(w.ally);
        w.month(1);
        assertEquals(1, s.enrolledAdmissionFactor[w.ally.id()], "a practice that left is back to the status quo");
        assertEquals(1, s.enrolledAeFactor[w.ally.id()]);
        assertEquals(0, w.ally.icoSupport());
    }

    @Test
    void theEffectGrowsWithTheTeamsCoverageOfEnrolledDemand() {
        // 300 and 100 enrolled agents at the two members (patientScale 10): enrolled demand D.
        double demand = enrolledDemand(new Fixture(params(), 300, 100), 400);
        double perFte = new Fixture(params(), 300, 100).sub.capacity.appointmentsPerFteMonth();
        PracticeSignals s;

        // No team: the alliance member gets nothing; the practice the ICO runs gets the effect
        // in the share of requests its own (the ICO's) GPs meet.
        Fixture none = new Fixture(params(), 300, 100);
        none.operating();
        none.month(0);
        s = none.kit.world.signals();
        assertEquals(1, s.enrolledAdmissionFactor[none.ally.id()], 0.0, "no team, no effect on an alliance member");
        assertEquals(1, s.enrolledAeFactor[none.ally.id()], 0.0);
        double access = none.run.accessProbability();
        assertTrue(access > 0 && access <= 1, "the run practice's access " + access);
        assertEquals(1 - 0.20 * access, s.enrolledAdmissionFactor[none.run.id()], 1e-12);
        assertEquals(1 - 0.40 * access, s.enrolledAeFactor[none.run.id()], 1e-12);

        // A team whose appointments meet a quarter of D: a quarter of the effect at the ally.
        Fixture quarter = new Fixture(params(), 300, 100);
        quarter.operating();
        quarter.kit.gp(quarter.t, Role.SALARIED, 0.25 * demand / perFte, 40);
        quarter.month(0);
        s = quarter.kit.world.signals();
        assertEquals(1 - 0.20 * 0.25, s.enrolledAdmissionFactor[quarter.ally.id()], 1e-9);
        assertEquals(1 - 0.40 * 0.25, s.enrolledAeFactor[quarter.ally.id()], 1e-9);
        assertEquals(1 - 0.20 * Math.max(0.25, quarter.run.accessProbability()), s.enrolledAdmissionFactor[quarter.run.id()], 1e-9);

        // A team with more appointments than D: the full effect, never more.
        Fixture full = new Fixture(params(), 300, 100);
        full.operating();
        full.kit.gp(full.t, Role.SALARIED, 3 * demand / perFte, 40);
        full.month(0);
        s = full.kit.world.signals();
        assertEquals(0.8, s.enrolledAdmissionFactor[full.ally.id()], 1e-12);
        assertEquals(0.6, s.enrolledAeFactor[full.ally.id()], 1e-12);
        assertEquals(0.8, s.enrolledAdmissionFactor[full.run.id()], 1e-12);
        assertEquals(1, s.enrolledAdmissionFactor[full.outsider.id()], 0.0, "outside the ICO: the status quo");

        assertEquals(0, IcoMonth.teamCoverage(5, 0), 0.0, "no enrolled demand, no coverage");
        assertEquals(0.5, IcoMonth.teamCoverage(5, 10), 0.0);
        assertEquals(1, IcoMonth.teamCoverage(50, 10), 0.0);
    }

    @Test
    void withNoTrustFormingTheMonthChangesNothing() {
        Fixture w = new Fixture(params(), 3, 1);
        PracticeSignals s = w.kit.world.signals();
        s.enrolledAdmissionFactor[w.ally.id()] = 0.5;
        w.ally.setIcoSupport(7);
        w.month(0);
        assertEquals(0.5, s.enrolledAdmissionFactor[w.ally.id()]);
        assertEquals(7, w.ally.icoSupport());
        assertNull(w.outsider.allianceOffer());
    }

    @Test
    void offersFollowOnlyWhileThePolicyApplies() {
        Fixture w = new Fixture(params(), 3, 1);
        w.operating();
        w.month(0);
        assertSame(w.t, w.outsider.allianceOffer(), "the outsider refers mainly to T: offered an alliance in T's first round");
        Fixture noPolicy = new Fixture(params().set(Parameters.POLICY_PUSH, PolicyPush.NONE.ordinal()), 3, 1);
        noPolicy.operating();
        noPolicy.month(0);
        assertNull(noPolicy.outsider.allianceOffer());
        assertTrue(noPolicy.t.enrolled() > 0, "an ICO set up by hand still runs its month");
        Tie tie = noPolicy.kit.world.network().referralTiesOf(noPolicy.outsider).get(0);
        assertSame(noPolicy.t, noPolicy.kit.world.network().target(tie), "the outsider still refers to T: no offer was made");
    }
}
