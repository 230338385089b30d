package org.icosim.model;

import java.util.List;

/**
 * Where a practice's elective referrals go: shares over its referral trusts. One implementation
 * per rule so a study can swap it ({@link IcoSim#setReferralRule}).
 */
public interface ReferralRule extends java.io.Serializable {

    /**
     * Fills {@code shares} (same order as {@code trusts}, summing to 1) with the share of
     * {@code practice}'s referrals each trust receives this month.
     */
    void shares(Practice practice, List<Trust> trusts, IcoSim sim, double[] shares);
}
