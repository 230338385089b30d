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

    /** Scratch: the attraction of each trust (reused, so a month's referrals allocate nothing). */
    private double[] values = new double[4];

    @Override
    public void shares(Practice practice, List<Trust> trusts, Context context, double[] shares) {
        double distanceWeight = context.parameters().get(Parameters.DISTANCE_WEIGHT);
        double waitWeight = context.parameters().get(Parameters.WAIT_WEIGHT);
        double sum = 0;
        if (values.length < trusts.size()) values = new double[trusts.size()];
        double[] v = values;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < trusts.size(); i++) {
            Trust t = trusts.get(i);
            v[i] = -distanceWeight * t.distanceTo(practice.x(), practice.y()) - waitWeight * (t.referralLoad() - 1);
            max = Math.max(max, v[i]);
        }
        for (int i = 0; i < trusts.size(); i++) sum += shares[i] = StrictMath.exp(v[i] - max);
        for (int i = 0; i < trusts.size(); i++) shares[i] /= sum;
    }
}
