package org.icosim.model.ico;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.icosim.model.Submodels;
import org.icosim.model.WorldKit;
import org.icosim.model.parameters.Parameter;
import org.icosim.model.parameters.Parameters;
import org.icosim.model.parameters.PolicyPush;
import org.icosim.model.parameters.YearOfCareBudget;
import org.icosim.model.patients.Demography;
import org.icosim.model.patients.PatientRates;
import org.icosim.model.world.Economy;
import org.icosim.model.world.Gp;
import org.icosim.model.world.IcoStatus;
import org.icosim.model.world.Leadership;
import org.icosim.model.world.Practice;
import org.icosim.model.world.PracticeSignals;
import org.icosim.model.world.PracticeStatus;
import org.icosim.model.world.Role;
import org.icosim.model.world.Trust;
import org.icosim.model.world.TrustKind;
import org.junit.jupiter.api.Test;

/**
 * ODD 8.41 on a hand-built economy (patientScale 10, a strong push from April 2015, no forming
 * lag): acute trust T with an alliance member and a practice it runs, an outsider that refers to
 * it, and acute trust U further off. Every enrolled (HIGH) patient is 70, so the economy's expected
 * cost per enrolled patient is that of one cell.
 */
class IcoBudgetTest {

    private static final int CELL = Demography.cell(70, Demography.HIGH);

    private static Parameters params(YearOfCareBudget budget) {
        return new Parameters().set(Parameters.PATIENT_SCALE, 10).set(Parameters.POLICY_PUSH, PolicyPush.STRONG.ordinal())
                .set(Parameters.ICO_POLICY_START, Parameter.monthIndex(2015, 4)).set(Parameters.ICO_FORMING_MONTHS, 0)
                .set(Parameters.YEAR_OF_CARE_BUDGET, budget.ordinal());
    }

    private static final class World {
        final WorldKit kit;
        final Economy e;
        final Trust t;
        final Trust u;
        final Practice ally;
        final Practice run;
        final Practice outsider;
        final Gp runGp;
        final Submodels sub;

        World(Parameters params) {
            kit = new WorldKit(params);
            e = kit.economy();
            t = kit.trust(e, 0, 0, TrustKind.ACUTE);
            u = kit.trust(e, 30, 0, TrustKind.ACUTE);
            ally = practice(1, 30);
            run = practice(2, 10);
            outsider = practice(3, 20);
            kit.gp(ally, Role.PARTNER, 1.0, 50);
            kit.gp(outsider, Role.PARTNER, 1.0, 50);
            runGp = kit.gp(run, Role.SALARIED, 1.0, 45);
            kit.ready();
            sub = kit.submodels();
            for (Practice p : kit.world.practices()) {
                sub.trusts.setReferralTies(p);
                sub.capacity.readStaff(p);
            }
        }

        private Practice practice(double x, int high) {
            Practice p = kit.practice(e, x, 0);
            kit.patients(p, 70, Demography.HIGH, high);
            kit.patients(p, 30, Demography.LOW, 200);
            return p;
        }

        /** T forms in month 0 and operates from it, with the ally and the run practice as members. */
        void operating() {
            t.startForming(0, Leadership.HOSPITAL_LED, null);
            month(0);
            sub.icoMoves.joinIco(ally, t);
            kit.world.network().addMembership(run, t);
            run.setStatus(PracticeStatus.ICO_RUN);
        }

        void month(int m) {
            kit.world.calendar().setMonth(m);
            sub.icoMonth.monthly();
        }

        /** A month's expected A&E and admission cost of one patient aged 70 at HIGH risk with no ICO effect, pounds. */
        double cellCost() {
            PatientRates r = kit.world.rates();
            return r.admissionPerMonth(CELL) * 1600 + r.aePerMonth(CELL) * 130;
        }
    }

    @Test
    void theCapitationIsTheEconomysExpectedHospitalCostOfAnEnrolledPatientFixedWhenTheIcoStarts() {
        World w = new World(params(YearOfCareBudget.CAPITATED));
        w.operating();
        assertEquals(12 * w.cellCost(), w.t.capitation(Demography.HIGH), 1e-9, "one cell: its cost a year");
        assertEquals(0, w.t.capitation(Demography.RISING), "only HIGH is enrolled");
        assertEquals(0, w.t.capitation(Demography.LOW));
        w.kit.patients(w.ally, 90, Demography.HIGH, 100); // older patients later: the price stays
        w.month(1);
        assertEquals(12 * w.cellCost(), w.t.capitation(Demography.HIGH), 1e-9);

        World discounted = new World(params(YearOfCareBudget.CAPITATED).set(Parameters.CAPITATION_DISCOUNT, 0.1));
        discounted.operating();
        assertEquals(0.9 * 12 * discounted.cellCost(), discounted.t.capitation(Demography.HIGH), 1e-9);

        World topUp = new World(params(YearOfCareBudget.TOP_UP));
        topUp.operating();
        assertEquals(0, topUp.t.capitation(Demography.HIGH), "no capitation with TOP_UP");
    }

    @Test
    void anIcoGainsWhatItsEffectSavesAndCarriesTheRiskOfSickerMembers() {
        // No team: the ally gets no effect, so its patients cost what the capitation pays.
        World w = new World(params(YearOfCareBudget.CAPITATED));
        w.operating();
        w.month(1);
        assertEquals(0, w.sub.icoBudget.capitationResult(w.t, List.of(w.ally)), 1e-6, "priced at the expected use: no gain, no loss");

        // A team that covers all enrolled demand: the effect's savings, 20% of admissions and 40% of A&E.
        World full = new World(params(YearOfCareBudget.CAPITATED));
        full.operating();
        full.kit.gp(full.t, Role.SALARIED, 5.0, 40);
        full.month(1);
        PracticeSignals s = full.kit.world.signals();
        assertEquals(0.8, s.enrolledAdmissionFactor[full.ally.id()], 1e-12, "full coverage");
        PatientRates r = full.kit.world.rates();
        double saving = 30 * 10 * (0.2 * r.admissionPerMonth(CELL) * 1600 + 0.4 * r.aePerMonth(CELL) * 130);
        assertEquals(saving, full.sub.icoBudget.capitationResult(full.t, List.of(full.ally)), 1e-6);

        // Older enrolled patients than the economy's, at a price set on the economy: a loss.
        World older = new World(params(YearOfCareBudget.CAPITATED));
        older.operating();
        Practice sick = older.ally;
        older.kit.patients(sick, 90, Demography.HIGH, 30);
        older.month(1);
        assertTrue(older.sub.icoBudget.capitationResult(older.t, List.of(sick)) < 0, "patients of 90 cost more than the price of 70");

        World topUp = new World(params(YearOfCareBudget.TOP_UP));
        topUp.operating();
        topUp.kit.gp(topUp.t, Role.SALARIED, 5.0, 40);
        topUp.month(1);
        assertEquals(0, topUp.sub.icoBudget.capitationResult(topUp.t, List.of(topUp.ally)), "no risk with TOP_UP");
    }

    @Test
    void theIcosAccountIsTheTrustsAndKeepsItsLastYear() {
        World w = new World(params(YearOfCareBudget.CAPITATED).set(Parameters.ICO_FAILURE_DEFICIT, 10));
        w.operating();
        double before = w.t.balance();
        double icoBefore = w.t.icoBalance();
        w.kit.gp(w.t, Role.SALARIED, 5.0, 40); // a team far above its budget
        w.month(1);
        double result = w.t.icoBalance() - icoBefore;
        assertTrue(result < 0, "team pay above the budget: " + result);
        assertEquals(result, w.t.balance() - before, 1e-6, "the trust's balance moves with the ICO's account");
        assertEquals(2, w.t.icoMonthsOperated());
        assertEquals(w.t.icoBalance(), w.t.icoResultLast12(), 1e-6, "two months so far: both");
        double[] results = new double[16];
        for (int m = 2; m < 16; m++) {
            double b = w.t.icoBalance();
            w.month(m);
            results[m] = w.t.icoBalance() - b;
        }
        assertEquals(16, w.t.icoMonthsOperated());
        double last12 = 0;
        for (int m = 4; m < 16; m++) last12 += results[m];
        assertEquals(last12, w.t.icoResultLast12(), 1e-6, "the last 12 months, whatever came before");
    }

    @Test
    void inDeficitOverItsLastYearAnIcoMakesNoOffersAndTakesOnNoHandedBackContract() {
        // Offer rounds are every 12 months from the ICO's start (month 0); the deficit comes in month 11.
        for (YearOfCareBudget budget : YearOfCareBudget.values()) {
            for (boolean deficit : new boolean[] {false, true}) {
                World w = new World(params(budget).set(Parameters.ICO_FAILURE_DEFICIT, 10));
                w.operating();
                for (int m = 1; m < 12; m++) w.month(m);
                if (deficit) w.t.addIcoResult(-1_000_000);
                w.month(11);
                w.outsider.clearOffers();
                w.month(12);
                boolean refuses = deficit && budget == YearOfCareBudget.CAPITATED;
                String what = budget + (deficit ? " in deficit" : "");
                assertEquals(IcoStatus.ICO, w.t.icoStatus(), what);
                assertEquals(!refuses, w.t.takingOn(), what);
                assertEquals(refuses ? null : w.t, w.outsider.allianceOffer(), what + ": the alliance offer of its annual round");
                assertEquals(refuses ? null : w.t, w.sub.memberships.offeringIco(w.outsider), what + ": would it run a handed-back contract");
            }
        }
    }

    @Test
    void withItsBalanceBelowZeroAtAQuarterEndItHandsBackThePracticeItRunsThatLosesMost() {
        World w = new World(params(YearOfCareBudget.CAPITATED).set(Parameters.ICO_FAILURE_DEFICIT, 10));
        w.operating();
        w.t.addIcoResult(-1_000_000);
        w.run.setMoney(100_000, 150_000, 1); // a loss of 50,000 a year
        w.month(1);
        assertFalse(w.t.takingOn());
        assertSame(w.t, w.sub.memberships.icoOf(w.run), "not a quarter end: kept");
        w.month(2);
        assertEquals(1, w.t.icoHandBacks());
        assertNotSame(w.t, w.sub.memberships.icoOf(w.run), "handed back at the quarter end");
        assertNotEquals(PracticeStatus.ICO_RUN, w.run.status());
        assertEquals(PracticeStatus.ICO_ALLIANCE, w.ally.status(), "an alliance member is not the ICO's to hand back");
        assertEquals(IcoStatus.ICO, w.t.icoStatus());

        World profitable = new World(params(YearOfCareBudget.CAPITATED).set(Parameters.ICO_FAILURE_DEFICIT, 10));
        profitable.operating();
        profitable.t.addIcoResult(-1_000_000);
        profitable.run.setMoney(150_000, 100_000, 1);
        profitable.month(2);
        assertEquals(0, profitable.t.icoHandBacks(), "a practice that makes a profit is kept");
        assertSame(profitable.t, profitable.sub.memberships.icoOf(profitable.run));
    }

    @Test
    void pastItsFailureDeficitAnIcoDissolvesAndNeverFormsAgain() {
        World w = new World(params(YearOfCareBudget.CAPITATED));
        w.operating();
        Gp teamGp = w.kit.gp(w.t, Role.SALARIED, 1.0, 40);
        w.t.addFundedFte(0.68);
        w.month(1);
        double income = w.sub.icoBudget.annualIncome(w.t, w.sub.memberships.icoMembers(w.t));
        assertTrue(income > 0);
        // Just above the threshold: nothing happens.
        w.t.addIcoResult(-0.1 * income - w.t.icoBalance() + 50_000);
        w.month(3);
        assertEquals(IcoStatus.ICO, w.t.icoStatus(), "balance " + w.t.icoBalance() + " against " + (-0.1 * income));

        w.t.addIcoResult(-0.1 * income);
        w.month(4);
        assertEquals(IcoStatus.DISSOLVED, w.t.icoStatus());
        assertEquals(4, w.t.dissolvedMonth());
        assertEquals(List.of(), w.sub.memberships.icoMembers(w.t));
        assertEquals(PracticeStatus.INDEPENDENT, w.ally.status(), "the alliance member keeps its contract and leaves");
        assertNotEquals(PracticeStatus.ICO_RUN, w.run.status());
        assertEquals(1, w.t.icoHandBacks(), "the practice it ran was handed back");
        assertNotSame(w.t, w.kit.world.network().employerOf(teamGp), "its team lost their posts");
        assertEquals(0, w.t.enrolled());
        assertEquals(0, w.t.mdtFte());
        assertEquals(0.68, w.sub.fund.takePending(w.e), 1e-12, "the fund's post went back to the economy's pool");
        assertFalse(w.t.isIco());

        w.kit.world.calendar().setMonth(5);
        w.sub.icoFormation.quarterlyFormation();
        assertEquals(IcoStatus.DISSOLVED, w.t.icoStatus(), "it does not form again");
    }

    @Test
    void withTopUpAnIcoInDeepDeficitCarriesOn() {
        World w = new World(params(YearOfCareBudget.TOP_UP));
        w.operating();
        w.t.addIcoResult(-1e9);
        w.run.setMoney(100_000, 150_000, 1);
        for (int m = 1; m <= 6; m++) w.month(m);
        assertEquals(IcoStatus.ICO, w.t.icoStatus());
        assertTrue(w.t.takingOn());
        assertEquals(0, w.t.icoHandBacks());
        assertSame(w.t, w.sub.memberships.icoOf(w.run));
    }
}
