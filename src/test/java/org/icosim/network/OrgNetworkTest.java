package org.icosim.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The network's relations on a hand-built graph of a few nodes. */
class OrgNetworkTest {

    private static final class N implements Node {
        private final String id;
        N(String id) { this.id = id; }
        public String nodeId() { return id; }
        public Map<String, String> attributes() { return Map.of("kind", "TEST", "label", id); }
    }

    @Test
    void employmentReplacesTheOldPostSoAGpNeverHoldsTwo() {
        OrgNetwork net = new OrgNetwork();
        N gp = new N("gp"), a = new N("a"), b = new N("b");
        net.add(gp); net.add(a); net.add(b);
        net.employ(gp, a);
        net.employ(gp, b);
        assertSame(b, net.employerOf(gp));
        assertEquals(List.of(), net.staffOf(a));
        assertEquals(List.of(gp), net.staffOf(b));
        assertEquals(1, net.count(TieType.WORKS_AT));
        net.remove(gp);
        assertNull(net.employerOf(gp));
        assertEquals(0, net.count(TieType.WORKS_AT));
    }

    @Test
    void neighboursKeepTheOrderGivenAndAreReplacedWhole() {
        OrgNetwork net = new OrgNetwork();
        N p = new N("p"), q = new N("q"), r = new N("r"), s = new N("s");
        for (N n : List.of(p, q, r, s)) net.add(n);
        net.setNeighbours(p, List.of(r, q));
        assertEquals(List.of(r, q), net.neighboursOf(p));
        assertEquals(List.of(p), net.neighbouredBy(q));
        net.setNeighbours(p, List.of(s));
        assertEquals(List.of(s), net.neighboursOf(p));
        assertEquals(List.of(), net.neighbouredBy(q));
    }

    @Test
    void membershipIsAddedOnceAndRemovedExactly() {
        OrgNetwork net = new OrgNetwork();
        N p = new N("p"), f = new N("f"), t = new N("t");
        for (N n : List.of(p, f, t)) net.add(n);
        net.addMembership(p, f);
        net.addMembership(p, f);
        net.addMembership(p, t);
        assertEquals(List.of(f, t), net.membershipsOf(p));
        net.removeMembership(p, f);
        assertEquals(List.of(t), net.membershipsOf(p));
        assertEquals(List.of(p), net.membersOf(t));
    }

    @Test
    void referralWeightIsTheSumOfTheLastTwelveMonths() {
        OrgNetwork net = new OrgNetwork();
        N p = new N("p"), t = new N("t");
        net.add(p); net.add(t);
        Tie tie = net.setReferralTies(p, List.of(t)).get(0);
        assertSame(t, net.target(tie));
        for (int month = 0; month < 12; month++) tie.recordMonth(month, 10);
        assertEquals(120, tie.weight(), 1e-12);
        tie.recordMonth(12, 22);
        assertEquals(132, tie.weight(), 1e-12);
        for (int month = 13; month < 24; month++) tie.recordMonth(month, 0);
        assertEquals(22, tie.weight(), 1e-12);
        assertEquals(List.of(tie), net.referralTiesOf(p));
        assertEquals(List.of(p), net.sources(t, TieType.REFERS_TO));
    }

    @Test
    void aNodeCannotBeAddedTwice() {
        OrgNetwork net = new OrgNetwork();
        N p = new N("p");
        net.add(p);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> net.add(p));
        assertTrue(e.getMessage().contains("p"));
    }
}
