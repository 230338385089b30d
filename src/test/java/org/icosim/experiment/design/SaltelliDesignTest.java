package org.icosim.experiment.design;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Saltelli sampling and the Saltelli 2010 / Jansen 1999 estimators on the Ishigami function
 * (Ishigami and Homma 1990), whose indices are known in closed form (Saltelli et al., Global
 * Sensitivity Analysis: The Primer, 2008, section 4.7; Sobol' and Levitan 1999).
 */
class SaltelliDesignTest {

    static final double A = 7;
    static final double B = 0.1;
    /** Analytic indices for a = 7, b = 0.1, inputs uniform on [-pi, pi]. */
    static final double[] S1 = ishigamiFirstOrder();
    static final double[] ST = ishigamiTotal();

    static double ishigami(double[] u) {
        double x1 = -Math.PI + 2 * Math.PI * u[0];
        double x2 = -Math.PI + 2 * Math.PI * u[1];
        double x3 = -Math.PI + 2 * Math.PI * u[2];
        return Math.sin(x1) + A * Math.sin(x2) * Math.sin(x2) + B * Math.pow(x3, 4) * Math.sin(x1);
    }

    /** V1 = (1 + b pi^4 / 5)^2 / 2, V2 = a^2 / 8, V3 = 0; V = V1 + V2 + V13 with V13 = b^2 pi^8 (1/18 - 1/50). */
    static double[] ishigamiFirstOrder() {
        double v1 = Math.pow(1 + B * Math.pow(Math.PI, 4) / 5, 2) / 2;
        double v2 = A * A / 8;
        double v13 = B * B * Math.pow(Math.PI, 8) * (1.0 / 18 - 1.0 / 50);
        double v = v1 + v2 + v13;
        return new double[] {v1 / v, v2 / v, 0};
    }

    static double[] ishigamiTotal() {
        double v1 = Math.pow(1 + B * Math.pow(Math.PI, 4) / 5, 2) / 2;
        double v2 = A * A / 8;
        double v13 = B * B * Math.pow(Math.PI, 8) * (1.0 / 18 - 1.0 / 50);
        double v = v1 + v2 + v13;
        return new double[] {(v1 + v13) / v, v2 / v, v13 / v};
    }

    @Test
    void theAnalyticIndicesAreThoseOfTheLiterature() {
        assertArrayEquals(new double[] {0.3139, 0.4424, 0}, S1, 1e-4);
        assertArrayEquals(new double[] {0.5576, 0.4424, 0.2437}, ST, 1e-4);
    }

    @Test
    void recoversIshigamiIndicesWithinTolerance() {
        int n = 32768;
        SaltelliDesign design = new SaltelliDesign(n, 3);
        double[][] points = design.sample(new SplitMix64(2024));
        assertEquals(n * 5, points.length);
        double[] y = new double[points.length];
        for (int i = 0; i < y.length; i++) y[i] = ishigami(points[i]);
        SaltelliDesign.Indices indices = design.analyse(y, new SplitMix64(7));
        assertEquals(n, indices.used());
        // Tolerance 0.03. With pseudo-random (Latin hypercube) base samples the error falls as
        // 1/sqrt(N); at N = 32768 the 95% bootstrap intervals are about +-0.015 wide, a standard
        // error near 0.0075, so 0.03 is four standard errors: a correct estimator does not miss it
        // by chance, while a wrong one (A and B swapped, the factor 2 of Jansen's estimator
        // dropped, the variance of A alone) misses by 0.1 or more. At N = 8192 the errors were
        // up to 0.03, which is why N is this large; the evaluations cost well under a second.
        for (int i = 0; i < 3; i++) {
            assertEquals(S1[i], indices.s1()[i], 0.03, "S1 of x" + (i + 1));
            assertEquals(ST[i], indices.st()[i], 0.03, "ST of x" + (i + 1));
            assertTrue(indices.s1Low()[i] <= indices.s1()[i] && indices.s1()[i] <= indices.s1High()[i], "S1 inside its interval");
            assertTrue(indices.stLow()[i] <= indices.st()[i] && indices.st()[i] <= indices.stHigh()[i], "ST inside its interval");
            assertTrue(indices.s1High()[i] - indices.s1Low()[i] < 0.05, "S1 interval narrow at this N");
            assertTrue(indices.stHigh()[i] - indices.stLow()[i] < 0.05, "ST interval narrow at this N");
        }
    }

    @Test
    void pointsComeInBlocksOfAThenEachABiThenB() {
        SaltelliDesign design = new SaltelliDesign(4, 3);
        double[][] p = design.sample(new SplitMix64(1));
        for (int j = 0; j < 4; j++) {
            double[] a = p[j * 5];
            double[] b = p[j * 5 + 4];
            for (int i = 0; i < 3; i++) {
                double[] ab = p[j * 5 + 1 + i];
                for (int c = 0; c < 3; c++) assertEquals(c == i ? b[c] : a[c], ab[c], 0.0);
            }
        }
    }

    @Test
    void baseSamplesWithAMissingOutputAreLeftOutAndTheSameSeedGivesTheSameIntervals() {
        SaltelliDesign design = new SaltelliDesign(512, 3);
        double[][] points = design.sample(new SplitMix64(3));
        double[] y = new double[points.length];
        for (int i = 0; i < y.length; i++) y[i] = ishigami(points[i]);
        y[7] = Double.NaN;
        SaltelliDesign.Indices first = design.analyse(y, new SplitMix64(11));
        SaltelliDesign.Indices again = design.analyse(y, new SplitMix64(11));
        assertEquals(511, first.used());
        assertArrayEquals(first.s1Low(), again.s1Low(), 0.0);
        assertArrayEquals(first.stHigh(), again.stHigh(), 0.0);
        double[] constant = new double[points.length];
        SaltelliDesign.Indices none = design.analyse(constant, new SplitMix64(11));
        assertTrue(Double.isNaN(none.s1()[0]), "no variance, no index");
    }
}
