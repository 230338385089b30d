package org.icosim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.icosim.metrics.Metric;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ODD is kept true to the code: its parameter table is the catalogue, it defines every metric,
 * each submodel's heading names the class that does it, and every class it names exists.
 */
class OddTest {

    /** Names in backticks that look like classes but are the libraries' (MASON, JGraphT) or Java's. */
    static final Set<String> LIBRARY_CLASSES = Set.of("SimState", "Schedule", "MersenneTwisterFast", "GraphTypeBuilder",
            "ConnectivityInspector", "StrictMath", "Math");

    private static final Pattern HEADING = Pattern.compile("^### 8\\.(\\d+) .*$", Pattern.MULTILINE);
    private static final Pattern BACKTICKED = Pattern.compile("`([^`]+)`");
    /** A class's Javadoc, then its declaration: the Javadoc of the file's type. */
    private static final Pattern TYPE_JAVADOC = Pattern.compile(
            "/\\*\\*(.*?)\\*/\\s*(?:@[\\w.]+(?:\\([^)]*\\))?\\s*)*(?:(?:public|final|abstract|sealed)\\s+)*"
                    + "(?:class|interface|enum|record)\\s+(\\w+)", Pattern.DOTALL);
    private static final Pattern CLAIM = Pattern.compile("^ODD 8\\.(\\d+),");
    private static final Pattern CLASS_MENTION = Pattern.compile("([A-Z][a-z][A-Za-z0-9]*)((?:\\.[A-Za-z_][A-Za-z0-9_]*)*)(?:\\(\\))?");

    private static String odd() throws IOException {
        return Files.readString(Path.of("models/ODD.md"));
    }

    @Test
    void theParameterTableIsTheOneTheCodeGenerates() throws IOException {
        assertTrue(odd().contains(ParametersCommand.table()),
                "models/ODD.md's parameter table differs from the code: regenerate it with ./icosim parameters");
    }

    @Test
    void everyMetricIsDefined() throws IOException {
        String odd = odd();
        for (Metric m : Metric.values()) assertTrue(odd.contains("`" + m.name() + "`"), m.name() + " is defined in the ODD");
    }

    @Test
    void eachSubmodelsHeadingNamesFirstTheClassWhoseJavadocClaimsItAndOnlyClassesOfTheModel() throws IOException {
        assertEquals(List.of(), headingProblems(odd(), Path.of("src/main/java")));
    }

    @Test
    void everyClassTheOddNamesExistsWithTheMemberItNames() throws IOException {
        assertEquals(List.of(), mentionProblems(odd(), Path.of("src/main/java")));
    }

    /** A made-up ODD and code, wrong in every way the checks look for, so they can fail. */
    @Test
    void theChecksCatchAHeadingOrANameThatIsNotTheCodes(@TempDir Path root) throws IOException {
        Path model = Files.createDirectories(root.resolve("org/icosim/model/a"));
        Files.writeString(model.resolve("Calendar.java"), "package org.icosim.model.a;\n/**\n * ODD 8.1, calendar.\n */\npublic final class Calendar {\n}\n");
        Files.writeString(model.resolve("Rates.java"), "package org.icosim.model.a;\n/** ODD 8.2, rates. */\nfinal class Rates {\n  void calibrate() {}\n}\n");
        Files.writeString(model.resolve("OtherRates.java"), "package org.icosim.model.a;\n/** ODD 8.2, rates again. */\n@SuppressWarnings(\"x\")\npublic record OtherRates() {\n}\n");
        Files.writeString(model.resolve("Loop.java"), "package org.icosim.model.a;\n/** ODD 8.3, the loop. */\npublic interface Loop {\n}\n");
        Files.writeString(model.resolve("Helper.java"), "package org.icosim.model.a;\n/** A helper (ODD 8.1, not a claim). */\nclass Helper {\n}\n");
        Files.writeString(model.resolve("Stray.java"), "package org.icosim.model.a;\n/** ODD 8.40, no such section. */\nclass Stray {\n}\n");
        Files.writeString(model.resolve("package-info.java"), "/** ODD 8.1, the package. */\npackage org.icosim.model.a;\n");
        Path io = Files.createDirectories(root.resolve("org/icosim/io"));
        Files.writeString(io.resolve("Files.java"), "package org.icosim.io;\n/** Not the model's. */\npublic class Files {\n}\n");
        String odd = "# ODD\n\n## 8. Submodels\n\n"
                + "### 8.1 Calendar (`Helper`, `Calendar`)\n\ntext\n\n"
                + "### 8.2 Rates (`Rates`, `Files`, `Gone`)\n\n`Rates.calibrate` and `Rates.tiers`, `Helper`, `Gone.run`, `StrictMath.exp`, `POP`\n\n"
                + "### 8.3 Loop\n\n"
                + "### 8.5 Money (`Calendar`)\n\n"
                + "### Constants fixed in the code\n";
        List<String> expected = new ArrayList<>(List.of(
                "8.1: the heading names `Helper` first; expected `Calendar`, whose Javadoc begins \"ODD 8.1,\"",
                "8.2: `Files` is not a class of the model's packages",
                "8.2: `Gone` is not a class of the model's packages",
                "8.2: classes OtherRates and Rates both begin \"ODD 8.2,\"; expected one class per submodel",
                "8.3: the heading names no class in backticks",
                "8.3: the heading names no class; expected `Loop`, whose Javadoc begins \"ODD 8.3,\"",
                "8.4: no heading",
                "8.5: no class's Javadoc begins \"ODD 8.5,\""));
        expected.add("8.40: Stray's Javadoc begins \"ODD 8.40,\", but the ODD has no submodel 8.40");
        assertEquals(expected, headingProblems(odd, root));
        assertEquals(List.of("`Gone`: no class Gone in the code", "`Rates.tiers`: Rates has no member tiers",
                "`Gone.run`: no class Gone in the code"), mentionProblems(odd, root));
    }

    // ---------------------------------------------------------------- the checks

    /**
     * What is wrong with the headings of submodels 8.1 to 8.N, N the highest numbered heading (the
     * constants at the end of section 8 have no number): each must name
     * in backticks only classes of the model's packages ({@link ArchitectureTest#MODEL_PACKAGES}),
     * first the one class of {@code org/icosim/model} whose Javadoc begins "ODD 8.N,".
     */
    static List<String> headingProblems(String odd, Path javaRoot) throws IOException {
        Map<Integer, List<String>> headings = new TreeMap<>();
        Matcher heading = HEADING.matcher(odd);
        while (heading.find()) {
            List<String> names = new ArrayList<>();
            Matcher name = BACKTICKED.matcher(heading.group());
            while (name.find()) names.add(name.group(1));
            headings.put(Integer.parseInt(heading.group(1)), names);
        }
        Map<Integer, List<String>> claims = new TreeMap<>();
        for (Path file : javaFiles(javaRoot.resolve("org/icosim/model"))) {
            Matcher type = TYPE_JAVADOC.matcher(Files.readString(file));
            if (!type.find()) continue;
            Matcher claim = CLAIM.matcher(javadocText(type.group(1)));
            if (claim.find()) claims.computeIfAbsent(Integer.parseInt(claim.group(1)), k -> new ArrayList<>()).add(type.group(2));
        }
        Set<String> modelClasses = new java.util.HashSet<>();
        for (String pkg : ArchitectureTest.MODEL_PACKAGES) {
            for (Path file : javaFiles(javaRoot.resolve(pkg))) modelClasses.add(simpleName(file));
        }
        int lastSubmodel = headings.isEmpty() ? 0 : ((TreeMap<Integer, List<String>>) headings).lastKey();
        List<String> problems = new ArrayList<>();
        for (int n = 1; n <= lastSubmodel; n++) {
            String section = "8." + n;
            List<String> names = headings.get(n);
            if (names == null) {
                problems.add(section + ": no heading");
                continue;
            }
            if (names.isEmpty()) problems.add(section + ": the heading names no class in backticks");
            for (String name : names) {
                if (!modelClasses.contains(name)) problems.add(section + ": `" + name + "` is not a class of the model's packages");
            }
            List<String> claimants = claims.getOrDefault(n, List.of());
            if (claimants.isEmpty()) {
                problems.add(section + ": no class's Javadoc begins \"ODD " + section + ",\"");
            } else if (claimants.size() > 1) {
                problems.add(section + ": classes " + String.join(" and ", claimants.stream().sorted().toList()) + " both begin \"ODD "
                        + section + ",\"; expected one class per submodel");
            } else if (names.isEmpty()) {
                problems.add(section + ": the heading names no class; expected `" + claimants.get(0)
                        + "`, whose Javadoc begins \"ODD " + section + ",\"");
            } else if (!names.get(0).equals(claimants.get(0))) {
                problems.add(section + ": the heading names `" + names.get(0) + "` first; expected `" + claimants.get(0)
                        + "`, whose Javadoc begins \"ODD " + section + ",\"");
            }
        }
        for (Map.Entry<Integer, List<String>> claim : claims.entrySet()) {
            if (claim.getKey() < 1 || claim.getKey() > lastSubmodel) {
                for (String type : claim.getValue()) {
                    problems.add("8." + claim.getKey() + ": " + type + "'s Javadoc begins \"ODD 8." + claim.getKey()
                            + ",\", but the ODD has no submodel 8." + claim.getKey());
                }
            }
        }
        return problems;
    }

    /**
     * What is wrong with the names in backticks that look like classes ({@code Name} or
     * {@code Name.member}, the libraries' apart) before the generated parameter table: each must be
     * a class of the code, and the member a word of its file.
     */
    static List<String> mentionProblems(String odd, Path javaRoot) throws IOException {
        int end = odd.indexOf("## 10. Parameters");
        String text = end < 0 ? odd : odd.substring(0, end);
        Map<String, Path> classes = new LinkedHashMap<>();
        for (Path file : javaFiles(javaRoot.resolve("org/icosim"))) classes.putIfAbsent(simpleName(file), file);
        List<String> problems = new ArrayList<>();
        Matcher name = BACKTICKED.matcher(text);
        while (name.find()) {
            Matcher mention = CLASS_MENTION.matcher(name.group(1));
            if (!mention.matches() || LIBRARY_CLASSES.contains(mention.group(1))) continue;
            String type = mention.group(1);
            Path file = classes.get(type);
            String problem;
            if (file == null) {
                problem = "`" + name.group(1) + "`: no class " + type + " in the code";
            } else if (mention.group(2).isEmpty()) {
                continue;
            } else {
                String member = mention.group(2).substring(1).split("\\.")[0];
                if (Pattern.compile("\\b" + Pattern.quote(member) + "\\b").matcher(Files.readString(file)).find()) continue;
                problem = "`" + name.group(1) + "`: " + type + " has no member " + member;
            }
            if (!problems.contains(problem)) problems.add(problem);
        }
        return problems;
    }

    /** A Javadoc's text without its leading asterisks, trimmed. */
    private static String javadocText(String comment) {
        StringBuilder text = new StringBuilder();
        for (String line : comment.split("\n")) text.append(line.replaceFirst("^\\s*\\*? ?", "")).append('\n');
        return text.toString().strip();
    }

    private static List<Path> javaFiles(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> p.toString().endsWith(".java") && !p.getFileName().toString().equals("package-info.java"))
                    .sorted().toList();
        }
    }

    private static String simpleName(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - ".java".length());
    }
}
