package org.icosim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.icosim.network.Node;
import org.icosim.network.TieType;
import org.junit.jupiter.api.Test;

/** Mergers, hand-backs, caretaking, closures and federations on a hand-shaped tiny world. */
class ReorganisationTest {

    /** Makes every partner of {@code p} retire, so it has no contract holder. */
    private static void retireAllPartners(IcoSim sim, Practice p) {
        for (Gp gp : TinyWorld.staff(sim, p, Role.PARTNER)) sim.workforce.leave(gp, true);
        sim.workforce.removeDeparted();
    }

    @Test
    void practiceWhoseLastPartnerRetiresAndNobodyTakesOverClosesAndItsPatientsAreRegisteredElsewhere() {
        IcoSim sim = TinyWorld.started(TinyWorld.parameters().set(Parameters.CARETAKER_PROBABILITY, 0), 3);
        sim.setPracticeMoveRule(TinyWorld.refusingRule());
        Practice p = TinyWorld.practiceWithSalaried(sim);
        long agentsBefore = sim.patientAgents();
        int list = p.listAgents();
        List<Practice> neighbours = new ArrayList<>();
        for (Node n : sim.network().neighboursOf(p)) neighbours.add((Practice) n);
        List<Gp> salaried = TinyWorld.staff(sim, p, Role.SALARIED);
        int[] listsBefore = new int[sim.practices.size()];
        for (Practice q : sim.practices) listsBefore[q.id()] = q.listAgents();

        retireAllPartners(sim, p);
        assertEquals(0, p.partners());
        int[] patientsOfP = p.economy().patientsOf(p);
        p.partnerlessMonths = sim.params.getInt(Parameters.HAND_BACK_MONTHS);
        sim.reorganisation.quarterlyDecisions();

        assertEquals(PracticeStatus.CLOSED, p.status());
        assertEquals(1, sim.practiceClosuresCum());
        assertEquals(0, p.listAgents());
        assertEquals(0, TinyWorld.registeredAt(sim, p));
        assertEquals(agentsBefore, sim.patientAgents(), "no patient lost or added by a closure");
        int gained = 0;
        for (Practice q : neighbours) gained += q.listAgents() - listsBefore[q.id()];
        assertEquals(list, gained, "every patient of the closed practice went to one of its neighbours");
        // Re-registration keeps indices, so each former patient can be followed: it went to the
        // neighbour nearest its home.
        Patients pt = p.economy().patients();
        for (int i : patientsOfP) {
            Practice at = sim.practices.get(pt.practiceOf(i));
            assertTrue(neighbours.contains(at));
            double own = at.distanceTo(pt.xOf(i), pt.yOf(i));
            for (Practice q : neighbours) assertTrue(own <= q.distanceTo(pt.xOf(i), pt.yOf(i)));
        }
        for (Gp gp : salaried) {
            assertNotEquals(p, sim.network().employerOf(gp), "nobody works at a closed practice");
        }
        assertTrue(sim.network().neighboursOf(p).isEmpty());
        assertTrue(sim.network().neighbouredBy(p).isEmpty(), "neighbours re-pointed to open practices");
    }

    @Test
    void nobodySwitchesToAPracticeThatHasGone() {
        IcoSim sim = TinyWorld.started(TinyWorld.closedPopulation().set(Parameters.SWITCH_AFTER_MONTHS, 1)
                .set(Parameters.SWITCH_PROBABILITY, 1).set(Parameters.CARETAKER_PROBABILITY, 0), 3);
        sim.setPracticeMoveRule(TinyWorld.refusingRule());
        Practice poor = sim.practices.get(0);
        Practice closing = TinyWorld.practiceWithSalaried(sim);
        if (closing == poor) closing = sim.practices.get(1);
        sim.accessProbability[poor.id()] = 0;
        sim.switchTarget[poor.id()] = closing.id();
        retireAllPartners(sim, closing);
        sim.reorganisation.handBack(closing);
        assertEquals(PracticeStatus.CLOSED, closing.status());
        assertEquals(-1, sim.switchTarget[poor.id()], "targets naming a closed practice are cleared");
        sim.economies.get(0).stepPatients(sim);
        assertEquals(0, TinyWorld.registeredAt(sim, closing));
    }

    @Test
    void aNeighbourWillingToTakeOverAbsorbsAHandedBackPractice() {
        IcoSim sim = TinyWorld.started(TinyWorld.parameters().set(Parameters.CARETAKER_PROBABILITY, 0), 3);
        sim.setPracticeMoveRule(TinyWorld.agreeingRule());
        Practice p = TinyWorld.practiceWithSalaried(sim);
        Practice nearest = (Practice) sim.network().neighboursOf(p).get(0);
        int combined = p.listAgents() + nearest.listAgents();
        retireAllPartners(sim, p);
        sim.reorganisation.handBack(p);
        assertEquals(PracticeStatus.MERGED_INTO, p.status());
        assertEquals(combined, nearest.listAgents());
        assertEquals(0, sim.practiceClosuresCum());
        assertEquals(1, sim.practiceMergersCum());
        assertEquals(List.of(nearest), sim.network().targets(p, TieType.MERGED_INTO));
    }

    @Test
    void withNoTakerACaretakerTrustRunsAHandedBackPracticeWhenItWill() {
        IcoSim sim = TinyWorld.started(TinyWorld.parameters().set(Parameters.CARETAKER_PROBABILITY, 1), 3);
        sim.setPracticeMoveRule(TinyWorld.refusingRule());
        Practice p = TinyWorld.practiceWithSalaried(sim);
        retireAllPartners(sim, p);
        sim.reorganisation.handBack(p);
        assertEquals(PracticeStatus.TRUST_RUN, p.status());
        List<Node> owners = sim.network().membershipsOf(p);
        assertEquals(1, owners.size());
        assertTrue(owners.get(0) instanceof Trust);
        assertTrue(p.listAgents() > 0, "a caretaker keeps the list");
        assertEquals(0, sim.practiceClosuresCum());
    }

    @Test
    void aMergerNeedsBothPracticesToAgree() {
        IcoSim sim = TinyWorld.started();
        Practice p = sim.practices.get(0);
        Practice q = (Practice) sim.network().neighboursOf(p).get(0);
        sim.setPracticeMoveRule(TinyWorld.refusingRule());
        sim.reorganisation.carryOut(p, PracticeMove.mergeWith(q));
        assertTrue(p.isOpen() && q.isOpen(), "the other practice refused: nothing happens");
        assertEquals(0, sim.practiceMergersCum());

        sim.setPracticeMoveRule(TinyWorld.agreeingRule());
        int partners = p.partners() + q.partners();
        int list = p.listAgents() + q.listAgents();
        Practice larger = Reorganisation.absorbs(p, q) ? p : q;
        sim.reorganisation.carryOut(p, PracticeMove.mergeWith(q));
        Practice absorber = p.isOpen() ? p : q;
        Practice absorbed = p.isOpen() ? q : p;
        assertEquals(PracticeStatus.MERGED_INTO, absorbed.status());
        assertSame(larger, absorber, "the larger list absorbs the smaller");
        assertEquals(list, absorber.listAgents());
        assertEquals(list, TinyWorld.registeredAt(sim, absorber));
        assertEquals(partners, absorber.partners(), "partners keep their roles in the merged practice");
        assertEquals(0, sim.network().staffOf(absorbed).size());
        assertEquals(1, sim.practiceMergersCum());
    }

    @Test
    void federatingFoundsAFederationWithAWillingNeighbourAndLaterPracticesJoinIt() {
        IcoSim sim = TinyWorld.started();
        sim.setPracticeMoveRule(TinyWorld.agreeingRule());
        Practice p = sim.practices.get(0);
        Practice q = (Practice) sim.network().neighboursOf(p).get(0);
        sim.reorganisation.federate(p);
        assertEquals(PracticeStatus.FEDERATED, p.status());
        assertEquals(PracticeStatus.FEDERATED, q.status());
        Federation f = sim.reorganisation.federationOf(p);
        assertSame(f, sim.reorganisation.federationOf(q));
        assertEquals(List.of(p, q), sim.network().membersOf(f));
        // A practice that counts p as its neighbour joins p's federation rather than founding one.
        Practice r = null;
        for (Node n : sim.network().neighbouredBy(p)) {
            if (n != q && ((Practice) n).status() == PracticeStatus.INDEPENDENT) r = (Practice) n;
        }
        assertTrue(r != null, "the tiny world has an independent practice that neighbours p");
        sim.reorganisation.federate(r);
        assertEquals(1, sim.federations().size());
        assertSame(f, sim.reorganisation.federationOf(r));
    }

    @Test
    void noPracticeClosesWhileItHasAPartner() {
        IcoSim sim = TinyWorld.started(TinyWorld.parameters(), 11);
        sim.runMonths(36);
        for (Practice p : sim.practices) {
            if (p.status() == PracticeStatus.CLOSED) {
                assertTrue(TinyWorld.staff(sim, p, Role.PARTNER).isEmpty());
            }
        }
        assertFalse(sim.practices.stream().anyMatch(p -> p.status() == PracticeStatus.ICO_RUN),
                "the status quo runs no practice through an ICO");
    }
}
