package org.icosim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Statistics over seeds, on values whose answers are known by hand. */
class ReplicateStatisticsTest {

    @Test
    void meanSampleSdMinAndMaxAreExact() {
        // Mean 5; squared deviations 9+1+1+1+0+0+4+16 = 32; sample variance 32 / 7.
        ReplicateStatistics s = ReplicateStatistics.of(new double[] {2, 4, 4, 4, 5, 5, 7, 9});
        assertEquals(5.0, s.mean(), 0.0);
        assertEquals(Math.sqrt(32.0 / 7), s.sd(), 0.0);
        assertEquals(2.0, s.min(), 0.0);
        assertEquals(9.0, s.max(), 0.0);
        assertEquals(8, s.count());
    }

    @Test
    void aSeedWithNoValueIsLeftOutAndCounted() {
        ReplicateStatistics s = ReplicateStatistics.of(new double[] {1, Double.NaN, 3});
        assertEquals(2.0, s.mean(), 0.0);
        assertEquals(Math.sqrt(2.0), s.sd(), 0.0);
        assertEquals(1.0, s.min(), 0.0);
        assertEquals(3.0, s.max(), 0.0);
        assertEquals(2, s.count());
    }

    @Test
    void oneSeedHasNoSpreadAndNoSeedHasNoValue() {
        ReplicateStatistics one = ReplicateStatistics.of(new double[] {0.25});
        assertEquals(0.25, one.mean(), 0.0);
        assertTrue(Double.isNaN(one.sd()), "a sample sd needs two values");
        assertEquals(1, one.count());
        ReplicateStatistics none = ReplicateStatistics.of(new double[] {Double.NaN, Double.NaN});
        assertTrue(Double.isNaN(none.mean()) && Double.isNaN(none.min()) && Double.isNaN(none.max()));
        assertEquals(0, none.count());
    }
}
