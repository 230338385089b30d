package org.icosim.model.pcn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.icosim.model.Submodels;
import org.icosim.model.WorldKit;
import org.icosim.metrics.Metric;
import org.icosim.model.parameters.Parameters;
import org.icosim.model.patients.Demography;
import org.icosim.model.world.Economy;
import org.icosim.model.world.Federation;
import org.icosim.model.world.Practice;
import org.icosim.model.world.PrimaryCareNetwork;
import org.icosim.network.TieType;
import org.junit.jupiter.api.Test;

/**
 * ODD 8.30 on hand-built worlds: one patient agent stands for 100 patients, so a practice of 100
 * agents has 10,000 patients. Networks of 30,000-50,000 (the defaults), filled to 40,000.
 */
class PcnFormationTest {

    private static WorldKit kit(YearMonth start, boolean on) {
        return new WorldKit(new Parameters().set(Parameters.PATIENT_SCALE, 100).set(Parameters.PCN_TARGET_LIST, 40000)
                .set(Parameters.PRIMARY_CARE_NETWORKS, on ? 1 : 0), start, 1);
    }

    private static Practice practice(WorldKit kit, Economy e, double x, double y, int thousands) {
        Practice p = kit.practice(e, x, y);
        kit.patients(p, 40, Demography.LOW, thousands * 10);
        return p;
    }

    private static List<List<Integer>> ids(Submodels sub) {
        List<List<Integer>> out = new ArrayList<>();
        for (PrimaryCareNetwork n : sub.world.pcns()) {
            List<Integer> members = new ArrayList<>();
            for (Practice p : sub.memberships.pcnMembers(n)) members.add(p.id());
            out.add(members);
        }
        return out;
    }

    @Test
    void eightPracticesInARowFormTwoNetworksOfFourFromTheEndsInwards() {
        WorldKit kit = kit(YearMonth.of(2019, 7), true);
        Economy e = kit.economy();
        for (int i = 0; i < 8; i++) practice(kit, e, i, 0, 10);
        kit.ready();
        Submodels sub = kit.submodels();
        sub.pcnFormation.monthly();
        // Centre x = 3.5: practices 0 and 7 are farthest, 0 has the lower id and starts; it takes its
        // nearest until 40,000 patients; the rest start again from 4 (tied with 7, lower id).
        assertEquals(List.of(List.of(0, 1, 2, 3), List.of(4, 5, 6, 7)), ids(sub));
        for (PrimaryCareNetwork n : sub.world.pcns()) {
            assertEquals(4, kit.world.network().memberView(n).size());
            assertEquals(0, n.monthFormed());
        }
        assertEquals(8, kit.world.network().count(TieType.MEMBER_OF));
        sub.pcnFormation.monthly();
        assertEquals(2, sub.world.pcns().size(), "formed once");
    }

    @Test
    void aRemnantBelowTheMinimumJoinsTheNearestNetwork() {
        WorldKit kit = kit(YearMonth.of(2019, 7), true);
        Economy e = kit.economy();
        for (int i = 0; i < 6; i++) practice(kit, e, i, 0, 10);
        kit.ready();
        Submodels sub = kit.submodels();
        sub.pcnFormation.monthly();
        // 0-3 form 40,000; 4 and 5 (20,000) are too few and join it: one network of 60,000.
        assertEquals(List.of(List.of(0, 1, 2, 3, 4, 5)), ids(sub));
    }

    @Test
    void aLargePracticeIsANetworkAloneAFederationStaysWholeAndOneTooLargeIsSplit() {
        WorldKit kit = kit(YearMonth.of(2019, 7), true);
        Economy e = kit.economy();
        Practice big = practice(kit, e, 0, 0, 35);
        Practice f1 = practice(kit, e, 10, 0, 15);
        Practice f2 = practice(kit, e, 12, 0, 10);
        Practice near = practice(kit, e, 13, 0, 10);
        Practice g1 = practice(kit, e, 40, 0, 20);
        Practice g2 = practice(kit, e, 41, 0, 20);
        Practice g3 = practice(kit, e, 42, 0, 20);
        kit.ready();
        Federation f = kit.world.newFederation(e);
        kit.world.network().addMembership(f1, f);
        kit.world.network().addMembership(f2, f);
        Federation g = kit.world.newFederation(e);
        for (Practice p : List.of(g1, g2, g3)) kit.world.network().addMembership(p, g);
        Submodels sub = kit.submodels();
        sub.pcnFormation.monthly();
        // big (35,000) is a network alone. f1+f2 are one block of 25,000 centred at 11; g's 60,000 is
        // more than 50,000, so g1, g2, g3 are blocks alone. The blocks' centre is 29.4: the
        // federation's block is farthest and starts, takes near (35,000), and no g fits under
        // 50,000. g1 starts the next (tied with g3, lower id), takes g2 (40,000) and stops; g3
        // alone (20,000) is a remnant and joins the network whose centre is nearest, g1+g2's.
        assertEquals(List.of(List.of(big.id()), List.of(f1.id(), f2.id(), near.id()), List.of(g1.id(), g2.id(), g3.id())), ids(sub));
        assertSame(sub.memberships.pcnOf(f1), sub.memberships.pcnOf(f2));
        assertSame(f, sub.memberships.federationOf(f1), "the federation tie stays beside the network's");
    }

    @Test
    void networksDoNotCrossCcgsAndASmallCcgFormsOneNetwork() {
        WorldKit kit = kit(YearMonth.of(2019, 7), true);
        Economy e = kit.economy();
        List<Practice> all = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Practice p = practice(kit, e, i, 0, 10);
            // Alternate CCGs along the row: A has 0, 2, 4, 6; B has 1, 3, 5, 7 but B's 7 is in C.
            p.identify("P" + i, i == 7 ? "C" : i % 2 == 0 ? "A" : "B", "ccg");
            all.add(p);
        }
        kit.ready();
        Submodels sub = kit.submodels();
        sub.pcnFormation.monthly();
        // A: 40,000 in one network; B: 1, 3, 5 = 30,000 in one; C: practice 7 alone (a CCG too small).
        assertEquals(List.of(List.of(0, 2, 4, 6), List.of(1, 3, 5), List.of(7)), ids(sub));
        assertEquals("A", sub.world.pcns().get(0).ccgCode());
        assertEquals("C", sub.world.pcns().get(2).ccgCode());
    }

    @Test
    void nothingFormsBeforeTheStartOrWhenSwitchedOff() {
        WorldKit before = kit(YearMonth.of(2019, 6), true);
        Economy e = before.economy();
        practice(before, e, 0, 0, 10);
        before.ready();
        Submodels sub = before.submodels();
        sub.pcnFormation.monthly();
        assertTrue(sub.world.pcns().isEmpty(), "June 2019");
        before.world.calendar().setMonth(1);
        sub.pcnFormation.monthly();
        assertEquals(1, sub.world.pcns().size(), "July 2019");

        WorldKit off = kit(YearMonth.of(2019, 7), false);
        practice(off, off.economy(), 0, 0, 10);
        off.ready();
        Submodels offSub = off.submodels();
        offSub.additionalRoles.monthly();
        assertTrue(offSub.world.pcns().isEmpty());
        assertFalse(offSub.pcnFormation.active());
    }

    @Test
    void membershipFollowsMergersAndClosuresAndAnEmptyNetworkIsDissolved() {
        WorldKit kit = kit(YearMonth.of(2019, 7), true);
        Economy e = kit.economy();
        for (int i = 0; i < 8; i++) practice(kit, e, i, 0, 10);
        kit.ready();
        Submodels sub = kit.submodels();
        sub.pcnFormation.monthly();
        PrimaryCareNetwork first = sub.world.pcns().get(0);
        PrimaryCareNetwork second = sub.world.pcns().get(1);
        // Practice 4 (second network) merges into practice 3 (first): it leaves, the absorber stays.
        sub.mergers.merge(kit.world.practice(4), kit.world.practice(3));
        assertNull(sub.memberships.pcnOf(kit.world.practice(4)));
        assertSame(first, sub.memberships.pcnOf(kit.world.practice(3)));
        assertEquals(3, kit.world.network().memberView(second).size());
        // The other three of the second network close: it has no member left and is dissolved.
        kit.world.calendar().setMonth(3);
        for (int id : new int[] {5, 6, 7}) sub.handBack.close(kit.world.practice(id));
        sub.pcnFormation.monthly();
        assertFalse(second.isActive());
        assertEquals(3, second.monthDissolved());
        assertFalse(kit.world.network().contains(second));
        assertTrue(first.isActive());
        double[] row = sub.observer.observe();
        assertEquals(1, row[Metric.pcns.ordinal()]);
        // Practice 3 took practice 4's list on the merger; the closed practices' patients moved to
        // their neighbours, all in the first network: its members hold all 80,000.
        assertEquals(80_000, row[Metric.meanPcnListSize.ordinal()], 1e-9);
    }
}
