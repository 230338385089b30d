package org.icosim.model.observe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.icosim.model.Submodels;
import org.icosim.model.WorldKit;
import org.icosim.model.parameters.Parameters;
import org.icosim.model.patients.Demography;
import org.icosim.model.world.Economy;
import org.icosim.model.world.Federation;
import org.icosim.model.world.Practice;
import org.icosim.model.world.PracticeStatus;
import org.icosim.model.world.Role;
import org.icosim.model.world.TrustKind;
import org.junit.jupiter.api.Test;

/**
 * ODD 8.25, the practices' records on a hand-built town (10 patients an agent): p closes in month
 * 3, e merges into w in month 4, q is federated, and the real world's identities are carried.
 */
class PracticeRecordTest {

    @Test
    void closedMergedAndFederatedPracticesAreRecordedWithTheirMonthAndOrganisation() {
        WorldKit kit = new WorldKit(new Parameters().set(Parameters.PATIENT_SCALE, 10).set(Parameters.NEIGHBOURS, 2));
        Economy econ = kit.economy();
        econ.identify("QX", "Somewhere STP");
        Practice p = kit.practice(econ, 10, 0);
        Practice w = kit.practice(econ, 0, 0);
        Practice e = kit.practice(econ, 20, 0);
        Practice q = kit.practice(econ, 30, 0);
        p.identify("P1", "01A", "NHS One");
        w.identify("W1", "01A", "NHS One");
        e.identify("E1", "02B", "NHS Two");
        q.identify("Q1", "02B", "NHS Two");
        kit.trust(econ, 12, 5, TrustKind.ACUTE);
        kit.patients(p, 30, Demography.LOW, 6);
        kit.patients(w, 30, Demography.LOW, 20);
        kit.patients(e, 30, Demography.LOW, 10);
        kit.patients(q, 30, Demography.LOW, 8);
        kit.gp(p, Role.SALARIED, 0.6, 40);
        kit.gp(w, Role.PARTNER, 1.0, 50);
        kit.gp(w, Role.PARTNER, 0.8, 52);
        kit.gp(e, Role.PARTNER, 0.9, 55);
        kit.gp(q, Role.PARTNER, 1.0, 45);
        kit.ready();
        Submodels sub = kit.submodels();
        sub.neighbours.rebuild(econ);
        sub.practicePhase();
        Federation f = kit.world.newFederation(econ);
        kit.world.network().addMembership(q, f);
        q.setStatus(PracticeStatus.FEDERATED);
        kit.world.calendar().setMonth(3);
        sub.handBack.close(p);
        kit.world.calendar().setMonth(4);
        sub.mergers.merge(e, w);
        for (Practice x : kit.world.practices()) sub.capacity.readStaff(x);

        List<PracticeRecord> records = PracticeRecord.of(kit.world, sub.memberships, sub.hazard);
        assertEquals(4, records.size());
        PracticeRecord closed = records.get(0);
        assertEquals("P1", closed.code());
        assertEquals("01A", closed.ccgCode());
        assertEquals("QX", closed.economyCode());
        assertEquals("Somewhere STP", closed.economyName());
        assertEquals(PracticeStatus.CLOSED, closed.status());
        assertEquals(3, closed.monthEnded());
        assertEquals(0, closed.patients());
        assertEquals(0, closed.hazard());
        assertNull(closed.mergedInto());

        PracticeRecord merged = records.get(2);
        assertEquals(PracticeStatus.MERGED_INTO, merged.status());
        assertEquals(4, merged.monthEnded());
        assertEquals("W1", merged.mergedInto());

        PracticeRecord absorber = records.get(1);
        assertEquals(-1, absorber.monthEnded());
        // Its own 20 agents, e's 10, and p's 6 (w is p's nearest open neighbour for all of them): 360 patients.
        assertEquals(360, absorber.patients());
        assertEquals(3, absorber.partners(), "e's partner came along");
        assertEquals(2.7, absorber.partnerFte(), 1e-12);
        assertNull(absorber.federation());

        PracticeRecord federated = records.get(3);
        assertEquals(PracticeStatus.FEDERATED, federated.status());
        assertEquals(f.nodeId(), federated.federation());
        assertEquals(1, federated.partners());
        assertEquals(1.0, federated.partnerFte(), 1e-12);
        assertNull(federated.ico());
    }
}
