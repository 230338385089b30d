package org.icosim.model.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import org.icosim.model.WorldKit;
import org.icosim.model.parameters.Parameters;
import org.icosim.model.world.Economy;
import org.icosim.model.world.Practice;
import org.icosim.model.world.PracticeStatus;
import org.icosim.network.Node;
import org.junit.jupiter.api.Test;

/**
 * The NEIGHBOUR ties: k nearest open practices of the economy, nearest first, ties by id. Around
 * p0 at the origin: p5 on the same site, p2 at 1 km, p1 and p3 both at 2 km, p4 at 3 km; q, 0.5 km
 * away, is in another economy.
 */
class NeighboursTest {

    private final WorldKit kit = new WorldKit(new Parameters().set(Parameters.NEIGHBOURS, 3));
    private final Economy e = kit.economy();
    private final Economy other = kit.economy();
    private final Practice p0 = kit.practice(e, 0, 0);
    private final Practice p1 = kit.practice(e, 2, 0);
    private final Practice p2 = kit.practice(e, 0, 1);
    private final Practice p3 = kit.practice(e, -2, 0);
    private final Practice p4 = kit.practice(e, 0, -3);
    private final Practice p5 = kit.practice(e, 0, 0);
    private final Practice q = kit.practice(other, 0.5, 0);

    private List<Node> neighboursOf(Practice p) {
        return kit.world.network().neighboursOf(p);
    }

    @Test
    void theKNearestNearestFirstWithTiesByIdWhateverTheOrderOfTheCandidates() {
        List<Practice> candidates = new ArrayList<>(List.of(p0, p1, p2, p3, p4, p5));
        assertEquals(List.of(p5, p2, p1), Neighbours.nearest(candidates, p0, 3));
        assertEquals(List.of(p5, p2, p1, p3), Neighbours.nearest(candidates, p0, 4));
        Collections.reverse(candidates);
        assertEquals(List.of(p5, p2, p1, p3), Neighbours.nearest(candidates, p0, 4));
        assertEquals(List.of(p5, p2, p1, p3, p4), Neighbours.nearest(candidates, p0, 50), "fewer candidates than k: all of them");
        // from p5, p0 on the same site comes first
        assertEquals(List.of(p0, p2, p1), Neighbours.nearest(candidates, p5, 3));
        assertEquals(List.of(), Neighbours.nearest(List.of(p0), p0, 3), "a practice is not its own neighbour");
    }

    @Test
    void rebuildingAnEconomySetsEachOpenPracticesTiesToItsOwnEconomyOnly() {
        kit.ready();
        Wiring w = new Wiring(kit, ScriptedMoves.refusing());
        w.neighbours.rebuild(e);
        w.neighbours.rebuild(other);
        assertEquals(List.of(p5, p2, p1), neighboursOf(p0));
        // p4 at (0, -3): p0 and p5 at 3 km (p0 first by id), p1 and p3 at 3.61 km (p1 first), p2 at 4 km
        assertEquals(List.of(p0, p5, p1), neighboursOf(p4));
        assertEquals(List.of(), neighboursOf(q), "q is alone in its economy");
        assertTrue(kit.world.network().neighbouredBy(q).isEmpty());
    }

    @Test
    void afterAPracticeEndsThePracticesThatCountedItAreRebuiltOverTheOpenOnes() {
        kit.ready();
        Wiring w = new Wiring(kit, ScriptedMoves.refusing());
        w.neighbours.rebuild(e);
        List<Node> p3Before = neighboursOf(p3);
        assertEquals(List.of(p0, p5, p2), p3Before, "p3 at (-2, 0): p0 and p5 at 2 km, p2 at 2.24 km");

        Set<Practice> affected = w.mergers.detach(p1);
        p1.end(PracticeStatus.CLOSED, 0);
        w.neighbours.rebuild(affected);

        assertTrue(affected.contains(p0));
        assertTrue(neighboursOf(p1).isEmpty());
        assertTrue(kit.world.network().neighbouredBy(p1).isEmpty());
        assertEquals(List.of(p5, p2, p3), neighboursOf(p0), "p3 takes the place of the closed p1");
        assertEquals(p3Before, neighboursOf(p3), "a practice that did not count p1 keeps its ties");

        w.neighbours.rebuild(e);
        for (Practice p : e.practices()) {
            for (Node n : neighboursOf(p)) assertTrue(((Practice) n).isOpen());
        }
        assertTrue(neighboursOf(p1).isEmpty(), "an ended practice gets no ties on a rebuild");
    }
}
