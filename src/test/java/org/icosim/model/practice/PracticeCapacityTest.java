package org.icosim.model.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.icosim.model.WorldKit;
import org.icosim.model.parameters.Parameters;
import org.icosim.model.patients.Demography;
import org.icosim.model.world.Economy;
import org.icosim.model.world.Gp;
import org.icosim.model.world.Practice;
import org.icosim.model.world.Role;
import org.icosim.model.world.TrustKind;
import org.junit.jupiter.api.Test;

/**
 * ODD 8.4 on hand-built practices. A salaried FTE offers 6000 / 12 = 500 appointments a month, a
 * partner FTE 1.2 times as many; each person asks for 3 appointments a year.
 */
class PracticeCapacityTest {

    private static final double EPS = 1e-9;

    private static WorldKit kit(int patientScale) {
        return new WorldKit(new Parameters()
                .set(Parameters.APPOINTMENTS_PER_FTE, 6000)
                .set(Parameters.PARTNER_PRODUCTIVITY, 1.2)
                .set(Parameters.GP_CONSULTATIONS, 3.0)
                .set(Parameters.PATIENT_SCALE, patientScale));
    }

    @Test
    void staffAreReadFromTheWorksAtTiesAndRegistrarsAreCountedInNoRole() {
        WorldKit kit = kit(1);
        Economy e = kit.economy();
        Practice a = kit.practice(e, 0, 0);
        Practice b = kit.practice(e, 5, 0);
        Gp p1 = kit.gp(a, Role.PARTNER, 1.0, 50);
        Gp p2 = kit.gp(a, Role.PARTNER, 0.5, 45);
        Gp s = kit.gp(a, Role.SALARIED, 0.6, 40);
        kit.gp(a, Role.LOCUM, 0.4, 35);
        Gp registrar = kit.gp(a, Role.REGISTRAR, 1.0, 29);
        kit.gp(b, Role.PARTNER, 1.0, 55);
        kit.gp(kit.trust(e, 10, 10, TrustKind.ACUTE), Role.REGISTRAR, 1.0, 28);
        p1.setBurnout(0.2);
        p2.setBurnout(0.6);
        s.setBurnout(0.9);
        registrar.setBurnout(0.8);
        kit.ready();
        PracticeCapacity capacity = new PracticeCapacity(kit.world);
        assertEquals(500, capacity.appointmentsPerFteMonth(), EPS);

        capacity.readStaff(a);
        assertEquals(2, a.partners());
        assertEquals(1, a.salaried());
        assertEquals(1, a.locums());
        assertEquals(1.5, a.partnerFte(), EPS);
        assertEquals(0.6, a.salariedFte(), EPS);
        assertEquals(0.4, a.locumFte(), EPS);
        assertEquals(0.4, a.meanPartnerBurnout(), EPS, "(0.2 + 0.6) / 2: partners only");
        // (1.5 x 1.2 + 0.6 + 0.4) x 500 = 2.8 x 500; the registrar adds nothing
        assertEquals(1400, a.capacity(), EPS);

        a.setIcoSupport(50);
        capacity.readStaff(a);
        assertEquals(1450, a.capacity(), EPS, "an ICO team's appointments count as capacity");

        kit.world.network().unemploy(p2);
        capacity.readStaff(a);
        assertEquals(1, a.partners());
        assertEquals(0.2, a.meanPartnerBurnout(), EPS);
        // (1.0 x 1.2 + 0.6 + 0.4) x 500 + 50
        assertEquals(1150, a.capacity(), EPS);

        kit.world.network().unemploy(p1);
        capacity.readStaff(a);
        assertEquals(0, a.partners());
        assertEquals(0, a.meanPartnerBurnout(), EPS, "no partner: mean burnout 0");
    }

    @Test
    void demandFollowsTheCaseMixTimesTheRatesTimesThePatientScale() {
        WorldKit kit = kit(10);
        Economy e = kit.economy();
        Practice young = kit.practice(e, 0, 0);
        Practice old = kit.practice(e, 5, 0);
        kit.patients(young, 30, Demography.LOW, 30);
        kit.patients(old, 70, Demography.HIGH, 10);
        kit.ready();
        PracticeCapacity capacity = new PracticeCapacity(kit.world);
        capacity.updateDemand(young);
        capacity.updateDemand(old);
        // Relative weights: age 18-44 low risk 0.8 x 1.0 = 0.8; age 65-74 high risk 1.6 x 3.5 = 5.6;
        // mean over the 40 agents (30 x 0.8 + 10 x 5.6) / 40 = 2.0. Requests a month per agent:
        // 3 x 0.4 / 12 = 0.1 and 3 x 2.8 / 12 = 0.7; times 10 real patients per agent.
        assertEquals(30 * 0.1 * 10, young.expectedDemand(), EPS);
        assertEquals(10 * 0.7 * 10, old.expectedDemand(), EPS);
        assertEquals(30.0 / 500, young.neededFte(), EPS);
        assertEquals(70.0 / 500, old.neededFte(), EPS);
    }

    /** One practice of 100 agents aged 30 at low risk, 10 real patients each: 1000 x 3 / 12 = 250 requests a month. */
    private static Practice single(WorldKit kit) {
        Practice p = kit.practice(kit.economy(), 0, 0);
        kit.patients(p, 30, Demography.LOW, 100);
        return p;
    }

    @Test
    void workloadIsDemandOverCapacityAndAccessTheShareOfRequestsCapacityMeets() {
        WorldKit kit = kit(10);
        Practice p = single(kit);
        kit.gp(p, Role.SALARIED, 0.4, 40);
        kit.ready();
        PracticeCapacity capacity = new PracticeCapacity(kit.world);
        capacity.readStaff(p);
        capacity.updateAccess(p);
        assertEquals(250, p.expectedDemand(), EPS);
        // capacity 0.4 x 500 = 200: workload 250 / 200, access 200 / 250
        assertEquals(1.25, p.workload(), EPS);
        assertEquals(0.8, p.accessProbability(), EPS);

        kit.gp(p, Role.SALARIED, 0.4, 40);
        capacity.readStaff(p);
        capacity.updateAccess(p);
        // capacity 400: workload 250 / 400; access capped at 1
        assertEquals(0.625, p.workload(), EPS);
        assertEquals(1, p.accessProbability(), EPS);
    }

    @Test
    void workloadIsCappedAtFive() {
        WorldKit kit = kit(10);
        Practice p = single(kit);
        kit.gp(p, Role.LOCUM, 0.1, 40);
        kit.ready();
        PracticeCapacity capacity = new PracticeCapacity(kit.world);
        capacity.readStaff(p);
        capacity.updateAccess(p);
        // capacity 0.1 x 500 = 50: 250 / 50 = 5 exactly
        assertEquals(5, p.workload(), EPS);
        assertEquals(0.2, p.accessProbability(), EPS);
        kit.world.network().staffOf(p).forEach(g -> ((Gp) g).takeRole(Role.LOCUM, 0.05));
        capacity.readStaff(p);
        capacity.updateAccess(p);
        // capacity 25: 250 / 25 = 10, capped at 5; access 25 / 250 is not capped
        assertEquals(5, p.workload(), EPS);
        assertEquals(0.1, p.accessProbability(), EPS);
    }

    @Test
    void aPracticeWithDemandAndNoCapacityHasWorkloadFiveAndNoAccess() {
        WorldKit kit = kit(10);
        Practice p = single(kit);
        kit.gp(p, Role.REGISTRAR, 1.0, 29);
        kit.ready();
        PracticeCapacity capacity = new PracticeCapacity(kit.world);
        capacity.readStaff(p);
        capacity.updateAccess(p);
        assertEquals(0, p.capacity(), EPS, "a registrar adds no capacity");
        assertEquals(5, p.workload(), EPS);
        assertEquals(0, p.accessProbability(), EPS);
    }

    @Test
    void aPracticeWithNoDemandHasWorkloadZeroAndFullAccess() {
        WorldKit kit = kit(10);
        Economy e = kit.economy();
        Practice listed = kit.practice(e, 0, 0);
        kit.patients(listed, 30, Demography.LOW, 10);
        Practice staffed = kit.practice(e, 5, 0);
        kit.gp(staffed, Role.SALARIED, 1.0, 40);
        Practice empty = kit.practice(e, 9, 0);
        kit.ready();
        PracticeCapacity capacity = new PracticeCapacity(kit.world);
        for (Practice p : new Practice[] {staffed, empty}) {
            capacity.readStaff(p);
            capacity.updateAccess(p);
            assertEquals(0, p.expectedDemand(), EPS);
            assertEquals(0, p.workload(), EPS);
            assertEquals(1, p.accessProbability(), EPS);
        }
    }

    @Test
    void thePermanentGapIsNeededFteLessPartnersAtTheirProductivitySalariedAndIcoSupportNotLocums() {
        WorldKit kit = kit(10);
        Practice p = kit.practice(kit.economy(), 0, 0);
        kit.patients(p, 30, Demography.LOW, 280);
        kit.gp(p, Role.PARTNER, 0.5, 50);
        kit.gp(p, Role.SALARIED, 0.3, 40);
        kit.gp(p, Role.LOCUM, 0.5, 40);
        kit.ready();
        PracticeCapacity capacity = new PracticeCapacity(kit.world);
        p.setIcoSupport(100);
        capacity.readStaff(p);
        capacity.updateAccess(p);
        // demand 2800 x 3 / 12 = 700 a month: 1.4 FTE needed.
        assertEquals(1.4, p.neededFte(), EPS);
        // gap = 1.4 - 0.5 x 1.2 - 0.3 - 100 / 500 = 0.3 (the locum's 0.5 FTE does not close it)
        assertEquals(0.3, capacity.permanentGap(p), EPS);
        // capacity (0.6 + 0.3 + 0.5) x 500 + 100 = 800: workload 700 / 800
        assertEquals(800, p.capacity(), EPS);
        assertEquals(0.875, p.workload(), EPS);
        assertEquals(1, p.accessProbability(), EPS);
    }
}
