package org.icosim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.icosim.metrics.Metric;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code run}: its outputs, their determinism, and how it refuses bad input. */
class RunCommandTest {

    @TempDir
    Path dir;

    @Test
    void aRunWritesEveryOutputAndTheSameExperimentAndSeedGiveByteIdenticalResults() throws IOException {
        Path experiment = CliTestSupport.tinyExperiment(dir, 24, "");
        CliTestSupport.Result first = CliTestSupport.run("run", experiment.toString(), "--out", dir.resolve("a").toString(), "--quiet");
        CliTestSupport.Result second = CliTestSupport.run("run", experiment.toString(), "--out", dir.resolve("b").toString(), "--quiet");
        assertEquals(0, first.code(), first.err());
        assertEquals(0, second.code(), second.err());
        for (String file : List.of("metrics.csv", "network.graphml", "areas.csv", "practices.csv")) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("a").resolve(file)), Files.readAllBytes(dir.resolve("b").resolve(file)), file);
        }
        for (String file : List.of("run.json", "partnership.png", "practices.png", "workforce.png", "access.png", "ico-adoption.png")) {
            assertTrue(Files.size(dir.resolve("a").resolve(file)) > 0, file);
        }
        List<String> lines = Files.readAllLines(dir.resolve("a").resolve("metrics.csv"));
        assertEquals(25, lines.size(), "a header and one row per month");
        String header = Stream.of(Metric.values()).map(Metric::name).collect(Collectors.joining(","));
        assertEquals(header, lines.get(0));
        assertTrue(lines.get(1).startsWith("0,2015-04,12,"));

        CliTestSupport.Result other = CliTestSupport.run("run", experiment.toString(), "--out", dir.resolve("c").toString(), "--seed", "100", "--quiet");
        assertEquals(0, other.code());
        assertFalse(Files.readString(dir.resolve("a").resolve("metrics.csv")).equals(Files.readString(dir.resolve("c").resolve("metrics.csv"))));
    }

    @Test
    void areasCsvHasOneRowAMonthForTheEconomyAndPracticesCsvEveryPracticeAtEachChosenMonth() throws IOException {
        Path experiment = CliTestSupport.tinyExperiment(dir, 30, "");
        CliTestSupport.Result r = CliTestSupport.run("run", experiment.toString(), "--out", dir.resolve("p").toString(), "--quiet");
        assertEquals(0, r.code(), r.err());
        List<String> areas = Files.readAllLines(dir.resolve("p").resolve("areas.csv"));
        assertEquals(31, areas.size(), "a header and one row a month for the tiny model's one economy");
        assertTrue(areas.get(0).startsWith("month,date,areaType,code,name,practices,"), areas.get(0));
        assertTrue(areas.get(1).startsWith("0,2015-04,economy,0,economy 0,12,"), areas.get(1));
        // By default yearly (after 12 and 24 months) and at the end (30): 12 practices each.
        List<String> practices = Files.readAllLines(dir.resolve("p").resolve("practices.csv"));
        assertEquals(1 + 3 * 12, practices.size());
        assertEquals(List.of("11", "23", "29"), practices.stream().skip(1).map(l -> l.split(",")[0]).distinct().toList());
        assertTrue(practices.get(1).startsWith("11,2016-03,practice-0,,,0,economy 0,"), practices.get(1));
        assertTrue(Files.readString(dir.resolve("p").resolve("run.json")).contains("\"practices.csv\""));

        CliTestSupport.Result chosen = CliTestSupport.run("run", experiment.toString(), "--out", dir.resolve("q").toString(), "--quiet",
                "--practices-at", "6,1");
        assertEquals(0, chosen.code(), chosen.err());
        List<String> at = Files.readAllLines(dir.resolve("q").resolve("practices.csv"));
        assertEquals(List.of("0", "5"), at.stream().skip(1).map(l -> l.split(",")[0]).distinct().toList());
        assertArrayEquals(Files.readAllBytes(dir.resolve("p").resolve("metrics.csv")), Files.readAllBytes(dir.resolve("q").resolve("metrics.csv")),
                "the months recorded change nothing in the run");
    }

    @Test
    void aPracticesMonthOutsideTheRunIsRefused() throws IOException {
        Path experiment = CliTestSupport.tinyExperiment(dir, 12, "");
        Path out = dir.resolve("bad");
        assertRefused(CliTestSupport.run("run", experiment.toString(), "--out", out.toString(), "--practices-at", "6,13"), out,
                "--practices-at", "got 13", "[1, 12]");
        assertRefused(CliTestSupport.run("run", experiment.toString(), "--out", out.toString(), "--practices-at", "x"), out,
                "--practices-at", "\"x\"");
    }

    @Test
    void theNetworkCanBeExportedEveryNMonths() throws IOException {
        Path experiment = CliTestSupport.tinyExperiment(dir, 12, "");
        CliTestSupport.Result r = CliTestSupport.run("run", experiment.toString(), "--out", dir.resolve("n").toString(),
                "--network-every", "4", "--quiet");
        assertEquals(0, r.code(), r.err());
        for (String month : List.of("2015-07", "2015-11")) {
            assertTrue(Files.size(dir.resolve("n").resolve("network-" + month + ".graphml")) > 0, month);
        }
        assertFalse(Files.exists(dir.resolve("n").resolve("network-2016-03.graphml")), "the last month is network.graphml");
        assertTrue(Files.readString(dir.resolve("n").resolve("run.json")).contains("network-2015-07.graphml"));
    }

    @Test
    void runJsonRecordsEveryParameterWithWhereItsValueCameFrom() throws IOException {
        Path experiment = CliTestSupport.tinyExperiment(dir, 3, "\"switchAfterMonths\": 4");
        CliTestSupport.Result r = CliTestSupport.run("run", experiment.toString(), "--out", dir.resolve("r").toString(), "--quiet",
                "-p", "birthRate=0.01");
        assertEquals(0, r.code(), r.err());
        String json = Files.readString(dir.resolve("r").resolve("run.json"));
        for (org.icosim.model.parameters.Parameter p : org.icosim.model.parameters.Parameters.all()) assertTrue(json.contains("\"" + p.name() + "\""), p.name());
        com.google.gson.JsonObject parameters = com.google.gson.JsonParser.parseString(json).getAsJsonObject().getAsJsonObject("parameters");
        assertEquals("model", parameters.getAsJsonObject("patientScale").get("from").getAsString());
        assertEquals("experiment", parameters.getAsJsonObject("switchAfterMonths").get("from").getAsString());
        assertEquals("command line", parameters.getAsJsonObject("birthRate").get("from").getAsString());
        assertEquals("default", parameters.getAsJsonObject("globalSumPerPatient").get("from").getAsString());
        assertTrue(json.contains("\"seed\": 99"));
    }

    private void assertRefused(CliTestSupport.Result r, Path out, String... mustMention) throws IOException {
        assertEquals(2, r.code(), r.out() + r.err());
        assertEquals(1, r.err().strip().lines().count(), "one clear message: " + r.err());
        for (String s : mustMention) assertTrue(r.err().contains(s), "message mentions " + s + ": " + r.err());
        assertFalse(Files.exists(out), "no output folder left behind");
        try (Stream<Path> left = Files.list(out.getParent())) {
            assertTrue(left.noneMatch(p -> p.getFileName().toString().contains(".tmp")), "no staging folder left behind");
        }
    }

    @Test
    void malformedJsonIsRefusedWithTheFileAndLine() throws IOException {
        Path experiment = dir.resolve("broken.json");
        Files.writeString(experiment, "{\n  \"name\": \"x\",\n  \"description\": \"y\"\n  \"model\": \"m.json\"\n}\n");
        Path out = dir.resolve("out");
        assertRefused(CliTestSupport.run("run", experiment.toString(), "--out", out.toString()), out, "broken.json", "line 4");
    }

    @Test
    void anUnknownKeyIsRefusedByName() throws IOException {
        Path model = dir.resolve("model.json");
        Files.writeString(model, "{\"name\": \"m\", \"description\": \"d\", \"parameters\": {\"practises\": 12}}");
        Path experiment = CliTestSupport.tinyExperiment(dir, 3, "");
        Path out = dir.resolve("out");
        assertRefused(CliTestSupport.run("run", experiment.toString(), "--model", model.toString(), "--out", out.toString()), out,
                "model.json", "parameters.practises", "practices");
    }

    @Test
    void aValueOutOfRangeIsRefusedWithTheExpectedRange() throws IOException {
        Path experiment = CliTestSupport.tinyExperiment(dir, 3, "\"highRiskShare\": 1.5");
        Path out = dir.resolve("out");
        assertRefused(CliTestSupport.run("run", experiment.toString(), "--out", out.toString()), out,
                "tiny-experiment.json", "parameters.highRiskShare", "[0, 0.5]");
    }

    @Test
    void aCommandLineValueOutOfRangeIsRefused() throws IOException {
        Path experiment = CliTestSupport.tinyExperiment(dir, 3, "");
        Path out = dir.resolve("out");
        assertRefused(CliTestSupport.run("run", experiment.toString(), "--out", out.toString(), "-p", "patientScale=0"), out,
                "command line", "patientScale", "[1, 100000]");
    }

    @Test
    void aMissingModelFileIsRefusedWithItsPath() throws IOException {
        Path experiment = CliTestSupport.tinyExperiment(dir, 3, "");
        Path out = dir.resolve("out");
        assertRefused(CliTestSupport.run("run", experiment.toString(), "--model", dir.resolve("nowhere.json").toString(),
                "--out", out.toString()), out, "nowhere.json");
    }

    @Test
    void inconsistentValuesAreRefusedBeforeTheRun() throws IOException {
        Path experiment = CliTestSupport.tinyExperiment(dir, 3, "\"economies\": 3");
        Path out = dir.resolve("out");
        assertRefused(CliTestSupport.run("run", experiment.toString(), "--out", out.toString()), out, "trusts", "economies");
    }

    @Test
    void unknownOptionsAndCommandsAreRefused() throws IOException {
        Path out = dir.resolve("out");
        assertRefused(CliTestSupport.run("run", "x.json", "--ouput", out.toString()), out, "--ouput", "--out");
        assertRefused(CliTestSupport.run("sweep-everything"), out, "unknown command");
    }

    /** The tiny experiment with {@code rules} added, as another file. */
    private static Path withRules(Path experiment, String name, String rules) throws IOException {
        String text = Files.readString(experiment);
        assertTrue(text.endsWith("}\n}\n"), text);
        Path file = experiment.resolveSibling(name);
        Files.writeString(file, text.substring(0, text.length() - 2) + ",\n  \"rules\": {" + rules + "}\n}\n");
        return file;
    }

    /**
     * Three acute trusts, so a practice refers to more than one, and an ICO policy under which
     * ICOs form early: a practice's ICO offers come from the ICO it referred to most, which the
     * referral rule decides, so the rule shows in the metrics. (On the tiny model as it is, with one
     * acute trust, or in the status quo, where referrals go changes no metric.)
     */
    private static final String THREE_ACUTE_TRUSTS_AND_AN_ICO_POLICY = "\"trusts\": 3, \"acuteTrustShare\": 1,"
            + " \"policyPush\": \"STRONG\", \"icoPolicyStart\": \"2015-05\", \"icoInnovation\": 0.5";

    @Test
    void theRulesAnExperimentNamesAreTheOnesThatRunAndRunJsonSaysWhich() throws IOException {
        Path experiment = CliTestSupport.tinyExperiment(dir, 36, THREE_ACUTE_TRUSTS_AND_AN_ICO_POLICY);
        Path nearest = withRules(experiment, "nearest.json", "\"referrals\": \"nearestTrust\"");
        Path named = withRules(experiment, "named-defaults.json", "\"referrals\": \"distanceAndWait\", \"jobChoice\": \"randomUtility\"");
        for (Path file : List.of(experiment, nearest, named)) {
            String name = file.getFileName().toString().replace(".json", "");
            CliTestSupport.Result r = CliTestSupport.run("run", file.toString(), "--out", dir.resolve(name).toString(), "--quiet");
            assertEquals(0, r.code(), r.err());
        }
        String byDefault = Files.readString(dir.resolve("tiny-experiment").resolve("metrics.csv"));
        assertFalse(byDefault.equals(Files.readString(dir.resolve("nearest").resolve("metrics.csv"))),
                "every referral to the nearest trust is another run");
        // Naming the defaults is the same run as naming nothing, byte for byte.
        for (String file : List.of("metrics.csv", "network.graphml", "areas.csv", "practices.csv")) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("tiny-experiment").resolve(file)),
                    Files.readAllBytes(dir.resolve("named-defaults").resolve(file)), file);
        }
        com.google.gson.JsonObject rules = com.google.gson.JsonParser.parseString(
                Files.readString(dir.resolve("nearest").resolve("run.json"))).getAsJsonObject().getAsJsonObject("rules");
        assertEquals("{\"jobChoice\":\"randomUtility\",\"practiceMoves\":\"valueBased\",\"referrals\":\"nearestTrust\","
                + "\"icoFormation\":\"diffusion\"}", rules.toString());
        com.google.gson.JsonObject defaults = com.google.gson.JsonParser.parseString(
                Files.readString(dir.resolve("tiny-experiment").resolve("run.json"))).getAsJsonObject().getAsJsonObject("rules");
        assertEquals("distanceAndWait", defaults.get("referrals").getAsString());
    }

    @Test
    void anUnknownRuleKindOrNameIsRefusedWithTheFileTheLineAndTheExpectedValues() throws IOException {
        Path experiment = CliTestSupport.tinyExperiment(dir, 3, "");
        Path kind = withRules(experiment, "kind.json", "\"referral\": \"nearestTrust\"");
        Path out = dir.resolve("out");
        assertRefused(CliTestSupport.run("run", kind.toString(), "--out", out.toString()), out,
                "kind.json: rules.referral (line 9)", "did you mean referrals?", "jobChoice, practiceMoves, referrals, icoFormation");
        Path name = withRules(experiment, "name.json", "\"referrals\": \"closest\"");
        assertRefused(CliTestSupport.run("run", name.toString(), "--out", out.toString()), out,
                "name.json: rules.referrals (line 9)", "got \"closest\", expected one of distanceAndWait, nearestTrust");
    }
}
