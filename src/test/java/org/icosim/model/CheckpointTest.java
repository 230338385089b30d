package org.icosim.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;

import org.junit.jupiter.api.Test;

import org.icosim.metrics.Metric;

import sim.engine.SimState;

/**
 * Checkpoints (MASON's "Save As" in the Console) must capture the whole state of a run: a run
 * restored from a checkpoint continues exactly as the run that wrote it.
 */
class CheckpointTest {

    /** Every ICO lever on, so trusts, offers, posts and the fund are in the checkpoint too. */
    private static Parameters withIcoPolicy() {
        Parameters p = TinyWorld.parameters();
        p.set(Parameters.byName("policyPush"), Parameters.byName("policyPush").parse("STRONG"));
        p.set(Parameters.byName("icoPolicyStart"), Parameters.byName("icoPolicyStart").parse("2015-05"));
        p.set(Parameters.byName("hospitalLedOnly"), 0);
        p.set(Parameters.byName("gpLedMinList"), Parameters.byName("gpLedMinList").min());
        p.set(Parameters.byName("timeToCareGps"), 8000);
        p.set(Parameters.byName("timeToCareStart"), Parameters.byName("timeToCareStart").parse("2015-05"));
        return p;
    }

    @Test
    void aRestoredRunContinuesExactlyAsTheRunThatWroteTheCheckpoint() throws Exception {
        IcoSim original = TinyWorld.started(withIcoPolicy(), 11);
        original.runMonths(20);
        ByteArrayOutputStream checkpoint = new ByteArrayOutputStream();
        original.writeToCheckpoint(checkpoint);
        original.runMonths(16);

        IcoSim restored = (IcoSim) SimState.readFromCheckpoint(new ByteArrayInputStream(checkpoint.toByteArray()));
        assertEquals(20, restored.month());
        assertEquals(20, restored.metrics().size(), "the months before the checkpoint come back with it");
        restored.runMonths(16);

        assertEquals(original.metrics().size(), restored.metrics().size());
        for (int m = 0; m < original.metrics().size(); m++) {
            assertArrayEquals(original.metrics().row(m), restored.metrics().row(m), 0.0, "month " + m);
        }
        assertEquals(original.metrics().get(35, Metric.icoPatientShare), restored.metrics().get(35, Metric.icoPatientShare));
    }

    @Test
    void parametersSetBeforeStartAreTheOnesTheRunUses() {
        IcoSim sim = new IcoSim(3, TinyWorld.parameters(), java.time.YearMonth.of(2015, 4));
        sim.setParameters(TinyWorld.parameters().set(Parameters.PRACTICES, 9));
        sim.start();
        assertEquals(9, sim.practices().size());
    }
}
