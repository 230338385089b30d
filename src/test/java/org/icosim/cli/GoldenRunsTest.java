package org.icosim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.icosim.io.MetricsCsv;
import org.icosim.io.StrictJson;
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
        String digest = StrictJson.sha256(MetricsCsv.toCsv(sim.metrics()).getBytes(StandardCharsets.UTF_8));
        assertEquals(sha256, digest, scenario + " seed " + seed);
    }
}
