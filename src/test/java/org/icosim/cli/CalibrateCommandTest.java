package org.icosim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;

import org.icosim.metrics.MetricsSeries;
import org.icosim.model.parameters.Parameters;
import org.junit.jupiter.api.Test;

/** Runs of several seeds give the same results whatever the number of threads. */
class CalibrateCommandTest {

    @Test
    void seedsRunOnOneOrTwoThreadsGiveIdenticalSeries() throws IOException {
        Parameters p = new Parameters().set(Parameters.PRACTICES, 12).set(Parameters.TRUSTS, 2).set(Parameters.PATIENT_SCALE, 10);
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream());
        MetricsSeries[] one = CalibrateCommand.runSeeds(p, org.icosim.model.SyntheticWorld.INSTANCE, 3, 1, 12, 1, quiet);
        MetricsSeries[] two = CalibrateCommand.runSeeds(p, org.icosim.model.SyntheticWorld.INSTANCE, 3, 1, 12, 2, quiet);
        for (int s = 0; s < 3; s++) {
            for (int m = 0; m < 12; m++) {
                double[] a = one[s].row(m);
                double[] b = two[s].row(m);
                a[1] = 0;
                b[1] = 0;
                assertArrayEquals(a, b);
            }
        }
    }
}
