package org.icosim.model.patients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;

import org.icosim.model.WorldKit;
import org.icosim.model.parameters.Parameters;
import org.icosim.model.parameters.YearOfCareCoverage;
import org.icosim.model.world.Economy;
import org.icosim.model.world.Practice;
import org.icosim.model.world.PracticeSignals;
import org.junit.jupiter.api.Test;

/** ODD 8.3, the patient loop, on hand-built worlds: demand and access, events, switching, birthdays, new patients. */
class PatientLoopTest {

    /** A population that neither grows nor shrinks, so counts of patients are exact. */
    private static Parameters closed() {
        return new Parameters().set(Parameters.BIRTH_RATE, 0).set(Parameters.DEATH_RATE_SCALE, 0)
                .set(Parameters.NET_REGISTRATION_INFLOW, 0);
    }

    private static int countUnmet(Patients pt, Practice p, int months) {
        int n = 0;
        for (int i = 0; i < pt.size(); i++) if (pt.practiceOf(i) == p.id() && pt.unmetMonthsOf(i) == months) n++;
        return n;
    }

    @Test
    void patientsWhoseRequestsGoUnmetSwitchToTheTargetAndNobodyIsLost() {
        WorldKit kit = new WorldKit(closed().set(Parameters.SWITCH_AFTER_MONTHS, 1).set(Parameters.SWITCH_PROBABILITY, 1));
        Economy e = kit.economy();
        Practice poor = kit.practice(e, 0, 0);
        Practice good = kit.practice(e, 1, 0);
        kit.patients(poor, 30, Demography.LOW, 400);
        kit.patients(good, 30, Demography.LOW, 400);
        kit.ready();
        PracticeSignals s = kit.world.signals();
        s.access[poor.id()] = 0;
        s.switchTarget[poor.id()] = good.id();
        new PatientLoop(kit.world).step();

        assertEquals(800, poor.listAgents() + good.listAgents(), "switching moves patients, it never loses them");
        // One cell: 2.58 / 12 = 0.215 requests a month, so an agent makes 0 or 1. Every request at
        // the poor practice goes unmet, and with switchAfterMonths 1 and probability 1 its maker switches.
        int switched = 400 - poor.listAgents();
        assertTrue(switched > 0);
        assertEquals(s.demand[poor.id()], switched, "exactly the agents who asked switched");
        assertEquals(switched, e.switches());
        assertEquals(0, s.met[poor.id()], "no capacity, no appointment met");
        assertEquals(poor.listAgents(), countUnmet(e.patients(), poor, 0), "who stayed made no request");
        assertEquals(good.listAgents(), countUnmet(e.patients(), good, 0), "a switcher's memory restarts");
    }

    @Test
    void withFullAccessEveryRequestIsMetAndNobodySwitches() {
        WorldKit kit = new WorldKit(closed().set(Parameters.SWITCH_AFTER_MONTHS, 1).set(Parameters.SWITCH_PROBABILITY, 1));
        Economy e = kit.economy();
        Practice a = kit.practice(e, 0, 0);
        Practice b = kit.practice(e, 1, 0);
        kit.patients(a, 70, Demography.HIGH, 300);
        kit.patients(b, 10, Demography.LOW, 300);
        kit.ready();
        kit.world.signals().switchTarget[a.id()] = b.id();
        new PatientLoop(kit.world).step();
        PracticeSignals s = kit.world.signals();
        assertTrue(s.demand[a.id()] > 0 && s.demand[b.id()] > 0);
        assertEquals(s.demand[a.id()], s.met[a.id()]);
        assertEquals(s.demand[b.id()], s.met[b.id()]);
        assertEquals(300, a.listAgents());
        assertEquals(300, b.listAgents());
        assertEquals(0, e.switches());
    }

    @Test
    void patientsSwitchOnlyAfterSwitchAfterMonthsUnmetMonthsInARow() {
        WorldKit kit = new WorldKit(closed().set(Parameters.SWITCH_AFTER_MONTHS, 3).set(Parameters.SWITCH_PROBABILITY, 1));
        Economy e = kit.economy();
        Practice poor = kit.practice(e, 0, 0);
        Practice good = kit.practice(e, 1, 0);
        // Consultation weights: 95 LOW children (0.55) and 5 HIGH over-85s (2.4 x 3.5 = 8.4) have mean
        // 0.9425, so each over-85 makes 2.58 x 8.4 / 0.9425 / 12 = 1.92 requests a month: at least one, always.
        kit.patients(poor, 90, Demography.HIGH, 5);
        kit.patients(good, 10, Demography.LOW, 95);
        kit.ready();
        PracticeSignals s = kit.world.signals();
        s.access[poor.id()] = 0;
        s.switchTarget[poor.id()] = good.id();
        PatientLoop loop = new PatientLoop(kit.world);
        for (int month = 1; month <= 2; month++) {
            loop.step();
            assertEquals(5, poor.listAgents(), "still at the poor practice after " + month + " unmet months");
            assertEquals(5, countUnmet(e.patients(), poor, month));
        }
        loop.step();
        assertEquals(0, poor.listAgents(), "the third unmet month in a row: all switch");
        assertEquals(100, good.listAgents());
        assertEquals(5, e.switches());
    }

    @Test
    void aMonthWithoutRequestsLeavesTheMemoryAndAMetMonthClearsIt() {
        for (double access : new double[] {1, 0}) {
            WorldKit kit = new WorldKit(closed().set(Parameters.SWITCH_AFTER_MONTHS, 60));
            Economy e = kit.economy();
            Practice p = kit.practice(e, 0, 0);
            kit.patients(p, 30, Demography.LOW, 1000);
            kit.ready();
            Patients pt = e.patients();
            for (int i = 0; i < pt.size(); i++) pt.setUnmetMonths(i, 1);
            kit.world.signals().access[p.id()] = access;
            new PatientLoop(kit.world).step();
            int asked = kit.world.signals().demand[p.id()]; // 0.215 a month: each agent asks at most once
            assertTrue(asked > 0);
            int cleared = access == 1 ? countUnmet(pt, p, 0) : countUnmet(pt, p, 2);
            assertEquals(asked, cleared, "the agents who asked: memory 0 if met, 2 if not (access " + access + ")");
            assertEquals(1000 - asked, countUnmet(pt, p, 1), "the others keep their memory");
        }
    }

    @Test
    void onTheBirthdayMonthAgentsAgeAndAnAdultsTierIsDrawnAgain() {
        // January 2016: month of year 0, the birthday month the kit gives its agents. No risk tiers
        // but LOW can be drawn, so a redrawn tier is LOW whatever it was.
        Parameters params = closed().set(Parameters.HIGH_RISK_SHARE, 0).set(Parameters.RISING_RISK_SHARE, 0);
        WorldKit kit = new WorldKit(params, YearMonth.of(2016, 1), 1);
        Economy e = kit.economy();
        Practice p = kit.practice(e, 0, 0);
        kit.patients(p, 4, Demography.LOW, 1);
        kit.patients(p, 17, Demography.LOW, 1);
        kit.patients(p, 50, Demography.HIGH, 1);
        kit.patients(p, 120, Demography.LOW, 1);
        e.patients().add(p, 0, 0, 4, 5, Demography.LOW); // birthday in June
        kit.ready();
        new PatientLoop(kit.world).step();

        Patients pt = e.patients();
        int[] ages = new int[pt.size()];
        for (int i = 0; i < pt.size(); i++) ages[i] = pt.ageOf(i);
        assertEquals(5, ages[0], "4 to 5: from the under-fives to 5-17");
        assertEquals(18, ages[1]);
        assertEquals(51, ages[2]);
        assertEquals(120, ages[3], "ages stop at 120");
        assertEquals(4, ages[4], "not this agent's birthday month");
        assertEquals(Demography.LOW, pt.tierOf(2), "the tier of an adult is drawn again at the birthday");
        assertEquals(1, p.caseMix(Demography.cell(5, Demography.LOW)));
        assertEquals(1, p.caseMix(Demography.cell(18, Demography.LOW)));
        assertEquals(1, p.caseMix(Demography.cell(51, Demography.LOW)));
        assertEquals(0, p.caseMix(Demography.cell(50, Demography.HIGH)));
        assertEquals(1, p.caseMix(Demography.cell(4, Demography.LOW)));
        assertEquals(1, p.caseMix(Demography.cell(120, Demography.LOW)));
        assertEquals(5, p.listAgents());
    }

    /** Every practice's list and case mix equal what the patient arrays say. */
    private static void assertListsMatchTheArrays(WorldKit kit, String when) {
        for (Economy e : kit.world.economies()) {
            Patients pt = e.patients();
            int[][] cells = new int[kit.world.practices().size()][Demography.CELLS];
            for (int i = 0; i < pt.size(); i++) cells[pt.practiceOf(i)][Demography.cell(pt.ageOf(i), pt.tierOf(i))]++;
            for (Practice p : e.practices()) {
                int list = 0;
                for (int c = 0; c < Demography.CELLS; c++) {
                    assertEquals(cells[p.id()][c], p.caseMix(c), p + " cell " + c + ", " + when);
                    list += cells[p.id()][c];
                }
                assertEquals(list, p.listAgents(), p + ", " + when);
            }
        }
    }

    private static WorldKit busyWorld(double netInflow) {
        Parameters params = new Parameters().set(Parameters.DEATH_RATE_SCALE, 5).set(Parameters.BIRTH_RATE, 0.05)
                .set(Parameters.NET_REGISTRATION_INFLOW, netInflow).set(Parameters.SWITCH_AFTER_MONTHS, 1)
                .set(Parameters.SWITCH_PROBABILITY, 0.5).set(Parameters.HIGH_RISK_SHARE, 0.1).set(Parameters.RISING_RISK_SHARE, 0.3);
        WorldKit kit = new WorldKit(params);
        Economy e = kit.economy();
        Practice[] ps = {kit.practice(e, 0, 0), kit.practice(e, 2, 0), kit.practice(e, 0, 2)};
        for (int age = 0; age < 100; age += 3) {
            for (int k = 0; k < 3; k++) {
                e.patients().add(ps[k], 0, 0, age, (age + k) % 12, age >= 18 ? (age / 3 + k) % 3 : Demography.LOW);
                e.patients().add(ps[k], 0, 0, age, (age * 5 + k) % 12, Demography.LOW);
            }
        }
        return kit.ready();
    }

    private static void runBusyYears(WorldKit kit, int months) {
        Economy e = kit.world.economies().get(0);
        long start = e.patients().size();
        PatientLoop loop = new PatientLoop(kit.world);
        PracticeSignals s = kit.world.signals();
        double[] access = {0.3, 0.6, 0.9};
        for (int m = 0; m < months; m++) {
            kit.world.calendar().setMonth(m);
            s.clearCounts();
            for (int k = 0; k < 3; k++) {
                s.access[k] = access[(k + m) % 3];
                s.switchTarget[k] = (k + 1) % 3;
            }
            loop.step();
            assertListsMatchTheArrays(kit, "month " + m);
            assertEquals(start + e.births() + e.registrationsIn() - e.deaths() - e.registrationsOut(), e.patients().size(),
                    "agents = start + births + arrivals - deaths - departures, month " + m);
        }
        assertTrue(e.births() > 0 && e.deaths() > 0 && e.switches() > 0, "the months had births, deaths and switches");
    }

    @Test
    void listsAndCaseMixAlwaysEqualTheArraysThroughBirthsDeathsArrivalsSwitchesAndBirthdays() {
        WorldKit kit = busyWorld(0.05);
        runBusyYears(kit, 24);
        assertTrue(kit.world.economies().get(0).registrationsIn() > 0);
    }

    @Test
    void listsAndCaseMixAlwaysEqualTheArraysWhenPatientsLeave() {
        WorldKit kit = busyWorld(-0.05);
        runBusyYears(kit, 24);
        Economy e = kit.world.economies().get(0);
        assertTrue(e.registrationsOut() > 0);
        assertEquals(0, e.registrationsIn());
    }

    @Test
    void newbornsRegisterWithTheirMotherAndArrivalsAreYoungAdults() {
        Parameters params = new Parameters().set(Parameters.DEATH_RATE_SCALE, 0).set(Parameters.BIRTH_RATE, 0.048)
                .set(Parameters.NET_REGISTRATION_INFLOW, 0.048);
        WorldKit kit = new WorldKit(params, YearMonth.of(2015, 7), 1);
        Economy e = kit.economy();
        Practice mothers = kit.practice(e, 0, 0);
        Practice elderly = kit.practice(e, 10, 0);
        kit.patients(mothers, 30, Demography.LOW, 600);
        kit.patients(elderly, 70, Demography.LOW, 600);
        kit.ready();
        new PatientLoop(kit.world).step();

        // 1,200 agents x 0.048 / 12 = 4.8: 4 or 5 newborns and as many arrivals.
        assertTrue(e.births() == 4 || e.births() == 5, "births " + e.births());
        assertTrue(e.registrationsIn() == 4 || e.registrationsIn() == 5, "arrivals " + e.registrationsIn());
        Patients pt = e.patients();
        byte[] birthMonth = pt.birthMonthArray();
        int newborns = 0;
        for (int i = 1200; i < pt.size(); i++) {
            if (pt.ageOf(i) == 0) {
                newborns++;
                assertEquals(mothers.id(), pt.practiceOf(i), "at the mother's practice");
                assertEquals(Demography.LOW, pt.tierOf(i));
                assertEquals(6, birthMonth[i], "born in July (month of year 6)");
            } else {
                assertTrue(pt.ageOf(i) >= 18 && pt.ageOf(i) <= 44, "an arrival is 18-44: " + pt.ageOf(i));
            }
        }
        assertEquals(e.births(), newborns);
        assertEquals(1200 + e.births() + e.registrationsIn(), pt.size());
    }

    /** |x - mean| within 4 standard deviations of a count whose spread is {@code sd}. */
    private static void assertWithin4Sd(double mean, double sd, double x, String what) {
        assertTrue(Math.abs(x - mean) <= 4 * sd, what + ": " + x + ", expected " + mean + " +- 4 x " + sd);
    }

    @Test
    void requestsAreMetIndependentlyWithTheAccessProbability() {
        WorldKit kit = new WorldKit(closed());
        Economy e = kit.economy();
        double[] access = {0.2, 0.5, 0.9};
        int n = 10000;
        for (int k = 0; k < access.length; k++) kit.patients(kit.practice(e, k, 0), 30, Demography.LOW, n);
        kit.ready();
        PracticeSignals s = kit.world.signals();
        for (int k = 0; k < access.length; k++) s.access[k] = access[k];
        new PatientLoop(kit.world).step();
        double lambda = 2.58 / 12; // one cell: the mean rate itself, 0.215 a month, so requests are Bernoulli
        for (int k = 0; k < access.length; k++) {
            assertWithin4Sd(n * lambda, Math.sqrt(n * lambda * (1 - lambda)), s.demand[k], "requests at practice " + k);
            double d = s.demand[k];
            assertWithin4Sd(d * access[k], Math.sqrt(d * access[k] * (1 - access[k])), s.met[k], "met at access " + access[k]);
        }
    }

    @Test
    void admissionsAndAeFollowTheRatesAndAnUnmetMonthRaisesAe() {
        WorldKit kit = new WorldKit(closed());
        Economy e = kit.economy();
        int n = 20000;
        Practice open = kit.practice(e, 0, 0);
        Practice shut = kit.practice(e, 1, 0);
        kit.patients(open, 30, Demography.LOW, n);
        kit.patients(shut, 30, Demography.LOW, n);
        kit.ready();
        PracticeSignals s = kit.world.signals();
        s.access[shut.id()] = 0;
        new PatientLoop(kit.world).step();
        double admission = 0.096 / 12; // one cell: the mean rates
        double ae = 0.39 / 12;
        double asked = 2.58 / 12;
        for (Practice p : new Practice[] {open, shut}) {
            assertWithin4Sd(n * admission, Math.sqrt(n * admission * (1 - admission)), s.admissions[p.id()], "admissions at " + p);
        }
        assertWithin4Sd(n * ae, Math.sqrt(n * ae * (1 - ae)), s.ae[open.id()], "A&E with full access");
        // Where every request goes unmet, the 21.5% who asked attend A&E at 1.5 times the rate.
        double unmetAe = ae * (1 + 0.5 * asked);
        assertWithin4Sd(n * unmetAe, Math.sqrt(n * unmetAe * (1 - unmetAe)), s.ae[shut.id()], "A&E with no access");
    }

    @Test
    void theEnrolledFactorsActOnTheEnrolledTiersOnly() {
        for (YearOfCareCoverage coverage : YearOfCareCoverage.values()) {
            WorldKit kit = new WorldKit(closed().set(Parameters.YEAR_OF_CARE_COVERAGE, coverage.ordinal()));
            Economy e = kit.economy();
            Practice high = kit.practice(e, 0, 0);
            Practice rising = kit.practice(e, 1, 0);
            kit.patients(high, 70, Demography.HIGH, 3000);
            kit.patients(rising, 70, Demography.RISING, 3000);
            kit.ready();
            PracticeSignals s = kit.world.signals();
            for (Practice p : new Practice[] {high, rising}) {
                s.enrolledAdmissionFactor[p.id()] = 0;
                s.enrolledAeFactor[p.id()] = 0;
            }
            PatientLoop loop = new PatientLoop(kit.world);
            int risingAdmissions = 0;
            for (int m = 0; m < 6; m++) {
                s.clearCounts();
                loop.step();
                assertEquals(0, s.admissions[high.id()], "enrolled HIGH patients, factor 0: no admission");
                assertEquals(0, s.ae[high.id()]);
                assertTrue(s.demand[high.id()] > 0, "their demand is untouched");
                risingAdmissions += s.admissions[rising.id()] + s.ae[rising.id()];
            }
            if (coverage == YearOfCareCoverage.HIGH_AND_RISING) {
                assertEquals(0, risingAdmissions, "RISING patients are enrolled too");
            } else {
                double q = kit.world.rates().admissionPerMonth(Demography.cell(70, Demography.RISING))
                        + kit.world.rates().aePerMonth(Demography.cell(70, Demography.RISING));
                double mean = 6 * 3000 * q;
                assertWithin4Sd(mean, Math.sqrt(mean * (1 - q)), risingAdmissions, "RISING patients, not enrolled");
            }
        }
    }
}
