package org.icosim.experiment.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The logistic regression of the baselines, on data whose maximum-likelihood fit is known. */
class LogisticTest {

    @Test
    void aBinaryCovariateFitsEachGroupsOwnRate() {
        // x = 0: 1 of 4 positive; x = 1: 3 of 4. The fit is saturated: 0.25 and 0.75,
        // intercept log(1/3), slope log(9).
        double[][] x = {{0}, {0}, {0}, {0}, {1}, {1}, {1}, {1}};
        boolean[] y = {true, false, false, false, true, true, true, false};
        Logistic fit = Logistic.fit(x, y);
        assertEquals(0.25, fit.probability(new double[] {0}), 1e-5);
        assertEquals(0.75, fit.probability(new double[] {1}), 1e-5);
        assertEquals(Math.log(1.0 / 3), fit.coefficients()[0], 1e-4);
        assertEquals(Math.log(9), fit.coefficients()[1], 1e-4);
    }

    @Test
    void withoutCovariatesTheFitIsTheBaseRate() {
        double[][] x = new double[5][0];
        Logistic fit = Logistic.fit(x, new boolean[] {true, false, false, true, false});
        assertEquals(0.4, fit.probability(new double[0]), 1e-9);
    }

    @Test
    void aSeparatingCovariateStaysFinite() {
        double[][] x = {{1}, {2}, {3}, {4}};
        Logistic fit = Logistic.fit(x, new boolean[] {false, false, true, true});
        double low = fit.probability(new double[] {1});
        double high = fit.probability(new double[] {4});
        assertEquals(0, low, 0.05);
        assertEquals(1, high, 0.05);
    }

    @Test
    void aSmallSystemIsSolvedExactly() {
        double[] x = Logistic.solve(new double[][] {{0, 2}, {3, 1}}, new double[] {4, 5});
        assertEquals(1, x[0], 1e-15);
        assertEquals(2, x[1], 1e-15);
    }
}
