package org.icosim.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.icosim.io.ExperimentFile;
import org.icosim.io.SweepSpec;
import org.icosim.io.SweepSpec.Design;
import org.icosim.io.SweepSpec.DesignType;
import org.icosim.io.SweepSpec.Factor;
import org.icosim.io.SweepSpec.Keep;
import org.icosim.model.rules.Rules;
import org.junit.jupiter.api.Test;

/** A sweep's runs: numbering, seeds, factor values and the plain experiment of each run. */
class SweepPlanTest {

    static final Path MODEL = Path.of("models/tiny.json");

    static ExperimentFile sweep(long seed, SweepSpec spec) {
        return new ExperimentFile(Path.of("experiments/s.json"), "s", "a sweep", MODEL, seed, 24, YearMonth.of(2015, 4),
                Map.of("policyPush", 2.0), "abc", spec);
    }

    static final SweepSpec GRID = new SweepSpec(2, true, List.of(Factor.list("icoImitation", List.of(0.3, 0.6)),
            Factor.range("yearOfCareTariff", 500, 1500, 3)), Design.GRID, Keep.DEFAULT);

    @Test
    void derivedSeedsArePinned() {
        // Pinned: changing the hash would silently change every published sweep's runs.
        assertEquals(6786418888400581801L, SweepPlan.derivedSeed(7, 0, 0));
        assertEquals(1196775647927626278L, SweepPlan.derivedSeed(7, 3, 1));
        assertEquals(6017775124710473527L, SweepPlan.derivedSeed(0, 0, 0));
        assertEquals(4083723072959948396L, SweepPlan.derivedSeed(Long.MAX_VALUE, 999, 41));
    }

    @Test
    void aGridCrossesTheFactorsWithTheFirstSlowestAndReplicatesInnermost() {
        SweepPlan plan = SweepPlan.of(sweep(7, GRID));
        assertEquals(6, plan.pointCount());
        assertEquals(12, plan.runCount());
        assertEquals(2, plan.point(5));
        assertEquals(1, plan.replicate(5));
        assertArrayEquals(new double[] {0.3, 1500}, plan.values(2), 0.0);
        assertArrayEquals(new double[] {0.6, 500}, plan.values(3), 0.0);
        assertEquals(Map.of("icoImitation", 0.3, "yearOfCareTariff", 1000.0), plan.factorValues(2));
        assertThrows(IllegalArgumentException.class, () -> plan.point(12));
    }

    @Test
    void commonRandomNumbersGiveReplicateRTheSameSeedAtEveryPoint() {
        SweepPlan common = SweepPlan.of(sweep(7, GRID));
        for (int run = 0; run < common.runCount(); run++) {
            assertEquals(SweepPlan.derivedSeed(7, 0, common.replicate(run)), common.seed(run));
        }
        assertNotEquals(common.seed(0), common.seed(1), "replicates differ");
        SweepPlan independent = SweepPlan.of(sweep(7, new SweepSpec(2, false, GRID.factors(), Design.GRID, Keep.DEFAULT)));
        assertEquals(SweepPlan.derivedSeed(7, 3, 1), independent.seed(7));
        assertNotEquals(independent.seed(0), independent.seed(2), "points differ");
        assertTrue(independent.seed(7) >= 0);
    }

    @Test
    void theRunsExperimentIsPlainWithTheFactorsAmongTheParametersAndTheDerivedSeed() {
        SweepPlan plan = SweepPlan.of(sweep(7, GRID));
        ExperimentFile run = plan.runExperiment(5);
        assertFalse(run.isSweep());
        assertEquals(SweepSpec.NONE, run.sweep());
        assertEquals(plan.seed(5), run.seed());
        assertEquals(List.of("policyPush", "icoImitation", "yearOfCareTariff"), List.copyOf(run.parameters().keySet()));
        assertEquals(1500.0, run.parameters().get("yearOfCareTariff"));
        assertEquals("s-run5", run.name());
        assertTrue(run.description().contains("run 5 of sweep s (point 2, replicate 1)"), run.description());
        assertEquals(24, run.months());
    }

    @Test
    void sampledDesignsMapTheUnitCubeOntoTheRangesAndAreTheSameForTheSameSeed() {
        SweepSpec lhs = new SweepSpec(1, true, List.of(Factor.range("icoImitation", 0, 2, 0), Factor.range("fundYears", 1, 10, 0)),
                new Design(DesignType.LHS, 20, 0), Keep.DEFAULT);
        SweepPlan plan = SweepPlan.of(sweep(3, lhs));
        SweepPlan again = SweepPlan.of(sweep(3, lhs));
        int[] years = new int[11];
        for (int p = 0; p < 20; p++) {
            double[] v = plan.values(p);
            assertArrayEquals(v, again.values(p), 0.0);
            assertTrue(v[0] >= 0 && v[0] <= 2);
            assertEquals(Math.rint(v[1]), v[1], 0.0, "a whole-number parameter gets whole numbers");
            years[(int) v[1]]++;
        }
        for (int y = 1; y <= 10; y++) assertEquals(2, years[y], "20 strata over 10 values: each value twice");
        assertFalse(java.util.Arrays.equals(plan.values(0), SweepPlan.of(sweep(4, lhs)).values(0)), "another seed, another design");
    }

    @Test
    void morrisAndSobolSweepsHaveTheirDesignsRunCount() {
        List<Factor> two = List.of(Factor.range("icoImitation", 0, 2, 0), Factor.range("yearOfCareTariff", 0, 2000, 0));
        assertEquals(3 * 3 * 2, SweepPlan.of(sweep(1, new SweepSpec(2, true, two, new Design(DesignType.MORRIS, 3, 4), Keep.DEFAULT))).runCount());
        assertEquals(16 * 4, SweepPlan.of(sweep(1, new SweepSpec(1, true, two, new Design(DesignType.SOBOL, 16, 0), Keep.DEFAULT))).runCount());
    }

    @Test
    void summaryMonthsDefaultToTheLastMonth() {
        SweepPlan plan = SweepPlan.of(sweep(7, GRID));
        assertEquals(List.of(YearMonth.of(2017, 3)), plan.summaryMonths());
        assertEquals(List.of(23), plan.summaryMonthIndexes());
    }

    @Test
    void shardsInterleaveAndCoverEveryRunOnce() {
        Shard shard = Shard.parse("1/3");
        assertEquals(List.of(1, 4, 7), shard.runs(9));
        int[] seen = new int[10];
        for (int i = 0; i < 3; i++) for (int run : new Shard(i, 3).runs(10)) seen[run]++;
        for (int count : seen) assertEquals(1, count);
        assertThrows(IllegalArgumentException.class, () -> Shard.parse("3/3"));
        assertThrows(IllegalArgumentException.class, () -> Shard.parse("1-3"));
    }

    @Test
    void everyRunOfASweepHasTheSweepsRules() {
        Rules nearest = Rules.defaults().with("referrals", "nearestTrust");
        SweepPlan plan = SweepPlan.of(sweep(7, GRID).withRules(nearest));
        for (int run = 0; run < plan.runCount(); run++) assertEquals(nearest, plan.runExperiment(run).rules(), "run " + run);
        assertEquals(Rules.defaults(), SweepPlan.of(sweep(7, GRID)).runExperiment(0).rules());
    }
}
