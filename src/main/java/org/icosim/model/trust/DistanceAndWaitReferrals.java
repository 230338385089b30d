package org.icosim.model.trust;

import java.util.List;

import org.icosim.model.parameters.Parameters;
import org.icosim.model.world.Practice;
import org.icosim.model.world.Trust;

/**
 * Referral shares by a logit over distance and waiting time (ODD 8.16):
 * a trust's attraction is exp(-d_w distance_km - w_w (load - 1)), where load is the trust's
 * referrals of the last 12 months over its start level (a proxy for its waiting list).
 */
public final class DistanceAndWaitReferrals implements ReferralRule {

    private static final long serialVersionUID = 1L;

    @Override
    public void shares(Practice practice, List<Trust> trusts, Context context, double[] shares) {
        double distanceWeight = context.parameters().get(Parameters.DISTANCE_WEIGHT);
        double waitWeight = context.parameters().get(Parameters.WAIT_WEIGHT);
        double sum = 0;
        double[] v = new double[trusts.size()];
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < v.length; i++) {
            Trust t = trusts.get(i);
            v[i] = -distanceWeight * t.distanceTo(practice.x(), practice.y()) - waitWeight * (t.referralLoad() - 1);
            max = Math.max(max, v[i]);
        }
        for (int i = 0; i < v.length; i++) sum += shares[i] = StrictMath.exp(v[i] - max);
        for (int i = 0; i < v.length; i++) shares[i] /= sum;
    }
}
