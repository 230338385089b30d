package org.icosim.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The map's arithmetic, headless: the square round the world, fitting, zooming about the cursor, the scale bar, by-area drawing. */
class MapGeometryTest {

    @Test
    void theMapIsTheSmallestSquareRoundThePointsWithAMarginAndThePointsCentred() {
        // 100 km wide, 40 km high: margin 3 km each side, side 106 km, centred on (50, 20).
        MapGeometry g = MapGeometry.around(new double[] {0, 100, 50}, new double[] {0, 40, 10});
        assertEquals(106, g.widthKm, 1e-9);
        assertEquals(106, g.heightKm, 1e-9);
        assertEquals(-3, g.minX, 1e-9);
        assertEquals(20 - 53, g.minY, 1e-9);
        // Every point inside the field, none on its edge: nothing is cut off.
        for (double[] p : new double[][] {{0, 0}, {100, 40}}) {
            assertTrue(g.fieldX(p[0]) > 0 && g.fieldX(p[0]) < g.widthKm);
            assertTrue(g.fieldY(p[1]) > 0 && g.fieldY(p[1]) < g.heightKm);
        }
    }

    @Test
    void oneOrNoPointStillGivesAMap() {
        MapGeometry one = MapGeometry.around(new double[] {7}, new double[] {9});
        assertEquals(1, one.widthKm, 1e-9);
        assertEquals(6.5, one.minX, 1e-9);
        MapGeometry none = MapGeometry.around(new double[0], new double[0]);
        assertEquals(1, none.widthKm, 1e-9);
        assertThrows(IllegalArgumentException.class, () -> new MapGeometry(0, 0, 0, 1));
    }

    @Test
    void fittingTakesTheShorterSideOfTheViewport() {
        MapGeometry g = new MapGeometry(0, 0, 600, 600);
        assertEquals(0.5, g.fitScale(360, 500), 1e-12);
        assertEquals(2.0, g.fitScale(1440, 2000), 1e-12);
        assertEquals(MapGeometry.MIN_SCALE, g.fitScale(1, 1), 0.0);
        // At scale 1 the 600 km are 720 pixels.
        assertEquals(1.2, g.pixelsPerKm(1), 1e-12);
        assertEquals(2.4, g.pixelsPerKm(2), 1e-12);
    }

    @Test
    void theWheelZoomsByAQuarterANotchAndKeepsThePointUnderTheCursor() {
        assertEquals(1.25, MapGeometry.wheelScale(1, -1), 1e-12);
        assertEquals(0.8, MapGeometry.wheelScale(1, 1), 1e-12);
        assertEquals(MapGeometry.MAX_SCALE, MapGeometry.wheelScale(MapGeometry.MAX_SCALE, -3), 0.0);
        // The view's corner at 100, the cursor at 300 (200 into the view); doubling the scale puts
        // that point at 600, so the corner must move to 400.
        assertEquals(400, MapGeometry.keepUnderCursor(100, 300, 1, 2), 1e-9);
        assertEquals(0, MapGeometry.keepUnderCursor(0, 50, 2, 1), 1e-9);
    }

    @Test
    void theScaleBarShowsTheLongestRoundLengthThatFits() {
        // 1.2 pixels a km, at most 120 pixels: 100 km (120 px) fits, 200 does not.
        assertEquals(100, MapGeometry.scaleBarKm(1.2, 120), 0.0);
        assertEquals(50, MapGeometry.scaleBarKm(1.0, 99), 0.0);
        assertEquals(0.5, MapGeometry.scaleBarKm(200, 120), 0.0);
        assertEquals("100 km", MapGeometry.scaleBarLabel(100));
        assertEquals("0.5 km", MapGeometry.scaleBarLabel(0.5));
    }

    @Test
    void aLargeWorldIsDrawnByAreaOnlyWhileItsPracticesWouldBeSpecks() {
        assertTrue(MapGeometry.drawByArea(7819, 1.5, 1.0), "England at fit: 1.5-pixel practices");
        assertFalse(MapGeometry.drawByArea(7819, 1.5, 4.0), "zoomed in: 6-pixel practices");
        assertFalse(MapGeometry.drawByArea(12, 0.1, 1.0), "a small world is always drawn practice by practice");
    }

    @Test
    void zoomingToOneAreaFitsItsBoxWithAMarginAndCentresIt() {
        MapGeometry england = new MapGeometry(0, 0, 600, 600);
        // A 60 by 30 km area in a 600-pixel viewport: 66 km across at 1.2 pixels a km per unit of scale.
        double scale = england.scaleToShow(60, 30, 600, 600);
        assertEquals(600 / (66 * 1.2), scale, 1e-9);
        assertEquals(600, 66 * england.pixelsPerKm(scale), 1e-9, "the box and its margin fill the viewport");
        // Its centre at 300 km: the corner half a viewport before it.
        assertEquals(300 * england.pixelsPerKm(scale) - 300, england.cornerToCentre(300, scale, 600), 1e-9);
        assertEquals(0, england.cornerToCentre(10, scale, 600), 0.0, "never before the map's edge");
    }
}
