package org.icosim.network;

import java.io.IOException;
import java.io.ObjectInputStream;
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
 * <h2>The record and the indexes</h2>
 * The JGraphT graph is the record: every mutator of this class changes it, and {@link #graph()}
 * shows it (read-only) to export, algorithms and the GUI. Reads do not go to the graph, though:
 * each vertex is a {@link NetworkNode} that carries this network's index of its ties (per
 * {@link TieType}, its outgoing and its incoming ties), and the network keeps a count of ties per
 * type. The indexes are this class's own: they are written only by its mutators, in the same call
 * that changes the graph, and nothing outside the class may write them (their fields are
 * package-private and no setter exists). Each index lists the ties in exactly the order the graph
 * gives them ({@code outgoingEdgesOf}/{@code incomingEdgesOf} filtered by type), so answers are the
 * same as if they were read from the graph.
 *
 * <p>Iteration order is insertion order (JGraphT's default specifics keep vertices in a linked
 * map and each vertex's edges in a list; removing a tie keeps the order of the rest), so the same
 * sequence of changes gives the same answers on every machine: staff in the order they joined,
 * neighbours nearest first, referral ties in the order they were set. Callers must not iterate
 * hash sets of vertices.
 *
 * <h2>Copies and views</h2>
 * The {@code ...Of} readers ({@link #staffOf}, {@link #neighboursOf}...) return a fresh list the
 * caller may keep and may iterate while changing the network. The {@code ...View} readers
 * ({@link #staffView}, {@link #neighbourView}...) return an unmodifiable live view of the index
 * without allocating ({@code size()} and {@code get(i)} are array reads; only a for-each loop makes
 * an iterator). A view is valid only until the next mutation of the network: it must not be kept
 * across one, nor iterated while the loop changes the network (its iterator then fails fast with a
 * {@link java.util.ConcurrentModificationException} where it can); use the copying reader for that.
 *
 * <p>Every reader of a node's ties throws {@link IllegalArgumentException} for a node that is not
 * in this network, except {@link #employerOf}, which answers {@code null}.
 *
 * <h2>Serialization</h2>
 * The graph is serialized (a MASON checkpoint); the indexes are {@code transient} and rebuilt from
 * it once the whole stream has been read.
 */
public final class OrgNetwork implements java.io.Serializable {

    private static final TieType[] TYPES = TieType.values();

    private final Graph<Node, Tie> graph;
    private final Graph<Node, Tie> readOnly;
    /** Ties per type, by {@link TieType#ordinal()}; derived from the graph. */
    private transient int[] counts = new int[TYPES.length];

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

    /**
     * Adds a node without ties.
     *
     * @throws IllegalArgumentException if it is already in this network or in another one
     */
    public void add(NetworkNode node) {
        if (node.network == this) {
            throw new IllegalArgumentException(node.nodeId() + " is already in the network");
        }
        if (node.network != null) {
            throw new IllegalArgumentException(node.nodeId() + " is already in another network");
        }
        if (!graph.addVertex(node)) throw new IllegalStateException(node.nodeId() + " is in the graph but not indexed");
        node.network = this;
    }

    /** Removes a node and every tie touching it (a GP who leaves NHS general practice); nothing if it is not here. */
    public void remove(Node node) {
        NetworkNode n = member(node);
        if (n == null) return;
        if (n.out != null) for (TieList ties : n.out) unlinkAll(ties);
        if (n.in != null) for (TieList ties : n.in) unlinkAll(ties);
        graph.removeVertex(n);
        n.network = null;
        n.post = null;
        n.out = null;
        n.in = null;
    }

    public boolean contains(Node node) {
        return member(node) != null;
    }

    // ------------------------------------------------------------ employment

    /**
     * Makes {@code employer} the only employer of {@code gp}: any previous WORKS_AT tie is removed,
     * so a GP never holds two posts.
     */
    public void employ(Node gp, Node employer) {
        NetworkNode g = require(gp);
        NetworkNode e = require(employer);
        Tie current = g.post;
        if (current != null) {
            if (current.target == e) return;
            unlink(current);
        }
        link(g, e, new Tie(TieType.WORKS_AT));
    }

    /** Ends {@code gp}'s post, if it has one. */
    public void unemploy(Node gp) {
        Tie current = require(gp).post;
        if (current != null) unlink(current);
    }

    /** The employer of {@code gp}, or {@code null} (also for a GP no longer in the network). */
    public Node employerOf(Node gp) {
        if (gp instanceof NetworkNode n && n.network == this) {
            Tie post = n.post;
            return post == null ? null : post.target;
        }
        return null;
    }

    /** Everyone working at {@code employer}, in the order they joined; a fresh list. */
    public List<Node> staffOf(Node employer) {
        return copy(staffView(employer));
    }

    /** Live view of {@link #staffOf}: the sources of {@code employer}'s incoming WORKS_AT ties, in the order they joined. */
    public List<Node> staffView(Node employer) {
        return sourcesView(employer, TieType.WORKS_AT);
    }

    // ------------------------------------------------------------ membership

    public void addMembership(Node member, Node organisation) {
        NetworkNode m = require(member);
        NetworkNode o = require(organisation);
        if (hasTie(m, o, TieType.MEMBER_OF)) return;
        link(m, o, new Tie(TieType.MEMBER_OF));
    }

    public void removeMembership(Node member, Node organisation) {
        TieList ties = outgoing(require(member), TieType.MEMBER_OF);
        if (ties == null) return;
        for (int i = ties.size() - 1; i >= 0; i--) {
            Tie t = ties.get(i);
            if (t.target == organisation) unlink(t);
        }
    }

    /** The organisations {@code member} belongs to, in the order it joined them; a fresh list. */
    public List<Node> membershipsOf(Node member) {
        return copy(membershipView(member));
    }

    /** Live view of {@link #membershipsOf}: the targets of {@code member}'s outgoing MEMBER_OF ties. */
    public List<Node> membershipView(Node member) {
        return targetsView(member, TieType.MEMBER_OF);
    }

    /** The members of {@code organisation}, in the order they joined; a fresh list. */
    public List<Node> membersOf(Node organisation) {
        return copy(memberView(organisation));
    }

    /** Live view of {@link #membersOf}: the sources of {@code organisation}'s incoming MEMBER_OF ties. */
    public List<Node> memberView(Node organisation) {
        return sourcesView(organisation, TieType.MEMBER_OF);
    }

    // ------------------------------------------------------------ neighbours, referrals, history

    /** Replaces the NEIGHBOUR ties of {@code practice} by ties to {@code nearest}, in that order. */
    public void setNeighbours(Node practice, List<? extends Node> nearest) {
        removeOutgoing(practice, TieType.NEIGHBOUR);
        NetworkNode p = require(practice);
        for (Node n : nearest) link(p, require(n), new Tie(TieType.NEIGHBOUR));
    }

    /** The practices {@code practice} counts among its nearest, nearest first; a fresh list. */
    public List<Node> neighboursOf(Node practice) {
        return copy(neighbourView(practice));
    }

    /** Live view of {@link #neighboursOf}: the targets of {@code practice}'s outgoing NEIGHBOUR ties, nearest first. */
    public List<Node> neighbourView(Node practice) {
        return targetsView(practice, TieType.NEIGHBOUR);
    }

    /** The practices that count {@code practice} among their nearest; a fresh list. */
    public List<Node> neighbouredBy(Node practice) {
        return copy(neighbouredByView(practice));
    }

    /** Live view of {@link #neighbouredBy}: the sources of {@code practice}'s incoming NEIGHBOUR ties. */
    public List<Node> neighbouredByView(Node practice) {
        return sourcesView(practice, TieType.NEIGHBOUR);
    }

    /** Replaces the referral ties of {@code practice}; returns the new ties in the order given. */
    public List<Tie> setReferralTies(Node practice, List<? extends Node> trusts) {
        removeOutgoing(practice, TieType.REFERS_TO);
        NetworkNode p = require(practice);
        List<Tie> ties = new ArrayList<>(trusts.size());
        for (Node t : trusts) {
            Tie tie = new Tie(TieType.REFERS_TO);
            link(p, require(t), tie);
            ties.add(tie);
        }
        return ties;
    }

    /** The referral ties of {@code practice}, in the order they were set; a fresh list. */
    public List<Tie> referralTiesOf(Node practice) {
        return copy(referralTieView(practice));
    }

    /**
     * Live view of {@link #referralTiesOf}: {@code practice}'s outgoing REFERS_TO ties in the order
     * they were set (the first is the nearest trust); {@link #target(Tie)} gives each one's trust.
     */
    public List<Tie> referralTieView(Node practice) {
        TieList ties = outgoing(require(practice), TieType.REFERS_TO);
        return ties == null ? List.of() : ties;
    }

    /** Records that {@code absorbed} merged into {@code absorber}; the tie stays as history. */
    public void recordMerger(Node absorbed, Node absorber) {
        link(require(absorbed), require(absorber), new Tie(TieType.MERGED_INTO));
    }

    /** Removes every outgoing tie of that type (a closed practice's neighbours, referrals...). */
    public void removeOutgoing(Node node, TieType type) {
        unlinkAll(outgoing(require(node), type));
    }

    /** Removes every incoming tie of that type. */
    public void removeIncoming(Node node, TieType type) {
        unlinkAll(incoming(require(node), type));
    }

    public Node source(Tie tie) {
        return tie.source;
    }

    public Node target(Tie tie) {
        return tie.target;
    }

    /** Targets of the outgoing ties of that type, in the graph's order; a fresh list. */
    public List<Node> targets(Node node, TieType type) {
        return copy(targetsView(node, type));
    }

    /** Sources of the incoming ties of that type, in the graph's order; a fresh list. */
    public List<Node> sources(Node node, TieType type) {
        return copy(sourcesView(node, type));
    }

    /** Live view of {@link #targets}: the targets of {@code node}'s outgoing ties of that type. */
    public List<Node> targetsView(Node node, TieType type) {
        TieList ties = outgoing(require(node), type);
        return ties == null ? List.of() : ties.ends();
    }

    /** Live view of {@link #sources}: the sources of {@code node}'s incoming ties of that type. */
    public List<Node> sourcesView(Node node, TieType type) {
        TieList ties = incoming(require(node), type);
        return ties == null ? List.of() : ties.ends();
    }

    /** Counts ties of a type in the whole network (a counter, not a scan). */
    public int count(TieType type) {
        return counts[type.ordinal()];
    }

    // ------------------------------------------------------------ the indexes

    /** {@code node} as a vertex of this network, or {@code null}. */
    private NetworkNode member(Node node) {
        return node instanceof NetworkNode n && n.network == this ? n : null;
    }

    /** {@code node} as a vertex of this network; like the graph, rejects any other node. */
    private NetworkNode require(Node node) {
        NetworkNode n = member(node);
        if (n != null) return n;
        if (node == null) throw new NullPointerException("node");
        throw new IllegalArgumentException("no such vertex in the network: " + node.nodeId());
    }

    private static TieList outgoing(NetworkNode node, TieType type) {
        return node.out == null ? null : node.out[type.ordinal()];
    }

    private static TieList incoming(NetworkNode node, TieType type) {
        return node.in == null ? null : node.in[type.ordinal()];
    }

    /** Adds the tie to the graph, then to both endpoints' indexes and the counter. */
    private void link(NetworkNode from, NetworkNode to, Tie tie) {
        graph.addEdge(from, to, tie); // rejects a self-loop before anything is indexed
        tie.source = from;
        tie.target = to;
        index(from, to, tie);
    }

    private void index(NetworkNode from, NetworkNode to, Tie tie) {
        int k = tie.type().ordinal();
        outList(from, k).append(tie);
        inList(to, k).append(tie);
        if (tie.type() == TieType.WORKS_AT) from.post = tie;
        counts[k]++;
    }

    private static TieList outList(NetworkNode node, int k) {
        if (node.out == null) node.out = new TieList[TYPES.length];
        if (node.out[k] == null) node.out[k] = new TieList(true);
        return node.out[k];
    }

    private static TieList inList(NetworkNode node, int k) {
        if (node.in == null) node.in = new TieList[TYPES.length];
        if (node.in[k] == null) node.in[k] = new TieList(false);
        return node.in[k];
    }

    /** Removes the tie from the graph, both endpoints' indexes and the counter. */
    private void unlink(Tie tie) {
        graph.removeEdge(tie);
        NetworkNode from = (NetworkNode) tie.source;
        NetworkNode to = (NetworkNode) tie.target;
        int k = tie.type().ordinal();
        from.out[k].delete(tie);
        to.in[k].delete(tie);
        if (from.post == tie) from.post = null;
        counts[k]--;
    }

    /** Unlinks every tie of the list, last first (the order of removals leaves the same graph). */
    private void unlinkAll(TieList ties) {
        if (ties == null) return;
        for (int i = ties.size() - 1; i >= 0; i--) unlink(ties.get(i));
    }

    private boolean hasTie(NetworkNode from, NetworkNode to, TieType type) {
        TieList ties = outgoing(from, type);
        if (ties == null) return false;
        for (int i = 0; i < ties.size(); i++) if (ties.get(i).target == to) return true;
        return false;
    }

    private static <T> List<T> copy(List<T> view) {
        int n = view.size();
        List<T> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) out.add(view.get(i));
        return out;
    }

    /**
     * Reads the graph and has the indexes rebuilt from it once the whole stream is read (a
     * validation callback), when the graph and every vertex in it are complete whichever object the
     * stream reached first.
     */
    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        in.registerValidation(this::reindex, 0);
    }

    /** Rebuilds every vertex's index and the counters from the graph, in the graph's order. */
    private void reindex() {
        counts = new int[TYPES.length];
        for (Node v : graph.vertexSet()) {
            NetworkNode n = (NetworkNode) v;
            n.network = this;
            n.post = null;
            n.out = null;
            n.in = null;
        }
        for (Node v : graph.vertexSet()) {
            NetworkNode n = (NetworkNode) v;
            for (Tie tie : graph.outgoingEdgesOf(v)) {
                int k = tie.type().ordinal();
                outList(n, k).append(tie);
                if (tie.type() == TieType.WORKS_AT) n.post = tie;
                counts[k]++;
            }
            for (Tie tie : graph.incomingEdgesOf(v)) inList(n, tie.type().ordinal()).append(tie);
        }
    }
}
