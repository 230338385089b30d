package org.icosim.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

import org.icosim.metrics.Metric;
import org.junit.jupiter.api.Test;

/** The large-scale providers' history-matching figures (ODD 8.39, LS1 and LS2) read as a targets file, dated up to 2019. */
class ProviderTargetsFileTest {

    @Test
    void theProviderFiguresAreLs1Of2017AndLs2Of2018() throws Exception {
        List<TargetsFile.Target> targets = TargetsFile.read(Path.of("models/provider-targets.csv"));
        assertEquals(2, targets.size());
        TargetsFile.Target t = targets.get(0);
        assertEquals(Metric.patientsInLargeProviders, t.metric());
        assertEquals(YearMonth.of(2017, 9), t.date());
        assertEquals(500000, t.value());
        assertEquals("LS1", t.source());
        TargetsFile.Target share = targets.get(1);
        assertEquals(Metric.practicesInProviders, share.metric());
        assertEquals(YearMonth.of(2018, 3), share.date());
        assertEquals("LS2", share.source());
        assertTrue(share.value() <= 0.05 * 7300, "at most LS2's 5% of the practices of early 2018");
        for (TargetsFile.Target x : targets) assertTrue(!x.date().isAfter(YearMonth.of(2019, 12)), x.toString());
    }
}
