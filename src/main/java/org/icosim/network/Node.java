package org.icosim.network;

import java.util.Map;

/**
 * A vertex of the organisational network: a GP, practice, trust or federation. Vertices are hash
 * keys, so implementations keep identity {@code equals}/{@code hashCode} even though their state
 * changes. A vertex of an {@link OrgNetwork} extends {@link NetworkNode}.
 */
public interface Node extends java.io.Serializable {
    /** Stable, unique id used in exports, e.g. {@code practice-12}. */
    String nodeId();

    /**
     * What an export shows of this node, in a fixed order: at least {@code kind} (GP, PRACTICE,
     * TRUST, FEDERATION) and {@code label}; values are plain text or numbers written as text.
     */
    Map<String, String> attributes();
}
