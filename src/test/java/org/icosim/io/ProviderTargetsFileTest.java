package org.icosim.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

import org.icosim.metrics.Metric;
import org.junit.jupiter.api.Test;

/** The large-scale providers' history-matching figure (ODD 8.39, LS1) reads as a targets file, dated up to 2019. */
class ProviderTargetsFileTest {

    @Test
    void theProviderFigureIsLs1Of2017() throws Exception {
        List<TargetsFile.Target> targets = TargetsFile.read(Path.of("models/provider-targets.csv"));
        assertEquals(1, targets.size());
        TargetsFile.Target t = targets.get(0);
        assertEquals(Metric.patientsInLargeProviders, t.metric());
        assertEquals(YearMonth.of(2017, 9), t.date());
        assertEquals(500000, t.value());
        assertEquals("LS1", t.source());
        for (TargetsFile.Target x : targets) assertTrue(!x.date().isAfter(YearMonth.of(2019, 12)), x.toString());
    }
}
