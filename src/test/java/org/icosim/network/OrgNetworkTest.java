package org.icosim.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The network's relations on a hand-built graph of a few nodes. */
class OrgNetworkTest {

    /** A test vertex; shared with the other tests of the package. */
    static final class N extends NetworkNode {
        private static final long serialVersionUID = 1L;
        private final String id;
        N(String id) { this.id = id; }
        public String nodeId() { return id; }
        public Map<String, String> attributes() { return Map.of("kind", "TEST", "label", id); }
        @Override public String toString() { return id; }
    }

    /** A vertex of the graph's type that is no NetworkNode. */
    private static final class Plain implements Node {
        private static final long serialVersionUID = 1L;
        public String nodeId() { return "plain"; }
        public Map<String, String> attributes() { return Map.of("kind", "TEST", "label", "plain"); }
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

    @Test
    void staffViewListsTheStaffInTheOrderTheyJoinedAndFollowsChanges() {
        OrgNetwork net = new OrgNetwork();
        N a = new N("a"), b = new N("b"), g1 = new N("g1"), g2 = new N("g2"), g3 = new N("g3");
        for (N n : List.of(a, b, g1, g2, g3)) net.add(n);
        net.employ(g2, a);
        net.employ(g1, a);
        net.employ(g3, a);
        List<Node> staff = net.staffView(a);
        assertEquals(List.of(g2, g1, g3), staff);
        assertEquals(3, staff.size());
        assertSame(g1, staff.get(1));
        assertSame(staff, net.staffView(a), "one view per node and type, not one per call");
        net.employ(g1, b);
        assertEquals(List.of(g2, g3), staff, "a view is live: g1 left for b");
        assertEquals(List.of(g1), net.staffView(b));
        assertSame(b, net.employerOf(g1));
        net.employ(g1, a);
        assertEquals(List.of(g2, g3, g1), net.staffView(a), "a returning GP joins at the end");
        net.unemploy(g2);
        assertNull(net.employerOf(g2));
        assertEquals(List.of(g3, g1), net.staffView(a));
        assertEquals(List.of(), net.staffView(b));
        assertEquals(List.of(g3, g1), net.staffOf(a));
        assertEquals(2, net.count(TieType.WORKS_AT));
    }

    @Test
    void employingAtTheSameEmployerAgainKeepsThePlaceInTheStaff() {
        OrgNetwork net = new OrgNetwork();
        N a = new N("a"), g1 = new N("g1"), g2 = new N("g2");
        for (N n : List.of(a, g1, g2)) net.add(n);
        net.employ(g1, a);
        net.employ(g2, a);
        net.employ(g1, a);
        assertEquals(List.of(g1, g2), net.staffView(a));
        assertEquals(2, net.count(TieType.WORKS_AT));
    }

    @Test
    void viewsAreUnmodifiableAndCopiesAreNot() {
        OrgNetwork net = new OrgNetwork();
        N a = new N("a"), g = new N("g"), t = new N("t");
        for (N n : List.of(a, g, t)) net.add(n);
        net.employ(g, a);
        net.setReferralTies(a, List.of(t));
        List<Node> staff = net.staffView(a);
        assertThrows(UnsupportedOperationException.class, () -> staff.add(t));
        assertThrows(UnsupportedOperationException.class, () -> staff.remove(0));
        assertThrows(UnsupportedOperationException.class, () -> staff.remove(g));
        assertThrows(UnsupportedOperationException.class, staff::clear);
        assertThrows(UnsupportedOperationException.class, () -> staff.set(0, t));
        List<Tie> ties = net.referralTieView(a);
        assertThrows(UnsupportedOperationException.class, () -> ties.remove(0));
        assertThrows(UnsupportedOperationException.class, () -> net.neighbourView(a).add(t));
        assertThrows(IndexOutOfBoundsException.class, () -> staff.get(1));
        assertEquals(List.of(g), net.staffView(a), "the failed writes changed nothing");

        List<Node> copy = net.staffOf(a);
        copy.add(t);
        assertEquals(List.of(g), net.staffView(a));
        assertNotSame(net.staffOf(a), net.staffOf(a));
    }

    @Test
    void iteratingAViewWhileChangingTheNetworkFailsFast() {
        OrgNetwork net = new OrgNetwork();
        N a = new N("a"), b = new N("b"), g1 = new N("g1"), g2 = new N("g2"), g3 = new N("g3");
        for (N n : List.of(a, b, g1, g2, g3)) net.add(n);
        for (N g : List.of(g1, g2, g3)) net.employ(g, a);
        Iterator<Node> it = net.staffView(a).iterator();
        net.employ(it.next(), b);
        assertThrows(ConcurrentModificationException.class, it::next);
        // the copy is the way to change the network while iterating
        for (Node n : net.staffOf(a)) net.employ(n, b);
        assertEquals(List.of(g1, g2, g3), net.staffView(b));
        assertEquals(List.of(), net.staffView(a));
    }

    @Test
    void membershipAndMemberViewsKeepTheOrderOfJoining() {
        OrgNetwork net = new OrgNetwork();
        N p = new N("p"), q = new N("q"), f = new N("f"), ico = new N("ico");
        for (N n : List.of(p, q, f, ico)) net.add(n);
        net.addMembership(q, f);
        net.addMembership(p, ico);
        net.addMembership(p, f);
        net.addMembership(p, ico);
        assertEquals(List.of(ico, f), net.membershipView(p));
        assertEquals(List.of(q, p), net.memberView(f));
        assertEquals(List.of(p), net.memberView(ico));
        assertEquals(3, net.count(TieType.MEMBER_OF));
        net.removeMembership(p, ico);
        net.removeMembership(p, ico);
        assertEquals(List.of(f), net.membershipView(p));
        assertEquals(List.of(), net.memberView(ico));
        assertEquals(List.of(q, p), net.membersOf(f));
        assertEquals(2, net.count(TieType.MEMBER_OF));
    }

    @Test
    void neighbourViewsAreNearestFirstAndReplacedWhole() {
        OrgNetwork net = new OrgNetwork();
        N p = new N("p"), q = new N("q"), r = new N("r"), s = new N("s");
        for (N n : List.of(p, q, r, s)) net.add(n);
        net.setNeighbours(p, List.of(s, q, r));
        net.setNeighbours(q, List.of(r, p));
        assertEquals(List.of(s, q, r), net.neighbourView(p));
        assertEquals(List.of(p, q), net.neighbouredByView(r));
        assertEquals(List.of(q), net.neighbouredByView(p));
        assertEquals(5, net.count(TieType.NEIGHBOUR));
        net.setNeighbours(p, List.of(r));
        assertEquals(List.of(r), net.neighbourView(p));
        assertEquals(List.of(q, p), net.neighbouredByView(r), "p's new tie comes after q's");
        assertEquals(List.of(), net.neighbouredByView(s));
        assertEquals(3, net.count(TieType.NEIGHBOUR));
        net.removeIncoming(r, TieType.NEIGHBOUR);
        assertEquals(List.of(), net.neighbourView(p));
        assertEquals(List.of(p), net.neighbourView(q));
        assertEquals(1, net.count(TieType.NEIGHBOUR));
    }

    @Test
    void referralTieViewGivesTheTiesInTheOrderSetFirstTheNearest() {
        OrgNetwork net = new OrgNetwork();
        N p = new N("p"), near = new N("near"), far = new N("far");
        for (N n : List.of(p, near, far)) net.add(n);
        List<Tie> set = net.setReferralTies(p, List.of(near, far));
        List<Tie> view = net.referralTieView(p);
        assertEquals(set, view);
        assertSame(near, net.target(view.get(0)));
        assertSame(far, net.target(view.get(1)));
        assertSame(p, net.source(view.get(1)));
        assertEquals(List.of(near, far), net.targetsView(p, TieType.REFERS_TO));
        assertEquals(List.of(p), net.sourcesView(far, TieType.REFERS_TO));
        List<Tie> replaced = net.setReferralTies(p, List.of(far));
        assertEquals(replaced, net.referralTieView(p));
        assertEquals(List.of(), net.sourcesView(near, TieType.REFERS_TO));
        assertEquals(1, net.count(TieType.REFERS_TO));
        net.removeOutgoing(p, TieType.REFERS_TO);
        assertEquals(List.of(), net.referralTieView(p));
        assertEquals(0, net.count(TieType.REFERS_TO));
    }

    @Test
    void genericViewsCoverEveryTypeIncludingMergerHistory() {
        OrgNetwork net = new OrgNetwork();
        N a = new N("a"), b = new N("b"), c = new N("c"), g = new N("g");
        for (N n : List.of(a, b, c, g)) net.add(n);
        net.recordMerger(c, a);
        net.recordMerger(b, a);
        net.employ(g, a);
        assertEquals(List.of(c, b), net.sourcesView(a, TieType.MERGED_INTO));
        assertEquals(List.of(a), net.targetsView(b, TieType.MERGED_INTO));
        assertEquals(List.of(g), net.sourcesView(a, TieType.WORKS_AT));
        assertEquals(List.of(a), net.targetsView(g, TieType.WORKS_AT));
        assertEquals(List.of(), net.targetsView(a, TieType.MERGED_INTO));
        assertEquals(List.of(c, b), net.sources(a, TieType.MERGED_INTO));
        assertEquals(2, net.count(TieType.MERGED_INTO));
        assertThrows(IllegalArgumentException.class, () -> net.recordMerger(a, a), "no self-loops");
        assertEquals(2, net.count(TieType.MERGED_INTO));
        assertEquals(List.of(), net.targetsView(a, TieType.MERGED_INTO));
    }

    @Test
    void removingANodeDropsItsTiesAndKeepsTheOrderOfTheRest() {
        OrgNetwork net = new OrgNetwork();
        N a = new N("a"), b = new N("b"), g1 = new N("g1"), g2 = new N("g2"), g3 = new N("g3");
        for (N n : List.of(a, b, g1, g2, g3)) net.add(n);
        for (N g : List.of(g1, g2, g3)) net.employ(g, a);
        net.setNeighbours(b, List.of(a));
        net.addMembership(a, b);
        net.remove(g2);
        assertEquals(List.of(g1, g3), net.staffView(a));
        assertFalse(net.contains(g2));
        assertNull(net.employerOf(g2));
        assertThrows(IllegalArgumentException.class, () -> net.staffView(g2));
        net.remove(a);
        assertNull(net.employerOf(g1), "the staff of a removed employer have no post");
        assertNull(net.employerOf(g3));
        assertEquals(List.of(), net.neighbourView(b));
        assertEquals(List.of(), net.memberView(b));
        assertEquals(0, net.count(TieType.WORKS_AT));
        assertEquals(0, net.count(TieType.NEIGHBOUR));
        assertEquals(0, net.count(TieType.MEMBER_OF));
        net.remove(a); // no longer there: nothing happens
        net.add(a);
        assertEquals(List.of(), net.staffView(a), "a node added again starts without ties");
        net.employ(g3, a);
        assertEquals(List.of(g3), net.staffView(a));
    }

    @Test
    void nodesOutsideTheNetworkAreRejectedExceptByEmployerOf() {
        OrgNetwork net = new OrgNetwork(), other = new OrgNetwork();
        N in = new N("in"), elsewhere = new N("elsewhere"), nowhere = new N("nowhere");
        net.add(in);
        other.add(elsewhere);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> net.add(elsewhere));
        assertTrue(e.getMessage().contains("elsewhere"));
        assertFalse(net.contains(elsewhere));
        assertFalse(net.contains(new Plain()));
        assertFalse(net.contains(null));
        assertNull(net.employerOf(nowhere));
        assertNull(net.employerOf(elsewhere));
        assertNull(net.employerOf(new Plain()));
        assertNull(net.employerOf(null));
        for (Node n : List.of(elsewhere, nowhere, new Plain())) {
            assertThrows(IllegalArgumentException.class, () -> net.staffView(n));
            assertThrows(IllegalArgumentException.class, () -> net.targetsView(n, TieType.NEIGHBOUR));
            assertThrows(IllegalArgumentException.class, () -> net.referralTieView(n));
            assertThrows(IllegalArgumentException.class, () -> net.employ(n, in));
            assertThrows(IllegalArgumentException.class, () -> net.employ(in, n));
            assertThrows(IllegalArgumentException.class, () -> net.addMembership(in, n));
            assertThrows(IllegalArgumentException.class, () -> net.setNeighbours(in, List.of(n)));
        }
        assertEquals(0, net.graph().edgeSet().size());
        net.remove(elsewhere); // not this network's: nothing happens
        assertTrue(other.contains(elsewhere));
    }

    @Test
    void theIndexesComeBackWithASerializedNetwork() throws Exception {
        OrgNetwork net = new OrgNetwork();
        N p = new N("p"), q = new N("q"), t = new N("t"), f = new N("f"), g1 = new N("g1"), g2 = new N("g2");
        for (N n : List.of(p, q, t, f, g1, g2)) net.add(n);
        net.employ(g2, p);
        net.employ(g1, p);
        net.setNeighbours(p, List.of(q));
        net.setReferralTies(p, List.of(t, q)).get(0).recordMonth(0, 7);
        net.addMembership(p, f);
        N gone = new N("gone");
        net.add(gone);
        net.employ(gone, p);
        net.remove(gone);

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(new Object[] {net, List.of(p, q, t, f, g1, g2, gone)});
        }
        Object[] back;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            back = (Object[]) in.readObject();
        }
        OrgNetwork copy = (OrgNetwork) back[0];
        @SuppressWarnings("unchecked")
        List<N> nodes = (List<N>) back[1];
        N p2 = nodes.get(0), q2 = nodes.get(1), t2 = nodes.get(2), f2 = nodes.get(3), g12 = nodes.get(4), g22 = nodes.get(5);
        N gone2 = nodes.get(6);
        assertEquals(List.of(g22, g12), copy.staffView(p2));
        assertSame(p2, copy.employerOf(g12));
        assertEquals(List.of(q2), copy.neighbourView(p2));
        assertEquals(List.of(p2), copy.neighbouredByView(q2));
        assertEquals(List.of(t2, q2), copy.targetsView(p2, TieType.REFERS_TO));
        assertEquals(7, copy.referralTieView(p2).get(0).weight(), 0);
        assertEquals(List.of(f2), copy.membershipView(p2));
        assertEquals(List.of(p2), copy.memberView(f2));
        assertFalse(copy.contains(gone2));
        assertNull(copy.employerOf(gone2));
        assertEquals(2, copy.count(TieType.WORKS_AT));
        assertEquals(2, copy.count(TieType.REFERS_TO));
        assertEquals(1, copy.count(TieType.NEIGHBOUR));
        assertEquals(1, copy.count(TieType.MEMBER_OF));
        assertEquals(0, copy.count(TieType.MERGED_INTO));
        assertEquals(6, copy.graph().vertexSet().size());
        // the copy is a working network of its own, the original untouched
        copy.employ(g12, q2);
        assertEquals(List.of(g22), copy.staffView(p2));
        assertEquals(List.of(g2, g1), net.staffView(p));
        assertThrows(IllegalArgumentException.class, () -> net.add(g12));
    }
}
