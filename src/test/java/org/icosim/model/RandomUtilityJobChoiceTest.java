package org.icosim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** GP job choice by random utility, on hand-built posts. */
class RandomUtilityJobChoiceTest {

    /** A 45-year-old GP (age factor 1) with no individual taste deviations. */
    private static Gp averageGp(IcoSim sim) {
        return new Gp(9999, sim.economies.get(0), 45 * 12, Role.SALARIED, 0, 0, 0, 0, 0);
    }

    @Test
    void utilityIsTheStatedSumOfWeightedAttributes() {
        Parameters p = TinyWorld.parameters().set(Parameters.B_INCOME, 2).set(Parameters.B_AUTONOMY, 0.5)
                .set(Parameters.B_FLEX, 1).set(Parameters.B_RISK, 1.5).set(Parameters.B_LOAD, 1).set(Parameters.B_PEER, 1);
        IcoSim sim = TinyWorld.started(p, 1);
        Gp gp = averageGp(sim);
        Post post = new Post(Post.Kind.PARTNERSHIP, null, 100000, 1, 0, 0.8, 1.2, 0.7, 0.25);
        double expected = 2 * Math.log(10) + 0.5 * 1 + 1 * 0 - 1.5 * 0.8 - 1 * 0.2 + 1 * 0.7 + 0.25;
        assertEquals(expected, RandomUtilityJobChoice.utility(gp, post, sim.params), 1e-12);
    }

    @Test
    void youngerGpsWeighFlexibilityAndRiskMore() {
        IcoSim sim = TinyWorld.started(TinyWorld.parameters().set(Parameters.YOUNG_TASTE_SLOPE, 0.3), 1);
        Gp young = new Gp(1, sim.economies.get(0), 35 * 12, Role.SALARIED, 0, 0, 0, 0, 0);
        Gp old = averageGp(sim);
        Post risky = new Post(Post.Kind.PARTNERSHIP, null, 100000, 0, 0, 1, 1, 0, 0);
        Post safe = new Post(Post.Kind.SALARIED, null, 100000, 0, 0, 0, 1, 0, 0);
        double youngGap = RandomUtilityJobChoice.utility(young, safe, sim.params) - RandomUtilityJobChoice.utility(young, risky, sim.params);
        double oldGap = RandomUtilityJobChoice.utility(old, safe, sim.params) - RandomUtilityJobChoice.utility(old, risky, sim.params);
        // At 35 the age factor is 1 + 0.3 * (45 - 35) / 10 = 1.3.
        assertEquals(1.3 * oldGap, youngGap, 1e-12);
    }

    /**
     * A partnership with high liability against a salaried post of equal pay: a GP with a high
     * risk weight takes the salaried post; with no risk weight and a high autonomy weight, the
     * partnership. The margin is so large that the Gumbel errors never overturn it.
     */
    @ParameterizedTest
    @CsvSource({"20, 0, SALARIED", "0, 10, PARTNERSHIP"})
    void theRiskWeightDecidesBetweenARiskyPartnershipAndASalariedPostOfEqualPay(double risk, double autonomy, Post.Kind expected) {
        IcoSim sim = TinyWorld.started(TinyWorld.parameters().set(Parameters.B_RISK, risk).set(Parameters.B_AUTONOMY, autonomy)
                .set(Parameters.B_FLEX, 0).set(Parameters.B_PEER, 0), 5);
        Gp gp = averageGp(sim);
        Post partnership = new Post(Post.Kind.PARTNERSHIP, null, 80000, 1, 0, 2.0, 1, 0, 0);
        Post salaried = new Post(Post.Kind.SALARIED, null, 80000, 0, 0.5, 0, 1, 0, 0);
        RandomUtilityJobChoice rule = new RandomUtilityJobChoice();
        for (int i = 0; i < 1000; i++) {
            assertEquals(expected, rule.choose(gp, List.of(partnership, salaried), sim).kind());
        }
    }

    @Test
    void choiceSharesFollowTheLogit() {
        // Two posts whose utilities differ by ln 3: the better one is chosen 3 times in 4.
        IcoSim sim = TinyWorld.started(TinyWorld.parameters().set(Parameters.B_AUTONOMY, 0).set(Parameters.B_FLEX, 0)
                .set(Parameters.B_RISK, 0).set(Parameters.B_PEER, 0).set(Parameters.B_LOAD, 0), 9);
        Gp gp = averageGp(sim);
        Post better = new Post(Post.Kind.SALARIED, null, 60000, 0, 0, 0, 1, 0, Math.log(3));
        Post worse = new Post(Post.Kind.SALARIED, null, 60000, 0, 0, 0, 1, 0, 0);
        RandomUtilityJobChoice rule = new RandomUtilityJobChoice();
        int n = 40000;
        int chosen = 0;
        for (int i = 0; i < n; i++) if (rule.choose(gp, List.of(better, worse), sim) == better) chosen++;
        assertEquals(0.75, chosen / (double) n, 0.01);
    }
}
