package org.icosim.model.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.icosim.model.WorldKit;
import org.icosim.model.parameters.Parameter;
import org.icosim.model.parameters.Parameters;
import org.icosim.model.trust.ReferralRule;
import org.icosim.model.world.Economy;
import org.icosim.model.world.Practice;
import org.icosim.model.world.Trust;
import org.icosim.model.world.TrustKind;
import org.junit.jupiter.api.Test;

import ec.util.MersenneTwisterFast;

/**
 * What every referral rule of the catalogue must do (ODD 8.16): shares in [0, 1] summing to 1 over
 * the practice's 1, 2, 3 or more referral trusts, whatever the distances, loads and weights, and no
 * change to the practice or the trusts.
 */
class ReferralRuleContractTest {

    /** A value of {@code p} in its range: the bounds, the default or a uniform draw. */
    static double anyValue(Parameter p, MersenneTwisterFast r) {
        switch (r.nextInt(4)) {
            case 0: return p.min();
            case 1: return p.max();
            case 2: return p.defaultValue();
            default: return p.min() + (p.max() - p.min()) * r.nextDouble();
        }
    }

    @Test
    void sharesAreProbabilitiesThatSumToOneAndNothingChanges() {
        MersenneTwisterFast r = new MersenneTwisterFast(20150401L);
        for (String name : Rules.REFERRALS.names()) {
            ReferralRule rule = Rules.REFERRALS.create(name);
            for (int trial = 0; trial < 300; trial++) {
                WorldKit kit = new WorldKit(new Parameters().set(Parameters.DISTANCE_WEIGHT, anyValue(Parameters.DISTANCE_WEIGHT, r))
                        .set(Parameters.WAIT_WEIGHT, anyValue(Parameters.WAIT_WEIGHT, r)));
                Economy e = kit.economy();
                Practice p = kit.practice(e, 100 * r.nextDouble(), 100 * r.nextDouble());
                int n = 1 + trial % 5;
                List<Trust> trusts = new ArrayList<>();
                for (int k = 0; k < n; k++) {
                    Trust t = kit.trust(e, 1000 * r.nextDouble(), 1000 * r.nextDouble(), TrustKind.ACUTE);
                    t.setBaselines(1e6, 1 + 1000 * r.nextDouble());
                    t.addReferrals(r.nextBoolean() ? 0 : 10000 * r.nextDouble());
                    t.recordReferralMonth(0);
                    trusts.add(t);
                }
                double[] loads = new double[n];
                for (int k = 0; k < n; k++) loads[k] = trusts.get(k).referralLoad();
                double[] shares = new double[n];
                ReferralRule.Context context = () -> kit.params;
                rule.shares(p, trusts, context, shares);
                double sum = 0;
                for (double s : shares) {
                    assertTrue(s >= 0 && s <= 1, name + ": share " + s);
                    sum += s;
                }
                assertEquals(1, sum, 1e-12, name + ", " + n + " trusts");
                for (int k = 0; k < n; k++) {
                    Trust t = trusts.get(k);
                    assertEquals(loads[k], t.referralLoad(), 0.0, name + " changed a trust");
                    assertEquals(0, t.balance(), name + " changed a trust");
                }
                assertEquals(0, p.listAgents());
            }
        }
    }
}
