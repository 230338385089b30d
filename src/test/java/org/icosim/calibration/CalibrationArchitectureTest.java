package org.icosim.calibration;

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

/** The calibration core is numerical only: nothing from the command line, GUI or model, no files. */
class CalibrationArchitectureTest {

    static final Pattern FORBIDDEN = Pattern.compile(
            "\\b(org\\.icosim\\.(cli|gui|model|io|report)|java\\.io\\.File|java\\.nio\\.file|javax\\.swing|java\\.awt)\\b");

    @Test
    void importsNothingFromTheCommandLineGuiOrModel() throws IOException {
        Path dir = Path.of("src/main/java/org/icosim/calibration");
        assertTrue(Files.isDirectory(dir), "run from the project root");
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                List<String> lines = Files.readAllLines(f);
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i).trim();
                    if (line.startsWith("*") || line.startsWith("//") || line.startsWith("/*")) continue;
                    Matcher m = FORBIDDEN.matcher(line);
                    if (m.find()) found.add(f.getFileName() + ":" + (i + 1) + " uses " + m.group(1));
                }
            }
        }
        assertEquals(List.of(), found);
    }
}
