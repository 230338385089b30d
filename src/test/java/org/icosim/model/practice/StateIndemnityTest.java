package org.icosim.model.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;

import org.icosim.model.InputsFile;
import org.icosim.model.WorldKit;
import org.icosim.model.parameters.Parameters;
import org.icosim.model.patients.Demography;
import org.icosim.model.world.Economy;
import org.icosim.model.world.Practice;
import org.icosim.model.world.Role;
import org.junit.jupiter.api.Test;

/**
 * ODD 8.36 on a hand-built practice of 1000 agents, 10 real patients each (N = 10,000), two
 * partners (1.0 and 0.6 FTE) and a salaried GP: indemnity £9,000 per partner FTE (+10% a year)
 * until March 2019, support of 51.6p and 101.7p per patient in 2016/17 and 2017/18.
 */
class StateIndemnityTest {

    private static final double EPS = 1e-6;

    private static Parameters params(boolean on) {
        return new Parameters().set(Parameters.PATIENT_SCALE, 10).set(Parameters.STATE_INDEMNITY, on ? 1 : 0)
                .set(Parameters.INDEMNITY_COST, 9000).set(Parameters.INDEMNITY_INFLATION, 0.1);
    }

    @Test
    void theConstantsAreTheirRowsOfTheInputsFile() throws Exception {
        InputsFile f = new InputsFile();
        assertEquals("1", f.text("2019-04-01", "cnsgp_state_indemnity_start"));
        assertEquals(YearMonth.of(2019, 4), StateIndemnity.CNSGP_START);
        assertEquals(30, f.number("2016/17", "gp_indemnity_support_payment"), 0.0);
        assertEquals(60, f.number("2017/18", "gp_indemnity_support_payment"), 0.0);
        assertEquals("", f.text("2018/19", "gp_indemnity_support_payment"), "2018/19 amount not found, taken as 0");
        // the pence per patient are in the rows' units
        assertEquals(51.6, StateIndemnity.SUPPORT_2016_PENCE, 0.0);
        assertEquals(101.7, StateIndemnity.SUPPORT_2017_PENCE, 0.0);
        assertTrue(unitsOf("2016/17").contains("51.6p/registered patient"));
        assertTrue(unitsOf("2017/18").contains("101.7p/registered patient"));
    }

    private static String unitsOf(String year) throws Exception {
        for (String line : java.nio.file.Files.readAllLines(InputsFile.FILE)) {
            if (line.startsWith(year + ",gp_indemnity_support_payment,")) return line;
        }
        return "";
    }

    @Test
    void theCostRisesEachAprilUntilTheStateSchemeStarts() {
        StateIndemnity s = new StateIndemnity(params(true));
        assertEquals(9000 * 1.6, s.cost(1.6, YearMonth.of(2015, 4)), EPS);
        assertEquals(9000 * 1.1 * 1.6, s.cost(1.6, YearMonth.of(2016, 4)), EPS);
        assertEquals(9000 * 1.1 * 1.1 * 1.1 * 1.6, s.cost(1.6, YearMonth.of(2019, 3)), EPS);
        assertEquals(0, s.cost(1.6, YearMonth.of(2019, 4)), 0.0, "CNSGP from 1 April 2019");
        assertEquals(0, s.cost(1.6, YearMonth.of(2024, 1)), 0.0);
        assertEquals(0, StateIndemnity.support(10000, YearMonth.of(2016, 3)), 0.0);
        assertEquals(5160, StateIndemnity.support(10000, YearMonth.of(2016, 4)), EPS);
        assertEquals(10170, StateIndemnity.support(10000, YearMonth.of(2018, 3)), EPS);
        assertEquals(0, StateIndemnity.support(10000, YearMonth.of(2018, 4)), 0.0);
    }

    /** The practice's profit with the switch on less that with it off, in month {@code month} from April 2015. */
    private static double profitDifference(int month) {
        return profit(true, month) - profit(false, month);
    }

    private static double profit(boolean on, int month) {
        WorldKit kit = new WorldKit(params(on));
        Economy e = kit.economy();
        Practice p = kit.practice(e, 0, 0);
        kit.patients(p, 30, Demography.LOW, 1000);
        kit.gp(p, Role.PARTNER, 1.0, 50);
        kit.gp(p, Role.PARTNER, 0.6, 45);
        kit.gp(p, Role.SALARIED, 0.5, 40);
        kit.ready();
        kit.world.calendar().setMonth(month);
        Wiring w = new Wiring(kit, ScriptedMoves.refusing());
        w.capacity.readStaff(p);
        p.setWorkloadAndAccess(1, 1);
        w.money.update(p);
        return p.profit();
    }

    @Test
    void practiceMoneyTakesTheCostAndTheSupport() {
        assertEquals(-9000 * 1.6, profitDifference(0), EPS, "2015/16: cost only");
        assertEquals(5160 - 9000 * 1.1 * 1.6, profitDifference(12), EPS, "2016/17");
        assertEquals(10170 - 9000 * 1.21 * 1.6, profitDifference(24), EPS, "2017/18");
        assertEquals(-9000 * 1.331 * 1.6, profitDifference(47), EPS, "March 2019");
        assertEquals(0, profitDifference(48), 0.0, "April 2019: the state pays");
    }
}
