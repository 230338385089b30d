package org.icosim.model.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.icosim.model.WorldKit;
import org.icosim.model.parameters.Parameter;
import org.icosim.model.parameters.Parameters;
import org.icosim.model.patients.Demography;
import org.icosim.model.patients.PatientRates;
import org.junit.jupiter.api.Test;

/** ODD 8.24: once, from the first month at or after its start, more requests and fewer A&E attendances. */
class AccessGuaranteeTest {

    private static WorldKit world(Parameters p) {
        WorldKit kit = new WorldKit(p);
        kit.patients(kit.practice(kit.economy(), 0, 0), 70, Demography.HIGH, 10);
        return kit.ready();
    }

    private static Parameters guarantee(int year, int month) {
        return new Parameters().set(Parameters.ACCESS_GUARANTEE, 1)
                .set(Parameters.ACCESS_GUARANTEE_START, Parameter.monthIndex(year, month));
    }

    private static final int CELL = Demography.cell(70, Demography.HIGH);

    @Test
    void theRatesChangeOnceInTheStartMonthAndStayChanged() {
        WorldKit kit = world(guarantee(2015, 6));
        PatientRates rates = kit.world.rates();
        double demand = rates.demandPerMonth(CELL);
        double ae = rates.aePerMonth(CELL);
        double admissions = rates.admissionPerMonth(CELL);
        AccessGuarantee g = new AccessGuarantee(kit.world);
        for (int m = 0; m < 2; m++) { // April and May 2015
            kit.world.calendar().setMonth(m);
            g.beginMonth();
            assertFalse(g.applied());
            assertEquals(demand, rates.demandPerMonth(CELL), 0.0);
        }
        for (int m = 2; m < 6; m++) { // June 2015 on: applied in June, once
            kit.world.calendar().setMonth(m);
            g.beginMonth();
            assertTrue(g.applied());
            assertEquals(demand * 1.05, rates.demandPerMonth(CELL), 0.0, "x (1 + 0.05), month " + m);
            assertEquals(ae * 0.97, rates.aePerMonth(CELL), 0.0, "x (1 - 0.03), month " + m);
            assertEquals(admissions, rates.admissionPerMonth(CELL), 0.0);
        }
    }

    @Test
    void aStartBeforeTheRunMeansTheFirstMonth() {
        WorldKit kit = world(guarantee(2010, 1).set(Parameters.GUARANTEE_DEMAND_EFFECT, 0.2).set(Parameters.GUARANTEE_AE_EFFECT, 0.5));
        double demand = kit.world.rates().demandPerMonth(CELL);
        double ae = kit.world.rates().aePerMonth(CELL);
        AccessGuarantee g = new AccessGuarantee(kit.world);
        g.beginMonth();
        assertTrue(g.applied());
        assertEquals(demand * 1.2, kit.world.rates().demandPerMonth(CELL), 0.0);
        assertEquals(ae * 0.5, kit.world.rates().aePerMonth(CELL), 0.0);
    }

    @Test
    void withoutTheGuaranteeTheRatesNeverChange() {
        WorldKit kit = world(guarantee(2015, 4).set(Parameters.ACCESS_GUARANTEE, 0));
        double demand = kit.world.rates().demandPerMonth(CELL);
        AccessGuarantee g = new AccessGuarantee(kit.world);
        for (int m = 0; m < 24; m++) {
            kit.world.calendar().setMonth(m);
            g.beginMonth();
        }
        assertFalse(g.applied());
        assertEquals(demand, kit.world.rates().demandPerMonth(CELL), 0.0);
    }
}
