package org.icosim.model.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.icosim.model.WorldKit;
import org.icosim.model.parameters.Parameters;
import org.icosim.model.world.Economy;
import org.icosim.model.world.Practice;
import org.icosim.model.world.PracticeStatus;
import org.icosim.model.world.Role;
import org.junit.jupiter.api.Test;

/** ODD 8.7: peer shares over a practice and its neighbours, economy shares, switch targets. */
class PeersAndSwitchingTest {

    private static final double EPS = 1e-12;

    private static void staff(WorldKit kit, Practice p, Role role, int count) {
        for (int i = 0; i < count; i++) kit.gp(p, role, 0.8, 45);
    }

    @Test
    void peerSharesCountThePracticeAndItsNeighboursAndEconomySharesCountAllOpenPractices() {
        WorldKit kit = new WorldKit(new Parameters().set(Parameters.NEIGHBOURS, 2));
        Economy e0 = kit.economy();
        Economy e1 = kit.economy();
        kit.economy(); // an economy with no GP
        Practice a = kit.practice(e0, 0, 0);
        Practice b = kit.practice(e0, 1, 0);
        Practice c = kit.practice(e0, 3, 0);
        Practice d = kit.practice(e0, 10, 0);
        Practice gone = kit.practice(e0, 40, 40);
        Practice e = kit.practice(e1, 0, 0);
        kit.practice(e1, 1, 0);
        staff(kit, a, Role.PARTNER, 2);
        staff(kit, a, Role.SALARIED, 1);
        staff(kit, a, Role.REGISTRAR, 1);
        staff(kit, b, Role.PARTNER, 1);
        staff(kit, b, Role.LOCUM, 1);
        staff(kit, c, Role.SALARIED, 3);
        staff(kit, d, Role.LOCUM, 1);
        staff(kit, gone, Role.PARTNER, 5);
        staff(kit, e, Role.PARTNER, 1);
        kit.ready();
        Wiring w = new Wiring(kit, ScriptedMoves.refusing()).withNeighbours();
        for (Practice p : kit.world.practices()) w.capacity.readStaff(p);
        gone.end(PracticeStatus.CLOSED, 0);
        assertEquals(List.of(b, c), kit.world.network().neighboursOf(a));
        assertEquals(List.of(c, b), kit.world.network().neighboursOf(d));

        w.peers.update();
        // a with b and c: partners 2 + 1, salaried 1 + 3, locums 1 (the registrar in no role) of 8
        assertEquals(3.0 / 8, a.peerPartnerShare(), EPS);
        assertEquals(4.0 / 8, a.peerSalariedShare(), EPS);
        assertEquals(1.0 / 8, a.peerLocumShare(), EPS);
        // d with c and b: partners 1, salaried 3, locums 1 + 1 of 6
        assertEquals(1.0 / 6, d.peerPartnerShare(), EPS);
        assertEquals(3.0 / 6, d.peerSalariedShare(), EPS);
        assertEquals(2.0 / 6, d.peerLocumShare(), EPS);
        // economy 0 over its open practices (the closed one's 5 partners left out): 3, 4, 2 of 9
        assertEquals(3.0 / 9, kit.world.labourMarket().economyRoleShare(0, 0), EPS);
        assertEquals(4.0 / 9, kit.world.labourMarket().economyRoleShare(0, 1), EPS);
        assertEquals(2.0 / 9, kit.world.labourMarket().economyRoleShare(0, 2), EPS);
        assertEquals(1, kit.world.labourMarket().economyRoleShare(1, 0), EPS);
        assertEquals(0, kit.world.labourMarket().economyRoleShare(1, 1), EPS);
        for (int role = 0; role < 3; role++) {
            assertEquals(0, kit.world.labourMarket().economyRoleShare(2, role), EPS, "no GP: shares 0");
        }
    }

    @Test
    void practicesWithNoGpAroundThemHavePeerSharesZero() {
        WorldKit kit = new WorldKit(new Parameters());
        Economy e = kit.economy();
        Practice a = kit.practice(e, 0, 0);
        kit.practice(e, 1, 0);
        kit.ready();
        Wiring w = new Wiring(kit, ScriptedMoves.refusing()).withNeighbours();
        a.setPeerShares(0.5, 0.5, 0);
        w.peers.update();
        assertEquals(0, a.peerPartnerShare(), EPS);
        assertEquals(0, a.peerSalariedShare(), EPS);
        assertEquals(0, a.peerLocumShare(), EPS);
    }

    /** Four practices in a row 1 km apart; the first counts the other three its neighbours, nearest first. */
    private static final class Row {
        final WorldKit kit = new WorldKit(new Parameters().set(Parameters.NEIGHBOURS, 3));
        final Practice a;
        final Practice b;
        final Practice c;
        final Practice d;
        final Wiring w;

        Row() {
            Economy e = kit.economy();
            a = kit.practice(e, 0, 0);
            b = kit.practice(e, 1, 0);
            c = kit.practice(e, 2, 0);
            d = kit.practice(e, 3, 0);
            kit.ready();
            w = new Wiring(kit, ScriptedMoves.refusing()).withNeighbours();
        }

        /** Sets the access of a, b, c, d, updates, and returns a's switch target. */
        int target(double access_a, double access_b, double access_c, double access_d) {
            double[] access = {access_a, access_b, access_c, access_d};
            Practice[] ps = {a, b, c, d};
            for (int i = 0; i < 4; i++) if (ps[i].isOpen()) ps[i].setWorkloadAndAccess(1, access[i]);
            w.peers.update();
            return kit.world.signals().switchTarget[a.id()];
        }
    }

    @Test
    void theSwitchTargetIsTheBestOpenNeighbourIfMoreThanPoint05Better() {
        Row r = new Row();
        assertEquals(List.of(r.b, r.c, r.d), r.kit.world.network().neighboursOf(r.a));
        assertEquals(-1, r.target(0.5, 0.549, 0.54, 0.3), "nobody more than 0.05 better");
        assertEquals(r.b.id(), r.target(0.5, 0.551, 0.54, 0.3));
        assertEquals(r.c.id(), r.target(0.5, 0.56, 0.9, 0.7), "the best, not the first better one");
        assertEquals(r.d.id(), r.target(0.5, 0.2, 0.3, 0.6));
        assertEquals(-1, r.target(1, 1, 1, 1), "nobody beats full access");
        assertEquals(-1, r.target(0.96, 1, 1, 1), "1 is not more than 0.05 above 0.96");
    }

    @Test
    void equalAccessGoesToTheNearerNeighbour() {
        Row r = new Row();
        assertEquals(r.b.id(), r.target(0.5, 0.8, 0.8, 0.8));
        assertEquals(r.c.id(), r.target(0.5, 0.2, 0.8, 0.8));
    }

    @Test
    void aClosedNeighbourIsNoTargetAndAClosedPracticeHasNone() {
        Row r = new Row();
        r.b.end(PracticeStatus.CLOSED, 0); // its access reads 1; the neighbour ties are not rebuilt here
        assertEquals(r.c.id(), r.target(0.5, 0, 0.7, 0.6));

        r.kit.world.signals().switchTarget[r.d.id()] = r.c.id();
        r.d.end(PracticeStatus.MERGED_INTO, 0);
        r.target(0.5, 0, 0.7, 0);
        assertEquals(-1, r.kit.world.signals().switchTarget[r.d.id()]);
    }
}
