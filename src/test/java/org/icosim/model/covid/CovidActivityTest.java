package org.icosim.model.covid;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.YearMonth;

import org.icosim.model.WorldKit;
import org.icosim.model.parameters.Parameters;
import org.icosim.model.patients.Demography;
import org.icosim.model.patients.PatientRates;
import org.icosim.model.practice.PracticeCapacity;
import org.icosim.model.world.Practice;
import org.icosim.model.world.Role;
import org.junit.jupiter.api.Test;

/** ODD 8.27: each effect's size at a given stringency, the backlog rule, and nothing before March 2020 or with covid off. */
class CovidActivityTest {

    private static final int CELL = Demography.cell(70, Demography.HIGH);
    /** Months from January 2020 to the month in the name. */
    private static final int FEB_2020 = 1;
    private static final int MAR_2020 = 2;
    private static final int APR_2020 = 3;
    private static final int MAY_2020 = 4;

    private static WorldKit kit(boolean on) {
        WorldKit kit = new WorldKit(new Parameters().set(Parameters.COVID, on ? 1 : 0).set(Parameters.PATIENT_SCALE, 10),
                YearMonth.of(2020, 1), 1);
        Practice p = kit.practice(kit.economy(), 0, 0);
        kit.patients(p, 70, Demography.HIGH, 10);
        kit.gp(p, Role.SALARIED, 1.0, 45);
        return kit.ready();
    }

    private static void month(WorldKit kit, CovidActivity covid, int m) {
        kit.world.calendar().setMonth(m);
        covid.beginMonth();
    }

    @Test
    void beforeMarch2020EveryFactorIsExactlyOne() {
        WorldKit kit = kit(true);
        PatientRates rates = kit.world.rates();
        double demand = rates.demandPerMonth(CELL);
        double ae = rates.aePerMonth(CELL);
        double admissions = rates.admissionPerMonth(CELL);
        CovidActivity covid = new CovidActivity(kit.world);
        for (int m = 0; m <= FEB_2020; m++) {
            month(kit, covid, m);
            assertEquals(demand, rates.demandPerMonth(CELL), 0.0);
            assertEquals(ae, rates.aePerMonth(CELL), 0.0);
            assertEquals(admissions, rates.admissionPerMonth(CELL), 0.0);
            assertEquals(0.0, kit.world.covid().stringency(), 0.0);
            assertEquals(1.0, kit.world.covid().capacityFactor(), 0.0);
            assertEquals(1.0, kit.world.covid().referralFactor(), 0.0);
        }
    }

    @Test
    void withCovidOffNothingChangesInLockdown() {
        WorldKit kit = kit(false);
        PatientRates rates = kit.world.rates();
        double demand = rates.demandPerMonth(CELL);
        CovidActivity covid = new CovidActivity(kit.world);
        for (int m = 0; m <= MAY_2020; m++) month(kit, covid, m);
        assertEquals(demand, rates.demandPerMonth(CELL), 0.0);
        assertEquals(0.0, kit.world.covid().stringency(), 0.0);
        assertEquals(1.0, kit.world.covid().capacityFactor(), 0.0);
    }

    @Test
    void eachEffectAtFullStringencyAndTheBacklogBuiltInLockdown() {
        WorldKit kit = kit(true);
        PatientRates rates = kit.world.rates();
        double demand = rates.demandPerMonth(CELL);
        double ae = rates.aePerMonth(CELL);
        double admissions = rates.admissionPerMonth(CELL);
        CovidActivity covid = new CovidActivity(kit.world);
        month(kit, covid, MAR_2020);
        double sMarch = CovidRestrictions.stringency(YearMonth.of(2020, 3));
        // Defaults: demand fall 0.3, deferred share 0.5, referral fall 0.5, A&E fall 0.4, admissions 0.2.
        assertEquals(demand * (1 - 0.3 * sMarch), rates.demandPerMonth(CELL), 1e-15);
        assertEquals(0.5 * 0.3 * sMarch, covid.demandBacklog(), 1e-15);
        assertEquals(0.5 * 0.5 * sMarch, covid.referralBacklog(), 1e-15);

        month(kit, covid, APR_2020); // stringency 1: nothing returns
        assertEquals(1.0, kit.world.covid().stringency(), 0.0);
        assertEquals(demand * 0.7, rates.demandPerMonth(CELL), 1e-15);
        assertEquals(ae * 0.6, rates.aePerMonth(CELL), 1e-15);
        assertEquals(admissions * 0.8, rates.admissionPerMonth(CELL), 1e-15);
        assertEquals(0.5, kit.world.covid().referralFactor(), 1e-15);
        // remote share 0.5 x max(1, 0.5 x 1); a remote appointment takes 0.85 of the time; 5% of sessions lost.
        assertEquals(0.5, kit.world.covid().remoteShare(), 0.0);
        assertEquals(0.95 / (1 - 0.5 * 0.15), kit.world.covid().capacityFactor(), 1e-15);
        assertEquals(0.5 * 0.3 * (sMarch + 1), covid.demandBacklog(), 1e-15);
    }

    @Test
    void theBacklogReturnsAsRestrictionsEaseAndTheRemoteShareKeepsItsFloor() {
        WorldKit kit = kit(true);
        PatientRates rates = kit.world.rates();
        double demand = rates.demandPerMonth(CELL);
        CovidActivity covid = new CovidActivity(kit.world);
        double backlog = 0;
        double referralBacklog = 0;
        YearMonth date = YearMonth.of(2020, 1);
        for (int m = 0; m < 12 * 3; m++, date = date.plusMonths(1)) {
            month(kit, covid, m);
            double s = CovidRestrictions.stringency(date);
            double returned = 0.1 * (1 - s) * backlog;
            double referralsReturned = 0.1 * (1 - s) * referralBacklog;
            backlog += 0.5 * 0.3 * s - returned;
            referralBacklog += 0.5 * 0.5 * s - referralsReturned;
            assertEquals(demand * (1 - 0.3 * s + returned), rates.demandPerMonth(CELL), 1e-15, date.toString());
            assertEquals(1 - 0.5 * s + referralsReturned, kit.world.covid().referralFactor(), 1e-15, date.toString());
            assertEquals(backlog, covid.demandBacklog(), 1e-15, date.toString());
        }
        // December 2022: no restriction for ten months; demand is above normal by what returns; the
        // remote share stays at half its peak (0.5 x 0.5 x 1), so capacity gains from it alone.
        assertEquals(0.0, kit.world.covid().stringency(), 0.0);
        assertEquals(0.25, kit.world.covid().remoteShare(), 0.0);
        assertEquals(1 / (1 - 0.25 * 0.15), kit.world.covid().capacityFactor(), 1e-15);
        assertEquals(true, rates.demandPerMonth(CELL) > demand);
    }

    @Test
    void capacityAndTheFteDemandNeedsScaleByTheCapacityFactor() {
        WorldKit kit = kit(true);
        Practice p = kit.world.practice(0);
        PracticeCapacity capacity = new PracticeCapacity(kit.world);
        capacity.readStaff(p);
        capacity.updateDemand(p);
        double before = p.capacity();
        double demandBefore = p.expectedDemand();
        double neededBefore = p.neededFte();
        CovidActivity covid = new CovidActivity(kit.world);
        month(kit, covid, MAR_2020);
        month(kit, covid, APR_2020);
        capacity.readStaff(p);
        capacity.updateDemand(p);
        double f = 0.95 / (1 - 0.5 * 0.15);
        assertEquals(before * f, p.capacity(), 1e-9);
        assertEquals(demandBefore * 0.7, p.expectedDemand(), 1e-9);
        assertEquals(neededBefore * 0.7 / f, p.neededFte(), 1e-12);
    }
}
