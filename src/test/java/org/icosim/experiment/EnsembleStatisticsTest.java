package org.icosim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The statistics of a quantity over ensemble points times seeds, on values worked by hand. */
class EnsembleStatisticsTest {

    @Test
    void twoPointsOfTwoSeeds() {
        // Point means 2 and 6 (grand mean 4); within-point variances 2 and 2 (W = 2); the point
        // means' variance 8, less W / n = 1 for the seeds' share: parameter variance 7.
        EnsembleStatistics e = EnsembleStatistics.of(new double[][] {{1, 3}, {5, 7}});
        assertEquals(4, e.mean(), 1e-12);
        assertEquals(Math.sqrt(7), e.sdParameters(), 1e-12);
        assertEquals(Math.sqrt(2), e.sdSeeds(), 1e-12);
        assertEquals(Math.sqrt(20.0 / 3), e.sd(), 1e-12);
        // Type 7 percentiles of 1, 3, 5, 7: 1 + 0.075 x 2 and 5 + 0.925 x 2.
        assertEquals(1.15, e.low(), 1e-12);
        assertEquals(6.85, e.high(), 1e-12);
        assertEquals(2, e.points());
        assertEquals(4, e.runs());
    }

    @Test
    void pointsThatDifferLessThanSeedsWouldMakeThemHaveNoParameterSpread() {
        // Means 5 and 5: the point means vary less than seeds alone would make them; the
        // component is 0, not negative.
        EnsembleStatistics e = EnsembleStatistics.of(new double[][] {{0, 10}, {1, 9}});
        assertEquals(0, e.sdParameters(), 0.0);
        assertEquals(Math.sqrt((50 + 32) / 2.0), e.sdSeeds(), 1e-12);
    }

    @Test
    void missingValuesAreLeftOutAndOnePointHasNoParameterSpread() {
        EnsembleStatistics e = EnsembleStatistics.of(new double[][] {{1, Double.NaN}, {5, 7}});
        assertEquals((1 + 6) / 2.0, e.mean(), 1e-12, "the mean of the point means");
        assertEquals(3, e.runs());
        assertEquals(Math.sqrt(2), e.sdSeeds(), 1e-12, "only the point with two values has a variance");
        EnsembleStatistics one = EnsembleStatistics.of(new double[][] {{2, 4, 6}});
        assertTrue(Double.isNaN(one.sdParameters()));
        assertEquals(2, one.sdSeeds(), 1e-12);
        EnsembleStatistics oneSeed = EnsembleStatistics.of(new double[][] {{2}, {4}});
        assertTrue(Double.isNaN(oneSeed.sdSeeds()));
        assertEquals(Math.sqrt(2), oneSeed.sdParameters(), 1e-12, "with no seed variance, all of it is the points'");
        EnsembleStatistics none = EnsembleStatistics.of(new double[][] {{Double.NaN}});
        assertTrue(Double.isNaN(none.mean()));
        assertEquals(0, none.runs());
    }

    @Test
    void theComponentsRecoverKnownVariancesOverManyPoints() {
        // x_ji = a_j + b_ji with a_j ~ N(0, 3^2) and b_ji ~ N(0, 1): over 400 points of 5 seeds
        // the components come out near 3 and 1. With 400 points the sd of the estimate of the
        // parameter sd is about 3 / sqrt(2 x 400) = 0.11, of the seed sd about 1 / sqrt(2 x 1600)
        // = 0.018; the tolerances are four times those.
        java.util.SplittableRandom random = new java.util.SplittableRandom(7);
        double[][] values = new double[400][5];
        for (double[] point : values) {
            double a = 3 * gaussian(random);
            for (int i = 0; i < point.length; i++) point[i] = a + gaussian(random);
        }
        EnsembleStatistics e = EnsembleStatistics.of(values);
        assertEquals(3, e.sdParameters(), 0.44);
        assertEquals(1, e.sdSeeds(), 0.072);
        // 95% of runs lie within 1.96 sqrt(3^2 + 1) = 6.2 of the mean. The 400 point effects are
        // the independent draws here, so a percentile's sd is about sqrt(0.025 x 0.975 / 400) /
        // (phi(1.96) / sqrt(10)) = 0.42; the tolerance is four times that.
        assertEquals(-1.96 * Math.sqrt(10), e.low() - e.mean(), 1.7);
        assertEquals(1.96 * Math.sqrt(10), e.high() - e.mean(), 1.7);
    }

    private static double gaussian(java.util.SplittableRandom random) {
        return Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
    }
}
