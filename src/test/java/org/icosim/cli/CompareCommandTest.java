package org.icosim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.icosim.metrics.Metric;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code compare}: its outputs, their independence from threads, and how it refuses bad input. */
class CompareCommandTest {

    static final List<String> TABLES = List.of("summary.csv", "runs.csv", "economies.csv", "comparison.md");
    static final List<String> CHARTS = List.of("ico-adoption.png", "partner-share.png", "practices.png", "ico-salaried.png",
            "emergency-admissions.png", "access.png");
    static final String MANDATED = "\"icoPolicyStart\": \"2015-05\", \"policyPush\": \"MANDATED\"";

    @TempDir
    Path dir;

    /** An experiment on the tiny model named {@code name}, in {@code name.json}. */
    private Path experiment(String name, int months, String parameters) throws IOException {
        Path model = Path.of("models/tiny.json").toAbsolutePath();
        Path file = dir.resolve(name + ".json");
        Files.writeString(file, "{\n  \"name\": \"" + name + "\",\n  \"description\": \"a test\",\n  \"model\": \""
                + model.toString().replace("\\", "\\\\") + "\",\n  \"months\": " + months
                + ",\n  \"parameters\": {" + parameters + "}\n}\n");
        return file;
    }

    private CliTestSupport.Result compare(Path out, String... more) throws IOException {
        List<String> args = new ArrayList<>(List.of("compare",
                experiment("status-quo", 24, "").toString(), experiment("mandated", 24, MANDATED).toString(),
                "--seeds", "2", "--at", "12,24", "--out", out.toString(), "--quiet"));
        args.addAll(List.of(more));
        return CliTestSupport.run(args.toArray(String[]::new));
    }

    @Test
    void writesEveryFileWithRowsForEveryScenarioAndReplicate() throws IOException {
        Path out = dir.resolve("out");
        CliTestSupport.Result r = compare(out);
        assertEquals(0, r.code(), r.err());
        for (String file : TABLES) assertTrue(Files.size(out.resolve(file)) > 0, file);
        for (String file : CHARTS) assertTrue(Files.size(out.resolve(file)) > 0, file);

        List<String> runs = Files.readAllLines(out.resolve("runs.csv"));
        assertTrue(runs.get(0).startsWith("scenario,replicate,seed,month,date,practices,"));
        assertEquals(1 + 2 * 2 * 24, runs.size(), "a row per scenario, replicate and month");
        for (String scenario : List.of("status-quo", "mandated")) {
            for (int replicate = 0; replicate < 2; replicate++) {
                String prefix = scenario + "," + replicate + "," + (1 + replicate) + ",";
                assertEquals(24, runs.stream().filter(l -> l.startsWith(prefix)).count(), prefix);
            }
        }

        List<String> summary = Files.readAllLines(out.resolve("summary.csv"));
        assertEquals("scenario,month,date,metric,mean,sd,min,max,seeds", summary.get(0));
        assertEquals(1 + 2 * 24 * (Metric.values().length - 2), summary.size(), "every metric but month and date");
        // The summary's mean, lowest and highest are those of the two runs' values in runs.csv.
        int shareAt = List.of(runs.get(0).split(",")).indexOf("icoPatientShare");
        double[] seeds = runs.stream().filter(l -> l.startsWith("mandated,") && l.split(",")[3].equals("23"))
                .mapToDouble(l -> Double.parseDouble(l.split(",")[shareAt])).toArray();
        String[] row = summary.stream().filter(l -> l.startsWith("mandated,23,2017-03,icoPatientShare,")).findFirst()
                .orElseThrow().split(",");
        assertEquals((seeds[0] + seeds[1]) / 2, Double.parseDouble(row[4]), 1e-6);
        assertEquals(Math.min(seeds[0], seeds[1]), Double.parseDouble(row[6]), 0.0);
        assertEquals(Math.max(seeds[0], seeds[1]), Double.parseDouble(row[7]), 0.0);
        assertEquals("2", row[8]);
        assertTrue(seeds[0] > 0 && seeds[1] > 0, "a mandate has ICOs after two years, so the checks compare real values");

        List<String> economies = Files.readAllLines(out.resolve("economies.csv"));
        assertEquals("scenario,replicate,seed,month,date,economy,practices,patients,icoPatientShare,economyCode,economyName",
                economies.get(0));
        assertEquals(1 + 2 * 2 * 2, economies.size(), "one economy per scenario, replicate and --at month");
        // On a one-economy model the economy's share is the model's own metric, to the last digit.
        Map<String, String> metricShare = new HashMap<>();
        for (String line : runs.subList(1, runs.size())) {
            String[] cells = line.split(",");
            metricShare.put(cells[0] + "," + cells[1] + "," + cells[3], cells[shareAt]);
        }
        for (String line : economies.subList(1, economies.size())) {
            String[] cells = line.split(",");
            assertTrue(cells[3].equals("11") || cells[3].equals("23"), "--at 12,24 are month indexes 11 and 23: " + line);
            assertEquals(metricShare.get(cells[0] + "," + cells[1] + "," + cells[3]), cells[8], line);
            assertEquals("0", cells[9], "a synthetic economy's code is its id: " + line);
            assertEquals("economy 0", cells[10], line);
        }

        String md = Files.readString(out.resolve("comparison.md"));
        assertTrue(md.contains("icosim compare "), md);
        assertTrue(md.contains("## After 12 months (2016-03)") && md.contains("## After 24 months (2017-03)"), md);
        assertTrue(md.contains("| metric | status-quo (baseline) | mandated | vs baseline |"), md);
        for (Metric m : ComparisonReport.KEY_METRICS) assertTrue(md.contains("| " + m.name() + " |"), m.name());
        assertTrue(md.contains("| mandated | 2 | "), "the economy spread pools 1 economy x 2 seeds: " + md);
        assertTrue(r.out().contains("outputs in"), r.out());
    }

    @Test
    void oneOrTwoThreadsGiveByteIdenticalTablesAndReport() throws IOException {
        CliTestSupport.Result one = compare(dir.resolve("one"), "--threads", "1");
        CliTestSupport.Result two = compare(dir.resolve("two"), "--threads", "2");
        assertEquals(0, one.code(), one.err());
        assertEquals(0, two.code(), two.err());
        for (String file : TABLES) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("one").resolve(file)), Files.readAllBytes(dir.resolve("two").resolve(file)), file);
        }
    }

    @Test
    void theSameExperimentTwiceDiffersFromItselfByNothing() throws IOException {
        Path same = experiment("same", 6, MANDATED);
        Path out = dir.resolve("out");
        CliTestSupport.Result r = CliTestSupport.run("compare", same.toString(), same.toString(), "--seeds", "2", "--out",
                out.toString(), "--quiet");
        assertEquals(0, r.code(), r.err());
        String md = Files.readString(out.resolve("comparison.md"));
        assertTrue(md.contains("--at 6"), "the default is the last month when runs are shorter than 60 months: " + md);
        assertTrue(md.contains("| same (baseline) | same-2 | vs baseline |"), "the second copy gets its own name: " + md);
        List<String> rows = md.lines().filter(l -> ComparisonReport.KEY_METRICS.stream().anyMatch(m -> l.startsWith("| " + m.name() + " |"))).toList();
        assertEquals(ComparisonReport.KEY_METRICS.size(), rows.size(), md);
        for (String row : rows) assertTrue(row.endsWith("| +0.0% |"), row);
    }

    @Test
    void eachScenarioRunsWithItsOwnRulesAndTheReportNamesThoseThatAreNotTheDefault() throws IOException {
        // As in RunCommandTest: three acute trusts and ICOs forming early, so the referral rule shows.
        String levers = "\"trusts\": 3, \"acuteTrustShare\": 1, \"policyPush\": \"STRONG\", \"icoPolicyStart\": \"2015-05\","
                + " \"icoInnovation\": 0.5";
        Path choice = experiment("choice", 36, levers);
        Path nearest = dir.resolve("nearest.json");
        Files.writeString(nearest, Files.readString(choice).replace("\"name\": \"choice\"", "\"name\": \"nearest\"")
                .replace("\n}\n", ",\n  \"rules\": {\"referrals\": \"nearestTrust\"}\n}\n"));
        Path out = dir.resolve("out");
        CliTestSupport.Result r = CliTestSupport.run("compare", choice.toString(), nearest.toString(), "--seeds", "1",
                "--base-seed", "99", "--out", out.toString(), "--quiet");
        assertEquals(0, r.code(), r.err());
        String md = Files.readString(out.resolve("comparison.md"));
        assertTrue(md.contains(" | trusts=3, acuteTrustShare=1, policyPush=STRONG, icoPolicyStart=2015-05, icoInnovation=0.5,"
                + " rules.referrals=nearestTrust |"), md);
        assertEquals(1, md.split("rules\\.", -1).length - 1, "the baseline's rules are the defaults and go unnamed: " + md);
        List<String> runs = Files.readAllLines(out.resolve("runs.csv"));
        List<String> choiceRows = runs.stream().filter(l -> l.startsWith("choice,")).map(l -> l.substring("choice,".length())).toList();
        List<String> nearestRows = runs.stream().filter(l -> l.startsWith("nearest,")).map(l -> l.substring("nearest,".length())).toList();
        assertEquals(36, choiceRows.size());
        assertFalse(choiceRows.equals(nearestRows), "the same seed with another referral rule is another run");
    }

    @Test
    void differencesAreInPerCentOfTheBaselineOrAbsoluteWhereTheBaselineIsZero() {
        assertEquals("+10.0%", ComparisonReport.difference(Metric.practices, 190, 209));
        assertEquals("-25.0%", ComparisonReport.difference(Metric.partnerShareFte, 0.8, 0.6));
        assertEquals("+0.412 (baseline 0)", ComparisonReport.difference(Metric.icoPatientShare, 0, 0.412));
        assertEquals("+0.0%", ComparisonReport.difference(Metric.trustsIco, 0, 0));
        assertEquals("0.500", ComparisonReport.number(Metric.icoPatientShare, 0.5));
        assertEquals("11.5", ComparisonReport.number(Metric.practices, 11.5));
        assertEquals("1,234,568", ComparisonReport.number(Metric.aeAttendances, 1234567.6));
    }

    private void assertRefused(CliTestSupport.Result r, Path out, String... mustMention) throws IOException {
        assertEquals(2, r.code(), r.out() + r.err());
        assertEquals(1, r.err().strip().lines().count(), "one clear message: " + r.err());
        for (String s : mustMention) assertTrue(r.err().contains(s), "message mentions " + s + ": " + r.err());
        assertFalse(Files.exists(out), "no output folder created");
        try (Stream<Path> left = Files.list(out.getParent())) {
            assertTrue(left.noneMatch(p -> p.getFileName().toString().contains(".tmp")), "no staging folder left behind");
        }
    }

    @Test
    void badArgumentsExitWithTwoAndCreateNoOutputFolder() throws IOException {
        Path out = dir.resolve("out");
        Path ok = experiment("status-quo", 12, "");
        assertRefused(CliTestSupport.run("compare", ok.toString(), "--seeds", "0", "--out", out.toString()), out,
                "--seeds", "got 0", "[1, 1000]");
        assertRefused(CliTestSupport.run("compare", ok.toString(), "--at", "6,13", "--out", out.toString()), out,
                "--at", "got 13", "[1, 12]");
        assertRefused(CliTestSupport.run("compare", ok.toString(), "--sedes", "3", "--out", out.toString()), out,
                "--sedes", "--seeds");
        assertRefused(CliTestSupport.run("compare", ok.toString(), dir.resolve("nowhere.json").toString(), "--out", out.toString()),
                out, "nowhere.json");
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\n  \"name\": \"x\",\n  \"description\": \"y\"\n  \"model\": \"m.json\"\n}\n");
        assertRefused(CliTestSupport.run("compare", ok.toString(), broken.toString(), "--out", out.toString()), out,
                "broken.json", "line 4");
        assertRefused(CliTestSupport.run("compare", ok.toString()), out, "--out");
    }

    @Test
    void experimentsOfDifferentLengthsAreRefusedNamingBothUnlessMonthsIsGiven() throws IOException {
        Path out = dir.resolve("out");
        Path twelve = experiment("twelve", 12, "");
        Path six = experiment("six", 6, "");
        assertRefused(CliTestSupport.run("compare", twelve.toString(), six.toString(), "--out", out.toString()), out,
                "twelve.json", "six.json", "--months");
        CliTestSupport.Result r = CliTestSupport.run("compare", twelve.toString(), six.toString(), "--seeds", "1",
                "--months", "3", "--out", out.toString(), "--quiet");
        assertEquals(0, r.code(), r.err());
        assertEquals(1 + 2 * 3, Files.readAllLines(out.resolve("runs.csv")).size());
    }

    @Test
    void aFolderHoldingResultsIsNotReplaced() throws IOException {
        Path out = Files.createDirectories(dir.resolve("earlier"));
        Files.writeString(out.resolve("notes.txt"), "keep me");
        CliTestSupport.Result r = CliTestSupport.run("compare", experiment("status-quo", 3, "").toString(), "--out", out.toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("holds files icosim did not write (notes.txt)"), r.err());
        assertEquals("keep me", Files.readString(out.resolve("notes.txt")));
    }
}
