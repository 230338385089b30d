package org.icosim.model.observe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.icosim.metrics.Metric;
import org.icosim.model.Submodels;
import org.icosim.model.WorldKit;
import org.icosim.model.parameters.Parameters;
import org.icosim.model.patients.Demography;
import org.icosim.model.world.Economy;
import org.icosim.model.world.Federation;
import org.icosim.model.world.Gp;
import org.icosim.model.world.Leadership;
import org.icosim.model.world.Practice;
import org.icosim.model.world.PracticeSignals;
import org.icosim.model.world.PracticeStatus;
import org.icosim.model.world.Role;
import org.icosim.model.world.Trust;
import org.icosim.model.world.TrustKind;
import org.icosim.network.OrgNetwork;
import org.junit.jupiter.api.Test;

/**
 * ODD 8.25 on a hand-built economy (patientScale 10) where every metric is known:
 * <pre>
 * p0 independent, 10 agents          p1, p2 federated in F (10 agents each)
 * p3 alliance member of ICO T and federated in F2 with p5 (10 agents each)
 * p4 run by T (20 agents)            p6 run by caretaker trust C (10 agents)
 * p7 closed, still a member of F     p8 merged away
 * </pre>
 * Open practices: 7, with 80 agents = 800 patients.
 */
class ObserverTest {

    private static final class Fixture {
        final WorldKit kit = new WorldKit(new Parameters().set(Parameters.PATIENT_SCALE, 10));
        final Economy e = kit.economy();
        final Trust t = kit.trust(e, 0, 0, TrustKind.ACUTE);
        final Trust c = kit.trust(e, 1, 0, TrustKind.COMMUNITY);
        final Trust g = kit.trust(e, 2, 0, TrustKind.ACUTE);
        final Trust forming = kit.trust(e, 3, 0, TrustKind.ACUTE);
        final Practice[] p = new Practice[9];
        final Submodels sub;
        final OrgNetwork net = kit.world.network();

        Fixture() {
            int[] agents = {10, 10, 10, 10, 20, 10, 10, 10, 0};
            for (int i = 0; i < p.length; i++) {
                p[i] = kit.practice(e, i, i);
                kit.patients(p[i], 40, Demography.LOW, agents[i]);
            }
            kit.ready();
            sub = kit.submodels();
            Federation f = kit.world.newFederation(e);
            Federation f2 = kit.world.newFederation(e);
            member(p[1], f, PracticeStatus.FEDERATED);
            member(p[2], f, PracticeStatus.FEDERATED);
            member(p[7], f, PracticeStatus.FEDERATED);
            p[7].end(PracticeStatus.CLOSED, 0);
            member(p[3], f2, PracticeStatus.FEDERATED);
            member(p[5], f2, PracticeStatus.FEDERATED);
            member(p[3], t, PracticeStatus.ICO_ALLIANCE);
            member(p[4], t, PracticeStatus.ICO_RUN);
            member(p[6], c, PracticeStatus.TRUST_RUN);
            p[8].end(PracticeStatus.MERGED_INTO, 0);
            t.startForming(0, Leadership.HOSPITAL_LED, null);
            t.startOperating(0);
            g.startForming(0, Leadership.GP_LED, p[0]);
            g.startOperating(0);
            forming.startForming(0, Leadership.HOSPITAL_LED, null);
        }

        private void member(Practice q, org.icosim.network.Node organisation, PracticeStatus status) {
            net.addMembership(q, organisation);
            q.setStatus(status);
        }

        double observe(Metric m) {
            return sub.observer.observe()[m.ordinal()];
        }
    }

    @Test
    void practicesAndPatientsAreCountedByStatusInRealPeople() {
        Fixture w = new Fixture();
        w.kit.world.calendar().setMonth(5);
        double[] row = w.sub.observer.observe();
        assertEquals(5, row[Metric.month.ordinal()]);
        assertTrue(Double.isNaN(row[Metric.date.ordinal()]), "the CSV writer writes the date");
        assertEquals(7, row[Metric.practices.ordinal()]);
        assertEquals(1, row[Metric.practicesIndependent.ordinal()]);
        assertEquals(3, row[Metric.practicesFederated.ordinal()], "p1, p2, p5");
        assertEquals(1, row[Metric.practicesIcoAlliance.ordinal()]);
        assertEquals(1, row[Metric.practicesIcoRun.ordinal()]);
        assertEquals(1, row[Metric.practicesTrustRun.ordinal()]);
        assertEquals(800, row[Metric.patients.ordinal()]);
        assertEquals(800.0 / 7, row[Metric.meanListSize.ordinal()], 1e-12);
        assertEquals((100 + 200) / 800.0, row[Metric.icoPatientShare.ordinal()], 1e-15, "p3 and p4");
    }

    @Test
    void sizeBandsAndApmsPracticesCountOpenPracticesAtTheBandEdgesExactly() {
        // patientScale 100: 49 agents are 4,900 patients (small), 50 are 5,000 (not small),
        // 200 are 20,000 (not large), 201 are 20,100 (large); a closed small practice is not counted.
        WorldKit kit = new WorldKit(new Parameters().set(Parameters.PATIENT_SCALE, 100));
        Economy e = kit.economy();
        int[] agents = {49, 50, 200, 201, 10};
        Practice[] q = new Practice[agents.length];
        for (int i = 0; i < agents.length; i++) {
            q[i] = kit.practice(e, i, 0);
            kit.patients(q[i], 40, Demography.LOW, agents[i]);
        }
        q[0].setApms(true);
        q[4].setApms(true);
        kit.ready();
        q[4].end(PracticeStatus.CLOSED, 0);
        double[] row = kit.submodels().observer.observe();
        assertEquals(1, row[Metric.practicesUnder5000.ordinal()]);
        assertEquals(1, row[Metric.practicesOver20000.ordinal()]);
        assertEquals(1, row[Metric.apmsPractices.ordinal()], "the closed APMS practice is not counted");
        assertEquals(0, row[Metric.apmsContractsEndedCum.ordinal()]);
    }

    @Test
    void endedPracticesAreCountedByTheirListAtTheStartWithBandEndsInTheLowerBand() {
        // patientScale 100: 30 agents are 3,000 patients (band up to 3,000), 31 are 3,100, 50 are
        // 5,000 (3,000-5,000), 100 are 10,000 (5,000-10,000), 101 are 10,100 (over 10,000).
        WorldKit kit = new WorldKit(new Parameters().set(Parameters.PATIENT_SCALE, 100));
        Economy e = kit.economy();
        int[] agents = {30, 31, 50, 100, 101, 101, 20};
        Practice[] q = new Practice[agents.length];
        for (int i = 0; i < agents.length; i++) {
            q[i] = kit.practice(e, i, 0);
            kit.patients(q[i], 40, Demography.LOW, agents[i]);
        }
        kit.ready();
        Submodels sub = kit.submodels();
        sub.observer.noteStartLists();
        // After the start q6 grows past 10,000 patients and q5 stays open: neither changes the counts.
        kit.patients(q[6], 40, Demography.LOW, 200);
        for (int i : new int[] {0, 1, 2, 3, 4}) q[i].end(i % 2 == 0 ? PracticeStatus.CLOSED : PracticeStatus.MERGED_INTO, 3);
        q[6].end(PracticeStatus.MERGED_INTO, 4);
        double[] row = sub.observer.observe();
        assertEquals(2, row[Metric.endedStartUpTo3000Cum.ordinal()], "q0 at 3,000 and q6, which started at 2,000");
        assertEquals(2, row[Metric.endedStart3000To5000Cum.ordinal()], "q1 and q2 at 5,000");
        assertEquals(1, row[Metric.endedStart5000To10000Cum.ordinal()], "q3 at 10,000");
        assertEquals(1, row[Metric.endedStartOver10000Cum.ordinal()], "q4; q5 is open");
        assertEquals(0, Observer.startBand(0));
        assertEquals(3, Observer.startBand(10001));
    }

    @Test
    void companiesOwnThePracticesTheyRunAndTheLargestIsCountedInRealPatients() {
        // patientScale 10: q0-q3 of 10, 20, 30 and 40 agents (1,000 patients); company A runs q0 and
        // q2 (400 patients), company B runs q1 (200) and a closed practice, which counts for nothing.
        WorldKit kit = new WorldKit(new Parameters().set(Parameters.PATIENT_SCALE, 10));
        Economy e = kit.economy();
        int[] agents = {10, 20, 30, 40, 10};
        Practice[] q = new Practice[agents.length];
        for (int i = 0; i < agents.length; i++) {
            q[i] = kit.practice(e, i, 0);
            kit.patients(q[i], 40, Demography.LOW, agents[i]);
        }
        kit.ready();
        Submodels sub = kit.submodels();
        org.icosim.model.world.Company a = kit.world.newCompany();
        org.icosim.model.world.Company b = kit.world.newCompany();
        for (int i : new int[] {0, 2}) {
            kit.world.network().addMembership(q[i], a);
            q[i].setStatus(PracticeStatus.COMPANY_RUN);
        }
        kit.world.network().addMembership(q[1], b);
        q[1].setStatus(PracticeStatus.COMPANY_RUN);
        kit.world.network().addMembership(q[4], b);
        q[4].setStatus(PracticeStatus.COMPANY_RUN);
        q[4].end(PracticeStatus.CLOSED, 0);
        double[] row = sub.observer.observe();
        assertEquals(3, row[Metric.practicesCompanyRun.ordinal()]);
        assertEquals(600, row[Metric.patientsCompanyRun.ordinal()]);
        assertEquals(400, row[Metric.largestCompanyPatients.ordinal()]);
        assertEquals(1, row[Metric.practicesIndependent.ordinal()], "q3 alone is independent");
        // Owners: A 0.4, B 0.2, q3 0.4: HHI = 0.16 + 0.04 + 0.16.
        assertEquals(0.36, row[Metric.practiceHhi.ordinal()], 1e-12);
        assertEquals(2, sub.observer.largestOrganisation(), "q0 and q2 through A");
    }

    @Test
    void theLargestOrganisationIsTheLargestComponentOverMembershipTies() {
        Fixture w = new Fixture();
        // {p3, T, p4, F2, p5}: 3 practices; {p1, p2, F}: 2 (closed p7 not counted); {p6, C}; {p0}.
        assertEquals(3.0 / 7, w.observe(Metric.largestOrgShare), 1e-15);
        assertEquals(3, w.sub.observer.largestOrganisation());
        w.net.addMembership(w.p[0], w.kit.world.federations().get(0));
        w.net.addMembership(w.p[6], w.kit.world.federations().get(0));
        assertEquals(4.0 / 7, w.observe(Metric.largestOrgShare), 1e-15, "p0 and p6 join F: {p0, p1, p2, p6, F, C}");
        w.net.addMembership(w.p[5], w.kit.world.federations().get(0));
        assertEquals(1, w.observe(Metric.largestOrgShare), 1e-15, "p5 links F and F2: one organisation");
    }

    @Test
    void referralTiesDoNotMakeAnOrganisation() {
        Fixture w = new Fixture();
        for (Practice q : w.p) if (q.isOpen()) w.net.setReferralTies(q, java.util.List.of(w.t));
        assertEquals(3.0 / 7, w.observe(Metric.largestOrgShare), 1e-15);
    }

    @Test
    void theHhiCountsATrustAsTheOwnerOfThePracticesItRuns() {
        Fixture w = new Fixture();
        // Shares: p0, p1, p2, p3 (an alliance member owns itself), p5: 100/800 each; T: p4's 200/800; C: p6's 100/800.
        // HHI = 6 x 0.125^2 + 0.25^2 = 0.09375 + 0.0625.
        assertEquals(0.15625, w.observe(Metric.practiceHhi), 1e-15);
        WorldKit apart = new WorldKit(new Parameters());
        Economy e = apart.economy();
        for (int i = 0; i < 4; i++) apart.patients(apart.practice(e, i, 0), 30, Demography.LOW, 25);
        apart.ready();
        assertEquals(0.25, apart.submodels().observer.observe()[Metric.practiceHhi.ordinal()], 1e-15, "1/practices when equal and apart");
    }

    @Test
    void gpsAreCountedByRoleAndIcoSalariedGpsApart() {
        Fixture w = new Fixture();
        Gp a = w.kit.gp(w.p[0], Role.PARTNER, 0.8, 50);
        Gp b = w.kit.gp(w.p[0], Role.PARTNER, 1.0, 55);
        w.kit.gp(w.p[1], Role.PARTNER, 0.9, 45);
        w.kit.gp(w.p[0], Role.SALARIED, 0.6, 40);     // a practice's
        w.kit.gp(w.p[4], Role.SALARIED, 0.7, 40);     // at a practice the ICO runs
        w.kit.gp(w.t, Role.SALARIED, 0.8, 40);        // in the ICO's team
        Gp locum = w.kit.gp(w.p[0], Role.LOCUM, 0.5, 35);
        w.kit.gp(w.forming, Role.REGISTRAR, 1.0, 30);
        Gp gone = w.kit.gp(w.p[1], Role.PARTNER, 1.0, 62);
        gone.deactivate();
        w.net.remove(gone);
        a.setBurnout(0.2);
        b.setBurnout(0.4);
        locum.setBurnout(0.3);
        double[] row = w.sub.observer.observe();
        assertEquals(7, row[Metric.gpHeadcount.ordinal()], "registrars and leavers are not counted");
        assertEquals(5.3, row[Metric.gpFte.ordinal()], 1e-12);
        assertEquals(3, row[Metric.partnerHeadcount.ordinal()]);
        assertEquals(2.7, row[Metric.partnerFte.ordinal()], 1e-12);
        assertEquals(0.6, row[Metric.salariedFte.ordinal()], 1e-12);
        assertEquals(1, row[Metric.salariedHeadcount.ordinal()]);
        assertEquals(0.7 + 0.8, row[Metric.icoSalariedFte.ordinal()], 1e-12);
        assertEquals(0.5, row[Metric.locumFte.ordinal()], 1e-12);
        assertEquals(1, row[Metric.registrars.ordinal()]);
        assertEquals(2.7 / 5.3, row[Metric.partnerShareFte.ordinal()], 1e-12);
        assertEquals(0.9 / 7, row[Metric.meanBurnout.ordinal()], 1e-12);
        // FTE per head by role: ICO salaried GPs are not in the salaried head count, nor in its FTE
        assertEquals(2.7 / 3, row[Metric.partnerFtePerHead.ordinal()], 1e-12);
        assertEquals(0.6, row[Metric.salariedFtePerHead.ordinal()], 1e-12);
        assertEquals(1, row[Metric.locumHeadcount.ordinal()]);
        assertEquals(0.5, row[Metric.locumFtePerHead.ordinal()], 1e-12);
        // no locum market: the calendar's locum pay
        assertEquals(w.kit.world.calendar().locumPay(), row[Metric.locumPayPerFte.ordinal()], 1e-9);
    }

    @Test
    void locumPayIsTheRateIndicesWeightedByEachEconomysLocumFte() {
        WorldKit kit = new WorldKit(new Parameters());
        Economy e0 = kit.economy();
        Economy e1 = kit.economy();
        Practice a = kit.practice(e0, 0, 0);
        Practice b = kit.practice(e1, 0, 0);
        kit.ready();
        Submodels sub = kit.submodels();
        kit.world.labourMarket().setLocumRates(new double[] {1.0, 2.0}, new double[] {1.0, 2.0});
        double pay = kit.world.calendar().locumPay();
        // no locum anywhere: the economies weigh equally, (1 + 2) / 2
        assertEquals(1.5 * pay, sub.observer.observe()[Metric.locumPayPerFte.ordinal()], 1e-9);
        kit.gp(a, Role.LOCUM, 0.25, 40);
        kit.gp(b, Role.LOCUM, 0.75, 40);
        // 0.25 * 1 + 0.75 * 2 = 1.75
        assertEquals(1.75 * pay, sub.observer.observe()[Metric.locumPayPerFte.ordinal()], 1e-9);
    }

    @Test
    void perHeadMetricsAreZeroWithoutHeadsAndLocumPayIsWeightedByLocumFte() {
        Fixture w = new Fixture();
        double[] row = w.sub.observer.observe();
        assertEquals(0, row[Metric.partnerFtePerHead.ordinal()]);
        assertEquals(0, row[Metric.salariedFtePerHead.ordinal()]);
        assertEquals(0, row[Metric.locumFtePerHead.ordinal()]);
        assertEquals(0, row[Metric.locumHeadcount.ordinal()]);
        // one economy with rate index 1.2: the pay is 1.2 times the calendar's, whoever the locums are
        w.kit.world.labourMarket().setLocumRates(new double[] {1.2}, new double[] {1.2 * 0.97});
        assertEquals(1.2 * w.kit.world.calendar().locumPay(), w.sub.observer.observe()[Metric.locumPayPerFte.ordinal()], 1e-9);
        w.kit.gp(w.p[0], Role.LOCUM, 0.25, 35);
        w.kit.gp(w.p[1], Role.LOCUM, 0.75, 45);
        assertEquals(1.2 * w.kit.world.calendar().locumPay(), w.sub.observer.observe()[Metric.locumPayPerFte.ordinal()], 1e-9);
        assertEquals(0.5, w.sub.observer.observe()[Metric.locumFtePerHead.ordinal()], 1e-12);
    }

    @Test
    void meanPartnerProfitIsTotalProfitOverPartnersOfPracticesWithPartners() {
        Fixture w = new Fixture();
        w.kit.gp(w.p[0], Role.PARTNER, 1, 50);
        w.kit.gp(w.p[0], Role.PARTNER, 1, 50);
        w.kit.gp(w.p[1], Role.PARTNER, 1, 50);
        for (Practice q : w.p) w.sub.capacity.readStaff(q);
        w.p[0].setMoney(300000, 100000, 1);
        w.p[1].setMoney(150000, 100000, 1);
        w.p[2].setMoney(0, 1e6, 1); // no partner: left out
        // (200,000 + 50,000) / 3 partners.
        assertEquals(250000.0 / 3, w.observe(Metric.meanPartnerProfit), 1e-9);
        assertEquals(0, new Fixture().observe(Metric.meanPartnerProfit), "no partners anywhere");
    }

    @Test
    void workloadIsWeightedByListAndAccessIsMetOverAsked() {
        Fixture w = new Fixture();
        assertEquals(1, w.observe(Metric.accessWithin48h), "no request, nothing unmet");
        for (Practice q : w.p) if (q.isOpen()) q.setWorkloadAndAccess(0.6, 1);
        w.p[0].setWorkloadAndAccess(1.2, 1);
        // (1.2 x 100 + 0.6 x 700) / 800.
        assertEquals(0.675, w.observe(Metric.meanPracticeWorkload), 1e-12);
        PracticeSignals s = w.kit.world.signals();
        s.demand[0] = 10;
        s.met[0] = 5;
        s.demand[1] = 30;
        s.met[1] = 15;
        s.ae[0] = 3;
        s.admissions[1] = 2;
        double[] row = w.sub.observer.observe();
        assertEquals(0.5, row[Metric.accessWithin48h.ordinal()], 1e-15, "20 of 40");
        assertEquals(200, row[Metric.appointmentsMet.ordinal()], "20 agents' requests x 10");
        assertEquals(30, row[Metric.aeAttendances.ordinal()]);
        assertEquals(20, row[Metric.emergencyAdmissions.ordinal()]);
    }

    @Test
    void trustsIcosAndCumulativeCountsAreReadAsTheyAre() {
        Fixture w = new Fixture();
        w.t.setYearOfCare(120, 120000);
        w.g.setYearOfCare(30, 30000);
        w.t.addReferrals(40);
        w.g.addReferrals(2);
        w.kit.world.countClosure();
        w.kit.world.countClosure();
        w.kit.world.countMerger();
        for (int k = 0; k < 3; k++) w.kit.world.countLeaver();
        w.t.setTeam(4, 0);
        w.t.setTeamUse(1000, 250);
        w.g.setTeam(1, 0);
        w.g.setTeamUse(200, 150);
        w.forming.setTeam(7, 0);
        w.forming.setTeamUse(900, 0);
        double[] row = w.sub.observer.observe();
        assertEquals(2, row[Metric.trustsIco.ordinal()]);
        assertEquals(1, row[Metric.trustsIcoForming.ordinal()]);
        assertEquals(1, row[Metric.icosGpLed.ordinal()]);
        assertEquals(0, row[Metric.icosCommunityLed.ordinal()]);
        assertEquals(150, row[Metric.icoEnrolledPatients.ordinal()]);
        assertEquals(42, row[Metric.referrals.ordinal()]);
        assertEquals(2, row[Metric.practiceClosuresCum.ordinal()]);
        assertEquals(1, row[Metric.practiceMergersCum.ordinal()]);
        assertEquals(3, row[Metric.gpLeaversCum.ordinal()]);
        assertEquals(0, row[Metric.fundGpsCum.ordinal()]);
        assertEquals(5, row[Metric.icoTeamFte.ordinal()], "operating ICOs only");
        assertEquals(400.0 / 1200, row[Metric.icoTeamUtilisation.ordinal()], 1e-15, "(250 + 150) of (1000 + 200)");
    }

    @Test
    void teamUtilisationIsZeroWithoutATeam() {
        Fixture w = new Fixture();
        double[] row = w.sub.observer.observe();
        assertEquals(0, row[Metric.icoTeamFte.ordinal()]);
        assertEquals(0, row[Metric.icoTeamUtilisation.ordinal()]);
    }

    @Test
    void providersCountTheirOpenMembersAndHoldTheirListsInTheOwnershipIndex() {
        Fixture w = new Fixture();
        assertEquals(0, w.observe(Metric.providers));
        double before = w.observe(Metric.practiceHhi);
        org.icosim.model.world.Provider pr = w.kit.world.newProvider(w.e);
        w.net.addMembership(w.p[0], pr);
        w.net.addMembership(w.p[1], pr);
        w.net.addMembership(w.p[8], pr);
        double[] row = w.sub.observer.observe();
        assertEquals(1, row[Metric.providers.ordinal()]);
        assertEquals(2, row[Metric.practicesInProviders.ordinal()], "the merged-away member is not counted");
        assertEquals(200, row[Metric.patientsInProviders.ordinal()]);
        assertEquals(0, row[Metric.patientsInLargeProviders.ordinal()]);
        // p0 and p1 (100 patients each of 800) become one owner of 200: 2 x 0.125^2 becomes 0.25^2.
        assertEquals(before - 2 * 0.125 * 0.125 + 0.25 * 0.25, row[Metric.practiceHhi.ordinal()], 1e-12);
    }

    @Test
    void aProviderOfMoreThan100000PatientsIsLarge() {
        WorldKit kit = new WorldKit(new Parameters().set(Parameters.PATIENT_SCALE, 10000));
        Economy e = kit.economy();
        kit.trust(e, 0, 0, TrustKind.ACUTE);
        Practice a = kit.practice(e, 0, 0);
        Practice b = kit.practice(e, 1, 0);
        Practice c = kit.practice(e, 2, 0);
        kit.patients(a, 40, Demography.LOW, 6);
        kit.patients(b, 40, Demography.LOW, 5);
        kit.patients(c, 40, Demography.LOW, 4);
        kit.ready();
        Submodels sub = kit.submodels();
        org.icosim.model.world.Provider big = kit.world.newProvider(e);
        kit.world.network().addMembership(a, big);
        kit.world.network().addMembership(b, big);
        org.icosim.model.world.Provider lone = kit.world.newProvider(e);
        kit.world.network().addMembership(c, lone);
        double[] row = sub.observer.observe();
        assertEquals(2, row[Metric.providers.ordinal()]);
        assertEquals(150000, row[Metric.patientsInProviders.ordinal()]);
        assertEquals(110000, row[Metric.patientsInLargeProviders.ordinal()], "only the provider above 100,000");
    }

    @Test
    void operatingIcosLedByACommunityTrustAreCountedApartFromGpLedOnes() {
        Fixture w = new Fixture();
        Trust community = w.kit.trust(w.kit.economy(), 4, 0, TrustKind.COMMUNITY);
        // T's ICO, hospital-led in the fixture, as if a community trust had led it from the start.
        w.t.startForming(0, Leadership.COMMUNITY_LED, community);
        w.t.startOperating(0);
        w.forming.startForming(0, Leadership.COMMUNITY_LED, community);
        double[] row = w.sub.observer.observe();
        assertEquals(1, row[Metric.icosCommunityLed.ordinal()], "T; the forming one is not operating");
        assertEquals(1, row[Metric.icosGpLed.ordinal()], "G");
        assertEquals(2, row[Metric.trustsIco.ordinal()]);
    }
}
