package org.icosim.gui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import javax.swing.JFrame;
import javax.swing.SwingUtilities;

import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.entity.AxisEntity;
import org.jfree.chart.entity.ChartEntity;
import org.jfree.chart.entity.LegendItemEntity;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.time.Month;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.icosim.metrics.Metric;
import org.icosim.report.MetricChart;

/**
 * A chart window too small for the full look draws its chart compact, whole: every axis label
 * and legend item inside, nothing scaled. A window the size of one on a 1,920 by 1,080 screen or
 * larger keeps the full look, and so does every chart saved from the GUI.
 */
class ChartLookTest {

    /** The chart's drawing area in the window the Console's tiling gives on a 1,366 by 768 screen (245 by 256 with its title and menu bars). */
    private static final int SMALL_WIDTH = 240;
    private static final int SMALL_HEIGHT = 212;
    private static final int MONTHS = 72;

    @Test
    void theLookIsCompactBelow360By240Only() {
        assertTrue(ChartLook.compact(359, 300));
        assertTrue(ChartLook.compact(500, 239));
        assertTrue(ChartLook.compact(245, 256));
        assertFalse(ChartLook.compact(360, 240));
        assertFalse(ChartLook.compact(390, 300), "a chart window on a 1,920 by 1,080 screen: measured (fit), not compact by size alone");
        assertFalse(ChartLook.compact(560, 350));
    }

    @Test
    void compactEveryChartIsWholeInTheWindowOfA1366By768Screen() {
        for (Supplier<MetricChart> make : standardCharts()) {
            for (int[] size : new int[][] {{SMALL_WIDTH, SMALL_HEIGHT}, {245, 256}}) {
                MetricChart chart = filled(make.get());
                ChartLook look = new ChartLook(chart.chart());
                look.fit(size[0], size[1]);
                assertTrue(look.isCompact());
                String where = chart.title() + " at " + size[0] + "x" + size[1];
                Drawing drawing = draw(chart.chart(), size[0], size[1]);
                assertFalse(chart.chart().getTitle().isVisible(), where);
                assertNull(chart.chart().getXYPlot().getDomainAxis().getLabel(), where);
                assertTrue(drawing.cutLabels().isEmpty(), where + ": labels longer than the plot " + drawing.cutLabels());
                assertEquals(chart.lines().size(), drawing.legendItems().size(), where);
                for (Rectangle item : drawing.legendItems()) {
                    assertTrue(new Rectangle(size[0], size[1]).contains(item), where + ": legend item " + item);
                }
                assertTrue(drawing.dataArea().getHeight() >= 90, where + ": plot " + drawing.dataArea());
            }
        }
    }

    /**
     * A chart window as tiled on a 1,920 by 1,080 screen (about 390 by 300 to draw in) is too low
     * for the full look's long labels, so it is compact too, and whole; at the size run writes
     * (900 by 560) every chart keeps the full look.
     */
    @Test
    void theFullLookIsKeptOnlyWhereItIsWhole() {
        for (Supplier<MetricChart> make : standardCharts()) {
            MetricChart chart = filled(make.get());
            ChartLook look = new ChartLook(chart.chart());
            assertFalse(ChartLook.whole(chart.chart(), 390, 300), chart.title() + ": the full look at 390x300");
            look.fit(390, 300);
            assertTrue(look.isCompact(), chart.title());
            assertTrue(ChartLook.whole(chart.chart(), 390, 300), chart.title() + ": compact at 390x300");
            look.fit(900, 560);
            assertFalse(look.isCompact(), chart.title());
            assertTrue(ChartLook.whole(chart.chart(), 900, 560), chart.title());
        }
    }

    /** The measure above sees the problem: drawn in the full look at that size, the long labels are cut. */
    @Test
    void inTheFullLookTheSmallWindowCutsLabels() {
        MetricChart chart = filled(MetricChart.icoAdoption());
        assertFalse(draw(chart.chart(), SMALL_WIDTH, SMALL_HEIGHT).cutLabels().isEmpty());
    }

    @Test
    void at900By560NothingChangesAndAfterCompactTheFullLookIsExactlyRestored(@TempDir Path dir) throws IOException {
        for (Supplier<MetricChart> make : standardCharts()) {
            MetricChart untouched = filled(make.get());
            MetricChart shown = filled(make.get());
            ChartLook look = new ChartLook(shown.chart());
            look.fit(900, 560);
            assertFalse(look.isCompact());
            assertArrayEquals(pixels(untouched.chart(), 900, 560), pixels(shown.chart(), 900, 560), shown.title());
            look.fit(SMALL_WIDTH, SMALL_HEIGHT);
            pixels(shown.chart(), SMALL_WIDTH, SMALL_HEIGHT);
            look.fit(900, 560);
            look.startTicksAfresh();
            assertArrayEquals(pixels(untouched.chart(), 900, 560), pixels(shown.chart(), 900, 560), shown.title());
            Path a = untouched.writePng(dir.resolve("a-" + untouched.fileName()));
            Path b = shown.writePng(dir.resolve("b-" + shown.fileName()));
            assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b), shown.title() + ": the file run writes");
        }
    }

    /** The window for real: compact at the 1,366 by 768 tiling's size, full again when enlarged by hand, saved in the full look. */
    @Test
    void aWindowSwitchesLookAsItIsResizedAndSavesTheFullLook(@TempDir Path dir) throws Exception {
        assumeFalse(GraphicsEnvironment.isHeadless(), "needs a display: run under xvfb-run with -Dicosim.headless=false");
        MetricChart untouched = filled(MetricChart.workforce());
        ChartWindow[] window = new ChartWindow[1];
        SwingUtilities.invokeAndWait(() -> {
            window[0] = new ChartWindow(filled(MetricChart.workforce()));
            window[0].frame().setSize(245, 256);
            window[0].frame().setVisible(true);
        });
        try {
            settle();
            SwingUtilities.invokeAndWait(() -> {
                ChartWindow w = window[0];
                assertTrue(w.look().isCompact(), "panel " + w.panel().getSize());
                assertTrue(w.panel().getWidth() >= w.panel().getMinimumDrawWidth()
                        && w.panel().getHeight() >= w.panel().getMinimumDrawHeight(),
                        "drawn at its own size, not scaled: panel " + w.panel().getSize());
                Axis workforce = w.chart().chart().getXYPlot().getRangeAxis();
                assertEquals("GP FTE", workforce.getLabel());
                assertEquals("FTE (1 FTE = 37.5 hours a week)",
                        w.compactToolTip(new AxisEntity(new Rectangle(1, 1), workforce), null));
                assertEquals("GP workforce by role", w.compactToolTip(null, null));
            });
            window[0].saveInto(dir);
            assertArrayEquals(Files.readAllBytes(untouched.writePng(dir.resolve("untouched.png"))),
                    Files.readAllBytes(dir.resolve("workforce.png")), "saved in the full look, as run writes it");
            assertArrayEquals(Files.readAllBytes(filled(MetricChart.workforce()).writeSvg(dir.resolve("untouched.svg"))),
                    Files.readAllBytes(dir.resolve("workforce.svg")), "saved in the full look, as run writes it");
            SwingUtilities.invokeAndWait(() -> assertTrue(window[0].look().isCompact(), "compact again after saving"));
            SwingUtilities.invokeAndWait(() -> window[0].frame().setSize(960, 640));
            settle();
            SwingUtilities.invokeAndWait(() -> {
                assertFalse(window[0].look().isCompact(), "panel " + window[0].panel().getSize());
                assertTrue(window[0].chart().chart().getTitle().isVisible());
                assertNull(window[0].compactToolTip(null, null));
            });
        } finally {
            SwingUtilities.invokeAndWait(() -> window[0].frame().dispose());
        }
    }

    // ---------------------------------------------------------------- helpers

    private static List<Supplier<MetricChart>> standardCharts() {
        return List.of(MetricChart::partnership, MetricChart::practices, MetricChart::workforce, MetricChart::access,
                MetricChart::icoAdoption);
    }

    /** A run's months on the time axis as the GUI sets it, with England-sized counts (the widest tick labels). */
    private static MetricChart filled(MetricChart chart) {
        YearMonth start = YearMonth.of(2015, 4);
        double[] row = new double[Metric.values().length];
        for (int m = 0; m < MONTHS; m++) {
            for (Metric metric : Metric.values()) {
                boolean share = metric.name().toLowerCase().contains("share") || metric == Metric.accessWithin48h;
                row[metric.ordinal()] = share ? 0.3 + 0.005 * m : 2_000 + 500_000.0 * m;
            }
            chart.append(start.plusMonths(m).toString(), row);
        }
        DateAxis axis = (DateAxis) chart.chart().getXYPlot().getDomainAxis();
        YearMonth end = start.plusMonths(MONTHS - 1);
        axis.setRange(new Month(4, 2015).getFirstMillisecond(), new Month(end.getMonthValue(), end.getYear()).getLastMillisecond());
        return chart;
    }

    /** What a drawing at one size shows: the value axes whose label is longer than the plot is high, the legend items, the plot. */
    private record Drawing(List<String> cutLabels, List<Rectangle> legendItems, Rectangle2D dataArea) {
    }

    private static Drawing draw(JFreeChart chart, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        ChartRenderingInfo info = new ChartRenderingInfo();
        chart.draw(g, new Rectangle(width, height), info);
        Rectangle2D dataArea = info.getPlotInfo().getDataArea();
        List<String> cut = new ArrayList<>();
        XYPlot plot = chart.getXYPlot();
        for (int i = 0; i < plot.getRangeAxisCount(); i++) {
            Axis axis = plot.getRangeAxis(i);
            if (axis == null || axis.getLabel() == null) continue;
            // A value axis's label runs up beside the plot, centred on it.
            if (g.getFontMetrics(axis.getLabelFont()).stringWidth(axis.getLabel()) > dataArea.getHeight()) cut.add(axis.getLabel());
        }
        g.dispose();
        List<Rectangle> legend = new ArrayList<>();
        for (Object entity : info.getEntityCollection().getEntities()) {
            if (entity instanceof LegendItemEntity) legend.add(((ChartEntity) entity).getArea().getBounds());
        }
        return new Drawing(cut, legend, dataArea);
    }

    private static int[] pixels(JFreeChart chart, int width, int height) {
        BufferedImage image = chart.createBufferedImage(width, height);
        assertNotNull(image);
        return image.getRGB(0, 0, width, height, null, 0, width);
    }

    /** Lets the window's resize reach the chart panel. */
    private static void settle() throws Exception {
        for (int i = 0; i < 5; i++) {
            SwingUtilities.invokeAndWait(() -> { });
            Thread.sleep(100);
        }
    }
}
