package org.icosim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.icosim.model.england.BritishNationalGrid;
import org.icosim.model.england.CcgArea;
import org.icosim.model.england.PracticeSite;
import org.icosim.model.england.RealEngland;
import org.icosim.model.england.SmallEngland;
import org.icosim.model.england.TrustSite;
import org.icosim.model.parameters.Parameters;
import org.icosim.model.world.Economy;
import org.icosim.model.world.Gp;
import org.icosim.model.world.Practice;
import org.icosim.model.world.Role;
import org.icosim.model.world.Trust;
import org.icosim.model.world.TrustKind;
import org.icosim.network.Node;
import org.icosim.network.TieType;
import org.junit.jupiter.api.Test;

/** ODD 6: the real England built from its practices and trusts (here a hand-made one of four practices). */
class RealEnglandWorldTest {

    static IcoSim built(RealEngland data, int scale, long seed) {
        IcoSim sim = new IcoSim(seed, new Parameters().set(Parameters.PATIENT_SCALE, scale), YearMonth.of(2015, 4));
        sim.setWorldSource(new RealEnglandWorld(data));
        sim.start();
        return sim;
    }

    @Test
    void oneEconomyPerStpWithItsPracticesAtTheirSitesAndItsTrusts() {
        IcoSim sim = built(SmallEngland.data("small"), 10, 3);
        assertEquals(2, sim.economies().size());
        Economy s1 = sim.economies().get(0);
        Economy s2 = sim.economies().get(1);
        assertEquals(List.of("S1", "S2"), List.of(s1.code(), s2.code()), "economies in the order of their STP codes");
        assertEquals("S1", s1.name(), "the data name no STP: the code stands for it");
        assertEquals(List.of("P001", "P002"), s1.practices().stream().map(Practice::code).toList());
        assertEquals(List.of("P003", "P004"), s2.practices().stream().map(Practice::code).toList());
        assertEquals(4, sim.practices().size());
        for (int i = 0; i < 4; i++) assertEquals(i, sim.practices().get(i).id());
        Practice p1 = s1.practices().get(0);
        assertEquals("C01", p1.ccgCode());
        assertEquals("NHS FIRST, AND ONLY, CCG", p1.ccgName());
        assertEquals(BritishNationalGrid.x(52.0, -1.0), p1.x(), 1e-12);
        assertEquals(BritishNationalGrid.y(52.0, -1.0), p1.y(), 1e-12);
        // Trusts: each in the STP of its nearest practice, acute, at its site; they are the towns.
        assertEquals(2, sim.trusts().size());
        for (Economy e : sim.economies()) {
            assertEquals(1, e.trusts().size(), "every STP has an acute trust");
            assertEquals(TrustKind.ACUTE, e.trusts().get(0).kind());
            assertEquals(1, e.towns());
        }
        Trust t1 = s1.trusts().get(0);
        assertEquals(BritishNationalGrid.x(52.01, -1.01), t1.x(), 1e-12);
        assertEquals(BritishNationalGrid.y(52.01, -1.01), t1.y(), 1e-12);
        assertEquals(BritishNationalGrid.x(53.005, -2.005), s2.trusts().get(0).x(), 1e-12);
        // The economy's region: the bounding square of its practices and trusts.
        double minX = Math.min(BritishNationalGrid.x(52.02, -1.02), Math.min(p1.x(), t1.x()));
        double minY = Math.min(BritishNationalGrid.y(52.0, -1.0), Math.min(BritishNationalGrid.y(52.02, -1.02), t1.y()));
        double maxX = Math.max(BritishNationalGrid.x(52.02, -1.02), Math.max(p1.x(), t1.x()));
        double maxY = Math.max(BritishNationalGrid.y(52.0, -1.0), Math.max(BritishNationalGrid.y(52.02, -1.02), t1.y()));
        assertEquals(minX, s1.originX(), 1e-12);
        assertEquals(minY, s1.originY(), 1e-12);
        assertEquals(Math.max(1, Math.max(maxX - minX, maxY - minY)), s1.side(), 1e-12);
        // Neighbours and referrals within the STP.
        for (Practice p : sim.practices()) {
            List<Node> neighbours = sim.network().neighboursOf(p);
            assertEquals(1, neighbours.size(), "the other practice of its STP");
            assertEquals(p.economy(), ((Practice) neighbours.get(0)).economy());
            List<Node> referral = sim.network().targets(p, TieType.REFERS_TO);
            assertEquals(List.of(p.economy().trusts().get(0)), referral);
        }
    }

    /**
     * Lists at scale 10: 5,000, 9,000 and 12,000 patients are exactly 500, 900 and 1,200 agents;
     * 2,005 is 200 or 201. GPs: FTE 3.3, 0.8, (9,000 x 12.1 / 19,005) and 8.0 over the mean GP FTE
     * 0.8251 are 4, 1, 7 and 10 GPs, of whom 3, 1, 5 and 7 partners (GpSplitTest).
     */
    @Test
    void listsAreThe2015ListsAndStaffTheCensusFteSplitIntoPartnersAndSalaried() {
        IcoSim sim = built(SmallEngland.data("small"), 10, 5);
        int[] lists = sim.practices().stream().mapToInt(Practice::listAgents).toArray();
        assertEquals(500, lists[0]);
        assertTrue(lists[1] == 200 || lists[1] == 201, "stochastic rounding of 200.5: " + lists[1]);
        assertEquals(900, lists[2]);
        assertEquals(1200, lists[3]);
        int[] partners = {3, 1, 5, 7};
        int[] salaried = {1, 0, 2, 3};
        for (Practice p : sim.practices()) {
            assertEquals(partners[p.id()], count(sim, p, Role.PARTNER), p.code() + " partners");
            assertEquals(salaried[p.id()], count(sim, p, Role.SALARIED), p.code() + " salaried");
        }
        double share = (double) sim.economies().get(0).patients().size() * 10 / org.icosim.model.world.World.ENGLAND_PATIENTS_2015;
        assertEquals(share, sim.economies().get(0).populationShare(), 1e-15);
    }

    @Test
    void withCensusAbsentHandBackAPracticeMissingFromTheCensusStartsWithNoPartnerDueToHandBack() {
        IcoSim sim = new IcoSim(5, new Parameters().set(Parameters.PATIENT_SCALE, 10).set(Parameters.CENSUS_ABSENT_HAND_BACK, 1),
                YearMonth.of(2015, 4));
        sim.setWorldSource(new RealEnglandWorld(SmallEngland.data("small")));
        sim.start();
        // P003 (id 2) has no census FTE: its 7 GPs (FTE imputed from its list) are salaried, and it
        // has been partnerless for handBackMonths (6) once the build's practice phase has counted.
        Practice absent = sim.practices().get(2);
        assertEquals("P003", absent.code());
        assertEquals(0, count(sim, absent, Role.PARTNER));
        assertEquals(7, count(sim, absent, Role.SALARIED));
        assertEquals(6, absent.partnerlessMonths());
        assertTrue(absent.status().partnerLed());
        // The others carry the partner share of all 22 GPs (15.5): with only 15 GPs between them, all are partners.
        int[] partners = {4, 1, 0, 10};
        for (Practice p : sim.practices()) {
            assertEquals(partners[p.id()], count(sim, p, Role.PARTNER), p.code() + " partners");
            if (p != absent) assertEquals(0, p.partnerlessMonths(), p.code());
        }
        // The first quarterly decision (June 2015) hands it back, unless one of its GPs takes the partnership.
        sim.runMonths(3);
        assertTrue(!absent.isOpen() || !absent.status().partnerLed() || absent.partners() > 0,
                "ended, run by a trust, or kept by an insider: " + absent.status() + ", " + absent.partners() + " partners");
    }

    /** Every month's metrics, exactly, as text. */
    static String rows(IcoSim sim) {
        StringBuilder out = new StringBuilder();
        for (int m = 0; m < sim.metrics().size(); m++) out.append(java.util.Arrays.toString(sim.metrics().row(m))).append('\n');
        return out.toString();
    }

    private static long count(IcoSim sim, Practice p, Role role) {
        return sim.network().staffOf(p).stream().filter(n -> n instanceof Gp g && g.role() == role).count();
    }

    @Test
    void theWorldDependsOnTheRowsNotOnTheirOrder() {
        RealEngland data = SmallEngland.data("small");
        List<PracticeSite> practices = new ArrayList<>(data.practices());
        java.util.Collections.reverse(practices);
        List<TrustSite> trusts = new ArrayList<>(data.trusts());
        java.util.Collections.reverse(trusts);
        List<CcgArea> ccgs = new ArrayList<>(data.ccgs());
        java.util.Collections.reverse(ccgs);
        RealEngland reordered = new RealEngland("small", practices, trusts, ccgs);
        IcoSim a = built(data, 10, 7);
        IcoSim b = built(reordered, 10, 7);
        a.runMonths(6);
        b.runMonths(6);
        assertEquals(rows(a), rows(b));
        assertEquals(6, a.metrics().size());
    }

    @Test
    void anStpWithoutAnAcuteTrustIsRefused() {
        RealEngland data = SmallEngland.data("small");
        List<TrustSite> bothInS1 = List.of(new TrustSite("T1", "ONE", 52.01, -1.01), new TrustSite("T2", "TWO", 52.0, -1.0));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new RealEngland("small", data.practices(), bothInS1, data.ccgs()));
        assertEquals("STP S2 has no acute trust: no trust's nearest practice is one of its practices; expected at least one "
                + "acute trust in every STP", e.getMessage());
    }

    @Test
    void theSameDataAndSeedBuildTheSameWorldAndAnotherSeedAnother() {
        IcoSim a = built(SmallEngland.data("small"), 10, 11);
        IcoSim b = built(SmallEngland.data("small"), 10, 11);
        IcoSim c = built(SmallEngland.data("small"), 10, 12);
        for (IcoSim s : List.of(a, b, c)) s.runMonths(3);
        assertEquals(rows(a), rows(b));
        assertNotEquals(rows(a), rows(c));
    }
}
