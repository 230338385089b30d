package org.icosim.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.icosim.model.IcoSim;
import org.icosim.model.parameters.Parameters;
import org.junit.jupiter.api.Test;

/** The many-seed runner's options: practices recorded, models made by a front end's own factory. */
class ScenarioRunnerTest {

    static final Parameters TINY = new Parameters().set(Parameters.PRACTICES, 12).set(Parameters.TRUSTS, 2)
            .set(Parameters.TOWNS_PER_ECONOMY, 2).set(Parameters.ECONOMY_SIDE_KM, 20).set(Parameters.PATIENT_SCALE, 10);

    @Test
    void recordingPracticesOrMakingTheModelsElsewhereChangesNoRun() throws InterruptedException {
        Scenario scenario = new Scenario("tiny", TINY);
        YearMonth start = YearMonth.of(2015, 4);
        List<ScenarioRun> plain = new ScenarioRunner(List.of(scenario), 2, 5, 14, start, List.of(6)).run(2, null).get(0);
        List<ScenarioRun> recorded = new ScenarioRunner(List.of(scenario), 2, 5, 14, start, List.of(6)).recordPractices()
                .withModels((s, seed) -> {
                    // A model made with another seed, then reseeded: as a front end's run setup makes it.
                    IcoSim sim = new IcoSim(999, s.parameters(), YearMonth.of(2020, 1));
                    sim.setRules(s.rules());
                    sim.setSeed(seed);
                    return sim;
                }).run(1, null).get(0);
        for (int r = 0; r < 2; r++) {
            assertEquals(plain.get(r).seed(), recorded.get(r).seed());
            for (int month = 0; month < 14; month++) {
                assertArrayEquals(plain.get(r).metrics().row(month), recorded.get(r).metrics().row(month), "replicate " + r + ", month " + month);
            }
            assertEquals(List.of(), List.copyOf(plain.get(r).practicesAt().keySet()));
            assertEquals(List.of(5, 13), List.copyOf(recorded.get(r).practicesAt().keySet()), "the snapshot month and the last");
            assertEquals(12, recorded.get(r).practicesAt().get(13).size());
            assertEquals("practice-0", recorded.get(r).practicesAt().get(13).get(0).code());
        }
    }

    @Test
    void runsComeBackByScenarioAndReplicateWhateverTheThreads() throws InterruptedException {
        YearMonth start = YearMonth.of(2015, 4);
        List<Scenario> two = List.of(new Scenario("base", TINY),
                new Scenario("more-gps", new Parameters(TINY).set(Parameters.RETURNERS_PER_YEAR, 2000)));
        List<String> told = Collections.synchronizedList(new ArrayList<>());
        List<List<ScenarioRun>> one = new ScenarioRunner(two, 3, 40, 8, start, List.of()).run(1,
                (run, finished, total, seconds) -> told.add(run.scenario() + "/" + run.replicate() + " " + finished + "/" + total));
        List<List<ScenarioRun>> three = new ScenarioRunner(two, 3, 40, 8, start, List.of()).run(3, null);
        assertEquals(List.of("0/0 1/6", "0/1 2/6", "0/2 3/6", "1/0 4/6", "1/1 5/6", "1/2 6/6"), told,
                "on one thread the baseline's replicates first, each counted once");
        for (int s = 0; s < 2; s++) {
            for (int r = 0; r < 3; r++) {
                assertEquals(s, three.get(s).get(r).scenario());
                assertEquals(r, three.get(s).get(r).replicate());
                assertEquals(40 + r, three.get(s).get(r).seed(), "common random numbers: replicate r has seed base + r");
                assertArrayEquals(one.get(s).get(r).metrics().row(7), three.get(s).get(r).metrics().row(7));
            }
        }
    }

    @Test
    void aFailedRunIsNamedByScenarioAndSeed() {
        YearMonth start = YearMonth.of(2015, 4);
        ScenarioRunner runner = new ScenarioRunner(List.of(new Scenario("broken", TINY)), 2, 7, 6, start, List.of())
                .withModels((s, seed) -> {
                    if (seed == 8) throw new IllegalArgumentException("no world for this seed");
                    return new IcoSim(seed, s.parameters(), start);
                });
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> runner.run(1, null));
        assertTrue(e.getMessage().equals("scenario broken, seed 8: the run failed: no world for this seed"), e.getMessage());
    }
}
