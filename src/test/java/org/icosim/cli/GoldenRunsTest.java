package org.icosim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.icosim.io.MetricsCsv;
import org.icosim.io.StrictJson;
import org.icosim.metrics.Metric;
import org.icosim.model.IcoSim;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Golden runs: the SHA-256 of {@code metrics.csv} of small runs of the four shipped scenarios,
 * pinned, so that a refactoring that should not change behaviour is checked rather than hoped for.
 * A deliberate change of behaviour changes these digests in the same commit, which says why.
 * Runs of 36 months on {@code models/tiny.json} (12 practices), so the whole check takes about a second.
 */
class GoldenRunsTest {

    @ParameterizedTest(name = "{0}, seed {1}")
    @CsvSource({
        "status-quo, 1, a05033b0254912640f67211e6d35916cad18b16f6c4efc387d07b70a8f81d093",
        "status-quo, 2, b553ffe730adf4eea941f268d3e2476af4642ff81ccf59253a88edb57a016223",
        "labour-2015-ico, 1, 718e2467d254a0cdb993975af9c9fc83c8ecdafd23313217dd5ae7c90e728598",
        // On the tiny model no federation is large enough to lead an ICO, so the GP-led variant runs as Labour's plan.
        "gp-led-ico, 1, 718e2467d254a0cdb993975af9c9fc83c8ecdafd23313217dd5ae7c90e728598",
        // Changed deliberately when ICO effects came to grow with coverage (icoEffectByCoverage, ODD 8.19).
        "mandated-ico, 1, 2cb3aaf682f5bc54350c03b8571e0a2d889a2bba4f2c94b7cacf705db395a026",
    })
    void metricsAreThoseOfTheGoldenRun(String scenario, long seed, String sha256) throws Exception {
        RunSetup setup = RunSetup.load(Path.of("experiments", scenario + ".json"), Path.of("models/tiny.json"), seed, 36, List.of());
        IcoSim sim = setup.newModel();
        sim.start();
        sim.runMonths(setup.months());
        String digest = StrictJson.sha256(pinnedColumns(MetricsCsv.toCsv(sim.metrics())).getBytes(StandardCharsets.UTF_8));
        assertEquals(sha256, digest, scenario + " seed " + seed);
    }

    /**
     * The digests were pinned over the columns up to {@link Metric#fundGpsCum}; a metric added
     * later is a new column, not a change of behaviour, so the digests cover the pinned columns
     * only (the new metrics are checked by their own tests). No cell of metrics.csv holds a comma.
     */
    static String pinnedColumns(String csv) {
        int keep = Metric.fundGpsCum.ordinal() + 1;
        StringBuilder out = new StringBuilder(csv.length());
        for (String line : csv.split("\n", -1)) {
            if (line.isEmpty()) continue;
            String[] cells = line.split(",", -1);
            out.append(String.join(",", java.util.Arrays.copyOf(cells, keep))).append('\n');
        }
        return out.toString();
    }
}
