package org.icosim.model.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.icosim.model.WorldKit;
import org.icosim.model.ico.IcoFormationRule;
import org.icosim.model.parameters.Parameter;
import org.icosim.model.parameters.ParameterValues;
import org.icosim.model.parameters.Parameters;
import org.icosim.model.world.Economy;
import org.icosim.model.world.IcoStatus;
import org.icosim.model.world.Leadership;
import org.icosim.model.world.Trust;
import org.icosim.model.world.TrustKind;
import org.junit.jupiter.api.Test;

import ec.util.MersenneTwisterFast;

/**
 * What every ICO-formation rule of the catalogue must do (ODD 8.18): a probability in [0, 1]
 * (never NaN) for any trust and context, 0 when the policy does not push, and no change to the
 * trusts. The ICO parameters are drawn inside their ranges but off their bounds: at the bounds
 * the diffusion rule can give NaN (see DiffusionIcoFormationTest).
 */
class IcoFormationRuleContractTest {

    private static final class RandomContext implements IcoFormationRule.Context {
        final Parameters params = new Parameters();
        double push;
        boolean mandated;
        double support;
        double gpLedSupport;
        double income;
        List<Trust> trusts = new ArrayList<>();

        @Override public ParameterValues parameters() { return params; }
        @Override public double pushLevel() { return push; }
        @Override public boolean mandated() { return mandated; }
        @Override public List<Trust> trusts() { return trusts; }
        @Override public double gpSupport(Trust t, Leadership l) { return l == Leadership.GP_LED ? gpLedSupport : support; }
        @Override public double potentialYearOfCareIncome(Trust t) { return income; }
    }

    private static double inside(Parameter p, MersenneTwisterFast r) {
        return p.min() + (p.max() - p.min()) * (0.001 + 0.998 * r.nextDouble());
    }

    @Test
    void aProbabilityZeroWithoutPushAndNoChangeToTheTrusts() {
        MersenneTwisterFast r = new MersenneTwisterFast(18);
        for (String name : Rules.ICO_FORMATION.names()) {
            IcoFormationRule rule = Rules.ICO_FORMATION.create(name);
            for (int trial = 0; trial < 500; trial++) {
                WorldKit kit = new WorldKit(new Parameters());
                Economy home = kit.economy();
                Economy away = kit.economy();
                RandomContext c = new RandomContext();
                for (Parameter p : Parameters.all()) {
                    if (p.group().equals("ico") && p.kind() == Parameter.Kind.REAL) c.params.set(p, inside(p, r));
                }
                for (int k = 0; k < 6; k++) {
                    Trust t = kit.trust(r.nextBoolean() ? home : away, 0, k, r.nextInt(4) == 0 ? TrustKind.COMMUNITY : TrustKind.ACUTE);
                    int status = r.nextInt(3);
                    if (status > 0) t.startForming(0, Leadership.HOSPITAL_LED, null);
                    if (status > 1) t.startOperating(0);
                    c.trusts.add(t);
                }
                Trust trust = kit.trust(home, 5, 5, r.nextInt(4) == 0 ? TrustKind.COMMUNITY : TrustKind.ACUTE);
                c.trusts.add(trust);
                int costs = r.nextInt(3);
                if (costs > 0) trust.setBaselines(costs == 1 ? 0 : 1e5 + 1e9 * r.nextDouble(), 0);
                trust.addToBalance(2e9 * (r.nextDouble() - 0.5));
                c.support = r.nextDouble();
                c.gpLedSupport = r.nextDouble();
                c.income = r.nextBoolean() ? 0 : 1e10 * r.nextDouble();
                c.push = new double[] {0, c.params.get(Parameters.VOLUNTARY_PUSH), 1}[r.nextInt(3)];
                c.mandated = c.push == 1 && r.nextBoolean();
                double balance = trust.balance();
                double costBase = trust.costBase();
                for (Leadership l : Leadership.values()) {
                    double p = rule.formationProbability(trust, l, c);
                    assertTrue(p >= 0 && p <= 1, name + ": probability " + p);
                    if (c.push == 0) assertEquals(0, p, name + ": no push, no ICO");
                }
                assertEquals(IcoStatus.NONE, trust.icoStatus(), name + " changed the trust");
                assertEquals(balance, trust.balance(), 0.0);
                assertEquals(Double.doubleToLongBits(costBase), Double.doubleToLongBits(trust.costBase()));
            }
        }
    }
}
