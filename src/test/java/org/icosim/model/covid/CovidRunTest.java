package org.icosim.model.covid;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;

import org.icosim.metrics.Metric;
import org.icosim.model.IcoSim;
import org.icosim.model.parameters.Parameters;
import org.junit.jupiter.api.Test;

/**
 * A whole run with covid on is the run with it off, to the last bit, up to February 2020 (ODD
 * 8.26-8.29 act only from March 2020); from then on it differs.
 */
class CovidRunTest {

    private static IcoSim run(boolean on, int months) {
        // The tiny world of the model's seed tests: one economy, 12 practices, 2 trusts.
        Parameters p = new Parameters().set(Parameters.ECONOMIES, 1).set(Parameters.PRACTICES, 12).set(Parameters.TRUSTS, 2)
                .set(Parameters.TOWNS_PER_ECONOMY, 2).set(Parameters.ECONOMY_SIDE_KM, 20).set(Parameters.PATIENT_SCALE, 10)
                .set(Parameters.COVID, on ? 1 : 0);
        IcoSim sim = new IcoSim(7, p, YearMonth.of(2015, 4));
        sim.start();
        sim.runMonths(months);
        return sim;
    }

    @Test
    void byteIdenticalToFebruary2020ThenDifferent() {
        int toFebruary2020 = 59; // April 2015 to February 2020
        IcoSim on = run(true, toFebruary2020 + 4);
        IcoSim off = run(false, toFebruary2020 + 4);
        assertEquals("2020-02", on.metrics().date(toFebruary2020 - 1));
        for (int m = 0; m < toFebruary2020; m++) {
            assertArrayEquals(off.metrics().row(m), on.metrics().row(m), 0.0, "month " + on.metrics().date(m));
        }
        // April 2020 (stringency 1): fewer A&E attendances and referrals than without Covid.
        int april = toFebruary2020 + 1;
        assertEquals("2020-04", on.metrics().date(april));
        assertTrue(on.metrics().get(april, Metric.aeAttendances) < off.metrics().get(april, Metric.aeAttendances));
        assertTrue(on.metrics().get(april, Metric.referrals) < off.metrics().get(april, Metric.referrals));
    }
}
