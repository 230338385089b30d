package org.icosim.io;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.jgrapht.Graph;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.ExportException;
import org.jgrapht.nio.graphml.GraphMLExporter;
import org.jgrapht.nio.graphml.GraphMLExporter.AttributeCategory;

import org.icosim.network.Node;
import org.icosim.network.OrgNetwork;
import org.icosim.network.Tie;
import org.icosim.network.TieType;

/**
 * Writes the organisational network as GraphML, the format networkx ({@code read_graphml}),
 * Gephi, igraph and yEd all read, so the network a run ends with can be studied outside Java.
 *
 * <p>Vertex ids are {@link Node#nodeId()}; every key of {@link Node#attributes()} becomes a
 * string attribute, declared once, in the order keys are first seen over the vertices (nodes
 * without a key simply have no value for it). Each edge has an id ({@code e0}, {@code e1}, ...
 * in the graph's iteration order, which networkx uses as the multigraph key), a string
 * {@code type} (the {@link TieType} name) and a double {@code weight} ({@link Tie#weight()},
 * the last 12 months' referrals for {@code REFERS_TO}, 1 otherwise), written on every edge rather
 * than left to a default, so readers that ignore GraphML defaults still see it. The graph is
 * directed.
 */
public final class GraphMlExport {

    /** Edge attribute holding {@link TieType#name()}. */
    public static final String TYPE = "type";
    /** Edge attribute holding {@link Tie#weight()}. */
    public static final String WEIGHT = "weight";

    private GraphMlExport() {
    }

    /** Writes the model's network to {@code target} atomically. */
    public static void write(OrgNetwork network, Path target) throws IOException {
        write(network.graph(), target);
    }

    /** Writes a network graph to {@code target} atomically. */
    public static void write(Graph<Node, Tie> graph, Path target) throws IOException {
        AtomicFiles.write(target, out -> {
            // Buffered: the exporter writes many short strings, each an encoder call without it.
            Writer writer = new java.io.BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            write(graph, writer);
            writer.flush();
        });
    }

    /**
     * Writes a network graph as GraphML (UTF-8 XML) to {@code writer}, which is not closed.
     *
     * @throws IllegalArgumentException if two vertices share an id, or a vertex attribute is
     *                                  named {@value #TYPE} or {@value #WEIGHT} (GraphML readers
     *                                  would confuse it with the edge attribute)
     */
    public static void write(Graph<Node, Tie> graph, Writer writer) throws IOException {
        Set<String> ids = new LinkedHashSet<>();
        Set<String> vertexKeys = new LinkedHashSet<>();
        for (Node node : graph.vertexSet()) {
            if (!ids.add(node.nodeId())) {
                throw new IllegalArgumentException("two vertices have the id " + node.nodeId() + "; expected unique ids");
            }
            for (String key : node.attributes().keySet()) {
                if (key.equals(TYPE) || key.equals(WEIGHT)) {
                    throw new IllegalArgumentException("vertex " + node.nodeId() + " has an attribute named " + key
                            + ", which is reserved for edges; expected another name");
                }
                vertexKeys.add(key);
            }
        }
        // Ties compare by identity; number them in the graph's (deterministic) iteration order.
        Map<Tie, String> edgeIds = new IdentityHashMap<>();
        for (Tie tie : graph.edgeSet()) {
            edgeIds.put(tie, "e" + edgeIds.size());
        }

        GraphMLExporter<Node, Tie> exporter = new GraphMLExporter<>(Node::nodeId);
        for (String key : vertexKeys) {
            exporter.registerAttribute(key, AttributeCategory.NODE, AttributeType.STRING);
        }
        // JGraphT reserves "weight" for its own edge weights, which an unweighted graph reports
        // as 1 and which it omits when equal to 1; our weight lives on the Tie, so the reserved
        // name is moved out of the way and "weight" is written as an ordinary attribute.
        exporter.setEdgeWeightAttributeName("jgraphtWeight");
        exporter.setExportEdgeWeights(false);
        exporter.registerAttribute(TYPE, AttributeCategory.EDGE, AttributeType.STRING);
        exporter.registerAttribute(WEIGHT, AttributeCategory.EDGE, AttributeType.DOUBLE);
        exporter.setVertexAttributeProvider(node -> {
            Map<String, Attribute> attributes = new LinkedHashMap<>();
            node.attributes().forEach((key, value) -> {
                if (value != null) {
                    attributes.put(key, DefaultAttribute.createAttribute(value));
                }
            });
            return attributes;
        });
        exporter.setEdgeIdProvider(edgeIds::get);
        exporter.setEdgeAttributeProvider(tie -> {
            Map<String, Attribute> attributes = new LinkedHashMap<>();
            attributes.put(TYPE, DefaultAttribute.createAttribute(tie.type().name()));
            // Same digits on every JDK (Double.toString changed in 19); Python's float() reads NaN and Infinity.
            double weight = tie.weight();
            String text = Double.isNaN(weight) ? "NaN" : MetricsCsv.format(weight);
            attributes.put(WEIGHT, new DefaultAttribute<>(text, AttributeType.DOUBLE));
            return attributes;
        });
        try {
            exporter.exportGraph(graph, writer);
        } catch (ExportException e) {
            throw new IOException("could not write the network as GraphML: " + e.getMessage(), e);
        }
    }
}
