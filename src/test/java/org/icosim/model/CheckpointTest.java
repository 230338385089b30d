package org.icosim.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;

import org.icosim.metrics.Metric;
import org.icosim.model.parameters.Parameters;
import org.icosim.model.parameters.PolicyPush;
import org.icosim.model.rules.Rules;
import org.junit.jupiter.api.Test;

import sim.engine.SimState;

/**
 * Checkpoints (MASON's "Save As" in the Console) must capture the whole state of a run: a run
 * restored from a checkpoint continues exactly as the run that wrote it.
 */
class CheckpointTest {

    /** Every ICO lever on, so trusts, offers, posts and the fund are in the checkpoint too. */
    private static Parameters withIcoPolicy() {
        Parameters p = SeedTest.tiny();
        p.set(Parameters.POLICY_PUSH, PolicyPush.STRONG.ordinal());
        p.set(Parameters.ICO_POLICY_START, Parameters.ICO_POLICY_START.parse("2015-05"));
        p.set(Parameters.HOSPITAL_LED_ONLY, 0);
        p.set(Parameters.GP_LED_MIN_LIST, Parameters.GP_LED_MIN_LIST.min());
        p.set(Parameters.TIME_TO_CARE_GPS, 8000);
        p.set(Parameters.TIME_TO_CARE_START, Parameters.TIME_TO_CARE_START.parse("2015-05"));
        p.set(Parameters.ACCESS_GUARANTEE, 1);
        return p;
    }

    @Test
    void aRestoredRunContinuesExactlyAsTheRunThatWroteTheCheckpoint() throws Exception {
        IcoSim original = new IcoSim(11, withIcoPolicy(), java.time.YearMonth.of(2015, 4));
        original.setRules(Rules.defaults().with("referrals", "nearestTrust"));
        original.start();
        original.runMonths(20);
        ByteArrayOutputStream checkpoint = new ByteArrayOutputStream();
        original.writeToCheckpoint(checkpoint);
        original.runMonths(16);

        IcoSim restored = (IcoSim) SimState.readFromCheckpoint(new ByteArrayInputStream(checkpoint.toByteArray()));
        assertEquals(20, restored.month());
        assertEquals(20, restored.metrics().size(), "the months before the checkpoint come back with it");
        assertEquals(original.seed(), restored.seed(), "all 64 bits of the seed");
        assertEquals(original.rules(), restored.rules());
        restored.runMonths(16);

        assertEquals(original.metrics().size(), restored.metrics().size());
        for (int m = 0; m < original.metrics().size(); m++) {
            assertArrayEquals(original.metrics().row(m), restored.metrics().row(m), 0.0, "month " + m);
            assertEquals(original.metrics().date(m), restored.metrics().date(m));
        }
        assertTrue(original.metrics().get(35, Metric.trustsIco) + original.metrics().get(35, Metric.trustsIcoForming) > 0,
                "the ICO levers acted in the run that was checkpointed");
        assertTrue(original.fundGpsCum() > 0);
        assertEquals(original.fundGpsCum(), restored.fundGpsCum());
        assertEquals(original.network().graph().vertexSet().size(), restored.network().graph().vertexSet().size());
        assertEquals(original.network().graph().edgeSet().size(), restored.network().graph().edgeSet().size());
    }
}
