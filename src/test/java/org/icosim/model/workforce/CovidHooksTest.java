package org.icosim.model.workforce;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.YearMonth;

import org.icosim.model.Submodels;
import org.icosim.model.WorldKit;
import org.icosim.model.parameters.Parameters;
import org.icosim.model.patients.Demography;
import org.icosim.model.world.Gp;
import org.icosim.model.world.Practice;
import org.icosim.model.world.Role;
import org.junit.jupiter.api.Test;

/** ODD 8.10 and 8.9 with Covid (8.29): in April 2020 (stringency 1) the exit hazard and the burnout update. */
class CovidHooksTest {

    private static WorldKit kit(boolean on) {
        WorldKit kit = new WorldKit(new Parameters().set(Parameters.COVID, on ? 1 : 0), YearMonth.of(2020, 4), 1);
        Practice p = kit.practice(kit.economy(), 0, 0);
        kit.patients(p, 30, Demography.LOW, 10);
        kit.gp(p, Role.PARTNER, 1.0, 60).setBurnout(0.2);
        kit.gp(p, Role.SALARIED, 1.0, 40).setBurnout(0.2);
        return kit.ready();
    }

    @Test
    void olderGpsDeferLeavingInLockdown() {
        Submodels on = kit(true).submodels();
        Submodels off = kit(false).submodels();
        on.covid.beginMonth();
        off.covid.beginMonth();
        Gp olderOn = on.world.gps().get(0);
        Gp olderOff = off.world.gps().get(0);
        assertEquals(off.exits.exitProbability(olderOff) * 0.7, on.exits.exitProbability(olderOn), 0.0);
        assertEquals(off.exits.exitProbability(off.world.gps().get(1)), on.exits.exitProbability(on.world.gps().get(1)), 0.0);
    }

    @Test
    void aGpAtAPracticeFeelsTheExtraLoadInLockdown() {
        Submodels on = kit(true).submodels();
        Submodels off = kit(false).submodels();
        on.covid.beginMonth();
        off.covid.beginMonth();
        for (Submodels s : new Submodels[] {on, off}) {
            Practice p = s.world.practice(0);
            s.capacity.readStaff(p);
            s.capacity.updateAccess(p);
        }
        Gp salariedOn = on.world.gps().get(1);
        Gp salariedOff = off.world.gps().get(1);
        double gain = on.world.params().get(Parameters.BURNOUT_GAIN);
        double recovery = on.world.params().get(Parameters.BURNOUT_RECOVERY);
        double loadOn = on.world.practice(0).workload() + 0.2;
        double loadOff = off.world.practice(0).workload();
        on.gpMonth.updateBurnout(salariedOn);
        off.gpMonth.updateBurnout(salariedOff);
        assertEquals(clamp(0.2 + gain * (loadOff - 1) - recovery * 0.2), salariedOff.burnout(), 1e-15);
        assertEquals(clamp(0.2 + gain * (loadOn - 1) - recovery * 0.2), salariedOn.burnout(), 1e-15);
    }

    private static double clamp(double b) {
        return b < 0 ? 0 : b > 1 ? 1 : b;
    }
}
