package org.icosim.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;

import org.icosim.metrics.Metric;
import org.icosim.metrics.MetricsSeries;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The calendar, the levers that follow it, determinism and the starting state. */
class IcoSimTest {

    @Test
    void mpigIsCutByAFifthOfIts2015ValueEachAprilAndGoneBy2020() {
        IcoSim sim = TinyWorld.started();
        double[] expected = {1, 1, 0.8, 0.6, 0.4, 0.2, 0, 0};
        // Month 0 is April 2015; month 11 March 2016; then each April.
        int[] months = {0, 11, 12, 24, 36, 48, 60, 72};
        for (int i = 0; i < months.length; i++) {
            while (sim.month() < months[i]) sim.runMonths(1);
            assertEquals(expected[i], sim.mpigFactor(), 1e-12, "at " + sim.date());
        }
    }

    @Test
    void withoutWithdrawalMpigStays() {
        IcoSim sim = TinyWorld.started(TinyWorld.parameters().set(Parameters.MPIG_WITHDRAWAL, 0), 1);
        sim.runMonths(40);
        assertEquals(1, sim.mpigFactor());
    }

    @Test
    void theGlobalSumRisesEachApril() {
        IcoSim sim = TinyWorld.started();
        assertEquals(76.51, sim.globalSum(), 1e-9);
        sim.runMonths(12);
        assertEquals(YearMonth.of(2016, 4), sim.date());
        assertEquals(76.51 * 1.041, sim.globalSum(), 1e-9);
    }

    @Test
    void sameSeedSameRunDifferentSeedDifferentRun() {
        MetricsSeries a = run(5);
        MetricsSeries b = run(5);
        MetricsSeries c = run(6);
        for (int m = 0; m < a.size(); m++) {
            double[] ra = a.row(m);
            double[] rb = b.row(m);
            ra[Metric.date.ordinal()] = 0;
            rb[Metric.date.ordinal()] = 0;
            assertArrayEquals(ra, rb);
        }
        assertFalse(a.get(23, Metric.gpFte) == c.get(23, Metric.gpFte) && a.get(23, Metric.patients) == c.get(23, Metric.patients));
    }

    private static MetricsSeries run(long seed) {
        IcoSim sim = TinyWorld.started(TinyWorld.parameters(), seed);
        sim.runMonths(24);
        return sim.metrics();
    }

    /**
     * One economy at full scale: shares must match MODEL.md s9 closely, on average over seeds. One
     * seed is not enough for these tolerances: over seeds 1 to 10 one run's mean list size goes from
     * 6,567 to 7,965 (the 8% band is 6,710 to 7,878) and its single-handed share from 0.095 to
     * 0.174 (standard deviations 419 and 0.024). The mean of five seeds spreads sqrt(5) times less
     * (standard errors 187, 2.6% of the target, and 0.011), so the bands below are about three
     * standard errors wide or more.
     */
    @Test
    void theStartingStateFollowsThe2015Figures() {
        int seeds = 5;
        double share = 0;
        double listSize = 0;
        double singleHanded = 0;
        double under5000 = 0;
        double aePerPatient = 0;
        for (long seed = 1; seed <= seeds; seed++) {
            IcoSim sim = new IcoSim(seed, new Parameters().set(Parameters.PATIENT_SCALE, 5), YearMonth.of(2015, 4));
            sim.start();
            sim.runMonths(1);
            double[] row = sim.metrics().last();
            share += row[Metric.partnerShareFte.ordinal()] / seeds;
            listSize += row[Metric.meanListSize.ordinal()] / seeds;
            int single = 0;
            int small = 0;
            for (Practice p : sim.practices) {
                if (p.partners() == 1) single++;
                if (p.listAgents() * 5 < 5000) small++;
            }
            singleHanded += single / 190.0 / seeds;
            under5000 += small / 190.0 / seeds;
            aePerPatient += row[Metric.aeAttendances.ordinal()] / row[Metric.patients.ordinal()] / seeds;
        }
        assertEquals(0.74, share, 0.02);
        assertEquals(7294, listSize, 7294 * 0.08);
        assertEquals(0.11, singleHanded, 0.06);
        assertEquals(0.36, under5000, 0.08);
        assertEquals(0.39 / 12, aePerPatient, 0.004);
    }

    @Test
    void inconsistentParametersAreReportedBeforeAnythingIsBuilt() {
        Parameters p = new Parameters().set(Parameters.ECONOMIES, 5).set(Parameters.TRUSTS, 3);
        assertEquals(1, IcoSim.consistencyProblems(p).size());
        assertTrue(IcoSim.consistencyProblems(p).get(0).startsWith("trusts:"));
        assertTrue(IcoSim.consistencyProblems(new Parameters()).isEmpty());
        Parameters overspent = new Parameters().set(Parameters.ALLIANCE_TARIFF_SHARE, 0.5).set(Parameters.ICO_GP_BUDGET_SHARE, 0.6);
        assertEquals(List.of("icoGpBudgetShare: got 0.6, expected at most 1 - allianceTariffShare (0.5):"
                + " the year-of-care income cannot pay out more than itself"), IcoSim.consistencyProblems(overspent));
    }

    /** Values the builder would have to override to run are refused, not silently changed. */
    @Test
    void anEconomyWithoutAnAcuteTrustOrPracticesOfAFewAgentsIsRefused() {
        Parameters noAcute = new Parameters().set(Parameters.ECONOMIES, 2).set(Parameters.TRUSTS, 6)
                .set(Parameters.ACUTE_TRUST_SHARE, 0.1);
        assertEquals(List.of("acuteTrustShare: got 0.1, expected at least 0.16666666666666666 so that every economy"
                + " (the smallest has 3 trusts) has an acute trust"), IcoSim.consistencyProblems(noAcute));
        assertTrue(IcoSim.consistencyProblems(noAcute.set(Parameters.ACUTE_TRUST_SHARE, 0.17)).isEmpty(),
                "round(3 x 0.17) = 1 acute trust in each economy");
        Parameters fewAgents = new Parameters().set(Parameters.MEAN_LIST_SIZE, 8000).set(Parameters.PATIENT_SCALE, 401);
        assertEquals(List.of("patientScale: got 401, expected at most 400 so that a practice of the mean list (8000"
                + " patients) has at least 20 patient agents"), IcoSim.consistencyProblems(fewAgents));
        assertTrue(IcoSim.consistencyProblems(fewAgents.set(Parameters.PATIENT_SCALE, 400)).isEmpty());
    }
}
