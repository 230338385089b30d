package org.icosim.gui;

/**
 * The arithmetic of the map, apart from Swing so it is tested headless: the part of the model's
 * plane (km) the map covers, the display's size at scale 1, the scale that fits the whole map
 * in a window, zooming about the cursor, the length of the km scale bar, and when a large world
 * is drawn by area instead of practice by practice.
 */
final class MapGeometry {

    /** The longer side of the display at scale 1, in pixels. */
    static final int BASE_PIXELS = 720;
    /** Margin round the outermost practice or trust, as a share of the longer side. */
    static final double MARGIN = 0.03;
    /** Zoom limits: from a tenth of the fitted size to 200 times it. */
    static final double MIN_SCALE = 0.05;
    static final double MAX_SCALE = 200;
    /** Lengths the scale bar may show, km. */
    private static final double[] NICE_KM = {0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000};

    final double minX;
    final double minY;
    final double widthKm;
    final double heightKm;

    /** The rectangle of the plane from (minX, minY), widthKm by heightKm (both above 0). */
    MapGeometry(double minX, double minY, double widthKm, double heightKm) {
        if (!(widthKm > 0) || !(heightKm > 0)) {
            throw new IllegalArgumentException("map size: got " + widthKm + " by " + heightKm + " km, expected both above 0");
        }
        this.minX = minX;
        this.minY = minY;
        this.widthKm = widthKm;
        this.heightKm = heightKm;
    }

    /**
     * The smallest square holding the points, with {@link #MARGIN} round it, the points centred
     * in the shorter direction (a single point gets 1 km). Square, because MASON's display keeps
     * the shape its layers were attached with: a field of another shape would be drawn stretched.
     */
    static MapGeometry around(double[] xs, double[] ys) {
        if (xs.length == 0) return new MapGeometry(0, 0, 1, 1);
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < xs.length; i++) {
            minX = Math.min(minX, xs[i]);
            maxX = Math.max(maxX, xs[i]);
            minY = Math.min(minY, ys[i]);
            maxY = Math.max(maxY, ys[i]);
        }
        double longer = Math.max(maxX - minX, maxY - minY);
        double margin = Math.max(0.5, MARGIN * longer);
        double side = longer + 2 * margin;
        double left = (minX + maxX) / 2 - side / 2;
        double top = (minY + maxY) / 2 - side / 2;
        return new MapGeometry(left, top, side, side);
    }

    /** Field coordinates (km from the map's corner) of a point of the plane. */
    double fieldX(double x) {
        return x - minX;
    }

    double fieldY(double y) {
        return y - minY;
    }

    /** The display's width at scale 1, pixels: the longer side is {@link #BASE_PIXELS}, the other in proportion. */
    double basePixelsWide() {
        return widthKm >= heightKm ? BASE_PIXELS : BASE_PIXELS * widthKm / heightKm;
    }

    double basePixelsHigh() {
        return heightKm >= widthKm ? BASE_PIXELS : BASE_PIXELS * heightKm / widthKm;
    }

    /** Pixels per km at a display scale. */
    double pixelsPerKm(double scale) {
        return scale * basePixelsWide() / widthKm;
    }

    /** The scale at which the whole map fits in a viewport of that many pixels. */
    double fitScale(int viewportWide, int viewportHigh) {
        double fit = Math.min(viewportWide / basePixelsWide(), viewportHigh / basePixelsHigh());
        return clampScale(fit);
    }

    /**
     * The scale at which a box of the field (km) fills a viewport of that many pixels, with a
     * tenth of the box as margin: zooming to one area.
     */
    double scaleToShow(double boxWideKm, double boxHighKm, int viewportWide, int viewportHigh) {
        double wide = Math.max(1, boxWideKm) * 1.1;
        double high = Math.max(1, boxHighKm) * 1.1;
        double pixelsPerKmAtOne = basePixelsWide() / widthKm;
        return clampScale(Math.min(viewportWide / (wide * pixelsPerKmAtOne), viewportHigh / (high * pixelsPerKmAtOne)));
    }

    /** The view's corner, display pixels, that centres the field point {@code centreKm} in a viewport {@code viewportPixels} long. */
    double cornerToCentre(double centreKm, double scale, int viewportPixels) {
        return Math.max(0, centreKm * pixelsPerKm(scale) - viewportPixels / 2.0);
    }

    static double clampScale(double scale) {
        return Math.max(MIN_SCALE, Math.min(MAX_SCALE, scale));
    }

    /** The scale after {@code notches} wheel notches (negative zooms in): each notch 1.25 times. */
    static double wheelScale(double scale, int notches) {
        return clampScale(scale * Math.pow(1.25, -notches));
    }

    /**
     * Where the view's top-left corner must go, in display pixels, for the point under the cursor
     * to stay under it when the scale changes from {@code from} to {@code to}.
     *
     * @param viewCorner the view's top-left corner now, display pixels
     * @param cursor     the cursor, display pixels (not relative to the view)
     */
    static double keepUnderCursor(double viewCorner, double cursor, double from, double to) {
        return Math.max(0, cursor * to / from - (cursor - viewCorner));
    }

    /** The km the scale bar shows: the longest of 1-2-5 steps that is at most {@code maxPixels} long. */
    static double scaleBarKm(double pixelsPerKm, double maxPixels) {
        double best = NICE_KM[0];
        for (double km : NICE_KM) if (km * pixelsPerKm <= maxPixels) best = km;
        return best;
    }

    /** The scale bar's words: "50 km", "0.5 km". */
    static String scaleBarLabel(double km) {
        return (km == Math.rint(km) ? Long.toString((long) km) : Double.toString(km)) + " km";
    }

    /** Practices above which a world is large: GPs start hidden, and the map is drawn by area when zoomed out. */
    static final int LARGE_WORLD_PRACTICES = 1000;

    /**
     * Whether to draw areas instead of practices: on a large world while a standard practice
     * dot would be under two pixels across.
     */
    static boolean drawByArea(int practices, double dotKm, double pixelsPerKm) {
        return practices > LARGE_WORLD_PRACTICES && dotKm * pixelsPerKm < 2;
    }
}
