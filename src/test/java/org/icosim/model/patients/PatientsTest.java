package org.icosim.model.patients;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.icosim.model.WorldKit;
import org.icosim.model.parameters.Parameters;
import org.icosim.model.world.Economy;
import org.icosim.model.world.Practice;
import org.junit.jupiter.api.Test;

/** The struct of arrays: every change keeps each practice's list count and case mix equal to the arrays. */
class PatientsTest {

    private final WorldKit kit = new WorldKit(new Parameters());
    private final Economy e = kit.economy();
    private final Practice a = kit.practice(e, 0, 0);
    private final Practice b = kit.practice(e, 1, 0);
    private final Patients pt = e.patients();

    @Test
    void addingCountsTheAgentInItsPracticesCell() {
        int i = pt.add(a, 1.5f, 2.5f, 70, 3, Demography.HIGH);
        assertEquals(0, i);
        assertEquals(1, pt.size());
        assertEquals(a.id(), pt.practiceOf(i));
        assertEquals(70, pt.ageOf(i));
        assertEquals(Demography.HIGH, pt.tierOf(i));
        assertEquals(1.5f, pt.xOf(i));
        assertEquals(2.5f, pt.yOf(i));
        assertEquals(0, pt.unmetMonthsOf(i));
        assertEquals(1, a.listAgents());
        assertEquals(1, a.caseMix(Demography.cell(70, Demography.HIGH)));
        assertEquals(0, b.listAgents());
    }

    @Test
    void removalMovesTheLastAgentIntoTheHole() {
        pt.add(a, 0, 0, 10, 0, Demography.LOW);
        pt.add(b, 0, 0, 50, 0, Demography.RISING);
        pt.add(b, 0, 0, 80, 0, Demography.HIGH);
        pt.remove(0, a);
        assertEquals(2, pt.size());
        assertEquals(0, a.listAgents());
        assertEquals(0, a.caseMix(Demography.cell(10, Demography.LOW)));
        assertEquals(80, pt.ageOf(0), "the last agent took index 0");
        assertEquals(b.id(), pt.practiceOf(0));
        assertEquals(2, b.listAgents());
        pt.remove(1, b); // the last one: nothing moves
        assertEquals(1, pt.size());
        assertEquals(1, b.listAgents());
        assertEquals(0, b.caseMix(Demography.cell(50, Demography.RISING)));
        assertEquals(1, b.caseMix(Demography.cell(80, Demography.HIGH)));
    }

    @Test
    void registeringElsewhereMovesTheAgentsCellAndClearsItsMemory() {
        int i = pt.add(a, 0, 0, 40, 0, Demography.RISING);
        pt.setUnmetMonths(i, 4);
        pt.register(i, a, b);
        int cell = Demography.cell(40, Demography.RISING);
        assertEquals(0, a.listAgents());
        assertEquals(0, a.caseMix(cell));
        assertEquals(1, b.listAgents());
        assertEquals(1, b.caseMix(cell));
        assertEquals(b.id(), pt.practiceOf(i));
        assertEquals(0, pt.unmetMonthsOf(i));
    }

    @Test
    void aNewAgeAndTierMoveTheAgentBetweenCellsOfItsPractice() {
        int i = pt.add(a, 0, 0, 64, 0, Demography.LOW);
        pt.setAgeAndTier(i, a, 65, Demography.HIGH);
        assertEquals(0, a.caseMix(Demography.cell(64, Demography.LOW)));
        assertEquals(1, a.caseMix(Demography.cell(65, Demography.HIGH)));
        assertEquals(1, a.listAgents());
        pt.setAgeAndTier(i, a, 66, Demography.HIGH); // same cell
        assertEquals(1, a.caseMix(Demography.cell(66, Demography.HIGH)));
        pt.setAgeAndTier(i, a, 130, Demography.HIGH);
        assertEquals(120, pt.ageOf(i), "ages are kept at 120 at most");
        assertEquals(1, a.agentsInTiersFrom(Demography.HIGH));
    }

    @Test
    void theArraysGrowAndIndicesAtListsAPracticesAgentsInOrder() {
        for (int k = 0; k < 1000; k++) pt.add(k % 3 == 0 ? a : b, 0, 0, k % 100, k % 12, Demography.LOW);
        assertEquals(1000, pt.size());
        assertEquals(334, a.listAgents());
        assertEquals(666, b.listAgents());
        int[] atA = pt.indicesAt(a.id());
        assertEquals(334, atA.length);
        assertEquals(0, atA[0]);
        assertEquals(999, atA[333]);
        for (int k = 0; k < atA.length; k++) assertEquals(3 * k, atA[k]);
        int sum = 0;
        for (int c = 0; c < Demography.CELLS; c++) sum += a.caseMix(c) + b.caseMix(c);
        assertEquals(1000, sum);
        assertArrayEquals(new int[0], pt.indicesAt(99));
    }
}
