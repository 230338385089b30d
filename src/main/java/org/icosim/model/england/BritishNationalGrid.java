package org.icosim.model.england;

/**
 * Latitude and longitude to kilometres on a plane (ODD 6): the transverse Mercator projection of the
 * Ordnance Survey National Grid (Airy 1830 ellipsoid, true origin 49°N 2°W, scale factor on the
 * central meridian 0.9996012717, false origin 400 km west and 100 km north of it), by the series of
 * the Ordnance Survey's "A guide to coordinate systems in Great Britain" (annex C), exact there to
 * about a millimetre.
 *
 * <p>The model applies it to the WGS84 coordinates of the data without the datum change
 * (the seven-parameter Helmert shift from WGS84 to OSGB36), so a point lands where its WGS84
 * latitude and longitude would be on the National Grid: displaced from its true grid reference by
 * the datum difference, about 0.1 km and almost the same across England. Distances between
 * points, what the model uses, err by far less (the displacement nearly cancels; the projection's
 * own scale error is within 0.04% inside England).
 *
 * <p>The model's plane keeps the easting as x and turns the northing into y = {@link #TOP_KM} -
 * northing, so that y grows southwards as on a screen (the GUI's map shows north up).
 */
public final class BritishNationalGrid {

    /** The model's y is this minus the northing in km: the northernmost point of England is at about 657 km. */
    public static final double TOP_KM = 700;

    private static final double A = 6377563.396;
    private static final double B = 6356256.909;
    private static final double F0 = 0.9996012717;
    private static final double LAT0 = Math.toRadians(49);
    private static final double LON0 = Math.toRadians(-2);
    private static final double E0 = 400000;
    private static final double N0 = -100000;
    private static final double E2 = (A * A - B * B) / (A * A);
    private static final double N = (A - B) / (A + B);

    private BritishNationalGrid() {
    }

    /** {easting, northing} in metres of a point at {@code latDeg} north, {@code lonDeg} east. */
    public static double[] project(double latDeg, double lonDeg) {
        double phi = Math.toRadians(latDeg);
        double lambda = Math.toRadians(lonDeg);
        double sin = StrictMath.sin(phi);
        double cos = StrictMath.cos(phi);
        double tan = sin / cos;
        double tan2 = tan * tan;
        double w = 1 - E2 * sin * sin;
        double nu = A * F0 / StrictMath.sqrt(w);
        double rho = A * F0 * (1 - E2) / (w * StrictMath.sqrt(w));
        double eta2 = nu / rho - 1;
        double n2 = N * N;
        double n3 = n2 * N;
        double dp = phi - LAT0;
        double sp = phi + LAT0;
        double m = B * F0 * ((1 + N + 1.25 * n2 + 1.25 * n3) * dp
                - (3 * N + 3 * n2 + 21.0 / 8 * n3) * StrictMath.sin(dp) * StrictMath.cos(sp)
                + (15.0 / 8 * n2 + 15.0 / 8 * n3) * StrictMath.sin(2 * dp) * StrictMath.cos(2 * sp)
                - 35.0 / 24 * n3 * StrictMath.sin(3 * dp) * StrictMath.cos(3 * sp));
        double cos3 = cos * cos * cos;
        double cos5 = cos3 * cos * cos;
        double i = m + N0;
        double ii = nu / 2 * sin * cos;
        double iii = nu / 24 * sin * cos3 * (5 - tan2 + 9 * eta2);
        double iiia = nu / 720 * sin * cos5 * (61 - 58 * tan2 + tan2 * tan2);
        double iv = nu * cos;
        double v = nu / 6 * cos3 * (nu / rho - tan2);
        double vi = nu / 120 * cos5 * (5 - 18 * tan2 + tan2 * tan2 + 14 * eta2 - 58 * tan2 * eta2);
        double dl = lambda - LON0;
        double dl2 = dl * dl;
        double northing = i + ii * dl2 + iii * dl2 * dl2 + iiia * dl2 * dl2 * dl2;
        double easting = E0 + iv * dl + v * dl2 * dl + vi * dl2 * dl2 * dl;
        return new double[] {easting, northing};
    }

    /** The model's x, km: the easting. */
    public static double x(double latDeg, double lonDeg) {
        return project(latDeg, lonDeg)[0] / 1000;
    }

    /** The model's y, km: {@link #TOP_KM} minus the northing. */
    public static double y(double latDeg, double lonDeg) {
        return TOP_KM - project(latDeg, lonDeg)[1] / 1000;
    }
}
