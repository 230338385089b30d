package org.icosim.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.YearMonth;
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
}
