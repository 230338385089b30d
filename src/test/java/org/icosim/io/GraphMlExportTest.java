package org.icosim.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import org.icosim.network.NetworkNode;
import org.icosim.network.OrgNetwork;
import org.icosim.network.Tie;

class GraphMlExportTest {

    /** A vertex with fixed attributes; identity equality, as the network requires. */
    private static final class Vertex extends NetworkNode {
        private final String id;
        private final Map<String, String> attributes = new LinkedHashMap<>();

        Vertex(String id, String... keyValues) {
            this.id = id;
            for (int i = 0; i < keyValues.length; i += 2) attributes.put(keyValues[i], keyValues[i + 1]);
        }

        @Override
        public String nodeId() {
            return id;
        }

        @Override
        public Map<String, String> attributes() {
            return attributes;
        }
    }

    @TempDir
    Path folder;
    private OrgNetwork network;

    /** Two practices, one trust, one GP: a WORKS_AT, a NEIGHBOUR and a REFERS_TO tie of weight 7.5. */
    @BeforeEach
    void tinyNetwork() {
        network = new OrgNetwork();
        Vertex practice1 = new Vertex("practice-1", "kind", "PRACTICE", "label", "Practice <1> & Co", "listSize", "7294");
        Vertex practice2 = new Vertex("practice-2", "kind", "PRACTICE", "label", "Practice 2", "listSize", "3100");
        Vertex trust = new Vertex("trust-1", "kind", "TRUST", "label", "Trust 1", "acute", "true");
        Vertex gp = new Vertex("gp-1", "kind", "GP", "label", "GP 1");
        network.add(practice1);
        network.add(practice2);
        network.add(trust);
        network.add(gp);
        network.employ(gp, practice1);
        network.setNeighbours(practice1, List.of(practice2));
        Tie referrals = network.setReferralTies(practice1, List.of(trust)).get(0);
        referrals.recordMonth(0, 7.5);
    }

    private static Document parse(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        DocumentBuilder builder = factory.newDocumentBuilder();
        return builder.parse(file.toFile());
    }

    private static List<Element> elements(Document document, String name) {
        NodeList list = document.getElementsByTagNameNS("*", name);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) out.add((Element) list.item(i));
        return out;
    }

    /** key id to attr.name, for one "for" category, in declaration order. */
    private static Map<String, String> keys(Document document, String category) {
        Map<String, String> keys = new LinkedHashMap<>();
        for (Element key : elements(document, "key")) {
            if (key.getAttribute("for").equals(category)) keys.put(key.getAttribute("id"), key.getAttribute("attr.name"));
        }
        return keys;
    }

    private static Map<String, String> data(Element owner, Map<String, String> keys) {
        Map<String, String> values = new HashMap<>();
        NodeList list = owner.getElementsByTagNameNS("*", "data");
        for (int i = 0; i < list.getLength(); i++) {
            Element data = (Element) list.item(i);
            values.put(keys.get(data.getAttribute("key")), data.getTextContent());
        }
        return values;
    }

    @Test
    void writesVerticesEdgesAndAttributesAsGraphMl() throws Exception {
        Path file = folder.resolve("network.graphml");
        GraphMlExport.write(network, file);
        Document document = parse(file);

        assertEquals("directed", elements(document, "graph").get(0).getAttribute("edgedefault"));
        Map<String, String> nodeKeys = keys(document, "node");
        assertEquals(List.of("kind", "label", "listSize", "acute"), new ArrayList<>(nodeKeys.values()));
        for (Element key : elements(document, "key")) {
            String expectedType = key.getAttribute("attr.name").equals("weight") ? "double" : "string";
            assertEquals(expectedType, key.getAttribute("attr.type"), key.getAttribute("attr.name"));
        }

        List<Element> vertices = elements(document, "node");
        assertEquals(4, vertices.size());
        Map<String, Map<String, String>> byId = new HashMap<>();
        for (Element vertex : vertices) byId.put(vertex.getAttribute("id"), data(vertex, nodeKeys));
        assertEquals(Map.of("kind", "PRACTICE", "label", "Practice <1> & Co", "listSize", "7294"), byId.get("practice-1"));
        assertEquals(Map.of("kind", "TRUST", "label", "Trust 1", "acute", "true"), byId.get("trust-1"));
        assertEquals(Map.of("kind", "GP", "label", "GP 1"), byId.get("gp-1"));

        Map<String, String> edgeKeys = keys(document, "edge");
        assertEquals(List.of("type", "weight"), new ArrayList<>(edgeKeys.values()));
        List<Element> edges = elements(document, "edge");
        assertEquals(3, edges.size());
        Map<String, Map<String, String>> byEnds = new HashMap<>();
        for (Element edge : edges) {
            byEnds.put(edge.getAttribute("source") + ">" + edge.getAttribute("target"), data(edge, edgeKeys));
        }
        assertEquals(Map.of("type", "WORKS_AT", "weight", "1"), byEnds.get("gp-1>practice-1"));
        assertEquals(Map.of("type", "NEIGHBOUR", "weight", "1"), byEnds.get("practice-1>practice-2"));
        assertEquals(Map.of("type", "REFERS_TO", "weight", "7.5"), byEnds.get("practice-1>trust-1"));
        assertEquals(List.of("e0", "e1", "e2"), edges.stream().map(e -> e.getAttribute("id")).toList());
    }

    @Test
    void rejectsDuplicateIdsAndReservedAttributeNames() {
        OrgNetwork twins = new OrgNetwork();
        twins.add(new Vertex("practice-1", "kind", "PRACTICE", "label", "a"));
        twins.add(new Vertex("practice-1", "kind", "PRACTICE", "label", "b"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> GraphMlExport.write(twins.graph(), new StringWriter()));
        assertEquals("two vertices have the id practice-1; expected unique ids", e.getMessage());

        OrgNetwork reserved = new OrgNetwork();
        reserved.add(new Vertex("gp-1", "kind", "GP", "label", "a", "weight", "80"));
        assertThrows(IllegalArgumentException.class, () -> GraphMlExport.write(reserved.graph(), new StringWriter()));
    }

    private static String viaExporter(org.jgrapht.Graph<org.icosim.network.Node, Tie> g) throws java.io.IOException {
        StringWriter w = new StringWriter();
        GraphMlExport.write(g, w);
        return w.toString();
    }

    private static String direct(org.jgrapht.Graph<org.icosim.network.Node, Tie> g) throws java.io.IOException {
        StringWriter w = new StringWriter();
        GraphMlExport.writeFast(g, w);
        return w.toString();
    }

    @Test
    void theDirectWriterGivesTheExportersBytesWithEscapesEmptyValuesAndMissingKeys() throws java.io.IOException {
        OrgNetwork net = new OrgNetwork();
        Vertex a = new Vertex("practice-1", "kind", "PRACTICE", "label", "Smith & \"Jones\" <1>", "note", "");
        Vertex b = new Vertex("trust-1", "kind", "TRUST", "label", "a > b", "x", "1.5");
        Vertex c = new Vertex("gp-1", "kind", "GP", "role", "PARTNER");
        net.add(a);
        net.add(b);
        net.add(c);
        net.employ(c, a);
        net.setReferralTies(a, List.of(b)).get(0).recordMonth(0, 7);
        net.addMembership(a, b);
        assertEquals(viaExporter(net.graph()), direct(net.graph()));
    }

    @Test
    void theDirectWriterFallsBackToTheExporterForOtherCharacters() throws java.io.IOException {
        OrgNetwork net = new OrgNetwork();
        Vertex a = new Vertex("practice-1", "kind", "PRACTICE", "label", "Caf\u00e9 \u2013 line\nbreak");
        net.add(a);
        assertEquals(viaExporter(net.graph()), direct(net.graph()));
    }

    @Test
    void theDirectWriterGivesTheExportersBytesForAModelsNetwork() throws java.io.IOException {
        org.icosim.model.parameters.Parameters p = new org.icosim.model.parameters.Parameters()
                .set(org.icosim.model.parameters.Parameters.PRACTICES, 12).set(org.icosim.model.parameters.Parameters.TRUSTS, 2)
                .set(org.icosim.model.parameters.Parameters.PATIENT_SCALE, 10)
                .set(org.icosim.model.parameters.Parameters.POLICY_PUSH, 3);
        org.icosim.model.IcoSim sim = new org.icosim.model.IcoSim(5, p, java.time.YearMonth.of(2015, 4));
        sim.start();
        sim.runMonths(30);
        String expected = viaExporter(sim.network().graph());
        assertEquals(expected, direct(sim.network().graph()));
        assertEquals(true, expected.contains("MEMBER_OF") && expected.contains("REFERS_TO") && expected.contains("WORKS_AT"));
    }

    @Test
    void aRealWorldsPracticesCarryTheirOdsCodeCcgAndStpAndASyntheticWorldsDoNot() throws java.io.IOException {
        org.icosim.model.parameters.Parameters p = new org.icosim.model.parameters.Parameters()
                .set(org.icosim.model.parameters.Parameters.PRACTICES, 3).set(org.icosim.model.parameters.Parameters.TRUSTS, 1)
                .set(org.icosim.model.parameters.Parameters.PATIENT_SCALE, 50);
        org.icosim.model.IcoSim sim = new org.icosim.model.IcoSim(5, p, java.time.YearMonth.of(2015, 4));
        sim.start();
        String synthetic = direct(sim.network().graph());
        assertEquals(false, synthetic.contains("odsCode") || synthetic.contains("\"ccg\"") || synthetic.contains("\"stp\""), synthetic);
        sim.economies().get(0).identify("QHM", "North East");
        sim.practices().get(1).identify("A81002", "00K", "NHS Hartlepool and Stockton-on-Tees CCG");
        String real = direct(sim.network().graph());
        assertEquals(true, real.contains("attr.name=\"odsCode\"") && real.contains(">A81002<") && real.contains(">00K<")
                && real.contains(">QHM<"), real);
    }
}
