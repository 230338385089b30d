package org.icosim.model.england;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

/** ODD 6: the census FTE turned into head counts of partners and salaried GPs. */
class GpSplitTest {

    private static PracticeSite site(String code, int patients, double fte) {
        return new PracticeSite(code, code, "C01", 52, -1, "GMS", false, patients, fte, -1);
    }

    @Test
    void aPracticeWithoutCensusFteGetsTheCountedPracticesFtePerPatient() {
        List<PracticeSite> sites = List.of(site("A", 5000, 3.3), site("B", 2005, 0.8), site("C", 9000, Double.NaN),
                site("D", 12000, 8.0), site("E", 1000, 0));
        double[] fte = GpSplit.fte(sites, 99);
        double perPatient = 12.1 / 19005;
        assertArrayEquals(new double[] {3.3, 0.8, 9000 * perPatient, 8.0, 1000 * perPatient}, fte, 1e-12);
        // Nobody counted: the fallback rate.
        assertArrayEquals(new double[] {2}, GpSplit.fte(List.of(site("F", 4000, Double.NaN)), 0.0005), 1e-12);
    }

    @Test
    void headCountsAreTheFteOverTheMeanFteRoundedAtLeastOne() {
        assertArrayEquals(new int[] {4, 1, 1, 7, 10}, GpSplit.headcounts(new double[] {3.3, 0.8, 0.1, 5.73, 8.0}, 0.825));
        assertArrayEquals(new int[] {1, 2}, GpSplit.headcounts(new double[] {0.74, 1.24}, 0.825));
        assertThrows(IllegalArgumentException.class, () -> GpSplit.headcounts(new double[] {1}, 0));
    }

    @Test
    void everyPracticeHasAPartnerAndASingleHandedOneIsPartnerLed() {
        assertEquals(1, GpSplit.partners(1, 0));
        assertEquals(1, GpSplit.partners(1, 0.7));
        assertEquals(1, GpSplit.partners(3, 0.1));
        assertEquals(3, GpSplit.partners(3, 1));
        assertEquals(7, GpSplit.partners(10, 0.65));
        assertEquals(6, GpSplit.partners(10, 0.64));
        assertThrows(IllegalArgumentException.class, () -> GpSplit.partners(0, 0.5));
    }

    /**
     * Three practices of 2 GPs and one of 10, half of the 16 GPs partners: one partner each in the
     * small ones leaves 5 of the 10 as partners; with at least two partners wherever two GPs work
     * (minPartners 2), the small ones are partnerships of two and the large one has 2 partners and
     * 8 salaried GPs: the share is kept and the salaried GPs move to the large practice.
     */
    @Test
    void withAtLeastTwoPartnersSmallPracticesArePartnershipsAndTheSalariedGpsWorkInLargeOnes() {
        int[] h = {2, 2, 2, 10};
        double one = GpSplit.factor(h, 0.5, 1);
        assertEquals(0.45, one, 1e-9);
        assertEquals(1, GpSplit.partners(2, one, 1));
        assertEquals(5, GpSplit.partners(10, one, 1));
        double two = GpSplit.factor(h, 0.5, 2);
        assertEquals(0, two, "the two partners every practice has already make 8");
        assertEquals(2, GpSplit.partners(2, two, 2));
        assertEquals(2, GpSplit.partners(10, two, 2));
        assertEquals(8, GpSplit.totalPartners(h, two, 2));
        assertEquals(1, GpSplit.partners(1, 0, 2), "a single-hander has its one partner");
        assertEquals(2, GpSplit.partners(3, 0, 2));
        assertEquals(GpSplit.partners(7, 0.65), GpSplit.partners(7, 0.65, 1), "minPartners 1 is the rule without it");
        assertThrows(IllegalArgumentException.class, () -> GpSplit.partners(3, 0.5, 0));
    }

    /**
     * Head counts 4, 1, 7, 10 (22 GPs) at the national share 0.7046 need 15.5 partners, so 16: q =
     * 0.65 gives 3, 1, 5, 7 (the 10-GP practice rounds 6.5 up), and any smaller q fewer.
     */
    @Test
    void theFactorIsTheSmallestThatReachesTheNationalShare() {
        int[] h = {4, 1, 7, 10};
        double share = 5560.0 / (2331 + 5560);
        double q = GpSplit.factor(h, share);
        assertEquals(0.65, q, 1e-9);
        assertEquals(16, GpSplit.totalPartners(h, q));
        assertEquals(15, GpSplit.totalPartners(h, q - 1e-6));
        // Every practice single-handed: the one partner each already exceeds any share.
        assertEquals(0, GpSplit.factor(new int[] {1, 1, 1}, 0.5));
        assertEquals(0.95, GpSplit.factor(h, 1), 1e-9, "every practice all partners from 0.95 (9.5 rounds to 10)");
        assertThrows(IllegalArgumentException.class, () -> GpSplit.factor(h, 1.5));
    }

    @Test
    void withSomePracticesPartnerlessTheOthersCarryThePartnerShareOfAllGps() {
        int[] h = {4, 1, 7, 10};
        // 0.705 of all 22 GPs is 15.5; without the third practice the others have 15 GPs, so all of them are partners.
        double q = GpSplit.factorWithout(h, 0.705, new boolean[] {false, false, true, false});
        assertEquals(15, GpSplit.partners(4, q) + GpSplit.partners(1, q) + GpSplit.partners(10, q));
        // Half of all 22 is 11, which the 15 GPs of the others reach at the smallest q giving 11 partners among {4, 1, 10}.
        double half = GpSplit.factorWithout(h, 0.5, new boolean[] {false, false, true, false});
        assertEquals(11, GpSplit.partners(4, half) + GpSplit.partners(1, half) + GpSplit.partners(10, half));
        assertEquals(10, GpSplit.partners(4, half - 1e-9) + GpSplit.partners(1, half - 1e-9)
                + GpSplit.partners(10, half - 1e-9), "the smallest such q (to the bisection's 1e-12)");
        assertEquals(GpSplit.factor(h, 0.705), GpSplit.factorWithout(h, 0.705, new boolean[4]), "none without: as factor");
        assertEquals(0, GpSplit.factorWithout(new int[] {3}, 0.7, new boolean[] {true}), "nobody left to carry them");
    }
}
