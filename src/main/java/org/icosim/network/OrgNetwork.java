package org.icosim.network;

import java.util.ArrayList;
import java.util.List;

import org.jgrapht.Graph;
import org.jgrapht.graph.DirectedMultigraph;
import org.jgrapht.graph.builder.GraphTypeBuilder;
import org.jgrapht.graph.AsUnmodifiableGraph;

/**
 * The model's organisational network. Every relation between organisations and GPs is a typed
 * {@link Tie} here and nowhere else: an agent that wants to know its employer, its members or its
 * neighbours asks this class.
 *
 * <p>Iteration order is insertion order (JGraphT's default specifics keep vertices in a linked
 * map and each vertex's edges in a list), so the same sequence of changes gives the same answers
 * on every machine; callers must not iterate hash sets of vertices.
 */
public final class OrgNetwork implements java.io.Serializable {

    private final Graph<Node, Tie> graph;
    private final Graph<Node, Tie> readOnly;

    public OrgNetwork() {
        DirectedMultigraph<Node, Tie> g = (DirectedMultigraph<Node, Tie>) GraphTypeBuilder
                .<Node, Tie>directed().allowingMultipleEdges(true).allowingSelfLoops(false)
                .weighted(false).buildGraph();
        this.graph = g;
        this.readOnly = new AsUnmodifiableGraph<>(g);
    }

    /** A read-only view for algorithms and export. */
    public Graph<Node, Tie> graph() {
        return readOnly;
    }

    public void add(Node node) {
        if (!graph.addVertex(node)) {
            throw new IllegalArgumentException(node.nodeId() + " is already in the network");
        }
    }

    /** Removes a node and every tie touching it (a GP who leaves NHS general practice). */
    public void remove(Node node) {
        graph.removeVertex(node);
    }

    public boolean contains(Node node) {
        return graph.containsVertex(node);
    }

    // ------------------------------------------------------------ employment

    /**
     * Makes {@code employer} the only employer of {@code gp}: any previous WORKS_AT tie is removed,
     * so a GP never holds two posts.
     */
    public void employ(Node gp, Node employer) {
        Tie current = outgoing(gp, TieType.WORKS_AT);
        if (current != null) {
            if (current.target == employer) return;
            graph.removeEdge(current);
        }
        link(gp, employer, new Tie(TieType.WORKS_AT));
    }

    /** Ends {@code gp}'s post, if it has one. */
    public void unemploy(Node gp) {
        Tie current = outgoing(gp, TieType.WORKS_AT);
        if (current != null) graph.removeEdge(current);
    }

    /** The employer of {@code gp}, or {@code null} (also for a GP no longer in the network). */
    public Node employerOf(Node gp) {
        if (!graph.containsVertex(gp)) return null;
        Tie t = outgoing(gp, TieType.WORKS_AT);
        return t == null ? null : t.target;
    }

    /** Everyone working at {@code employer}, in the order they joined. */
    public List<Node> staffOf(Node employer) {
        return sources(employer, TieType.WORKS_AT);
    }

    // ------------------------------------------------------------ membership

    public void addMembership(Node member, Node organisation) {
        if (hasTie(member, organisation, TieType.MEMBER_OF)) return;
        link(member, organisation, new Tie(TieType.MEMBER_OF));
    }

    public void removeMembership(Node member, Node organisation) {
        for (Tie t : new ArrayList<>(graph.outgoingEdgesOf(member))) {
            if (t.type() == TieType.MEMBER_OF && t.target == organisation) graph.removeEdge(t);
        }
    }

    /** The organisations {@code member} belongs to. */
    public List<Node> membershipsOf(Node member) {
        return targets(member, TieType.MEMBER_OF);
    }

    /** The members of {@code organisation}, in the order they joined. */
    public List<Node> membersOf(Node organisation) {
        return sources(organisation, TieType.MEMBER_OF);
    }

    // ------------------------------------------------------------ neighbours, referrals, history

    /** Replaces the NEIGHBOUR ties of {@code practice} by ties to {@code nearest}, in that order. */
    public void setNeighbours(Node practice, List<? extends Node> nearest) {
        removeOutgoing(practice, TieType.NEIGHBOUR);
        for (Node n : nearest) link(practice, n, new Tie(TieType.NEIGHBOUR));
    }

    /** The practices {@code practice} counts among its nearest, nearest first. */
    public List<Node> neighboursOf(Node practice) {
        return targets(practice, TieType.NEIGHBOUR);
    }

    /** The practices that count {@code practice} among their nearest. */
    public List<Node> neighbouredBy(Node practice) {
        return sources(practice, TieType.NEIGHBOUR);
    }

    /** Replaces the referral ties of {@code practice}; returns the new ties in the order given. */
    public List<Tie> setReferralTies(Node practice, List<? extends Node> trusts) {
        removeOutgoing(practice, TieType.REFERS_TO);
        List<Tie> ties = new ArrayList<>(trusts.size());
        for (Node t : trusts) {
            Tie tie = new Tie(TieType.REFERS_TO);
            link(practice, t, tie);
            ties.add(tie);
        }
        return ties;
    }

    /** The referral ties of {@code practice}, in the order they were set. */
    public List<Tie> referralTiesOf(Node practice) {
        List<Tie> out = new ArrayList<>(4);
        for (Tie t : graph.outgoingEdgesOf(practice)) if (t.type() == TieType.REFERS_TO) out.add(t);
        return out;
    }

    /** Records that {@code absorbed} merged into {@code absorber}; the tie stays as history. */
    public void recordMerger(Node absorbed, Node absorber) {
        link(absorbed, absorber, new Tie(TieType.MERGED_INTO));
    }

    /** Removes every outgoing tie of that type (a closed practice's neighbours, referrals...). */
    public void removeOutgoing(Node node, TieType type) {
        List<Tie> drop = new ArrayList<>();
        for (Tie t : graph.outgoingEdgesOf(node)) if (t.type() == type) drop.add(t);
        graph.removeAllEdges(drop);
    }

    /** Removes every incoming tie of that type. */
    public void removeIncoming(Node node, TieType type) {
        List<Tie> drop = new ArrayList<>();
        for (Tie t : graph.incomingEdgesOf(node)) if (t.type() == type) drop.add(t);
        graph.removeAllEdges(drop);
    }

    public Node source(Tie tie) {
        return tie.source;
    }

    public Node target(Tie tie) {
        return tie.target;
    }

    private void link(Node from, Node to, Tie tie) {
        tie.source = from;
        tie.target = to;
        graph.addEdge(from, to, tie);
    }

    /** Targets of the outgoing ties of that type. */
    public List<Node> targets(Node node, TieType type) {
        java.util.Set<Tie> edges = graph.outgoingEdgesOf(node);
        List<Node> out = new ArrayList<>(edges.size());
        for (Tie t : edges) if (t.type() == type) out.add(t.target);
        return out;
    }

    /** Sources of the incoming ties of that type. */
    public List<Node> sources(Node node, TieType type) {
        java.util.Set<Tie> edges = graph.incomingEdgesOf(node);
        List<Node> out = new ArrayList<>(edges.size());
        for (Tie t : edges) if (t.type() == type) out.add(t.source);
        return out;
    }

    /** Counts ties of a type in the whole network. */
    public int count(TieType type) {
        int n = 0;
        for (Tie t : graph.edgeSet()) if (t.type() == type) n++;
        return n;
    }

    private boolean hasTie(Node from, Node to, TieType type) {
        for (Tie t : graph.getAllEdges(from, to)) if (t.type() == type) return true;
        return false;
    }

    private Tie outgoing(Node node, TieType type) {
        for (Tie t : graph.outgoingEdgesOf(node)) if (t.type() == type) return t;
        return null;
    }
}
