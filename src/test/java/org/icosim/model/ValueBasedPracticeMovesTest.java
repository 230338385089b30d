package org.icosim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The values behind practice decisions, computed by hand for two practices set up by hand. */
class ValueBasedPracticeMovesTest {

    @Test
    void mergerValueIsMoneyPlusCoverPlusPeersLessCostAndSize() {
        Parameters params = TinyWorld.parameters().set(Parameters.MONEY_WEIGHT, 0.5).set(Parameters.COVER_WEIGHT, 3)
                .set(Parameters.PRACTICE_PEER_WEIGHT, 0).set(Parameters.MERGER_COST, 6).set(Parameters.MERGER_SIZE_PENALTY, 0.5)
                .set(Parameters.FIXED_COST, 100000).set(Parameters.MERGER_FIXED_SAVING, 0.5);
        IcoSim sim = TinyWorld.started(params, 1);
        Practice single = sim.practices.get(0);
        Practice group = sim.practices.get(1);
        single.partners = 1;
        single.profit = 80000;
        single.profitPerPartner = 80000;
        single.listAgents = 300;
        group.partners = 3;
        group.profit = 330000;
        group.profitPerPartner = 110000;
        group.listAgents = 700;
        double saved = 100000 * sim.costIndex() * 0.5;
        double merged = (80000 + 330000 + saved) / 4;
        double expected = 0.5 * (merged - 80000) / 10000 + 3 * (1.0 - 1.0 / 4) - 6 - 0.5 * (1000 * 10) / 10000.0;
        assertEquals(expected, ValueBasedPracticeMoves.mergerValue(single, group, sim), 1e-9);
        assertTrue(ValueBasedPracticeMoves.mergerValue(single, group, sim) > ValueBasedPracticeMoves.mergerValue(group, single, sim),
                "a single-hander gains more cover and money from a merger than the group it joins");
    }

    @Test
    void aPracticeThatNothingTriggersStays() {
        IcoSim sim = TinyWorld.started();
        Practice p = sim.practices.get(0);
        p.partnersLostThisQuarter = 0;
        p.vacancyMonths = 0;
        p.profitPerPartner = 200000;
        p.meanPartnerBurnout = 0;
        assertFalse(ValueBasedPracticeMoves.triggered(p, sim));
        assertSame(PracticeMove.STAY, new ValueBasedPracticeMoves().choose(p, sim));
        p.partnersLostThisQuarter = 1;
        assertTrue(ValueBasedPracticeMoves.triggered(p, sim));
    }
}
