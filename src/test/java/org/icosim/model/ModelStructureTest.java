package org.icosim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.jgrapht.Graph;
import org.jgrapht.alg.cycle.CycleDetector;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The model's layout: no class of the model calls into a class that (directly or through others)
 * calls back into it, and every package has a {@code package-info.java}. Calls are method and
 * constructor calls and field accesses read from the bytecode (ArchUnit); nested and anonymous
 * classes count as their top-level class.
 */
class ModelStructureTest {

    static final String[] MODEL = {"org.icosim.model", "org.icosim.network"};

    static JavaClasses modelClasses() {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(MODEL);
    }

    private static String topLevel(JavaClass c) {
        String name = c.getName();
        int dollar = name.indexOf('$');
        return dollar < 0 ? name : name.substring(0, dollar);
    }

    private static boolean inModel(String className) {
        for (String p : MODEL) if (className.startsWith(p + ".")) return true;
        return false;
    }

    /** Class A calls class B: an edge A -> B, for top-level classes of the model. */
    static Graph<String, DefaultEdge> callGraph(JavaClasses classes) {
        Graph<String, DefaultEdge> g = new DefaultDirectedGraph<>(DefaultEdge.class);
        for (JavaClass c : classes) {
            String from = topLevel(c);
            g.addVertex(from);
            for (JavaAccess<?> access : c.getAccessesFromSelf()) {
                JavaClass owner = access.getTargetOwner();
                String to = topLevel(owner);
                if (to.equals(from) || !inModel(to)) continue;
                g.addVertex(to);
                g.addEdge(from, to);
            }
        }
        return g;
    }

    static Set<String> classesOnCycles(Graph<String, DefaultEdge> g) {
        return new TreeSet<>(new CycleDetector<>(g).findCycles());
    }

    @Test
    void noClassOfTheModelCallsBackIntoAClassThatCallsIt() {
        Graph<String, DefaultEdge> g = callGraph(modelClasses());
        assertTrue(g.vertexSet().size() > 50, "the model's classes were found: " + g.vertexSet().size());
        Set<String> cyclic = classesOnCycles(g);
        List<String> edges = new ArrayList<>();
        for (DefaultEdge e : g.edgeSet()) {
            String a = g.getEdgeSource(e);
            String b = g.getEdgeTarget(e);
            if (cyclic.contains(a) && cyclic.contains(b)) edges.add(a.replace("org.icosim.", "") + " -> " + b.replace("org.icosim.", ""));
        }
        assertEquals(List.of(), edges, "calls on cycles");
    }

    @Test
    void theCheckFindsACycle() {
        Graph<String, DefaultEdge> g = new DefaultDirectedGraph<>(DefaultEdge.class);
        for (String v : List.of("a", "b", "c", "d")) g.addVertex(v);
        g.addEdge("a", "b");
        g.addEdge("b", "c");
        g.addEdge("c", "a");
        g.addEdge("c", "d");
        assertEquals(Set.of("a", "b", "c"), classesOnCycles(g));
        g.removeEdge("c", "a");
        assertFalse(new CycleDetector<>(g).detectCycles());
    }

    @Test
    void everyPackageOfTheModelSaysWhatItHolds() throws IOException {
        List<String> missing = new ArrayList<>();
        for (String pkg : MODEL) {
            Path root = Path.of("src/main/java", pkg.replace('.', '/'));
            try (Stream<Path> dirs = Files.walk(root)) {
                for (Path d : dirs.filter(Files::isDirectory).toList()) {
                    boolean hasJava;
                    try (Stream<Path> files = Files.list(d)) {
                        hasJava = files.anyMatch(f -> f.toString().endsWith(".java"));
                    }
                    if (hasJava && !Files.exists(d.resolve("package-info.java"))) missing.add(d.toString());
                }
            }
        }
        assertEquals(List.of(), missing);
    }
}
