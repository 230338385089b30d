package org.icosim.model.trust;

import java.util.Arrays;
import java.util.List;

import org.icosim.model.world.Practice;
import org.icosim.model.world.Trust;

/**
 * Every elective referral to the practice's nearest referral trust (its first REFERS_TO tie): the
 * rule with no patient choice and no response to waiting, against which the effect of choice in
 * {@link DistanceAndWaitReferrals} can be judged (an alternative, not the default).
 */
public final class NearestTrustReferrals implements ReferralRule {

    private static final long serialVersionUID = 1L;

    @Override
    public void shares(Practice practice, List<Trust> trusts, Context context, double[] shares) {
        Arrays.fill(shares, 0, trusts.size(), 0);
        if (!trusts.isEmpty()) shares[0] = 1;
    }
}
