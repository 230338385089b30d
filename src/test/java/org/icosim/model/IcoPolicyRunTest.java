package org.icosim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;

import org.icosim.metrics.Metric;
import org.icosim.model.parameters.Parameter;
import org.icosim.model.parameters.Parameters;
import org.icosim.model.parameters.PolicyPush;
import org.icosim.model.patients.Demography;
import org.icosim.model.world.IcoStatus;
import org.icosim.model.world.Leadership;
import org.icosim.model.world.Practice;
import org.icosim.model.world.Trust;
import org.icosim.model.world.TrustKind;
import org.junit.jupiter.api.Test;

/** The ICO levers in whole runs of the tiny world: when ICOs form, the fund and the guarantee over the months. */
class IcoPolicyRunTest {

    private static IcoSim started(Parameters p, long seed) {
        IcoSim sim = new IcoSim(seed, p, YearMonth.of(2015, 4));
        sim.start();
        return sim;
    }

    private static Parameters push(PolicyPush push, int year, int month) {
        return SeedTest.tiny().set(Parameters.POLICY_PUSH, push.ordinal())
                .set(Parameters.ICO_POLICY_START, Parameter.monthIndex(year, month));
    }

    private static Trust acute(IcoSim sim) {
        for (Trust t : sim.trusts()) if (t.kind() == TrustKind.ACUTE) return t;
        throw new AssertionError("no acute trust");
    }

    @Test
    void withoutAPushNoTrustEverFormsAnIcoHoweverReadyItIs() {
        Parameters p = SeedTest.tiny().set(Parameters.ICO_INNOVATION, 1).set(Parameters.ICO_IMITATION, 10)
                .set(Parameters.FORMATION_SUPPORT_WEIGHT, 20).set(Parameters.FORMATION_INCOME_WEIGHT, 100)
                .set(Parameters.YEAR_OF_CARE_TARIFF, 100000).set(Parameters.HOSPITAL_LED_ONLY, 0);
        IcoSim sim = started(p, 11);
        sim.runMonths(60);
        for (Trust t : sim.trusts()) assertEquals(IcoStatus.NONE, t.icoStatus(), t + " after 5 years without a push");
        for (Practice q : sim.practices()) assertFalse(q.status().inIco());
        for (int m = 0; m < 60; m++) {
            assertEquals(0, sim.metrics().get(m, Metric.icoPatientShare));
            assertEquals(0, sim.metrics().get(m, Metric.icoSalariedFte));
        }
    }

    @Test
    void aMandateFromApril2016FormsTheIcoAtTheFirstQuarterEndAfterItAndItOperatesAfterTheFormingMonths() {
        IcoSim sim = started(push(PolicyPush.MANDATED, 2016, 4).set(Parameters.ICO_FORMING_MONTHS, 3), 5);
        Trust acute = acute(sim);
        sim.runMonths(12);
        assertEquals(IcoStatus.NONE, acute.icoStatus(), "no ICO before April 2016");
        sim.runMonths(24);
        // Quarter ends are months 2, 5, 8, 11, 14...: the first from April 2016 (month 12) is month 14.
        assertEquals(14, acute.formingSince());
        assertEquals(IcoStatus.ICO, acute.icoStatus());
        assertEquals(17, acute.icoSince(), "icoFormingMonths after deciding");
        for (Trust t : sim.trusts()) {
            if (t.kind() != TrustKind.ACUTE) assertEquals(IcoStatus.NONE, t.icoStatus(), "only acute trusts form ICOs");
        }
        assertEquals(1, sim.metrics().get(14, Metric.trustsIcoForming));
        assertEquals(1, sim.metrics().get(17, Metric.trustsIco));
    }

    @Test
    void theFundsGpsArriveOverTheFundYearsAndFundPostsAtTheIco() {
        Parameters p = push(PolicyPush.STRONG, 2015, 4).set(Parameters.TIME_TO_CARE_GPS, 80000).set(Parameters.FUND_YEARS, 1)
                .set(Parameters.TIME_TO_CARE_START, Parameter.monthIndex(2015, 4)).set(Parameters.FUND_ICO_SHARE, 1);
        IcoSim sim = started(p, 18);
        Trust ico = acute(sim);
        ico.startForming(0, Leadership.HOSPITAL_LED, null);
        ico.startOperating(0);
        sim.runMonths(14);
        double share = sim.economies().get(0).populationShare();
        // 12 stochastic roundings of 80,000 x share / 12: each off by less than one.
        assertEquals(80000 * share, sim.fundGpsCum(), 12);
        assertEquals(sim.fundGpsCum() * 0.68, ico.fundedFte(), 1e-9, "each brought a post of salariedMeanFte");
        long after = sim.fundGpsCum();
        sim.runMonths(6);
        assertEquals(after, sim.fundGpsCum(), "no fund GPs after the fund years");
        assertEquals(after, sim.metrics().last()[Metric.fundGpsCum.ordinal()]);
    }

    @Test
    void theAccessGuaranteeRaisesDemandAndLowersAeFromItsStartMonth() {
        Parameters p = SeedTest.tiny().set(Parameters.ACCESS_GUARANTEE, 1)
                .set(Parameters.ACCESS_GUARANTEE_START, Parameter.monthIndex(2015, 6));
        IcoSim sim = started(p, 20);
        int cell = Demography.cell(50, Demography.RISING);
        double demand = sim.world().rates().demandPerMonth(cell);
        double ae = sim.world().rates().aePerMonth(cell);
        sim.runMonths(2);
        assertEquals(demand, sim.world().rates().demandPerMonth(cell), 0.0, "April and May 2015");
        sim.runMonths(12);
        assertEquals(demand * 1.05, sim.world().rates().demandPerMonth(cell), 0.0, "from June 2015, once");
        assertEquals(ae * 0.97, sim.world().rates().aePerMonth(cell), 0.0);
    }

    @Test
    void underAStrongPushTheHazardLeadsToIcosAndMembers() {
        Parameters p = push(PolicyPush.STRONG, 2015, 4).set(Parameters.ICO_INNOVATION, 1)
                .set(Parameters.ICO_FORMING_MONTHS, 0).set(Parameters.ALLIANCE_COST, 0).set(Parameters.HOSPITAL_LED_AVERSION, 0);
        IcoSim sim = started(p, 3);
        sim.runMonths(48);
        assertTrue(acute(sim).isIco(), "with innovation 1 a quarter, the trust has formed within 16 quarters");
        assertTrue(sim.metrics().last()[Metric.icoEnrolledPatients.ordinal()] > 0, "practices joined");
    }
}
