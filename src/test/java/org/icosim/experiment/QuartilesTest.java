package org.icosim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The five-number summary, interpolated as R's and NumPy's defaults do (type 7). */
class QuartilesTest {

    @Test
    void anOddListHasItsQuartilesOnValues() {
        Quartiles q = Quartiles.of(new double[] {5, 1, 4, 2, 3});
        assertEquals(new Quartiles(1, 2, 3, 4, 5, 5), q);
    }

    @Test
    void anEvenListInterpolatesBetweenValues() {
        // Positions (n - 1) p = 0.75, 1.5, 2.25 in the sorted list 0.1, 0.2, 0.4, 0.8.
        Quartiles q = Quartiles.of(new double[] {0.8, 0.1, 0.4, 0.2});
        assertEquals(0.1, q.min(), 0.0);
        assertEquals(0.1 + 0.75 * (0.2 - 0.1), q.lowerQuartile(), 1e-15);
        assertEquals(0.3, q.median(), 1e-15);
        assertEquals(0.4 + 0.25 * (0.8 - 0.4), q.upperQuartile(), 1e-15);
        assertEquals(0.8, q.max(), 0.0);
        assertEquals(4, q.count());
    }

    @Test
    void economiesWithoutPatientsAreLeftOut() {
        assertEquals(new Quartiles(7, 7, 7, 7, 7, 1), Quartiles.of(new double[] {Double.NaN, 7}));
        Quartiles none = Quartiles.of(new double[0]);
        assertTrue(Double.isNaN(none.median()));
        assertEquals(0, none.count());
    }
}
