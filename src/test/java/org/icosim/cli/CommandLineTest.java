package org.icosim.cli;

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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** The command line's contract: typed options, one-line refusals with exit 2, help, version, no drift. */
class CommandLineTest {

    @TempDir
    Path dir;

    /** A refusal: exit 2, one line on standard error naming what it must, and nothing written into dir. */
    private void assertRefused(CliTestSupport.Result r, String... mustMention) throws IOException {
        assertEquals(2, r.code(), r.err());
        assertEquals(1, r.err().strip().lines().count(), "one line: " + r.err());
        assertTrue(r.err().startsWith("icosim: "), r.err());
        for (String word : mustMention) assertTrue(r.err().contains(word), "mentions " + word + ": " + r.err());
        try (var files = Files.list(dir)) {
            assertEquals(List.of("tiny-experiment.json"), files.map(p -> p.getFileName().toString()).filter(n -> !n.equals("sweep.json")).sorted().toList());
        }
    }

    private Path experiment() throws IOException {
        return CliTestSupport.tinyExperiment(dir, 3, "");
    }

    private String out() {
        return dir.resolve("out").toString();
    }

    @Test
    void helpAndVersionExitZero() {
        CliTestSupport.Result help = CliTestSupport.run("run", "--help");
        assertEquals(0, help.code(), help.err());
        assertTrue(help.out().contains("--network-every") && help.out().contains("--overwrite"), help.out());
        CliTestSupport.Result top = CliTestSupport.run("help");
        assertEquals(0, top.code());
        for (String command : List.of("run", "gui", "compare", "sweep", "analyse", "extract", "calibrate", "benchmark", "parameters")) {
            assertTrue(top.out().contains(command), command + " in " + top.out());
        }
        // Every command's help formats cleanly (picocli formats descriptions: a bare % would warn).
        java.io.PrintStream systemErr = System.err;
        java.io.ByteArrayOutputStream warnings = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(warnings, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            for (String command : List.of("run", "gui", "compare", "sweep", "analyse", "extract", "calibrate", "benchmark", "parameters")) {
                CliTestSupport.Result h = CliTestSupport.run(command, "--help");
                assertEquals(0, h.code(), command);
                assertTrue(h.err().isEmpty(), command + ": " + h.err());
            }
        } finally {
            System.setErr(systemErr);
        }
        assertEquals("", warnings.toString(java.nio.charset.StandardCharsets.UTF_8), "picocli's own warnings");
        CliTestSupport.Result version = CliTestSupport.run("--version");
        assertEquals(0, version.code());
        assertTrue(version.out().startsWith("icosim "), version.out());
    }

    @Test
    void aSingleValueOptionGivenTwiceIsRefused() throws IOException {
        assertRefused(CliTestSupport.run("run", experiment().toString(), "--out", out(), "--seed", "1", "--seed", "2"),
                "--seed", "given more than once");
    }

    @Test
    void flagsTakeNoValue() throws IOException {
        assertRefused(CliTestSupport.run("run", experiment().toString(), "--out", out(), "--quiet=no"), "--quiet", "takes no value");
    }

    @Test
    void anOptionIsNeverTakenAsTheValueOfAnother() throws IOException {
        assertRefused(CliTestSupport.run("run", experiment().toString(), "-p", "--out", out()), "-p", "got the option --out");
    }

    @Test
    void optionsACommandDoesNotTakeAreRefusedWithASuggestion() throws IOException {
        CliTestSupport.Result typo = CliTestSupport.run("run", experiment().toString(), "--ot", out());
        assertRefused(typo, "--ot", "unknown option for run", "did you mean --out?");
        assertRefused(CliTestSupport.run("parameters", "--bogus"), "--bogus", "unknown option for parameters");
        assertRefused(CliTestSupport.run("analyse", dir.toString(), "-p", "a=1"), "-p", "unknown option for analyse");
        assertRefused(CliTestSupport.run("benchmark", "-p", "patientScale=5"), "-p", "unknown option for benchmark");
        assertRefused(CliTestSupport.run("sweep", experiment().toString(), "-p", "a=1"), "-p", "unknown option for sweep");
    }

    @Test
    void theListedChoicesComeInAFixedOrder() throws IOException {
        String first = CliTestSupport.run("run", experiment().toString(), "--bogus").err();
        String second = CliTestSupport.run("run", experiment().toString(), "--bogus").err();
        assertEquals(first, second);
        Matcher m = Pattern.compile("expected one of (.*)$").matcher(first.strip());
        assertTrue(m.find(), first);
        List<String> listed = List.of(m.group(1).split(", "));
        assertEquals(new ArrayList<>(new TreeSet<>(listed)), listed, "sorted");
    }

    @Test
    void anUnknownCommandIsRefused() throws IOException {
        experiment();
        assertRefused(CliTestSupport.run("rnu"), "rnu", "unknown command", "did you mean run?");
    }

    @Test
    void theWaysOfRunningASweepAreExclusive() throws IOException {
        assertRefused(CliTestSupport.run("sweep", experiment().toString(), "--shard", "0/2", "--merge"),
                "--shard", "--merge", "only one of them");
    }

    @Test
    void runOfAPlainExperimentIsRefused() throws IOException {
        assertRefused(CliTestSupport.run("run", experiment().toString(), "--run", "0", "--out", out()),
                "--run", "is a plain experiment");
        assertRefused(CliTestSupport.run("extract", experiment().toString(), "--run", "0", "--out", dir.resolve("x.json").toString()),
                "--run", "is a plain experiment");
    }

    @Test
    void theCalibrationCheckIsAFractionInZeroToOne() throws IOException {
        experiment();
        for (String bad : List.of("NaN", "-5", "5", "0", "Infinity")) {
            assertRefused(CliTestSupport.run("calibrate", "--model", "models/tiny.json", "--check", bad, "--out", out()), "--check");
        }
    }

    @Test
    void numbersAreTypedAndRanged() throws IOException {
        assertRefused(CliTestSupport.run("run", experiment().toString(), "--out", out(), "--months", "abc"), "--months", "got abc, expected a whole number");
        assertRefused(CliTestSupport.run("run", experiment().toString(), "--out", out(), "--months", "0"), "--months", "[1, 1200]");
        assertRefused(CliTestSupport.run("compare", experiment().toString(), "--out", out(), "--seeds", "-1"), "--seeds");
    }

    @Test
    void aRequiredOptionThatIsMissingIsNamed() throws IOException {
        assertRefused(CliTestSupport.run("compare", experiment().toString()), "--out", "missing");
    }

    /** The README's usage lines name exactly the options each command has, so the two cannot drift apart. */
    @Test
    void theReadmeUsageLinesMatchTheRealOptions() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        CommandLine cl = Main.commandLine(System.out, System.err);
        Pattern usage = Pattern.compile("(?m)^\\./icosim (\\w+)( .*)?$");
        for (var entry : cl.getSubcommands().entrySet()) {
            String command = entry.getKey();
            if (command.equals("help") || command.equals("generate-completion")) continue;
            Set<String> real = new TreeSet<>();
            for (OptionSpec o : entry.getValue().getCommandSpec().options()) {
                if (!o.usageHelp() && !o.versionHelp()) real.add(o.longestName());
            }
            Set<String> documented = new TreeSet<>();
            Matcher m = usage.matcher(readme);
            boolean found = false;
            while (m.find()) {
                if (!m.group(1).equals(command)) continue;
                found = true;
                Matcher option = Pattern.compile("(?<![\\w-])(--[a-z][a-z-]*|-p)(?![\\w-])").matcher(m.group(2) == null ? "" : m.group(2));
                while (option.find()) documented.add(option.group(1));
            }
            assertTrue(found, "README has a usage line ./icosim " + command);
            assertEquals(real, documented, "README usage of " + command);
        }
    }

    @Test
    void aBashCompletionScriptIsGenerated() {
        CliTestSupport.Result r = CliTestSupport.run("generate-completion");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("complete") && r.out().contains("icosim"), r.out().substring(0, Math.min(200, r.out().length())));
        assertFalse(r.out().isBlank());
    }

    @Test
    void aBenchmarkBaselineMustBeAJarAndRepeatsGoWithIt() throws IOException {
        experiment();
        assertRefused(CliTestSupport.run("benchmark", "--baseline", dir.resolve("none.jar").toString()), "none.jar", "not found");
        assertRefused(CliTestSupport.run("benchmark", "--repeats", "3"), "--repeats", "expected --baseline");
        assertRefused(CliTestSupport.run("benchmark", "--only", "mars"), "--only", "one-economy, england, england-100, england-1 or england-2015");
        assertEquals(2.0, BaselineComparison.median(new double[] {3, 1, 2}));
        assertEquals(2.5, BaselineComparison.median(new double[] {4, 1, 2, 3}));
    }
}
