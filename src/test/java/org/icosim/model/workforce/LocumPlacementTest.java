package org.icosim.model.workforce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.icosim.model.WorldKit;
import org.icosim.model.parameters.Parameters;
import org.icosim.model.world.Economy;
import org.icosim.model.world.Gp;
import org.icosim.model.world.Practice;
import org.icosim.model.world.PracticeStatus;
import org.icosim.model.world.Role;
import org.icosim.model.world.Trust;
import org.icosim.model.world.TrustKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * ODD 8.8: locums, in GP-list order, each to the open practice of its economy with the largest
 * remaining gap, which its FTE narrows; what is left uncovered is the economy's locum work.
 * Partner productivity is 1.25 and every FTE a multiple of 1/4, so the gaps are exact in binary
 * and ties are true ties.
 */
class LocumPlacementTest {

    private WorkforceKit w;
    private Economy e0;
    private Economy e1;
    private Practice a;
    private Practice b;
    private Practice closed;
    private Practice overStaffed;
    private Practice d;
    private Trust t0;
    private Trust t1;

    @BeforeEach
    void world() {
        WorldKit kit = new WorldKit(new Parameters().set(Parameters.PARTNER_PRODUCTIVITY, 1.25));
        e0 = kit.economy();
        e1 = kit.economy();
        a = kit.practice(e0, 0, 0);
        b = kit.practice(e0, 5, 0);
        closed = kit.practice(e0, 10, 0);
        overStaffed = kit.practice(e0, 15, 0);
        d = kit.practice(e1, 0, 0);
        t0 = kit.trust(e0, 25, 25, TrustKind.ACUTE);
        t1 = kit.trust(e1, 25, 25, TrustKind.ACUTE);
        kit.ready();
        w = new WorkforceKit(kit, WorkforceKit.Picker.kind(Post.Kind.STAY));
        kit.gp(a, Role.PARTNER, 1.0, 50);
        kit.gp(b, Role.SALARIED, 0.5, 40);
        kit.gp(overStaffed, Role.SALARIED, 1.0, 40);
        closed.end(PracticeStatus.CLOSED, 0);
        w.readStaff();
        a.setDemand(0, 3.25);            // gap 3.25 - 1.0 * 1.25 = 2.0
        b.setDemand(0, 2.75);            // gap 2.75 - 0.5 = 2.25
        closed.setDemand(0, 10);         // closed: never a placement
        overStaffed.setDemand(0, 0.5);   // gap 0.5 - 1.0 = -0.5
        d.setDemand(0, 0.5);             // economy 1: gap 0.5
    }

    @Test
    void eachLocumInTurnGoesToTheLargestRemainingGapOfItsEconomyAndNarrowsIt() {
        Gp l1 = w.kit.gp(t0, Role.LOCUM, 0.5, 40);
        Gp l2 = w.kit.gp(t0, Role.LOCUM, 0.25, 40);
        Gp l3 = w.kit.gp(t1, Role.LOCUM, 0.75, 40);
        Gp l4 = w.kit.gp(t0, Role.LOCUM, 1.0, 40);
        Gp l5 = w.kit.gp(t0, Role.LOCUM, 0.5, 40);
        Gp l6 = w.kit.gp(t1, Role.LOCUM, 0.5, 40);
        w.locums.placeLocums();
        // remaining A 2.0, B 2.25, closed never, over-staffed -0.5; D (economy 1) 0.5
        assertSame(b, w.world.network().employerOf(l1), "B's 2.25 is the largest; B -> 1.75");
        assertSame(a, w.world.network().employerOf(l2), "A's 2.0 > B's 1.75; A -> 1.75");
        assertSame(d, w.world.network().employerOf(l3), "its own economy's practice; D -> -0.25");
        assertSame(a, w.world.network().employerOf(l4), "A and B tie at 1.75: the first; A -> 0.75");
        assertSame(b, w.world.network().employerOf(l5), "B's 1.75 > A's 0.75; B -> 1.25");
        assertSame(d, w.world.network().employerOf(l6), "D's -0.25 is negative, but the largest of its economy");
        // uncovered need: economy 0, 0.75 + 1.25 (the over-staffed -0.5 does not count); economy 1, none
        assertEquals(2.0, w.world.labourMarket().locumDemandFte(0), 0);
        assertEquals(0, w.world.labourMarket().locumDemandFte(1), 0);
    }

    @Test
    void partnersSalariedGpsAndLocumsWhoLeftStayWhereTheyAre() {
        Gp gone = w.kit.gp(t0, Role.LOCUM, 0.5, 40);
        gone.deactivate();
        Gp partner = w.world.network().staffOf(a).stream().map(n -> (Gp) n).findFirst().orElseThrow();
        w.locums.placeLocums();
        assertSame(t0, w.world.network().employerOf(gone));
        assertSame(a, w.world.network().employerOf(partner));
        // nobody placed: the uncovered need is the positive gaps, 2.0 + 2.25
        assertEquals(4.25, w.world.labourMarket().locumDemandFte(0), 0);
        assertEquals(0.5, w.world.labourMarket().locumDemandFte(1), 0);
    }

    @Test
    void aPracticeThatClosedIsNeverAPlacementEvenWithTheLargestGap() {
        for (int i = 0; i < 8; i++) w.kit.gp(t0, Role.LOCUM, 1.0, 40);
        w.locums.placeLocums();
        w.readStaff();
        assertEquals(0, closed.locums());
        // eight 1.0 FTE locums, remaining (A, B, over-staffed) from (2.0, 2.25, -0.5):
        // B 1.25, A 1.0, B 0.25, A 0.0, B -0.75, A -1.0, over-staffed -1.5, B -1.75
        assertEquals(3, a.locums());
        assertEquals(4, b.locums());
        assertEquals(1, overStaffed.locums());
        assertEquals(0, w.world.labourMarket().locumDemandFte(0), 0);
    }

    @Test
    void aGpTakingUpLocumWorkGoesToTheLargestPermanentGapLessItsLocums() {
        w.kit.gp(b, Role.LOCUM, 0.5, 40);
        w.readStaff();
        // A: 2.0 - 0 = 2.0; B: 2.25 - 0.5 = 1.75
        assertSame(a, w.locums.placement(e0));
        w.kit.gp(a, Role.LOCUM, 0.5, 40);
        w.readStaff();
        // A: 2.0 - 0.5 = 1.5; B: 1.75
        assertSame(b, w.locums.placement(e0));
        w.kit.gp(b, Role.LOCUM, 0.25, 40);
        w.readStaff();
        // A 1.5, B 2.25 - 0.75 = 1.5: a tie, the first
        assertSame(a, w.locums.placement(e0));
        assertSame(d, w.locums.placement(e1));
    }

    @Test
    void anEconomyWithNoOpenPracticeHasNoPlacement() {
        d.end(PracticeStatus.MERGED_INTO, 0);
        assertNull(w.locums.placement(e1));
        Gp l = w.kit.gp(t1, Role.LOCUM, 0.5, 40);
        w.locums.placeLocums();
        assertSame(t1, w.world.network().employerOf(l), "no open practice: the locum is not placed");
        assertEquals(0, w.world.labourMarket().locumDemandFte(1), 0);
    }
}
