package org.icosim.network;

/**
 * The base class of every vertex an {@link OrgNetwork} accepts: a node that carries the network's
 * index of its own ties, so that the network answers "who is this GP's employer", "who works
 * here", "who are this practice's neighbours" with a field read instead of a graph lookup.
 *
 * <p>Its state is package-private and written only by {@link OrgNetwork}'s mutators; subclasses
 * see none of it and cannot change it. A node is in at most one network at a time. Equality is
 * identity (subclasses must not override {@code equals}/{@code hashCode}): the node is a hash key
 * of the network's graph.
 *
 * <p>The fields are {@code transient}: they are derived from the graph, which is the record, and
 * the network rebuilds them from it after deserialization (a checkpoint). Serializing them with the
 * node would let Java serialization recurse from node to tie to node across the whole network.
 */
public abstract class NetworkNode implements Node {

    private static final long serialVersionUID = 1L;

    /** The network this node is a vertex of, or {@code null}. */
    transient OrgNetwork network;
    /** The node's one outgoing {@link TieType#WORKS_AT} tie, or {@code null}. */
    transient Tie post;
    /** Outgoing ties by {@link TieType#ordinal()}, in the graph's order; the array and its entries are created on first use. */
    transient TieList[] out;
    /** Incoming ties by {@link TieType#ordinal()}, in the graph's order; created on first use. */
    transient TieList[] in;

    protected NetworkNode() {
    }
}
