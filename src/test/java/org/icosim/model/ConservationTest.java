package org.icosim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.icosim.metrics.Metric;
import org.icosim.network.Node;
import org.junit.jupiter.api.Test;

/** Patients are never lost or counted twice; every GP works somewhere or has left. */
class ConservationTest {

    private static void checkPatients(IcoSim sim, long[] initialSize) {
        for (Economy e : sim.economies) {
            Patients pt = e.patients();
            int[] counted = new int[sim.practices.size()];
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
        for (Practice p : sim.practices) if (p.isOpen()) listed += p.listAgents();
        assertEquals(listed * sim.patientScale(), sim.metrics().last()[Metric.patients.ordinal()], 1e-6);
    }

    private static void checkGps(IcoSim sim) {
        for (Gp gp : sim.gps()) {
            assertTrue(gp.isActive());
            Node employer = sim.network().employerOf(gp);
            assertNotNull(employer, gp + " works somewhere");
            if (employer instanceof Practice) assertTrue(((Practice) employer).isOpen(), gp + " works at an open practice");
        }
        int inNetwork = 0;
        for (Node n : sim.network().graph().vertexSet()) if (n instanceof Gp) inNetwork++;
        assertEquals(sim.gps().size(), inNetwork, "the network holds exactly the GPs in post");
    }

    @Test
    void patientsAndGpsAreConservedMonthAfterMonth() {
        IcoSim sim = TinyWorld.started(TinyWorld.parameters(), 13);
        long[] initial = new long[sim.economies.size()];
        for (Economy e : sim.economies) initial[e.id()] = e.patients().size();
        for (int m = 0; m < 36; m++) {
            sim.runMonths(1);
            checkPatients(sim, initial);
            checkGps(sim);
        }
        assertTrue(sim.economies.get(0).births() > 0 && sim.economies.get(0).deaths() > 0);
    }

    @Test
    void conservationHoldsThroughClosuresAndMergersOnALargerWorld() {
        Parameters p = new Parameters().set(Parameters.PRACTICES, 60).set(Parameters.TRUSTS, 3)
                .set(Parameters.PATIENT_SCALE, 50).set(Parameters.CARETAKER_PROBABILITY, 0);
        IcoSim sim = TinyWorld.started(p, 21);
        long[] initial = {sim.economies.get(0).patients().size()};
        sim.runMonths(60);
        checkPatients(sim, initial);
        checkGps(sim);
        assertTrue(sim.practiceMergersCum() + sim.practiceClosuresCum() > 0, "the world did reorganise");
    }
}
