package org.icosim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.List;

import org.icosim.model.parameters.Parameters;
import org.icosim.model.patients.Demography;
import org.icosim.model.world.Economy;
import org.icosim.model.world.Gp;
import org.icosim.model.world.Practice;
import org.icosim.model.world.Role;
import org.icosim.model.world.Trust;
import org.icosim.model.world.TrustKind;
import org.icosim.model.world.World;
import org.icosim.network.Node;
import org.icosim.network.TieType;
import org.junit.jupiter.api.Test;

/** ODD 6, initialisation: the initial distributions, and the structure of the world built from the parameters. */
class WorldBuilderTest {

    @Test
    void logNormalListSizesHaveTheGivenMeanAndShareUnder5000() {
        double[] d = WorldBuilder.listSizeDistribution(7294, 0.36);
        double mean = Math.exp(d[0] + d[1] * d[1] / 2);
        assertEquals(7294, mean, 1e-6);
        double z = (Math.log(5000) - d[0]) / d[1];
        assertEquals(-WorldBuilder.inverseNormal(1 - 0.36), z, 1e-9);
        assertEquals(0.36, normalCdf(z), 1e-5);
    }

    @Test
    void inverseNormalMatchesKnownQuantiles() {
        assertEquals(0, WorldBuilder.inverseNormal(0.5), 1e-9);
        assertEquals(1.959963985, WorldBuilder.inverseNormal(0.975), 1e-8);
        assertEquals(-2.326347874, WorldBuilder.inverseNormal(0.01), 1e-8);
        assertEquals(3.090232306, WorldBuilder.inverseNormal(0.999), 1e-8);
    }

    private static double normalCdf(double z) {
        double sum = 0;
        double step = 1e-4;
        for (double x = -10; x < z; x += step) sum += Math.exp(-x * x / 2) * step;
        return sum / Math.sqrt(2 * Math.PI);
    }

    /** Four economies of 13 practices and 7 trusts in all: shares 4, 3, 3, 3 and 2, 2, 2, 1. */
    private static IcoSim fourEconomies() {
        Parameters p = new Parameters().set(Parameters.ECONOMIES, 4).set(Parameters.PRACTICES, 13).set(Parameters.TRUSTS, 7)
                .set(Parameters.ACUTE_TRUST_SHARE, 0.5).set(Parameters.ECONOMY_SIDE_KM, 30).set(Parameters.PATIENT_SCALE, 20)
                .set(Parameters.NEIGHBOURS, 2).set(Parameters.REFERRAL_TRUSTS, 2);
        IcoSim sim = new IcoSim(8, p, YearMonth.of(2015, 4));
        sim.start();
        return sim;
    }

    @Test
    void practicesAndTrustsAreSharedOutOverEconomiesLaidOnAGrid() {
        IcoSim sim = fourEconomies();
        int[] practices = {4, 3, 3, 3};
        int[] trusts = {2, 2, 2, 1};
        int[] acute = {1, 1, 1, 1}; // round(2 x 0.5) = 1; round(1 x 0.5) = 1 (at least one)
        for (Economy e : sim.economies()) {
            assertEquals(practices[e.id()], e.practices().size());
            assertEquals(trusts[e.id()], e.trusts().size());
            assertEquals(acute[e.id()], e.trusts().stream().filter(t -> t.kind() == TrustKind.ACUTE).count());
            assertEquals((e.id() % 2) * 30.0, e.originX(), "a 2 x 2 grid of 30 km squares");
            assertEquals((e.id() / 2) * 30.0, e.originY());
            for (Practice p : e.practices()) {
                assertTrue(p.x() >= e.originX() && p.x() <= e.originX() + 30 && p.y() >= e.originY() && p.y() <= e.originY() + 30,
                        p + " inside its economy");
                assertEquals(e, p.economy());
            }
            double share = (double) e.patients().size() * 20 / World.ENGLAND_PATIENTS_2015;
            assertEquals(share, e.populationShare(), 1e-15);
        }
        for (int i = 0; i < sim.practices().size(); i++) assertEquals(i, sim.practices().get(i).id(), "ids in order");
        for (int i = 0; i < sim.trusts().size(); i++) assertEquals(i, sim.trusts().get(i).id());
    }

    @Test
    void eachPracticeHasItsNeighboursReferralTrustsStaffAndPatients() {
        IcoSim sim = fourEconomies();
        for (Practice p : sim.practices()) {
            List<Node> neighbours = sim.network().neighboursOf(p);
            assertEquals(2, neighbours.size(), "k = 2 nearest of its economy");
            for (Node n : neighbours) assertEquals(p.economy(), ((Practice) n).economy());
            assertTrue(((Practice) neighbours.get(0)).distanceTo(p) <= ((Practice) neighbours.get(1)).distanceTo(p), "nearest first");
            List<Node> referral = sim.network().targets(p, TieType.REFERS_TO);
            assertEquals(1, referral.size(), "referralTrusts 2, but its economy has one acute trust");
            assertEquals(TrustKind.ACUTE, ((Trust) referral.get(0)).kind());
            assertEquals(p.economy(), ((Trust) referral.get(0)).economy());
            assertTrue(p.partners() >= 1);
            assertTrue(p.listAgents() * 20 >= WorldBuilder.MIN_LIST - 20 && p.listAgents() * 20 <= WorldBuilder.MAX_LIST + 20,
                    "lists drawn within the bounds");
            int cells = 0;
            for (int c = 0; c < Demography.CELLS; c++) cells += p.caseMix(c);
            assertEquals(p.listAgents(), cells);
            assertTrue(p.capacity() > 0 && p.expectedDemand() > 0, "the first practice phase ran");
        }
        for (Gp gp : sim.gps()) {
            Node employer = sim.network().employerOf(gp);
            if (gp.role() == Role.REGISTRAR) {
                assertTrue(employer instanceof Trust || employer instanceof Practice);
            } else {
                assertTrue(employer instanceof Practice, gp + " in a practice at the start");
            }
            if (gp.role() == Role.PARTNER || gp.role() == Role.SALARIED) {
                assertTrue(gp.age() >= 29 && gp.age() < 65, gp + " of working age");
            }
            assertTrue(gp.burnout() >= 0 && gp.burnout() <= 0.3);
        }
    }

    @Test
    void aStartWithTooFewPracticesOrTrustsIsRefused() {
        IcoSim fewPractices = new IcoSim(1, new Parameters().set(Parameters.ECONOMIES, 3).set(Parameters.PRACTICES, 2)
                .set(Parameters.TRUSTS, 3), YearMonth.of(2015, 4));
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, fewPractices::start);
        assertEquals("practices (2) must be at least economies (3)", e.getMessage());
        IcoSim fewTrusts = new IcoSim(1, new Parameters().set(Parameters.ECONOMIES, 3).set(Parameters.PRACTICES, 30)
                .set(Parameters.TRUSTS, 2), YearMonth.of(2015, 4));
        assertEquals("trusts (2) must be at least economies (3): every economy needs an acute trust",
                org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, fewTrusts::start).getMessage());
    }
}
