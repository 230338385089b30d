package org.icosim.model;

import java.util.List;

/**
 * Referral shares by a logit over distance and waiting time (MODEL.md section 6, "Referrals"):
 * a trust's attraction is exp(-d_w distance_km - w_w (load - 1)), where load is the trust's
 * referrals of the last 12 months over its start level (a proxy for its waiting list).
 */
public final class DistanceAndWaitReferrals implements ReferralRule {

    @Override
    public void shares(Practice practice, List<Trust> trusts, IcoSim sim, double[] shares) {
        double distanceWeight = sim.params.get(Parameters.DISTANCE_WEIGHT);
        double waitWeight = sim.params.get(Parameters.WAIT_WEIGHT);
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
