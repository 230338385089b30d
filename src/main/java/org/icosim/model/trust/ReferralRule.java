package org.icosim.model.trust;

import java.util.List;

import org.icosim.model.parameters.ParameterValues;
import org.icosim.model.world.Practice;
import org.icosim.model.world.Trust;

/**
 * A rule for where a practice's elective referrals go (ODD 8.16): shares over its referral trusts.
 * A rule must not change the practice, the trusts or the world, and draws no random numbers.
 * Implementations are selected by name in an experiment file's {@code "rules"}
 * ({@link org.icosim.model.rules.Rules}).
 */
public interface ReferralRule extends java.io.Serializable {

    /** What a referral rule may read besides the practice and its trusts. */
    interface Context {
        ParameterValues parameters();
    }

    /**
     * Fills {@code shares} (same order as {@code trusts}, summing to 1) with the share of
     * {@code practice}'s referrals each trust receives this month.
     */
    void shares(Practice practice, List<Trust> trusts, Context context, double[] shares);
}
