/**
 * The organisational network: one JGraphT graph, owned by the model, that is the single record
 * of who works where ({@link org.icosim.network.TieType#WORKS_AT}), who is a member of what
 * ({@code MEMBER_OF}), who refers to whom ({@code REFERS_TO}), who neighbours whom
 * ({@code NEIGHBOUR}) and which practice merged into which ({@code MERGED_INTO}). Knows nothing of
 * the model's agents beyond {@link org.icosim.network.Node} and the base class its vertices extend,
 * {@link org.icosim.network.NetworkNode}, which carries the network's own index of each vertex's ties;
 * so the model depends on it and not the other way round.
 */
package org.icosim.network;
