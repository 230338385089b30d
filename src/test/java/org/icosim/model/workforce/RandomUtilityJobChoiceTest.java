package org.icosim.model.workforce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;

import org.icosim.model.WorldKit;
import org.icosim.model.parameters.ParameterValues;
import org.icosim.model.parameters.Parameters;
import org.icosim.model.world.Economy;
import org.icosim.model.world.Gp;
import org.icosim.model.world.ModelRandom;
import org.icosim.model.world.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import ec.util.MersenneTwisterFast;

/**
 * The random-utility job choice (ODD 8.12) on hand-built posts: the systematic utility worked out
 * by hand, and choice frequencies over many seeds against the logit probabilities. Default
 * weights: income 2, autonomy 0.5, flexibility 1, risk 1.5, workload 1, peers 1; youngTasteSlope 0.3.
 */
class RandomUtilityJobChoiceTest {

    private static final Economy ECONOMY = new WorldKit(new Parameters()).economy();

    /** A GP of that age (months) and tastes; role and FTE do not enter the utility. */
    private static Gp gp(int ageMonths, double autonomy, double flexibility, double risk) {
        return new Gp(0, ECONOMY, ageMonths, Role.SALARIED, 0, autonomy, flexibility, risk, 0);
    }

    /** A choice context of these values drawing its Gumbel errors from a stream of that seed. */
    private static JobChoice.Context context(ParameterValues values, long seed) {
        ModelRandom random = new ModelRandom(new MersenneTwisterFast(seed));
        return new JobChoice.Context() {
            @Override
            public ParameterValues parameters() {
                return values;
            }

            @Override
            public double gumbel() {
                return random.gumbel();
            }
        };
    }

    @Test
    void theUtilityOfAnAverageGpAt45IsTheWeightedSumOfThePostsAttributes() {
        Post post = new Post(Post.Kind.PARTNERSHIP, null, 100000, 1, 0, 0.8, 1.2, 0.7, 0.25);
        // 2 ln(100,000 / 10,000) + 0.5 x 1 + 1 x 0 - 1.5 x 0.8 - 1 x (1.2 - 1) + 1 x 0.7 + 0.25
        // = 4.605170185988092 + 0.5 - 1.2 - 0.2 + 0.7 + 0.25
        assertEquals(4.655170185988092, RandomUtilityJobChoice.utility(gp(45 * 12, 0, 0, 0), post, new Parameters()), 1e-12);
    }

    @Test
    void aGpsOwnTastesAndAgeShiftItsWeights() {
        Post post = new Post(Post.Kind.SALARIED, null, 50000, 0.5, 1, 0.8, 0.9, 0.4, -0.5);
        Parameters values = new Parameters();
        // aged 35: age factor 1 + 0.3 x (45 - 35) / 10 = 1.3; tastes autonomy +0.3, flexibility -0.2, risk +0.5
        // 2 ln 5 + (0.5 + 0.3) x 0.5 + (1 - 0.2) x 1.3 x 1 - (1.5 + 0.5) x 1.3 x 0.8 - (0.9 - 1) + 0.4 - 0.5
        // = 3.2188758248682006 + 0.4 + 1.04 - 2.08 + 0.1 + 0.4 - 0.5
        assertEquals(2.5788758248682004, RandomUtilityJobChoice.utility(gp(35 * 12, 0.3, -0.2, 0.5), post, values), 1e-12);
        // a risk taste of -2 would make the risk weight negative: it stops at 0 (no love of liability)
        assertEquals(4.6588758248682005, RandomUtilityJobChoice.utility(gp(35 * 12, 0.3, -0.2, -2), post, values), 1e-12);
    }

    @Test
    void olderGpsWeighFlexibilityAndRiskLessDownToNothing() {
        Post locum = new Post(Post.Kind.LOCUM, null, 95000, 0.5, 1, 0.8, 1, 0.2, 0);
        Parameters values = new Parameters();
        // aged 55: factor 1 - 0.3 = 0.7: 2 ln 9.5 + 0.25 + 1 x 0.7 - 1.5 x 0.7 x 0.8 + 0.2
        assertEquals(4.812583597212991, RandomUtilityJobChoice.utility(gp(55 * 12, 0, 0, 0), locum, values), 1e-12);
        // aged 80: 1 + 0.3 x (45 - 80) / 10 = -0.05 -> 0: 2 ln 9.5 + 0.25 + 0.2
        assertEquals(4.952583597212991, RandomUtilityJobChoice.utility(gp(80 * 12, 0, 0, 0), locum, values), 1e-12);
        assertEquals(4.952583597212991, RandomUtilityJobChoice.utility(gp(90 * 12, 0, 3, 3), locum, values), 1e-12,
                "tastes for flexibility and risk no longer count");
    }

    /**
     * A partnership with high liability against a salaried post of equal pay: a GP with a high
     * risk weight takes the salaried post; with no risk weight and a high autonomy weight, the
     * partnership. The margins (40 and 9.5) leave the Gumbel errors no say in practice.
     */
    @ParameterizedTest
    @CsvSource({"20, 0, SALARIED", "0, 10, PARTNERSHIP"})
    void theRiskWeightDecidesBetweenARiskyPartnershipAndASalariedPostOfEqualPay(double risk, double autonomy, Post.Kind expected) {
        Parameters values = new Parameters().set(Parameters.B_RISK, risk).set(Parameters.B_AUTONOMY, autonomy)
                .set(Parameters.B_FLEX, 0).set(Parameters.B_PEER, 0);
        Post partnership = new Post(Post.Kind.PARTNERSHIP, null, 80000, 1, 0, 2.0, 1, 0, 0);
        Post salaried = new Post(Post.Kind.SALARIED, null, 80000, 0, 0.5, 0, 1, 0, 0);
        RandomUtilityJobChoice rule = new RandomUtilityJobChoice();
        JobChoice.Context context = context(values, 5);
        for (int i = 0; i < 1000; i++) {
            assertEquals(expected, rule.choose(gp(45 * 12, 0, 0, 0), List.of(partnership, salaried), context).kind());
        }
    }

    @Test
    void choiceFrequenciesFollowTheLogitOverManySeeds() {
        // only income counts, with weight 1: utilities ln 1, ln 2, ln 5, so P = 1/8, 2/8, 5/8
        Parameters values = new Parameters().set(Parameters.B_INCOME, 1).set(Parameters.B_AUTONOMY, 0).set(Parameters.B_FLEX, 0)
                .set(Parameters.B_RISK, 0).set(Parameters.B_LOAD, 0).set(Parameters.B_PEER, 0);
        List<Post> options = List.of(new Post(Post.Kind.SALARIED, null, 10000, 0, 0.5, 0, 1.3, 0.2, 0),
                new Post(Post.Kind.LOCUM, null, 20000, 0.5, 1, 0.8, 1, 0.9, 0),
                new Post(Post.Kind.PARTNERSHIP, null, 50000, 1, 0, 1.5, 0.7, 0.4, 0));
        double[] p = {1 / 8.0, 2 / 8.0, 5 / 8.0};
        RandomUtilityJobChoice rule = new RandomUtilityJobChoice();
        Gp gp = gp(30 * 12, 0, 0, 0);   // no tastes of its own: the other attributes weigh nothing
        int[] chosen = new int[3];
        int seeds = 200;
        int perSeed = 100;
        for (int seed = 1; seed <= seeds; seed++) {
            JobChoice.Context context = context(values, seed);
            for (int i = 0; i < perSeed; i++) chosen[options.indexOf(rule.choose(gp, options, context))]++;
        }
        int n = seeds * perSeed;
        for (int k = 0; k < 3; k++) {
            double se = Math.sqrt(p[k] * (1 - p[k]) / n);
            assertEquals(p[k], chosen[k] / (double) n, 4 * se, "option " + k);
        }
    }

    @Test
    void inertiaOfLnThreeKeepsAGpInPostThreeTimesInFour() {
        // default weights; the two posts differ only in the constant ln 3: P(stay) = 3 / (3 + 1)
        Post stay = new Post(Post.Kind.STAY, null, 60000, 0, 0.5, 0, 1.1, 0.3, Math.log(3));
        Post move = new Post(Post.Kind.SALARIED, null, 60000, 0, 0.5, 0, 1.1, 0.3, 0);
        RandomUtilityJobChoice rule = new RandomUtilityJobChoice();
        Gp gp = gp(40 * 12, 0.2, -0.3, 0.1);
        int seeds = 200;
        int perSeed = 100;
        int stayed = 0;
        for (int seed = 1; seed <= seeds; seed++) {
            JobChoice.Context context = context(new Parameters(), seed);
            for (int i = 0; i < perSeed; i++) if (rule.choose(gp, List.of(stay, move), context) == stay) stayed++;
        }
        int n = seeds * perSeed;
        assertEquals(0.75, stayed / (double) n, 4 * Math.sqrt(0.75 * 0.25 / n));
    }

    @Test
    void aSingleOptionIsTaken() {
        Post only = new Post(Post.Kind.LOCUM, null, 95000, 0.5, 1, 0.8, 1, 0, 0);
        assertSame(only, new RandomUtilityJobChoice().choose(gp(45 * 12, 0, 0, 0), List.of(only), context(new Parameters(), 1)));
    }
}
