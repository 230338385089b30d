package org.icosim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The model stays headless and format-free: its packages import nothing from the GUI, file
 * formats or the command line, neither by import nor by a fully qualified name in the code.
 */
class ArchitectureTest {

    static final List<String> MODEL_PACKAGES = List.of("org/icosim/model", "org/icosim/network", "org/icosim/metrics");
    static final List<String> FORBIDDEN = List.of("org.icosim.io", "org.icosim.cli", "org.icosim.report", "org.icosim.gui",
            "org.icosim.experiment", "com.google.gson", "org.jfree", "javax.swing", "java.awt", "sim.display", "sim.portrayal",
            "org.jgrapht.nio", "java.io.File", "java.nio.file");

    static List<String> violations(Path root) throws IOException {
        Pattern reference = Pattern.compile("\\b(" + String.join("|", FORBIDDEN.stream().map(Pattern::quote).toList()) + ")\\b");
        List<String> found = new ArrayList<>();
        for (String pkg : MODEL_PACKAGES) {
            Path dir = root.resolve(pkg);
            if (!Files.isDirectory(dir)) continue;
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    List<String> lines = Files.readAllLines(f);
                    for (int i = 0; i < lines.size(); i++) {
                        String line = lines.get(i).trim();
                        if (line.startsWith("*") || line.startsWith("//") || line.startsWith("/*")) continue;
                        Matcher m = reference.matcher(line);
                        if (m.find()) found.add(root.relativize(f) + ":" + (i + 1) + " uses " + m.group(1));
                    }
                }
            }
        }
        return found;
    }

    @Test
    void modelPackagesUseNoGuiFileFormatOrCommandLine() throws IOException {
        Path main = Path.of("src/main/java");
        assertTrue(Files.isDirectory(main.resolve("org/icosim/model")), "run from the project root");
        assertEquals(List.of(), violations(main));
    }

    @Test
    void theCheckCatchesAViolation(@org.junit.jupiter.api.io.TempDir Path root) throws IOException {
        Path pkg = Files.createDirectories(root.resolve("org/icosim/model"));
        Files.writeString(pkg.resolve("Bad.java"), "package org.icosim.model;\nimport org.icosim.io.MetricsCsv;\nclass Bad {}\n");
        Files.writeString(pkg.resolve("AlsoBad.java"), "package org.icosim.model;\nclass AlsoBad { Object o = new javax.swing.JFrame(); }\n");
        assertEquals(2, violations(root).size());
    }
}
