package org.icosim.experiment;

import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

import org.icosim.metrics.MetricsSeries;
import org.icosim.model.observe.PracticeRecord;

/**
 * What one replicate of one scenario produced: its monthly metrics and, at each snapshot month,
 * every economy's state.
 *
 * @param scenario     the scenario's index in the comparison (0 is the baseline)
 * @param replicate    0 to replicates - 1
 * @param seed         the run's seed: the base seed plus the replicate
 * @param metrics      one row a month
 * @param economiesAt  metrics month index (0 = first month) to the economies at the end of it
 * @param practicesAt  the same months to every practice at the end of it, when the runner was asked
 *                     to record practices ({@link ScenarioRunner#recordPractices}), else empty
 */
public record ScenarioRun(int scenario, int replicate, long seed, MetricsSeries metrics,
        SortedMap<Integer, List<EconomySnapshot>> economiesAt, SortedMap<Integer, List<PracticeRecord>> practicesAt) {

    public ScenarioRun {
        economiesAt = Collections.unmodifiableSortedMap(new TreeMap<>(economiesAt));
        practicesAt = Collections.unmodifiableSortedMap(new TreeMap<>(practicesAt));
    }

    /** A run without practice records. */
    public ScenarioRun(int scenario, int replicate, long seed, MetricsSeries metrics,
            SortedMap<Integer, List<EconomySnapshot>> economiesAt) {
        this(scenario, replicate, seed, metrics, economiesAt, new TreeMap<>());
    }
}
