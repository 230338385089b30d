package org.icosim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The initial distributions are the ones the ODD states. */
class WorldBuilderTest {

    @Test
    void logNormalListSizesHaveTheGivenMeanAndShareUnder5000() {
        double[] d = WorldBuilder.listSizeDistribution(7294, 0.36);
        double mean = Math.exp(d[0] + d[1] * d[1] / 2);
        assertEquals(7294, mean, 1e-6);
        double z = (Math.log(5000) - d[0]) / d[1];
        assertEquals(-WorldBuilder.inverseNormal(1 - 0.36), z, 1e-9);
        assertEquals(0.36, normalCdf(z), 1e-5);
    }

    @Test
    void inverseNormalMatchesKnownQuantiles() {
        assertEquals(0, WorldBuilder.inverseNormal(0.5), 1e-9);
        assertEquals(1.959963985, WorldBuilder.inverseNormal(0.975), 1e-8);
        assertEquals(-2.326347874, WorldBuilder.inverseNormal(0.01), 1e-8);
    }

    private static double normalCdf(double z) {
        // Abramowitz and Stegun 7.1.26 is too coarse; integrate numerically instead.
        double sum = 0;
        double step = 1e-4;
        for (double x = -10; x < z; x += step) sum += Math.exp(-x * x / 2) * step;
        return sum / Math.sqrt(2 * Math.PI);
    }
}
