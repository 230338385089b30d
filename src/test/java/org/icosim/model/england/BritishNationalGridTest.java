package org.icosim.model.england;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** ODD 6: the projection of latitude and longitude to the National Grid's kilometres. */
class BritishNationalGridTest {

    private static double degrees(int d, int m, double s) {
        return d + m / 60.0 + s / 3600;
    }

    /**
     * The worked example of the Ordnance Survey's "A guide to coordinate systems in Great
     * Britain" (annex C.1): 52°39'27.2531"N, 1°43'4.5177"E on the Airy ellipsoid is at easting
     * 651409.903 m, northing 313177.270 m.
     */
    @Test
    void reproducesTheOrdnanceSurveyWorkedExampleToTheCentimetre() {
        double[] en = BritishNationalGrid.project(degrees(52, 39, 27.2531), degrees(1, 43, 4.5177));
        assertEquals(651409.903, en[0], 0.01);
        assertEquals(313177.270, en[1], 0.01);
    }

    @Test
    void theTrueOriginIsAtTheFalseOriginsOffset() {
        double[] en = BritishNationalGrid.project(49, -2);
        assertEquals(400000, en[0], 1e-6);
        assertEquals(-100000, en[1], 1e-6);
    }

    @Test
    void theModelPlaneKeepsEastingsAndTurnsNorthingsIntoYGrowingSouth() {
        double lat = degrees(52, 39, 27.2531);
        double lon = degrees(1, 43, 4.5177);
        assertEquals(651.409903, BritishNationalGrid.x(lat, lon), 1e-5);
        assertEquals(BritishNationalGrid.TOP_KM - 313.177270, BritishNationalGrid.y(lat, lon), 1e-5);
    }

    /**
     * Distances on the plane are the distances on the ground: London (Charing Cross) to York and
     * Penzance to Newcastle against the great circle (mean Earth radius 6,371 km, itself within
     * 0.5% of the ellipsoid's), within 0.5%.
     */
    @Test
    void planeDistancesMatchGreatCircleDistances() {
        double[][] pairs = {{51.5080, -0.1247, 53.9600, -1.0873}, {50.1188, -5.5376, 54.9783, -1.6178}, {52.0, -1.0, 52.02, -1.02}};
        for (double[] q : pairs) {
            double dx = BritishNationalGrid.x(q[0], q[1]) - BritishNationalGrid.x(q[2], q[3]);
            double dy = BritishNationalGrid.y(q[0], q[1]) - BritishNationalGrid.y(q[2], q[3]);
            double plane = Math.hypot(dx, dy);
            double p1 = Math.toRadians(q[0]);
            double p2 = Math.toRadians(q[2]);
            double h = Math.pow(Math.sin((p2 - p1) / 2), 2)
                    + Math.cos(p1) * Math.cos(p2) * Math.pow(Math.sin(Math.toRadians(q[3] - q[1]) / 2), 2);
            double sphere = 2 * 6371.0 * Math.asin(Math.sqrt(h));
            assertEquals(sphere, plane, 0.005 * sphere, "from " + q[0] + "," + q[1]);
        }
    }
}
