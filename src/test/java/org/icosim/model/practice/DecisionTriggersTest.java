package org.icosim.model.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.icosim.model.WorldKit;
import org.icosim.model.parameters.Parameters;
import org.icosim.model.world.Gp;
import org.icosim.model.world.Practice;
import org.icosim.model.world.Role;
import org.junit.jupiter.api.Test;

/**
 * ODD 8.13's triggers on a practice with two partners, a profit floor of £70,000 a partner and a
 * burnout threshold of 0.6: each trigger at and just past its edge.
 */
class DecisionTriggersTest {

    private final WorldKit kit = new WorldKit(new Parameters().set(Parameters.PROFIT_FLOOR, 70000).set(Parameters.BURNOUT_QUIT, 0.6));
    private final Practice p = kit.practice(kit.economy(), 0, 0);
    private final Gp one = kit.gp(p, Role.PARTNER, 1.0, 50);
    private final Gp two = kit.gp(p, Role.PARTNER, 1.0, 50);
    private final Wiring w = new Wiring(kit.ready(), ScriptedMoves.refusing());

    /** Reads the staff and sets a profit of {@code perPartner} a partner. */
    private void month(double perPartner) {
        w.capacity.readStaff(p);
        p.setMoney(2 * perPartner, 0, 1);
    }

    private boolean triggered() {
        return DecisionTriggers.triggered(p, kit.world.params());
    }

    private boolean failing() {
        return DecisionTriggers.failing(p, kit.world.params());
    }

    @Test
    void aHealthyPracticeIsNotTriggered() {
        month(70000);
        assertFalse(triggered(), "profit per partner at the floor is not under it");
        assertFalse(failing());
    }

    @Test
    void aPartnerLostThisQuarterTriggersButIsNotFailing() {
        month(100000);
        p.partnerLost();
        assertTrue(triggered());
        assertFalse(failing(), "ICOs offer absorption to failing practices only");
        p.endQuarter();
        assertFalse(triggered(), "the trigger lapses with the quarter");
    }

    @Test
    void aPostUnfilledForSixMonthsTriggers() {
        assertEquals(6, DecisionTriggers.VACANCY_TRIGGER_MONTHS);
        month(100000);
        for (int m = 1; m <= 5; m++) p.setVacancies(1, true, true, 0);
        assertFalse(triggered(), "5 months");
        p.setVacancies(1, true, true, 0);
        assertTrue(triggered(), "6 months");
        assertTrue(failing());
        p.setVacancies(0, false, false, 0);
        assertFalse(triggered(), "filled: the count restarts");
    }

    @Test
    void profitPerPartnerUnderTheFloorTriggers() {
        month(69999.99);
        assertTrue(triggered());
        assertTrue(failing());
    }

    @Test
    void partnersMeanBurnoutOverTheThresholdTriggers() {
        one.setBurnout(0.5);
        two.setBurnout(0.7);
        month(100000);
        assertFalse(triggered(), "mean 0.6 is not over 0.6");
        two.setBurnout(0.72);
        month(100000);
        assertTrue(triggered(), "mean 0.61");
        assertTrue(failing());
    }

    @Test
    void aSalariedGpsBurnoutDoesNotCount() {
        kit.gp(p, Role.SALARIED, 1.0, 40).setBurnout(1.0);
        month(100000);
        assertFalse(triggered());
    }
}
