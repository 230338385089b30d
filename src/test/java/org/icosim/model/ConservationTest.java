package org.icosim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.HashSet;
import java.util.Set;

import org.icosim.metrics.Metric;
import org.icosim.model.parameters.Parameter;
import org.icosim.model.parameters.Parameters;
import org.icosim.model.parameters.PolicyPush;
import org.icosim.model.patients.Demography;
import org.icosim.model.patients.Patients;
import org.icosim.model.world.Economy;
import org.icosim.model.world.Gp;
import org.icosim.model.world.Practice;
import org.icosim.model.world.Trust;
import org.icosim.network.Node;
import org.icosim.network.Tie;
import org.icosim.network.TieType;
import org.junit.jupiter.api.Test;

/** Patients are never lost or counted twice; every GP in post is in the network exactly once, in one post. */
class ConservationTest {

    private static IcoSim started(Parameters p, long seed) {
        IcoSim sim = new IcoSim(seed, p, YearMonth.of(2015, 4));
        sim.start();
        return sim;
    }

    private static long[] sizes(IcoSim sim) {
        long[] out = new long[sim.economies().size()];
        for (Economy e : sim.economies()) out[e.id()] = e.patients().size();
        return out;
    }

    private static void checkPatients(IcoSim sim, long[] initialSize) {
        for (Economy e : sim.economies()) {
            Patients pt = e.patients();
            int[] counted = new int[sim.practices().size()];
            for (int i = 0; i < pt.size(); i++) counted[pt.practiceOf(i)]++;
            for (Practice p : e.practices()) {
                assertEquals(counted[p.id()], p.listAgents(), "list of " + p + " equals its registrations");
                int mix = 0;
                for (int c = 0; c < Demography.CELLS; c++) {
                    assertTrue(p.caseMix(c) >= 0);
                    mix += p.caseMix(c);
                }
                assertEquals(p.listAgents(), mix, "case mix of " + p + " adds up to its list");
                if (!p.isOpen()) assertEquals(0, p.listAgents(), "nobody is registered at a closed or merged practice");
            }
            long expected = initialSize[e.id()] + e.births() + e.registrationsIn() - e.deaths() - e.registrationsOut();
            assertEquals(expected, pt.size(), "patients = start + births + arrivals - deaths - departures");
        }
        double listed = 0;
        for (Practice p : sim.practices()) if (p.isOpen()) listed += p.listAgents();
        assertEquals(listed * sim.patientScale(), sim.metrics().last()[Metric.patients.ordinal()], 1e-6);
    }

    /**
     * The GPs in the network are exactly the active GPs of the model's list, each once, each in
     * exactly one post, at an open practice or a trust; a GP who left is in no network.
     */
    private static void checkGps(IcoSim sim, int month) {
        Set<Gp> active = new HashSet<>();
        for (Gp gp : sim.gps()) {
            if (!gp.isActive()) {
                assertFalse(sim.network().contains(gp), gp + " left and is still in the network");
                continue;
            }
            assertTrue(active.add(gp), gp + " is listed twice");
            assertTrue(sim.network().contains(gp), gp + " is in post but not in the network");
            Node employer = sim.network().employerOf(gp);
            assertNotNull(employer, gp + " works somewhere");
            if (employer instanceof Practice) assertTrue(((Practice) employer).isOpen(), gp + " works at an open practice");
            else assertTrue(employer instanceof Trust, gp + " works at a practice or a trust");
            int posts = 0;
            for (Tie t : sim.network().graph().outgoingEdgesOf(gp)) if (t.type() == TieType.WORKS_AT) posts++;
            assertEquals(1, posts, gp + " holds one post in month " + month);
        }
        Set<Node> inNetwork = new HashSet<>();
        for (Node n : sim.network().graph().vertexSet()) if (n instanceof Gp) inNetwork.add(n);
        assertEquals(active, inNetwork, "the network holds exactly the GPs in post, month " + month);
        assertEquals(inNetwork.size(), sim.network().count(TieType.WORKS_AT), "one WORKS_AT tie per GP and no other");
    }

    @Test
    void patientsAndGpsAreConservedMonthAfterMonth() {
        IcoSim sim = started(SeedTest.tiny(), 13);
        long[] initial = sizes(sim);
        for (int m = 0; m < 36; m++) {
            sim.runMonths(1);
            checkPatients(sim, initial);
            checkGps(sim, m);
        }
        Economy e = sim.economies().get(0);
        assertTrue(e.births() > 0 && e.deaths() > 0 && e.registrationsIn() > 0, "the population moved");
        assertTrue(sim.gpLeaversCum() > 0, "GPs left");
    }

    @Test
    void conservationHoldsThroughClosuresAndMergersOnALargerWorld() {
        Parameters p = new Parameters().set(Parameters.PRACTICES, 60).set(Parameters.TRUSTS, 3)
                .set(Parameters.PATIENT_SCALE, 50).set(Parameters.CARETAKER_PROBABILITY, 0);
        IcoSim sim = started(p, 21);
        long[] initial = sizes(sim);
        for (int m = 0; m < 60; m++) {
            sim.runMonths(1);
            if (m % 12 == 11) {
                checkPatients(sim, initial);
                checkGps(sim, m);
            }
        }
        assertTrue(sim.practiceMergersCum() + sim.practiceClosuresCum() > 0, "the world did reorganise");
    }

    @Test
    void conservationHoldsUnderEveryIcoLever() {
        Parameters p = SeedTest.tiny().set(Parameters.POLICY_PUSH, PolicyPush.MANDATED.ordinal())
                .set(Parameters.ICO_POLICY_START, Parameter.monthIndex(2015, 4)).set(Parameters.ICO_FORMING_MONTHS, 0)
                .set(Parameters.TIME_TO_CARE_GPS, 40000).set(Parameters.HOSPITAL_LED_ONLY, 0)
                .set(Parameters.GP_LED_MIN_LIST, 1000).set(Parameters.ACCESS_GUARANTEE, 1);
        IcoSim sim = started(p, 19);
        long[] initial = sizes(sim);
        for (int m = 0; m < 36; m++) {
            sim.runMonths(1);
            checkPatients(sim, initial);
            checkGps(sim, m);
        }
        assertTrue(sim.metrics().get(35, Metric.trustsIco) > 0);
        assertTrue(sim.metrics().get(35, Metric.icoSalariedFte) > 0, "ICOs employ salaried GPs");
        assertTrue(sim.metrics().get(35, Metric.icoPatientShare) > 0, "practices joined or were absorbed");
    }
}
