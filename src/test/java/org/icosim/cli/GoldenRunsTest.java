package org.icosim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.icosim.io.MetricsCsv;
import org.icosim.metrics.Metric;
import org.icosim.io.StrictJson;
import org.icosim.model.IcoSim;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Golden runs: the SHA-256 of {@code metrics.csv} of small runs of the four shipped scenarios,
 * pinned, so that a refactoring that should not change behaviour is checked rather than hoped for.
 * A deliberate change of behaviour changes these digests in the same commit, which says why.
 * Runs of 36 months on {@code models/tiny.json} (12 practices), so the whole check takes about a second.
 * The digest covers the columns up to {@code fundGpsCum}: metrics added at the end later (the
 * contract of {@link Metric}) leave it unchanged, so a new output is not mistaken for a change of
 * behaviour; each new metric has tests of its own.
 */
class GoldenRunsTest {

    /** The columns the digests cover: {@code month} to {@code fundGpsCum}. */
    static final int GOLDEN_COLUMNS = Metric.fundGpsCum.ordinal() + 1;

    @ParameterizedTest(name = "{0}, seed {1}")
    @CsvSource({
        "status-quo, 1, a05033b0254912640f67211e6d35916cad18b16f6c4efc387d07b70a8f81d093",
        "status-quo, 2, b553ffe730adf4eea941f268d3e2476af4642ff81ccf59253a88edb57a016223",
        // The three ICO scenarios changed deliberately when their Time to Care GPs came through the
        // pipeline and their funded posts ended with the fund (timeToCareRoute PIPELINE,
        // fundedPostsEndWithFund; ODD 8.23); the status quo has no fund and did not change.
        "labour-2015-ico, 1, 64e7b8217d9f3bfa01a1fe5c98330eaf8c49e5c8ae5b83a5b6a2549d1766c88b",
        // On the tiny model no federation is large enough to lead an ICO, so the GP-led variant runs as Labour's plan.
        "gp-led-ico, 1, 64e7b8217d9f3bfa01a1fe5c98330eaf8c49e5c8ae5b83a5b6a2549d1766c88b",
        // Changed deliberately when ICO effects came to grow with coverage (icoEffectByCoverage, ODD 8.19).
        "mandated-ico, 1, 59e9adc4479389256ffa6bc0678a601d5213a332dfe1daa685f72b0643df2d44",
    })
    void metricsAreThoseOfTheGoldenRun(String scenario, long seed, String sha256) throws Exception {
        RunSetup setup = RunSetup.load(Path.of("experiments", scenario + ".json"), Path.of("models/tiny.json"), seed, 36, List.of());
        IcoSim sim = setup.newModel();
        sim.start();
        sim.runMonths(setup.months());
        String digest = StrictJson.sha256(goldenColumns(MetricsCsv.toCsv(sim.metrics())).getBytes(StandardCharsets.UTF_8));
        assertEquals(sha256, digest, scenario + " seed " + seed);
    }

    /**
     * The 2015-2025 policy world (ODD 8.26-8.38) that the shipped models switch on, over 69 months
     * (April 2015 to December 2020), so that the money year by year, indemnity, pensions, hours, the
     * locum market, the networks of July 2019 and Covid's first months all act; every column, since
     * the mechanisms have metrics of their own.
     */
    @ParameterizedTest(name = "policy world, seed {0}")
    @CsvSource({
        // Changed when the four large-scale provider metrics (ODD 8.39) were appended; they are 0 here
        // (largeScaleProviders off), and the columns before them still hash to a4dfe333...716b.
        // Changed again when the fund's three pipeline metrics (8.23) were appended: 0 here (no fund),
        // and the columns before them still hash to dfc4e346...d081.
        // Changed again when the four ICO budget metrics (8.41) were appended: 0 here (no ICO), and
        // the columns before them still hash to 2ed24fdf...8d30.
        // Changed again when the two APMS metrics (8.42) were appended: 0 here (a synthetic world has
        // no APMS practice), and the columns before them still hash to e4f79867...c9d3.
        // Changed again when the two size-band counts were appended; the columns before them still
        // hash to e2811190...84af.
        // Changed again when the five company metrics (8.43) were appended: 0 here (corporateProviders
        // off), and the columns before them still hash to 0f200179...ac90.
        // Changed again when the two vertical-integration metrics (8.44) were appended (trusts
        // running practices counts the caretakers here); the columns before them still hash to
        // c1c1ef34...e09b.
        // Changed again when the count of community-led ICOs (8.18) was appended: 0 here (no ICO),
        // and the columns before it still hash to 7c660244...b88c.
        // Changed again when the four counts of ended practices by their start list (8.25) were
        // appended; the columns before them still hash to ac5746bb...2846.
        "1, 67e644512b4e472685fdc0da729acf681926b371a7a9cdca482cecfa4591a96f",
    })
    void metricsAreThoseOfTheGoldenRunInThePolicyWorld(long seed, String sha256) throws Exception {
        RunSetup setup = RunSetup.load(Path.of("experiments/status-quo.json"), Path.of("models/tiny.json"), seed, 69, POLICY_WORLD);
        IcoSim sim = setup.newModel();
        sim.start();
        sim.runMonths(setup.months());
        String digest = StrictJson.sha256(MetricsCsv.toCsv(sim.metrics()).getBytes(StandardCharsets.UTF_8));
        assertEquals(sha256, digest, "policy world seed " + seed);
    }

    /** The switches of models/england.json, england-2015.json and one-economy.json. */
    static final List<String> POLICY_WORLD = List.of("moneyAsItHappened=true", "stateIndemnity=true", "pensionAnnualAllowance=true",
            "newToPartnershipPayment=true", "hoursAsChoice=true", "locumMarket=true", "primaryCareNetworks=true", "covid=true",
            "expenseRealGrowth=0.035");

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"models/england.json", "models/england-2015.json", "models/one-economy.json"})
    void theShippedModelsSwitchOnThePolicyWorldTheGoldenRunChecks(String model) throws Exception {
        String text = java.nio.file.Files.readString(Path.of(model));
        for (String setting : POLICY_WORLD) {
            String[] kv = setting.split("=");
            org.junit.jupiter.api.Assertions.assertTrue(text.contains("\"" + kv[0] + "\": " + kv[1]), model + " sets " + setting);
        }
    }

    /** The CSV cut to its first {@link #GOLDEN_COLUMNS} columns (no field of metrics.csv holds a comma). */
    static String goldenColumns(String csv) {
        StringBuilder out = new StringBuilder(csv.length());
        for (String line : csv.split("\n", -1)) {
            if (line.isEmpty()) continue;
            String[] fields = line.split(",", -1);
            out.append(String.join(",", java.util.Arrays.copyOf(fields, GOLDEN_COLUMNS))).append('\n');
        }
        return out.toString();
    }

    @org.junit.jupiter.api.Test
    void theCutKeepsTheGoldenColumnsAndDropsTheRest() {
        StringBuilder header = new StringBuilder();
        StringBuilder row = new StringBuilder();
        for (int i = 0; i < GOLDEN_COLUMNS + 2; i++) {
            header.append(i > 0 ? "," : "").append('c').append(i);
            row.append(i > 0 ? "," : "").append(i);
        }
        String cut = goldenColumns(header + "\n" + row + "\n");
        String[] lines = cut.split("\n");
        assertEquals(2, lines.length);
        assertEquals(GOLDEN_COLUMNS, lines[1].split(",").length);
        assertEquals(String.valueOf(GOLDEN_COLUMNS - 1), lines[1].substring(lines[1].lastIndexOf(',') + 1));
    }
}
