package org.icosim.model.trust;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.List;

import org.icosim.model.WorldKit;
import org.icosim.model.parameters.Parameters;
import org.icosim.model.world.Economy;
import org.icosim.model.world.Practice;
import org.icosim.model.world.Trust;
import org.icosim.model.world.TrustKind;
import org.junit.jupiter.api.Test;

/** Every referral to the first referral trust, whatever the distances and loads. */
class NearestTrustReferralsTest {

    private final WorldKit kit = new WorldKit(new Parameters());
    private final Economy e = kit.economy();
    private final Practice p = kit.practice(e, 0, 0);
    private final ReferralRule.Context context = () -> kit.params;

    @Test
    void theFirstTrustGetsEverythingEvenWhenAnotherIsNearer() {
        Trust far = kit.trust(e, 40, 0, TrustKind.ACUTE);
        Trust near = kit.trust(e, 1, 0, TrustKind.ACUTE);
        Trust mid = kit.trust(e, 5, 0, TrustKind.ACUTE);
        double[] s = {7, 7, 7, 7};
        new NearestTrustReferrals().shares(p, List.of(far, near, mid), context, s);
        assertArrayEquals(new double[] {1, 0, 0, 7}, s, "only the trusts' own entries are written");
        double[] one = {0};
        new NearestTrustReferrals().shares(p, List.of(near), context, one);
        assertArrayEquals(new double[] {1}, one);
        double[] none = {7};
        new NearestTrustReferrals().shares(p, List.of(), context, none);
        assertArrayEquals(new double[] {7}, none, "no trusts, nothing to share");
    }
}
