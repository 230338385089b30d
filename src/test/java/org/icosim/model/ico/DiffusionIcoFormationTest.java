package org.icosim.model.ico;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.icosim.model.WorldKit;
import org.icosim.model.parameters.ParameterValues;
import org.icosim.model.parameters.Parameters;
import org.icosim.model.world.Economy;
import org.icosim.model.world.Leadership;
import org.icosim.model.world.Trust;
import org.icosim.model.world.TrustKind;
import org.junit.jupiter.api.Test;

/** The Bass diffusion hazard of ODD 8.18, worked by hand over a context the test fixes. */
class DiffusionIcoFormationTest {

    /** A context whose every answer the test sets. */
    static final class FixedContext implements IcoFormationRule.Context {
        final Parameters params = new Parameters();
        double push = 1;
        boolean mandated;
        double support = 0.5;
        double gpLedSupport = 0.5;
        double potentialIncome;
        List<Trust> trusts = List.of();

        @Override public ParameterValues parameters() { return params; }
        @Override public double pushLevel() { return push; }
        @Override public boolean mandated() { return mandated; }
        @Override public List<Trust> trusts() { return trusts; }
        @Override public double gpSupport(Trust trust, Leadership leadership) {
            return leadership == Leadership.GP_LED ? gpLedSupport : support;
        }
        @Override public double potentialYearOfCareIncome(Trust trust) { return potentialIncome; }
    }

    private final WorldKit kit = new WorldKit(new Parameters());
    private final Economy home = kit.economy();
    private final Economy away = kit.economy();
    private final Trust trust = kit.trust(home, 0, 0, TrustKind.ACUTE);
    private final FixedContext c = new FixedContext();
    private final DiffusionIcoFormation rule = new DiffusionIcoFormation();

    private double p(Leadership leadership) {
        return rule.formationProbability(trust, leadership, c);
    }

    private static Trust operating(Trust t) {
        t.startForming(0, Leadership.HOSPITAL_LED, null);
        t.startOperating(0);
        return t;
    }

    @Test
    void withReadinessOneAndNoPeersAStrongPushGivesTheInnovationRate() {
        c.trusts = List.of(trust);
        // Support 1/2, no gain, no deficit: readiness exp(0) = 1; rate = 1 x (0.1 + 0) x 1.
        assertEquals(0.095162581964, p(Leadership.HOSPITAL_LED), 1e-12); // 1 - exp(-0.1)
    }

    @Test
    void peersSupportIncomeAndDeficitEnterAsTheOddStates() {
        Trust localIco = operating(kit.trust(home, 5, 0, TrustKind.ACUTE));
        Trust local = kit.trust(home, 9, 0, TrustKind.ACUTE);
        Trust communityIco = operating(kit.trust(home, 1, 0, TrustKind.COMMUNITY)); // not a peer: not acute
        Trust remote = kit.trust(away, 50, 0, TrustKind.ACUTE);
        Trust remoteForming = kit.trust(away, 60, 0, TrustKind.ACUTE);
        remoteForming.startForming(0, Leadership.HOSPITAL_LED, null); // forming ICOs are not peers yet
        c.trusts = List.of(trust, localIco, local, communityIco, remote, remoteForming);
        trust.setBaselines(1e6, 0);
        trust.addToBalance(-1e5);
        c.support = 0.75;
        c.potentialIncome = 3e5;
        // local peers 1 of 2, national 1 of 4: peers (0.5 + 0.25) / 2 = 0.375.
        // readiness = exp(2 x (0.75 - 0.5) + 3 x 3e5/1e6 - 3 x 1e5/1e6) = exp(1.1) = 3.004166.
        // rate = 1 x (0.1 + 0.6 x 0.375) x 3.004166 = 0.976354; P = 1 - exp(-0.976354).
        assertEquals(0.623318003381, p(Leadership.HOSPITAL_LED), 1e-12);
        c.push = 0.3; // a voluntary push scales the rate
        assertEquals(0.253907869695, p(Leadership.HOSPITAL_LED), 1e-12);
        c.push = 1;
        trust.addToBalance(2e5); // in surplus: no deficit term; readiness exp(1.4)
        assertEquals(1 - Math.exp(-0.325 * Math.exp(1.4)), p(Leadership.HOSPITAL_LED), 1e-12);
    }

    @Test
    void theSupportAsLedCountsSoAGpLedIcoCanBeReadier() {
        c.trusts = List.of(trust);
        c.gpLedSupport = 1;
        // exp(2 x 0.5) = e: rate 0.1 e.
        assertEquals(1 - Math.exp(-0.1 * Math.E), p(Leadership.GP_LED), 1e-12);
        assertEquals(0.095162581964, p(Leadership.HOSPITAL_LED), 1e-12);
    }

    @Test
    void withoutRunningCostsNeitherGainNorDeficitCount() {
        c.trusts = List.of(trust);
        c.potentialIncome = 1e9;
        trust.addToBalance(-1e9);
        assertEquals(0.095162581964, p(Leadership.HOSPITAL_LED), 1e-12, "cost base not set yet");
        trust.setBaselines(0, 0);
        assertEquals(0.095162581964, p(Leadership.HOSPITAL_LED), 1e-12, "cost base 0");
    }

    @Test
    void noPushNoHazardAMandateCertaintyAndCommunityTrustsNever() {
        c.trusts = List.of(trust);
        c.support = 1;
        c.potentialIncome = 1e9;
        c.push = 0;
        assertEquals(0, p(Leadership.HOSPITAL_LED));
        assertEquals(0, p(Leadership.GP_LED));
        c.push = 1;
        c.mandated = true;
        assertEquals(1, p(Leadership.HOSPITAL_LED));
        Trust community = kit.trust(home, 3, 3, TrustKind.COMMUNITY);
        assertEquals(0, rule.formationProbability(community, Leadership.HOSPITAL_LED, c));
    }

    /**
     * Current behaviour at the edge of the parameter ranges, reported as a bug: with no innovation
     * (icoInnovation 0) and no operating peers the Bass hazard p + q F is 0, so the probability
     * should be 0 whatever the readiness; when readiness overflows to infinity (a gain of 10 times
     * the trust's costs at formationIncomeWeight 100: exp(1000)) the rate is 0 x infinity = NaN.
     * {@link IcoFormation} draws only when the probability is above 0, so no ICO forms, as if it were 0.
     */
    @Test
    void withNoInnovationAndNoPeersTheProbabilityIsZeroHoweverReadyTheTrust() {
        c.trusts = List.of(trust);
        c.params.set(Parameters.ICO_INNOVATION, 0).set(Parameters.FORMATION_INCOME_WEIGHT, 100);
        trust.setBaselines(1e6, 0);
        c.potentialIncome = 1e7;
        assertEquals(0, p(Leadership.HOSPITAL_LED), "the hazard p + q F is 0 (readiness overflows: 0 x infinity must not give NaN)");
        c.potentialIncome = 1e6; // exp(100): finite, and 0 x it is 0
        assertEquals(0, p(Leadership.HOSPITAL_LED));
    }
}
