package org.icosim.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.jgrapht.Graph;
import org.junit.jupiter.api.Test;

import org.icosim.network.OrgNetworkTest.N;

/**
 * The network's indexes against its record: after each of a few thousand random changes, every
 * reader answers exactly what the JGraphT graph says (its edges of a type, in its order, with its
 * endpoints) and every counter equals a scan of the graph's edges.
 */
class OrgNetworkConsistencyTest {

    private static final int NODES = 30;
    private static final int STEPS = 4000;
    private static final TieType[] TYPES = TieType.values();

    private OrgNetwork net;
    private List<N> nodes;
    private final Random random = new Random(20240611L);
    /** How often each operation ran, so the test can tell it exercised them all. */
    private final int[] ran = new int[14];

    @Test
    void everyIndexAgreesWithTheGraphAfterEveryChange() throws Exception {
        net = new OrgNetwork();
        nodes = new ArrayList<>();
        for (int i = 0; i < NODES; i++) nodes.add(new N("n" + i));
        for (N n : nodes) if (random.nextInt(4) > 0) net.add(n);
        check("start");
        for (int step = 0; step < STEPS; step++) {
            String what = mutate();
            check("step " + step + " (" + what + ")");
            if (step % 1000 == 999) {
                roundTrip();
                check("step " + step + " after serialization");
            }
        }
        for (int op = 0; op < ran.length; op++) assertTrue(ran[op] > 50, "operation " + op + " ran " + ran[op] + " times");
        int ties = net.graph().edgeSet().size();
        assertTrue(ties > 20, "a network with ties to check, not " + ties);
    }

    private List<N> absent() {
        List<N> out = new ArrayList<>();
        for (N n : nodes) if (!net.graph().containsVertex(n)) out.add(n);
        return out;
    }

    private N any() {
        return nodes.get(random.nextInt(NODES));
    }

    /** A node in the network; adds one if none is. */
    private N present() {
        for (int tries = 0; tries < 100; tries++) {
            N n = any();
            if (net.graph().containsVertex(n)) return n;
        }
        N n = any();
        net.add(n);
        return n;
    }

    /** A node in the network other than {@code not}, or null if there is none. */
    private N presentOther(N not) {
        for (int tries = 0; tries < 100; tries++) {
            N n = any();
            if (n != not && net.graph().containsVertex(n)) return n;
        }
        return null;
    }

    private List<N> someOthers(N not, int max) {
        List<N> out = new ArrayList<>();
        int k = random.nextInt(max + 1);
        for (int i = 0; i < k; i++) {
            N n = presentOther(not);
            if (n != null) out.add(n); // duplicates allowed: the multigraph keeps them as two ties
        }
        return out;
    }

    /** One random change; returns what it was. */
    private String mutate() {
        int op = random.nextInt(ran.length);
        ran[op]++;
        N a = present();
        N b = presentOther(a);
        if (b == null) {
            net.add(nodes.get((nodes.indexOf(a) + 1) % NODES));
            return "add to a lone node";
        }
        switch (op) {
            case 0 -> {
                List<N> absent = absent();
                if (absent.isEmpty()) {
                    assertThrows(IllegalArgumentException.class, () -> net.add(a));
                    return "add twice " + a;
                }
                N n = absent.get(random.nextInt(absent.size()));
                net.add(n);
                return "add " + n;
            }
            case 1 -> {
                // keeps between half and all of the nodes in the network
                if (absent().size() >= NODES / 2) {
                    N n = absent().get(0);
                    net.add(n);
                    return "add " + n;
                }
                net.remove(a);
                return "remove " + a;
            }
            case 2, 3 -> {
                net.employ(a, b);
                return "employ " + a + " at " + b;
            }
            case 4 -> {
                net.unemploy(a);
                return "unemploy " + a;
            }
            case 5 -> {
                net.addMembership(a, b);
                return "member " + a + " of " + b;
            }
            case 6 -> {
                // sometimes an organisation a is not a member of, or one not in the network
                N org = random.nextBoolean() && !net.membershipView(a).isEmpty()
                        ? (N) net.membershipView(a).get(random.nextInt(net.membershipView(a).size())) : any();
                net.removeMembership(a, org);
                return "leave " + a + " " + org;
            }
            case 7 -> {
                List<N> nearest = someOthers(a, 5);
                net.setNeighbours(a, nearest);
                return "neighbours " + a + " " + nearest;
            }
            case 8 -> {
                List<N> trusts = someOthers(a, 3);
                List<Tie> ties = net.setReferralTies(a, trusts);
                assertEquals(trusts.size(), ties.size());
                for (int i = 0; i < ties.size(); i++) assertSame(trusts.get(i), net.graph().getEdgeTarget(ties.get(i)));
                if (!ties.isEmpty()) ties.get(0).recordMonth(random.nextInt(24), random.nextInt(100));
                return "referrals " + a + " " + trusts;
            }
            case 9 -> {
                net.recordMerger(a, b);
                return "merger " + a + " into " + b;
            }
            case 10 -> {
                TieType type = TYPES[random.nextInt(TYPES.length)];
                net.removeOutgoing(a, type);
                return "remove outgoing " + type + " of " + a;
            }
            case 11 -> {
                TieType type = TYPES[random.nextInt(TYPES.length)];
                net.removeIncoming(a, type);
                return "remove incoming " + type + " of " + a;
            }
            case 12 -> {
                // moving a whole staff, as a merger does, through the copy
                for (Node gp : net.staffOf(a)) if (gp != b) net.employ(gp, b);
                return "move the staff of " + a + " to " + b;
            }
            default -> {
                // calls the network must refuse, leaving graph and indexes as they were
                List<N> absent = absent();
                if (!absent.isEmpty()) {
                    N x = absent.get(random.nextInt(absent.size()));
                    assertThrows(IllegalArgumentException.class, () -> net.employ(a, x));
                    assertThrows(IllegalArgumentException.class, () -> net.employ(x, a));
                    assertThrows(IllegalArgumentException.class, () -> net.addMembership(a, x));
                    assertThrows(IllegalArgumentException.class, () -> net.recordMerger(x, a));
                    assertThrows(IllegalArgumentException.class, () -> net.removeOutgoing(x, TieType.NEIGHBOUR));
                    assertNull(net.employerOf(x));
                }
                assertThrows(IllegalArgumentException.class, () -> net.recordMerger(a, a));
                return "refused calls";
            }
        }
    }

    private void roundTrip() throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(new Object[] {net, nodes});
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            Object[] back = (Object[]) in.readObject();
            net = (OrgNetwork) back[0];
            @SuppressWarnings("unchecked")
            List<N> copies = (List<N>) back[1];
            nodes = copies;
        }
    }

    /** Every reader of every node against the graph; every counter against a scan. */
    private void check(String when) {
        Graph<Node, Tie> g = net.graph();
        for (TieType type : TYPES) {
            long scanned = g.edgeSet().stream().filter(t -> t.type() == type).count();
            assertEquals(scanned, net.count(type), when + ": count of " + type);
        }
        for (N n : nodes) {
            boolean in = g.containsVertex(n);
            assertEquals(in, net.contains(n), when + ": contains " + n);
            if (!in) {
                assertNull(net.employerOf(n), when + ": employer of absent " + n);
                assertThrows(IllegalArgumentException.class, () -> net.staffView(n));
                continue;
            }
            for (TieType type : TYPES) {
                List<Tie> out = new ArrayList<>(), inc = new ArrayList<>();
                List<Node> targets = new ArrayList<>(), sources = new ArrayList<>();
                for (Tie t : g.outgoingEdgesOf(n)) {
                    if (t.type() != type) continue;
                    out.add(t);
                    targets.add(g.getEdgeTarget(t));
                    assertSame(n, g.getEdgeSource(t));
                    assertSame(g.getEdgeTarget(t), net.target(t));
                    assertSame(n, net.source(t));
                }
                for (Tie t : g.incomingEdgesOf(n)) {
                    if (t.type() != type) continue;
                    inc.add(t);
                    sources.add(g.getEdgeSource(t));
                }
                String what = when + ": " + type + " of " + n;
                assertEquals(targets, net.targetsView(n, type), what + " targetsView");
                assertEquals(targets, net.targets(n, type), what + " targets");
                assertEquals(sources, net.sourcesView(n, type), what + " sourcesView");
                assertEquals(sources, net.sources(n, type), what + " sources");
                // element by element too, by identity
                List<Node> view = net.targetsView(n, type);
                assertEquals(targets.size(), view.size(), what);
                for (int i = 0; i < view.size(); i++) assertSame(targets.get(i), view.get(i), what + " #" + i);
                switch (type) {
                    case WORKS_AT -> {
                        assertTrue(out.size() <= 1, what + ": two posts");
                        assertSame(out.isEmpty() ? null : targets.get(0), net.employerOf(n), what + " employerOf");
                        assertEquals(sources, net.staffView(n), what + " staffView");
                        assertEquals(sources, net.staffOf(n), what + " staffOf");
                    }
                    case MEMBER_OF -> {
                        assertEquals(targets, net.membershipView(n), what + " membershipView");
                        assertEquals(targets, net.membershipsOf(n), what + " membershipsOf");
                        assertEquals(sources, net.memberView(n), what + " memberView");
                        assertEquals(sources, net.membersOf(n), what + " membersOf");
                    }
                    case NEIGHBOUR -> {
                        assertEquals(targets, net.neighbourView(n), what + " neighbourView");
                        assertEquals(targets, net.neighboursOf(n), what + " neighboursOf");
                        assertEquals(sources, net.neighbouredByView(n), what + " neighbouredByView");
                        assertEquals(sources, net.neighbouredBy(n), what + " neighbouredBy");
                    }
                    case REFERS_TO -> {
                        List<Tie> view2 = net.referralTieView(n);
                        assertEquals(out.size(), view2.size(), what);
                        for (int i = 0; i < out.size(); i++) assertSame(out.get(i), view2.get(i), what + " referral tie #" + i);
                        assertEquals(out, net.referralTiesOf(n), what + " referralTiesOf");
                    }
                    case MERGED_INTO -> {
                        // only the generic readers, checked above
                    }
                }
            }
        }
    }
}
