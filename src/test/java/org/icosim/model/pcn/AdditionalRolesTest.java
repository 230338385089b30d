package org.icosim.model.pcn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.YearMonth;

import org.icosim.metrics.Metric;
import org.icosim.model.Submodels;
import org.icosim.model.WorldKit;
import org.icosim.model.parameters.Parameters;
import org.icosim.model.patients.Demography;
import org.icosim.model.world.Economy;
import org.icosim.model.world.Practice;
import org.icosim.model.world.PrimaryCareNetwork;
import org.icosim.model.world.Role;
import org.junit.jupiter.api.Test;

/** ODD 8.31: the funded FTE by year, the recruitment lag and the appointments taken off GPs. */
class AdditionalRolesTest {

    private static final double EPS = 1e-9;

    @Test
    void costPerFteRunsFromThe2020ToThe2023AverageAndIsUpliftedIn2024() {
        assertEquals(344_000 / 7.0, AdditionalRoles.costPerFte(5), EPS);
        assertEquals(344_000 / 7.0 * Math.cbrt(56_500 / (344_000 / 7.0)), AdditionalRoles.costPerFte(6), 1e-6);
        assertEquals(56_500, AdditionalRoles.costPerFte(8), 1e-6);
        assertEquals(56_500 * 1.02, AdditionalRoles.costPerFte(9), 1e-6);
        assertEquals(56_500 * 1.02, AdditionalRoles.costPerFte(10), 1e-6, "2025/26 as 2024/25");
        assertThrows(IllegalArgumentException.class, () -> AdditionalRoles.costPerFte(4));
    }

    @Test
    void englandsFundedFteByYear() {
        assertEquals(0, AdditionalRoles.nationalFundedFte(4), EPS, "2019/20 is an entitlement per network");
        assertEquals(8750, AdditionalRoles.nationalFundedFte(5), 1e-6, "430m / (344k / 7)");
        assertEquals(1412e6 / 56_500, AdditionalRoles.nationalFundedFte(8), 1e-6);
        assertEquals(AdditionalRoles.nationalFundedFte(8), AdditionalRoles.nationalFundedFte(9), 1e-6,
                "2024/25: envelope and cost uplifted alike");
        for (int y = 5; y < 8; y++) {
            double rise = AdditionalRoles.nationalFundedFte(y + 1) / AdditionalRoles.nationalFundedFte(y);
            assertEquals(true, rise > 1, "funded FTE rise every year to 2023/24");
        }
    }

    @Test
    void aNetworksFundedFteByYearForAListOf45000() {
        double list = 45_000;
        assertEquals(0, AdditionalRoles.fundedFte(3, list), EPS);
        assertEquals(2, AdditionalRoles.fundedFte(4, list), EPS, "1 pharmacist + 1 social prescriber");
        assertEquals(2, AdditionalRoles.fundedFte(4, 30_000), EPS, "whatever the list");
        assertEquals(8750 * 45_000 / 60.0e6, AdditionalRoles.fundedFte(5, list), 1e-9);
        assertEquals(1412e6 / 56_500 * 45_000 / 60.0e6, AdditionalRoles.fundedFte(8, list), 1e-9);
    }

    @Test
    void staffInPostFollowTheFundedFteWithTheLag() {
        assertEquals(2, AdditionalRoles.recruit(0, 2, 0), EPS, "no lag: at once");
        assertEquals(2 * (1 - Math.exp(-1 / 6.0)), AdditionalRoles.recruit(0, 2, 6), EPS);
        assertEquals(5 - 3 * Math.exp(-0.5), AdditionalRoles.recruit(2, 5, 2), EPS);
        assertEquals(3 + 2 * Math.exp(-1.0), AdditionalRoles.recruit(5, 3, 1), EPS, "falls too, were the funding to fall");
    }

    /**
     * Two practices of 30,000 and 10,000 patients (100 patients an agent) in one network, July
     * 2019, no lag: 2 FTE in post, 1.5 and 0.5 by list. The first has a partner and 10 salaried GPs. A GP FTE gives 6000 / 12 = 500 appointments
     * a month, an ARRS FTE half as many: 375 and 125 appointments. Demand is 3 appointments a
     * person a year: 7,500 and 2,500 a month.
     */
    private static WorldKit world(double substitutable) {
        WorldKit kit = new WorldKit(new Parameters().set(Parameters.PATIENT_SCALE, 100)
                .set(Parameters.PRIMARY_CARE_NETWORKS, 1)
                .set(Parameters.APPOINTMENTS_PER_FTE, 6000)
                .set(Parameters.PARTNER_PRODUCTIVITY, 1.2)
                .set(Parameters.GP_CONSULTATIONS, 3.0)
                .set(Parameters.ARRS_RECRUITMENT_LAG, 0)
                .set(Parameters.ARRS_APPOINTMENT_RATIO, 0.5)
                .set(Parameters.ARRS_SUBSTITUTABLE_SHARE, substitutable), YearMonth.of(2019, 7), 1);
        Economy e = kit.economy();
        Practice a = kit.practice(e, 0, 0);
        kit.patients(a, 40, Demography.LOW, 300);
        Practice b = kit.practice(e, 1, 0);
        kit.patients(b, 40, Demography.LOW, 100);
        kit.gp(a, Role.PARTNER, 1.0, 50);
        for (int i = 0; i < 10; i++) kit.gp(a, Role.SALARIED, 1.0, 40);
        kit.gp(b, Role.SALARIED, 1.0, 40);
        return kit.ready();
    }

    @Test
    void theNetworksStaffTakeAppointmentsOffItsMembersGpsByList() {
        WorldKit kit = world(0.17);
        Submodels sub = kit.submodels();
        Practice a = kit.world.practice(0);
        Practice b = kit.world.practice(1);
        for (Practice p : kit.world.practices()) sub.capacity.updateDemand(p);
        assertEquals(7500, a.expectedDemand(), 1e-6);
        sub.additionalRoles.monthly();
        PrimaryCareNetwork n = kit.world.pcns().get(0);
        assertEquals(40_000, n.list(), EPS);
        assertEquals(2, n.fundedFte(), EPS);
        assertEquals(2, n.arrsFte(), EPS);
        assertEquals(375, a.pcnSupport(), 1e-9);
        assertEquals(125, b.pcnSupport(), 1e-9);
        sub.capacity.readStaff(a);
        assertEquals(1.2 * 500 + 10 * 500 + 375, a.capacity(), 1e-9, "the GPs' 5,600 and the network's 375");
        sub.capacity.updateAccess(a);
        assertEquals(7500 / 5975.0, a.workload(), 1e-9);
        // The FTE the demand needs beyond the partner and salaried GPs: 15 - 1.2 - 10 - 375 / 500.
        assertEquals(15 - 1.2 - 10 - 0.75, sub.capacity.permanentGap(a), 1e-9);
        double[] row = sub.observer.observe();
        assertEquals(1, row[Metric.pcns.ordinal()]);
        assertEquals(40_000, row[Metric.meanPcnListSize.ordinal()], EPS);
        assertEquals(2, row[Metric.arrsFte.ordinal()], EPS);
        assertEquals(0.5, row[Metric.arrsFtePer10000Patients.ordinal()], EPS);
    }

    @Test
    void theyTakeNoMoreThanTheSubstitutableShareOfDemand() {
        WorldKit kit = world(0.01);
        Submodels sub = kit.submodels();
        for (Practice p : kit.world.practices()) sub.capacity.updateDemand(p);
        sub.additionalRoles.monthly();
        assertEquals(75, kit.world.practice(0).pcnSupport(), 1e-9, "1% of 7,500, under 375");
        assertEquals(25, kit.world.practice(1).pcnSupport(), 1e-9, "1% of 2,500, under 125");
    }

    @Test
    void switchedOffNothingChanges() {
        WorldKit kit = world(0.17);
        kit.params.set(Parameters.PRIMARY_CARE_NETWORKS, 0);
        WorldKit off = new WorldKit(new Parameters(kit.world.params()).set(Parameters.PRIMARY_CARE_NETWORKS, 0), YearMonth.of(2019, 7), 1);
        Economy e = off.economy();
        Practice a = off.practice(e, 0, 0);
        off.patients(a, 40, Demography.LOW, 300);
        off.gp(a, Role.PARTNER, 1.0, 50);
        off.ready();
        Submodels sub = off.submodels();
        sub.capacity.updateDemand(a);
        sub.additionalRoles.monthly();
        sub.capacity.readStaff(a);
        assertEquals(0, a.pcnSupport(), 0);
        assertEquals(600, a.capacity(), 0);
        assertEquals(0, sub.observer.observe()[Metric.pcns.ordinal()], 0);
    }
}
