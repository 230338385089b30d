package org.icosim.model.covid;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.YearMonth;

import org.icosim.model.WorldKit;
import org.icosim.model.parameters.Parameters;
import org.icosim.model.patients.Demography;
import org.icosim.model.world.Gp;
import org.icosim.model.world.Practice;
import org.icosim.model.world.Role;
import org.junit.jupiter.api.Test;

/** ODD 8.29: older GPs defer leaving and every GP at a practice feels more load, in proportion to the stringency. */
class CovidWorkforceTest {

    @Test
    void theFactorsAtAGivenStringency() {
        WorldKit kit = new WorldKit(new Parameters().set(Parameters.COVID, 1), YearMonth.of(2020, 1), 1);
        Practice p = kit.practice(kit.economy(), 0, 0);
        kit.patients(p, 30, Demography.LOW, 10);
        Gp older = kit.gp(p, Role.PARTNER, 1.0, 58);
        Gp younger = kit.gp(p, Role.PARTNER, 1.0, 54);
        kit.ready();
        CovidWorkforce covid = new CovidWorkforce(kit.world);
        assertEquals(1.0, covid.exitFactor(older), 0.0, "no restriction in January 2020");
        assertEquals(0.0, covid.extraLoad(), 0.0);

        CovidActivity activity = new CovidActivity(kit.world);
        kit.world.calendar().setMonth(6); // July 2020
        activity.beginMonth();
        double s = CovidRestrictions.stringency(YearMonth.of(2020, 7));
        assertEquals(1 - 0.3 * s, covid.exitFactor(older), 1e-15);
        assertEquals(1.0, covid.exitFactor(younger), 0.0);
        assertEquals(0.2 * s, covid.extraLoad(), 1e-15);
    }
}
