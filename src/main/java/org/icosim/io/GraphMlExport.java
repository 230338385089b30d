package org.icosim.io;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
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
            writeFast(graph, writer);
            writer.flush();
        });
    }

    /**
     * The same bytes as {@link #write(Graph, Writer)} (JGraphT's GraphML exporter), written
     * directly: an England network (56,000 vertices, 113,000 edges) in a fraction of the time. It
     * falls back to the exporter when a text holds a character other than printable ASCII, whose
     * escaping it leaves to the XML serializer.
     */
    static void writeFast(Graph<Node, Tie> graph, Writer writer) throws IOException {
        Set<String> ids = new LinkedHashSet<>();
        java.util.Map<String, String> keyIds = new java.util.LinkedHashMap<>();
        List<Node> vertices = new java.util.ArrayList<>(graph.vertexSet());
        List<Map<String, String>> attributes = new java.util.ArrayList<>(vertices.size());
        for (Node node : vertices) {
            if (!ids.add(node.nodeId())) {
                throw new IllegalArgumentException("two vertices have the id " + node.nodeId() + "; expected unique ids");
            }
            if (!plain(node.nodeId())) {
                write(graph, writer);
                return;
            }
            Map<String, String> a = node.attributes();
            for (Map.Entry<String, String> e : a.entrySet()) {
                String key = e.getKey();
                if (key.equals(TYPE) || key.equals(WEIGHT)) {
                    throw new IllegalArgumentException("vertex " + node.nodeId() + " has an attribute named " + key
                            + ", which is reserved for edges; expected another name");
                }
                if (!plain(key) || (e.getValue() != null && !plain(e.getValue()))) {
                    write(graph, writer);
                    return;
                }
                keyIds.putIfAbsent(key, "key" + keyIds.size());
            }
            attributes.add(a);
        }
        String typeKey = "key" + keyIds.size();
        String weightKey = "key" + (keyIds.size() + 1);
        writer.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
                + "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\" "
                + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\n");
        for (Map.Entry<String, String> k : keyIds.entrySet()) {
            writer.write("    <key id=\"" + k.getValue() + "\" for=\"node\" attr.name=\"" + escape(k.getKey(), true) + "\" attr.type=\"string\"/>\n");
        }
        writer.write("    <key id=\"" + typeKey + "\" for=\"edge\" attr.name=\"" + TYPE + "\" attr.type=\"string\"/>\n");
        writer.write("    <key id=\"" + weightKey + "\" for=\"edge\" attr.name=\"" + WEIGHT + "\" attr.type=\"double\"/>\n");
        writer.write("    <graph edgedefault=\"directed\">\n");
        StringBuilder b = new StringBuilder(256);
        for (int v = 0; v < vertices.size(); v++) {
            b.setLength(0);
            b.append("        <node id=\"").append(escape(vertices.get(v).nodeId(), true)).append('"');
            boolean any = false;
            // In the order the keys were declared, as the exporter writes them.
            Map<String, String> own = attributes.get(v);
            for (Map.Entry<String, String> k : keyIds.entrySet()) {
                String value = own.get(k.getKey());
                if (value == null) continue;
                if (!any) b.append(">\n");
                any = true;
                dataElement(b, k.getValue(), value);
            }
            b.append(any ? "        </node>\n" : "/>\n");
            writer.append(b);
        }
        int edge = 0;
        for (Tie tie : graph.edgeSet()) {
            b.setLength(0);
            b.append("        <edge id=\"e").append(edge++).append("\" source=\"").append(escape(graph.getEdgeSource(tie).nodeId(), true))
                    .append("\" target=\"").append(escape(graph.getEdgeTarget(tie).nodeId(), true)).append("\">\n");
            dataElement(b, typeKey, tie.type().name());
            double weight = tie.weight();
            dataElement(b, weightKey, Double.isNaN(weight) ? "NaN" : MetricsCsv.format(weight));
            b.append("        </edge>\n");
            writer.append(b);
        }
        writer.write("    </graph>\n</graphml>\n");
    }

    private static void dataElement(StringBuilder b, String key, String value) {
        b.append("            <data key=\"").append(key).append('"');
        if (value.isEmpty()) {
            b.append("/>\n");
        } else {
            b.append('>').append(escape(value, false)).append("</data>\n");
        }
    }

    /** Printable ASCII only: the characters whose XML escaping here is certain to match the serializer's. */
    private static boolean plain(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c > 0x7e) return false;
        }
        return true;
    }

    private static String escape(String s, boolean attribute) {
        boolean needs = false;
        for (int i = 0; i < s.length() && !needs; i++) {
            char c = s.charAt(i);
            needs = c == '&' || c == '<' || c == '>' || (attribute && c == '"');
        }
        if (!needs) return s;
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&': out.append("&amp;"); break;
                case '<': out.append("&lt;"); break;
                case '>': out.append("&gt;"); break;
                case '"': out.append(attribute ? "&quot;" : "\""); break;
                default: out.append(c);
            }
        }
        return out.toString();
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
