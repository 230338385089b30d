package org.icosim.model.trust;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.icosim.model.WorldKit;
import org.icosim.model.parameters.Parameters;
import org.icosim.model.world.Economy;
import org.icosim.model.world.Practice;
import org.icosim.model.world.Trust;
import org.icosim.model.world.TrustKind;
import org.junit.jupiter.api.Test;

/** Referral shares by a logit over distance and load (ODD 8.16), worked by hand. */
class DistanceAndWaitReferralsTest {

    private final WorldKit kit = new WorldKit(new Parameters());
    private final Economy e = kit.economy();
    private final Practice p = kit.practice(e, 0, 0);
    private final ReferralRule.Context context = () -> kit.params;

    private double[] shares(List<Trust> trusts) {
        double[] s = new double[trusts.size()];
        new DistanceAndWaitReferrals().shares(p, trusts, context, s);
        return s;
    }

    /** A trust whose last 12 months of referrals run at {@code load} times its start level. */
    private Trust withLoad(double x, double load) {
        Trust t = kit.trust(e, x, 0, TrustKind.ACUTE);
        t.setBaselines(0, 1200);
        t.addReferrals(100 * load);
        t.recordReferralMonth(0); // 100 x load a month = 1,200 x load a year
        return t;
    }

    @Test
    void eachTenKilometresCostsOneUnitOfUtility() {
        // Weight 0.1 a km: utilities 0, -1, -2; shares 1, e^-1, e^-2 over 1 + e^-1 + e^-2 = 1.503215.
        double[] s = shares(List.of(withLoad(0, 1), withLoad(10, 1), withLoad(20, 1)));
        assertArrayEquals(new double[] {0.665240955775, 0.244728471055, 0.090030573170}, s, 1e-12);
    }

    @Test
    void aTrustHalfAgainAsBusyAsAtTheStartLosesOneUnitOfUtility() {
        // Wait weight 2 x (1.5 - 1) = 1: shares 1 / (1 + e^-1) and e^-1 / (1 + e^-1).
        double[] s = shares(List.of(withLoad(5, 1), withLoad(5, 1.5)));
        assertArrayEquals(new double[] {0.731058578630, 0.268941421370}, s, 1e-12);
        // A trust at half its start level gains the same unit.
        assertArrayEquals(new double[] {0.268941421370, 0.731058578630}, shares(List.of(withLoad(5, 1), withLoad(5, 0.5))), 1e-12);
    }

    @Test
    void distanceAndLoadCanCancel() {
        // 10 km nearer (+1) but half again as busy (-1): equal shares.
        assertArrayEquals(new double[] {0.5, 0.5}, shares(List.of(withLoad(0, 1.5), withLoad(10, 1))), 1e-12);
    }

    @Test
    void farTrustsStillGetFiniteSharesThatSumToOne() {
        // exp(-1000) underflows; the shares are computed relative to the best trust.
        double[] s = shares(List.of(withLoad(10000, 1), withLoad(10010, 1)));
        assertArrayEquals(new double[] {0.731058578630, 0.268941421370}, s, 1e-12);
    }

    @Test
    void withoutWeightsTheSharesAreEqualAndOneTrustTakesAll() {
        kit.params.set(Parameters.DISTANCE_WEIGHT, 0).set(Parameters.WAIT_WEIGHT, 0);
        assertArrayEquals(new double[] {1.0 / 3, 1.0 / 3, 1.0 / 3}, shares(List.of(withLoad(0, 1), withLoad(9, 2), withLoad(40, 0.1))), 1e-15);
        kit.params.set(Parameters.DISTANCE_WEIGHT, 0.1).set(Parameters.WAIT_WEIGHT, 2);
        assertEquals(1, shares(List.of(withLoad(50, 3)))[0], 0.0);
    }
}
