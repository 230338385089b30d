package org.icosim.model.covid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.YearMonth;

import org.icosim.model.Submodels;
import org.icosim.model.WorldKit;
import org.icosim.model.parameters.Parameters;
import org.icosim.model.patients.Demography;
import org.icosim.model.world.Practice;
import org.icosim.model.world.Role;
import org.junit.jupiter.api.Test;

/** ODD 8.28: fee x doses x uptake x eligible patients over the campaign's months, for a hand-built list. */
class CovidVaccinationTest {

    /** 50 children, 100 adults of 30 and 100 of 70, each agent 10 patients: 2,000 adults, 1,000 aged 65+. */
    private static WorldKit kit(boolean on, YearMonth start) {
        WorldKit kit = new WorldKit(new Parameters().set(Parameters.COVID, on ? 1 : 0).set(Parameters.PATIENT_SCALE, 10), start, 1);
        Practice p = kit.practice(kit.economy(), 0, 0);
        kit.patients(p, 10, Demography.LOW, 50);
        kit.patients(p, 30, Demography.LOW, 100);
        kit.patients(p, 70, Demography.LOW, 100);
        kit.gp(p, Role.PARTNER, 1.0, 50);
        return kit.ready();
    }

    @Test
    void thePrimaryCourseIsTwoDosesForAdultsOverTwelveMonths() {
        WorldKit kit = kit(true, YearMonth.of(2021, 1));
        // 12.58 x 2 doses x 0.5 uptake x 2,000 adults / 12 months a month, x 12 as an annual rate.
        assertEquals(12 * 12.58 * 2 * 0.5 * 2000 / 12, new CovidVaccination(kit.world).annualIncome(kit.world.practice(0)), 1e-9);
        assertEquals(25160.0, new CovidVaccination(kit.world).annualIncome(kit.world.practice(0)), 1e-9);
    }

    @Test
    void theBoosterDriveAndTheAutumnCampaigns() {
        assertEquals(12 * 15.00 * 0.5 * 2000 / 2, new CovidVaccination(kit(true, YearMonth.of(2021, 12)).world)
                .annualIncome(kit(true, YearMonth.of(2021, 12)).world.practice(0)), 1e-9);
        WorldKit autumn = kit(true, YearMonth.of(2022, 10));
        assertEquals(12 * 10.06 * 0.5 * 1000 / 7, new CovidVaccination(autumn.world).annualIncome(autumn.world.practice(0)), 1e-9);
        WorldKit autumn2024 = kit(true, YearMonth.of(2024, 9));
        assertEquals(12 * 7.54 * 0.5 * 1000 / 7, new CovidVaccination(autumn2024.world).annualIncome(autumn2024.world.practice(0)), 1e-9);
    }

    @Test
    void nothingOutsideCampaignsOrWithCovidOff() {
        for (YearMonth m : new YearMonth[] {YearMonth.of(2019, 12), YearMonth.of(2020, 11), YearMonth.of(2022, 2), YearMonth.of(2022, 8),
            YearMonth.of(2023, 6), YearMonth.of(2025, 4)}) {
            WorldKit kit = kit(true, m);
            assertNull(CovidVaccination.campaign(m), m.toString());
            assertEquals(0.0, new CovidVaccination(kit.world).annualIncome(kit.world.practice(0)), 0.0, m.toString());
        }
        WorldKit off = kit(false, YearMonth.of(2021, 1));
        assertEquals(0.0, new CovidVaccination(off.world).annualIncome(off.world.practice(0)), 0.0);
    }

    @Test
    void theFeesEnterPracticeMoneyLessTheirDeliveryCost() {
        WorldKit on = kit(true, YearMonth.of(2021, 1));
        WorldKit off = kit(false, YearMonth.of(2021, 1));
        Submodels a = on.submodels();
        Submodels b = off.submodels();
        Practice pa = on.world.practice(0);
        Practice pb = off.world.practice(0);
        for (Submodels s : new Submodels[] {a, b}) {
            Practice p = s.world.practice(0);
            s.capacity.readStaff(p);
            s.capacity.updateAccess(p);
            s.money.update(p);
        }
        assertEquals(25160.0, pa.income() - pb.income(), 1e-6);
        assertEquals(0.5 * 25160.0, pa.costs() - pb.costs(), 1e-6);
    }

    @Test
    void aCampaignCountsItsMonthsAndRefusesToEndBeforeItStarts() {
        assertEquals(12, CovidVaccination.CAMPAIGNS.get(0).months());
        assertEquals(2, CovidVaccination.CAMPAIGNS.get(1).months());
        assertEquals(7, CovidVaccination.CAMPAIGNS.get(2).months());
        assertThrows(IllegalArgumentException.class,
                () -> new CovidVaccination.Campaign(YearMonth.of(2021, 2), YearMonth.of(2021, 1), 1, 1, 2, "X84"));
    }
}
