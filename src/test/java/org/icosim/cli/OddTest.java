package org.icosim.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.icosim.metrics.Metric;
import org.junit.jupiter.api.Test;

/** The ODD is kept true to the code: its parameter table is the catalogue, and it defines every metric. */
class OddTest {

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
}
