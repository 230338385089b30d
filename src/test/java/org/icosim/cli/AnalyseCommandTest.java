package org.icosim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code analyse} end to end on small Morris and Sobol sweeps of the tiny model. */
class AnalyseCommandTest {

    @TempDir
    Path dir;

    private Path sweep(String name, String design) throws IOException {
        return sweep(name, design, 3);
    }

    @Test
    void withReplicatesEachFactorGetsTheRangeOfMuStarOverReplicatesAlone() throws IOException {
        // With common random numbers replicate 0 of a two-replicate sweep is the one-replicate sweep, run for run.
        Path one = sweep("one", "{\"type\": \"morris\", \"trajectories\": 3, \"levels\": 4}, \"commonRandomNumbers\": true", 6);
        Path two = sweep("two", "{\"type\": \"morris\", \"trajectories\": 3, \"levels\": 4}, \"commonRandomNumbers\": true,"
                + " \"replicates\": 2", 6);
        assertEquals(0, CliTestSupport.run("analyse", one.toString(), "--outputs", "partnerFte_2015-09,gpLeaversCum_2015-09").code());
        assertEquals(0, CliTestSupport.run("analyse", two.toString(), "--outputs", "partnerFte_2015-09,gpLeaversCum_2015-09").code());
        List<String> alone = Files.readAllLines(one.resolve("analysis/morris.csv"));
        List<String> both = Files.readAllLines(two.resolve("analysis/morris.csv"));
        assertEquals(5, both.size());
        int moved = 0;
        for (int i = 1; i < both.size(); i++) {
            String[] a = alone.get(i).split(",", -1);
            String[] b = both.get(i).split(",", -1);
            assertEquals(a[0] + a[1], b[0] + b[1]);
            double low = Double.parseDouble(b[5]);
            double high = Double.parseDouble(b[6]);
            double first = Double.parseDouble(a[3]);
            assertTrue(low <= high, both.get(i));
            assertTrue(first == low || first == high, "replicate 0's mu* " + first + " is an end of " + both.get(i));
            if (high > low) moved++;
        }
        assertTrue(moved > 0, "the replicates' noise moves some mu*: " + both);
    }

    private Path sweep(String name, String design, int months) throws IOException {
        Path model = Path.of("models/tiny.json").toAbsolutePath();
        Path file = dir.resolve(name + ".json");
        Files.writeString(file, "{\"name\": \"" + name + "\", \"description\": \"\", \"model\": \""
                + model.toString().replace("\\", "\\\\") + "\", \"seed\": 3, \"months\": " + months + ","
                + " \"factors\": {\"jobInertia\": {\"min\": 1, \"max\": 8}, \"partnerExitCost\": {\"min\": 0, \"max\": 6}},"
                + " \"design\": " + design + ", \"keep\": {\"monthly\": false}}");
        Path out = dir.resolve(name);
        CliTestSupport.Result r = CliTestSupport.run("sweep", file.toString(), "--out", out.toString(), "--quiet");
        assertEquals(0, r.code(), r.err());
        return out;
    }

    @Test
    void morrisGivesMuMuStarAndSigmaPerOutputAndFactorReproducibly() throws IOException {
        Path out = sweep("morris", "{\"type\": \"morris\", \"trajectories\": 2, \"levels\": 4}");
        assertEquals(7, Files.readAllLines(out.resolve("runs.csv")).size(), "r (k + 1) = 6 runs");
        CliTestSupport.Result r = CliTestSupport.run("analyse", out.toString());
        assertEquals(0, r.code(), r.err());
        List<String> rows = Files.readAllLines(out.resolve("analysis/morris.csv"));
        assertEquals("output,factor,mu,mu_star,sigma,mu_star_replicate_min,mu_star_replicate_max", rows.get(0));
        assertTrue(rows.stream().skip(1).allMatch(l -> l.endsWith(",,")), "one replicate: no replicate range");
        assertEquals(1 + (org.icosim.metrics.Metric.values().length - 2) * 2, rows.size(), "every metric but month and date, x 2 factors");
        assertTrue(rows.contains("practices_2015-06,jobInertia,0,0,0") || rows.stream().anyMatch(l -> l.startsWith("practices_2015-06,jobInertia,")));
        String partner = rows.stream().filter(l -> l.startsWith("partnerFte_2015-06,jobInertia,")).findFirst().orElseThrow();
        double muStar = Double.parseDouble(partner.split(",")[3]);
        assertTrue(muStar > 0, "inertia changes who stays a partner within three months: " + partner);
        assertTrue(Files.size(out.resolve("analysis/morris-partnerFte_2015-06.png")) > 0);
        byte[] first = Files.readAllBytes(out.resolve("analysis/morris.csv"));
        // An earlier analysis is replaced only when asked, and then whole: no stale charts remain.
        CliTestSupport.Result again = CliTestSupport.run("analyse", out.toString(), "--outputs", "partnerFte_2015-06");
        assertEquals(2, again.code());
        assertTrue(again.err().contains("already holds an icosim analysis; expected a new folder, or add --overwrite"), again.err());
        assertEquals(0, CliTestSupport.run("analyse", out.toString(), "--outputs", "partnerFte_2015-06", "--overwrite").code());
        try (var charts = Files.list(out.resolve("analysis"))) {
            assertEquals(List.of("morris-partnerFte_2015-06.png"), charts.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".png")).toList());
        }
        List<String> one = Files.readAllLines(out.resolve("analysis/morris.csv"));
        assertEquals(List.of(rows.get(0), partner), one.subList(0, 2));
        assertEquals(0, CliTestSupport.run("analyse", out.toString(), "--overwrite").code());
        assertArrayEquals(first, Files.readAllBytes(out.resolve("analysis/morris.csv")));
    }

    @Test
    void sobolGivesFirstOrderAndTotalIndicesWithIntervals() throws IOException {
        // A year, so that the two job-choice factors have moved some GPs at every base sample.
        Path out = sweep("sobol", "{\"type\": \"sobol\", \"baseSamples\": 16}", 12);
        CliTestSupport.Result r = CliTestSupport.run("analyse", out.toString());
        assertEquals(0, r.code(), r.err());
        List<String> rows = Files.readAllLines(out.resolve("analysis/sobol.csv"));
        assertEquals("output,factor,S1,S1_low,S1_high,ST,ST_low,ST_high", rows.get(0));
        assertEquals(1 + (org.icosim.metrics.Metric.values().length - 2) * 2, rows.size(), "every metric but month and date, x 2 factors");
        // Sixteen base samples give rough estimates; what holds at any N is that each lies in its interval.
        List<String[]> estimated = rows.subList(1, rows.size()).stream().map(l -> l.split(",", -1))
                .filter(c -> !c[5].isEmpty()).toList();
        assertTrue(estimated.size() >= 2, "some outputs vary over the design in a year: " + rows);
        for (String[] cells : estimated) {
            double low = Double.parseDouble(cells[6]);
            double st = Double.parseDouble(cells[5]);
            double high = Double.parseDouble(cells[7]);
            assertTrue(low <= st && st <= high, String.join(",", cells));
            assertTrue(Files.size(out.resolve("analysis/sobol-" + cells[0] + ".png")) > 0);
        }
        // No ICO forms without an ICO policy: no variance, no index, empty cells.
        assertEquals(0, CliTestSupport.run("analyse", out.toString(), "--outputs", "trustsIco_2016-03", "--overwrite").code());
        assertEquals("trustsIco_2016-03,jobInertia,,,,,,", Files.readAllLines(out.resolve("analysis/sobol.csv")).get(1));
        CliTestSupport.Result unknown = CliTestSupport.run("analyse", out.toString(), "--outputs", "partnerFte");
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("expected summary columns of runs.csv"), unknown.err());
    }

    @Test
    void aGridIsRefusedWithAClearMessage() throws IOException {
        Path out = sweep("grid", "{\"type\": \"lhs\", \"samples\": 2}");
        CliTestSupport.Result r = CliTestSupport.run("analyse", out.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("the design is lhs; analyse computes Morris (morris) or Sobol (sobol) indices"), r.err());
    }
}
