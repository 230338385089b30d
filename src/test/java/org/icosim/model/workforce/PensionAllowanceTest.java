package org.icosim.model.workforce;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.YearMonth;

import org.icosim.model.InputsFile;
import org.icosim.model.WorldKit;
import org.icosim.model.parameters.Parameters;
import org.icosim.model.practice.PracticeCapacity;
import org.icosim.model.world.Economy;
import org.icosim.model.world.Gp;
import org.icosim.model.world.Practice;
import org.icosim.model.world.Role;
import org.junit.jupiter.api.Test;

/**
 * ODD 8.38: the tapered annual allowance by tax year, the charge on a partner's pension input
 * (0.3 of profit, taxed at 45%), and the exit hazard of a partner aged 60 of a practice whose two
 * partners share £300,000 (£150,000 each), with exitHazardScale 1 and no burnout.
 */
class PensionAllowanceTest {

    private static final double EPS = 1e-9;

    @Test
    void theConstantsAreTheirRowsOfTheInputsFile() throws Exception {
        InputsFile f = new InputsFile();
        assertEquals(f.number("2015/16", "pension_annual_allowance"), PensionAllowance.ALLOWANCE_TO_2023, 0.0);
        assertEquals(f.number("2023/24", "pension_annual_allowance"), PensionAllowance.ALLOWANCE_FROM_2023, 0.0);
        assertEquals(f.number("2016-04-06", "aa_taper_threshold_income"), PensionAllowance.THRESHOLD_2016, 0.0);
        assertEquals(f.number("2016-04-06", "aa_taper_adjusted_income"), PensionAllowance.ADJUSTED_2016, 0.0);
        assertEquals(f.number("2016-04-06", "aa_taper_minimum"), PensionAllowance.MINIMUM_2016, 0.0);
        assertEquals(f.number("2020-04-06", "aa_taper_threshold_income"), PensionAllowance.THRESHOLD_2020, 0.0);
        assertEquals(f.number("2020-04-06", "aa_taper_adjusted_income"), PensionAllowance.ADJUSTED_2020, 0.0);
        assertEquals(f.number("2020-04-06", "aa_taper_minimum"), PensionAllowance.MINIMUM_2020, 0.0);
        assertEquals(f.number("2023-04-06", "aa_taper_adjusted_income"), PensionAllowance.ADJUSTED_2023, 0.0);
        assertEquals(f.number("2023-04-06", "aa_taper_minimum"), PensionAllowance.MINIMUM_2023, 0.0);
        assertEquals(1, f.number("2019/20", "nhs_aa_charge_compensation_2019_20"), 0.0);
    }

    @Test
    void theAllowanceIsTaperedByTaxYear() {
        YearMonth y2015 = YearMonth.of(2015, 6), y2017 = YearMonth.of(2017, 6), y2021 = YearMonth.of(2021, 6), y2024 = YearMonth.of(2024, 6);
        assertEquals(40000, PensionAllowance.allowance(300000, 400000, y2015), 0.0, "no taper before April 2016");
        assertEquals(40000, PensionAllowance.allowance(110000, 200000, y2017), 0.0, "threshold income not above 110k");
        assertEquals(40000, PensionAllowance.allowance(120000, 150000, y2017), 0.0, "adjusted income not above 150k");
        assertEquals(30000, PensionAllowance.allowance(140000, 170000, y2017), 0.0, "1 for every 2 above 150k");
        assertEquals(10000, PensionAllowance.allowance(200000, 260000, y2017), 0.0, "minimum 10k from 210k");
        assertEquals(40000, PensionAllowance.allowance(190000, 260000, y2021), 0.0, "2020: threshold 200k");
        assertEquals(4000, PensionAllowance.allowance(250000, 325000, y2021), 0.0, "2020: minimum 4k");
        assertEquals(60000, PensionAllowance.allowance(250000, 260000, y2024), 0.0, "2023: 60k, adjusted 260k");
        assertEquals(50000, PensionAllowance.allowance(250000, 280000, y2024), 0.0);
        assertEquals(40000, PensionAllowance.allowance(140000, 170000, YearMonth.of(2016, 3)), 0.0, "March 2016 is 2015/16");
    }

    private static final class Fixture {
        final WorldKit kit;
        final Gp senior;
        final Gp young;
        final Exits exits;
        final PensionAllowance pension;

        Fixture(boolean on) {
            kit = new WorldKit(new Parameters().set(Parameters.PENSION_ALLOWANCE, on ? 1 : 0).set(Parameters.EXIT_HAZARD_SCALE, 1));
            Economy e = kit.economy();
            Practice p = kit.practice(e, 0, 0);
            senior = kit.gp(p, Role.PARTNER, 1.0, 60);
            young = kit.gp(p, Role.PARTNER, 1.0, 45);
            kit.ready();
            PracticeCapacity capacity = new PracticeCapacity(kit.world);
            capacity.readStaff(p);
            p.setMoney(300000, 0, 1);
            exits = new Exits(kit.world, capacity);
            pension = new PensionAllowance(kit.world);
        }

        Fixture at(int month) {
            kit.world.calendar().setMonth(month);
            return this;
        }
    }

    @Test
    void aSeniorPartnerOverTheTaperPaysAChargeThatRaisesItsExitHazard() {
        // profit 150,000; input 45,000; adjusted 195,000; 2017/18 allowance 40,000 - 22,500 = 17,500; charge 0.45 x 27,500
        Fixture f = new Fixture(true).at(26);
        assertEquals(0.45 * 27500, f.pension.charge(150000, f.kit.world.calendar().date()), EPS);
        double base = 0.029285530376777613; // the 60-64 band's monthly rate (ExitsTest)
        double factor = StrictMath.exp(0.2 * 0.45 * 27500 / 10000);
        assertEquals(factor, f.pension.exitFactor(f.senior), EPS);
        assertEquals(base * factor, f.exits.exitProbability(f.senior), 1e-12);
        assertEquals(1, f.pension.exitFactor(f.young), 0.0, "under pensionMinAge");
        // 2015/16: untapered 40,000 < 45,000 input: charge 0.45 x 5,000
        assertEquals(StrictMath.exp(0.2 * 0.45 * 5000 / 10000), f.at(0).pension.exitFactor(f.senior), EPS);
        assertEquals(1, f.at(55).pension.exitFactor(f.senior), 0.0, "November 2019: 2019/20 charges compensated");
        assertEquals(StrictMath.exp(0.2 * 0.45 * 5000 / 10000), f.at(60).pension.exitFactor(f.senior), EPS,
                "2020/21: threshold income 150k under 200k, allowance 40k");
        assertEquals(1, f.at(96).pension.exitFactor(f.senior), 0.0, "2023/24: allowance 60k above the input");
    }

    @Test
    void withTheSwitchOffTheHazardIsUnchanged() {
        Fixture f = new Fixture(false).at(26);
        assertEquals(0.029285530376777613, f.exits.exitProbability(f.senior), 1e-15);
        assertEquals(1, f.pension.exitFactor(f.senior), 0.0);
    }
}
