package org.icosim.experiment.design;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class LatinHypercubeTest {

    @Test
    void everyStratumOfEveryDimensionHoldsOneSample() {
        double[][] points = LatinHypercube.sample(50, 3, new SplitMix64(8));
        for (int j = 0; j < 3; j++) {
            int[] perStratum = new int[50];
            for (double[] p : points) perStratum[(int) (p[j] * 50)]++;
            for (int count : perStratum) assertEquals(1, count);
        }
    }

    @Test
    void theSameSeedGivesTheSameDesign() {
        double[][] one = LatinHypercube.sample(10, 2, new SplitMix64(8));
        double[][] two = LatinHypercube.sample(10, 2, new SplitMix64(8));
        for (int i = 0; i < 10; i++) assertArrayEquals(one[i], two[i], 0.0);
        assertThrows(IllegalArgumentException.class, () -> LatinHypercube.sample(0, 2, new SplitMix64(1)));
    }

    @Test
    void splitMixMatchesItsPublishedFirstOutputs() {
        // SplitMix64 seeded with 0: the reference outputs of Vigna's splitmix64.c (prng.di.unimi.it).
        SplitMix64 rng = new SplitMix64(0);
        assertEquals(0xe220a8397b1dcdafL, rng.nextLong());
        assertEquals(0x6e789e6aa1b965f4L, rng.nextLong());
    }

    @Test
    void aGridVisitsEveryCombinationWithTheFirstFactorSlowest() {
        GridDesign grid = new GridDesign(new int[] {2, 3});
        assertEquals(6, grid.points());
        assertArrayEquals(new int[] {0, 0}, grid.levelsAt(0));
        assertArrayEquals(new int[] {0, 2}, grid.levelsAt(2));
        assertArrayEquals(new int[] {1, 0}, grid.levelsAt(3));
        assertArrayEquals(new int[] {1, 2}, grid.levelsAt(5));
    }
}
