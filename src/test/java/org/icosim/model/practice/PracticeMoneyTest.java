package org.icosim.model.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.icosim.model.WorldKit;
import org.icosim.model.parameters.Parameters;
import org.icosim.model.parameters.YearOfCareCoverage;
import org.icosim.model.patients.Demography;
import org.icosim.model.world.Economy;
import org.icosim.model.world.Federation;
import org.icosim.model.world.Leadership;
import org.icosim.model.world.Practice;
import org.icosim.model.world.PracticeStatus;
import org.icosim.model.world.Role;
import org.icosim.model.world.Trust;
import org.icosim.model.world.TrustKind;
import org.junit.jupiter.api.Test;

/**
 * ODD 8.5 on a hand-built practice of 1000 agents aged 30 at low risk, 10 real patients each
 * (N = 10,000; with one case-mix cell the need-weighted list is the list), two partners (1.0 and
 * 0.6 FTE), a salaried GP at 0.5 FTE and a locum at 0.25 FTE, and an MPIG of £10,000. Prices: global
 * sum £80 (+5% a year), QOF £20, other income £40, fixed cost £100,000, variable cost £60 (costs
 * +10% a year), salaried pay £80,000 and locum pay £100,000 (+10% a year).
 */
class PracticeMoneyTest {

    private static final double EPS = 1e-6;

    private static Parameters prices() {
        return new Parameters()
                .set(Parameters.PATIENT_SCALE, 10)
                .set(Parameters.GLOBAL_SUM, 80).set(Parameters.GLOBAL_SUM_GROWTH, 0.05)
                .set(Parameters.QOF_PER_PATIENT, 20).set(Parameters.OTHER_INCOME_PER_PATIENT, 40)
                .set(Parameters.FIXED_COST, 100000).set(Parameters.VARIABLE_COST, 60)
                .set(Parameters.COST_INFLATION, 0.1).set(Parameters.FEDERATION_SAVING, 0.1)
                .set(Parameters.SALARIED_PAY, 80000).set(Parameters.LOCUM_PAY, 100000).set(Parameters.PAY_GROWTH, 0.1)
                .set(Parameters.ICO_SALARY_PREMIUM, 0.25)
                .set(Parameters.ALLIANCE_TARIFF_SHARE, 0.2).set(Parameters.YEAR_OF_CARE_TARIFF, 1000);
    }

    /** The practice described above, and what it needs. */
    private static final class Fixture {
        final WorldKit kit;
        final Economy e;
        final Practice p;
        final Wiring w;

        Fixture(Parameters params) {
            kit = new WorldKit(params);
            e = kit.economy();
            p = kit.practice(e, 0, 0);
            kit.patients(p, 30, Demography.LOW, 1000);
            kit.gp(p, Role.PARTNER, 1.0, 50);
            kit.gp(p, Role.PARTNER, 0.6, 45);
            kit.gp(p, Role.SALARIED, 0.5, 40);
            kit.gp(p, Role.LOCUM, 0.25, 35);
            p.setMpig2015(10000);
            kit.ready();
            w = new Wiring(kit, ScriptedMoves.refusing());
        }

        Fixture() {
            this(prices());
        }

        /** The month's money at workload {@code workload}. */
        void money(double workload) {
            w.capacity.readStaff(p);
            p.setWorkloadAndAccess(workload, 1);
            w.money.update(p);
        }

        Trust operatingIco() {
            Trust t = kit.trust(e, 10, 10, TrustKind.ACUTE);
            t.startForming(0, Leadership.HOSPITAL_LED, null);
            t.startOperating(0);
            return t;
        }
    }

    @Test
    void eachLineOfIncomeAndCostInTheFirstContractYear() {
        Fixture f = new Fixture();
        f.money(0.8);
        // global sum 80 x 10,000 + QOF 20 x 10,000 x 1 + other 40 x 10,000 + MPIG 10,000
        assertEquals(800000 + 200000 + 400000 + 10000, f.p.income(), EPS);
        // fixed 100,000 + variable 60 x 10,000 + salaried 0.5 x 80,000 + locum 0.25 x 100,000
        assertEquals(100000 + 600000 + 40000 + 25000, f.p.costs(), EPS);
        assertEquals(645000, f.p.profit(), EPS);
        assertEquals(322500, f.p.profitPerPartner(), EPS, "an equal share whatever the partner's FTE");
        assertEquals(1, f.p.qofAchievement(), EPS);
    }

    @Test
    void pricesOfALaterContractYear() {
        Fixture f = new Fixture();
        f.kit.world.calendar().setMonth(24); // April 2017: contract year 2
        f.money(0.8);
        // global sum 80 x 1.05^2 = 88.2; MPIG 10,000 x 3/5
        assertEquals(882000 + 200000 + 400000 + 6000, f.p.income(), EPS);
        // cost index 1.1^2 = 1.21; salaried pay 96,800; locum pay 121,000
        assertEquals(121000 + 726000 + 48400 + 30250, f.p.costs(), EPS);
        assertEquals(1488000 - 925650, f.p.profit(), EPS);
        assertEquals((1488000 - 925650) / 2.0, f.p.profitPerPartner(), EPS);
    }

    @Test
    void qofSlipsByHalfTheExcessLoadToNoLessThanHalf() {
        assertEquals(1, PracticeMoney.qofAchievement(0.3), EPS);
        assertEquals(1, PracticeMoney.qofAchievement(1.0), EPS);
        assertEquals(0.8, PracticeMoney.qofAchievement(1.4), EPS);
        assertEquals(0.5, PracticeMoney.qofAchievement(2.0), EPS);
        assertEquals(0.5, PracticeMoney.qofAchievement(3.0), EPS, "1 - 0.5 x 2 = 0, floored at 0.5");
        assertEquals(0.5, PracticeMoney.qofAchievement(5.0), EPS);

        Fixture f = new Fixture();
        f.money(1.4);
        assertEquals(0.8, f.p.qofAchievement(), EPS);
        assertEquals(800000 + 160000 + 400000 + 10000, f.p.income(), EPS);
        f.money(4);
        assertEquals(0.5, f.p.qofAchievement(), EPS);
        assertEquals(800000 + 100000 + 400000 + 10000, f.p.income(), EPS);
    }

    @Test
    void theGlobalSumIsPaidOnTheNeedWeightedList() {
        WorldKit kit = new WorldKit(prices().set(Parameters.QOF_PER_PATIENT, 0).set(Parameters.OTHER_INCOME_PER_PATIENT, 0));
        Economy e = kit.economy();
        Practice young = kit.practice(e, 0, 0);
        Practice old = kit.practice(e, 5, 0);
        kit.patients(young, 30, Demography.LOW, 1000);
        kit.patients(old, 70, Demography.HIGH, 500);
        kit.ready();
        Wiring w = new Wiring(kit, ScriptedMoves.refusing());
        // Weights 0.8 and 1.6 x 3.5 = 5.6 over their mean (1000 x 0.8 + 500 x 5.6) / 1500 = 2.4:
        // 1/3 and 7/3. Weighted lists 1000 x 1/3 x 10 and 500 x 7/3 x 10.
        assertEquals(10000.0 / 3, w.money.weightedList(young), EPS);
        assertEquals(35000.0 / 3, w.money.weightedList(old), EPS);
        for (Practice p : kit.world.practices()) {
            w.capacity.readStaff(p);
            w.money.update(p);
        }
        assertEquals(80 * 10000.0 / 3, young.income(), EPS);
        assertEquals(80 * 35000.0 / 3, old.income(), EPS);
        // variable costs are on the list, not the weighted list: 60 x 10,000 and 60 x 5,000
        assertEquals(100000 + 600000, young.costs(), EPS);
        assertEquals(100000 + 300000, old.costs(), EPS);
    }

    private static Parameters mpigOnly() {
        return prices().set(Parameters.GLOBAL_SUM, 0).set(Parameters.QOF_PER_PATIENT, 0).set(Parameters.OTHER_INCOME_PER_PATIENT, 0);
    }

    @Test
    void theMpigLosesAFifthOfIts2015ValueEachApril() {
        Fixture f = new Fixture(mpigOnly());
        int[] months = {0, 11, 12, 23, 24, 36, 48, 59, 60, 84};
        double[] share = {1, 1, 0.8, 0.8, 0.6, 0.4, 0.2, 0.2, 0, 0};
        for (int i = 0; i < months.length; i++) {
            f.kit.world.calendar().setMonth(months[i]);
            f.money(1);
            assertEquals(10000 * share[i], f.p.income(), EPS, "month " + months[i]);
        }
        Fixture kept = new Fixture(mpigOnly().set(Parameters.MPIG_WITHDRAWAL, 0));
        kept.kit.world.calendar().setMonth(60);
        kept.money(1);
        assertEquals(10000, kept.p.income(), EPS, "without the withdrawal the MPIG is paid in full");
    }

    @Test
    void anAllianceMemberOfAnOperatingIcoGetsItsShareOfTheTariffForItsEnrolledPatients() {
        Parameters params = mpigOnly().set(Parameters.YEAR_OF_CARE_COVERAGE, YearOfCareCoverage.HIGH_AND_RISING.ordinal());
        WorldKit kit = new WorldKit(params);
        Economy e = kit.economy();
        Practice p = kit.practice(e, 0, 0);
        kit.patients(p, 30, Demography.LOW, 900);
        kit.patients(p, 30, Demography.RISING, 50);
        kit.patients(p, 30, Demography.HIGH, 100);
        kit.ready();
        Wiring w = new Wiring(kit, ScriptedMoves.refusing());
        Trust ico = kit.trust(e, 10, 10, TrustKind.ACUTE);
        kit.world.network().addMembership(p, ico);
        p.setStatus(PracticeStatus.ICO_ALLIANCE);
        w.capacity.readStaff(p);

        ico.startForming(0, Leadership.HOSPITAL_LED, null);
        w.money.update(p);
        assertEquals(0, p.income(), EPS, "no share while the ICO is only forming");

        ico.startOperating(0);
        w.money.update(p);
        // 0.2 x 1000 x (50 + 100) agents x 10
        assertEquals(300000, p.income(), EPS);

        p.setStatus(PracticeStatus.ICO_RUN);
        w.money.update(p);
        assertEquals(0, p.income(), EPS, "a practice the ICO runs gets no alliance share");
        p.setStatus(PracticeStatus.INDEPENDENT);
        w.money.update(p);
        assertEquals(0, p.income(), EPS);
    }

    @Test
    void onlyTheHighTierIsEnrolledUnderTheDefaultCoverage() {
        WorldKit kit = new WorldKit(mpigOnly());
        Economy e = kit.economy();
        Practice p = kit.practice(e, 0, 0);
        kit.patients(p, 30, Demography.LOW, 900);
        kit.patients(p, 30, Demography.RISING, 50);
        kit.patients(p, 30, Demography.HIGH, 100);
        kit.ready();
        Wiring w = new Wiring(kit, ScriptedMoves.refusing());
        Trust ico = kit.trust(e, 10, 10, TrustKind.ACUTE);
        ico.startForming(0, Leadership.GP_LED, p);
        ico.startOperating(0);
        kit.world.network().addMembership(p, ico);
        p.setStatus(PracticeStatus.ICO_ALLIANCE);
        w.capacity.readStaff(p);
        w.money.update(p);
        // 0.2 x 1000 x 100 agents x 10
        assertEquals(200000, p.income(), EPS);
    }

    @Test
    void fixedCostsArePerUnitOfSiteAtTheCostIndex() {
        Fixture f = new Fixture();
        Practice other = f.kit.practice(f.e, 5, 0);
        f.p.absorbContract(other, 0.4); // units 1 + 1 x (1 - 0.4) = 1.6
        f.kit.world.calendar().setMonth(24);
        f.money(0.8);
        // fixed 100,000 x 1.6 x 1.21 + the year-2 costs of the rest
        assertEquals(193600 + 726000 + 48400 + 30250, f.p.costs(), EPS);
    }

    @Test
    void aFederatedPracticeSavesAShareOfItsVariableCostsAndItsFederationCollectsAMonthOfIt() {
        Fixture f = new Fixture();
        Federation fed = f.kit.world.newFederation(f.e);
        f.kit.world.network().addMembership(f.p, fed);
        f.p.setStatus(PracticeStatus.FEDERATED);
        f.money(0.8);
        // saving 0.1 x 600,000 = 60,000 a year
        assertEquals(765000 - 60000, f.p.costs(), EPS);
        assertEquals(5000, fed.savingsCum(), EPS);
        f.money(0.8);
        assertEquals(10000, fed.savingsCum(), EPS);

        // An alliance member that was federated keeps the back office ...
        Trust ico = f.operatingIco();
        f.kit.world.network().addMembership(f.p, ico);
        f.p.setStatus(PracticeStatus.ICO_ALLIANCE);
        f.money(0.8);
        assertEquals(765000 - 60000, f.p.costs(), EPS);
        assertEquals(15000, fed.savingsCum(), EPS);
        // ... and one with no federation saves nothing.
        f.kit.world.network().removeMembership(f.p, fed);
        f.money(0.8);
        assertEquals(765000, f.p.costs(), EPS);
        assertEquals(15000, fed.savingsCum(), EPS);
    }

    @Test
    void anIndependentPracticeSavesNothing() {
        Fixture f = new Fixture();
        f.money(0.8);
        assertEquals(765000, f.p.costs(), EPS);
    }

    @Test
    void anIcoRunPracticePaysIcoPayAndItsTrustTakesAMonthOfItsProfit() {
        Fixture f = new Fixture();
        Trust ico = f.operatingIco();
        f.kit.world.network().addMembership(f.p, ico);
        f.p.setStatus(PracticeStatus.ICO_RUN);
        f.money(0.8);
        // salaried at ICO pay 80,000 x 1.25 = 100,000: 0.5 x 100,000
        assertEquals(100000 + 600000 + 50000 + 25000, f.p.costs(), EPS);
        double profit = 1410000 - 775000;
        assertEquals(profit, f.p.profit(), EPS);
        assertEquals(profit / 12, ico.balance(), EPS);
        f.money(0.8);
        assertEquals(profit / 6, ico.balance(), EPS);
    }

    @Test
    void aCaretakerTrustPaysPracticePayAndTakesAMonthOfTheProfit() {
        Fixture f = new Fixture();
        Trust caretaker = f.kit.trust(f.e, 3, 4, TrustKind.COMMUNITY);
        f.kit.world.network().addMembership(f.p, caretaker);
        f.p.setStatus(PracticeStatus.TRUST_RUN);
        f.money(0.8);
        assertEquals(765000, f.p.costs(), EPS);
        assertEquals(645000.0 / 12, caretaker.balance(), EPS);
    }

    @Test
    void anIndependentPracticesProfitGoesToNoTrust() {
        Fixture f = new Fixture();
        Trust t = f.kit.trust(f.e, 3, 4, TrustKind.ACUTE);
        f.kit.world.network().setReferralTies(f.p, java.util.List.of(t));
        f.money(0.8);
        assertEquals(0, t.balance(), EPS);
    }

    @Test
    void withoutAPartnerTheProfitPerPartnerIsTheProfit() {
        Fixture f = new Fixture();
        for (org.icosim.network.Node n : f.kit.world.network().staffOf(f.p)) {
            if (((org.icosim.model.world.Gp) n).role() == Role.PARTNER) f.kit.world.network().unemploy(n);
        }
        f.money(0.8);
        assertEquals(0, f.p.partners());
        assertEquals(645000, f.p.profit(), EPS);
        assertEquals(645000, f.p.profitPerPartner(), EPS);
    }
}
