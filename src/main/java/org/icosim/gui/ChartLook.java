package org.icosim.gui;

import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.DateTickUnit;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnit;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;

/**
 * How a chart window draws its {@link org.icosim.report.MetricChart}: in the full look, the one
 * {@code run} writes as PNG, or, in a window too small for it, compact. Compact leaves out the
 * in-chart title (the window title gives it) and the time axis's label ("month"), shortens each
 * value axis's label (the full one is the axis's tool tip, {@link #fullLabel}) and draws the tick
 * labels, axis labels and legend in smaller type, so the whole chart fits a window the size the
 * Console's tiling gives it on a 1,366 by 768 screen, drawn at its own size rather than scaled.
 *
 * <p>The rule is {@link #fit}: compact below {@link #compact(int, int)}'s size, and wherever the
 * full look, drawn at the window's size, would cut a value axis's label or a legend item; so a
 * window resized by hand changes look too. The full look is restored exactly (the labels and fonts the
 * chart was built with), so a chart saved from the GUI is the chart {@code run} writes.
 * Swing thread only, as every change to the chart.
 */
final class ChartLook {

    /**
     * Below this drawing area, pixels, a chart is always drawn compact; above it, compact where
     * the full look is not whole ({@link #fit}).
     */
    static final int FULL_WIDTH = 360;
    static final int FULL_HEIGHT = 240;
    /** The smallest area the compact look fits; a window smaller still is drawn at this size and scaled down. */
    static final int COMPACT_WIDTH = 200;
    static final int COMPACT_HEIGHT = 160;

    /** The value axes' short labels in the compact look, by their full labels (MetricChart's). */
    private static final Map<String, String> SHORT_LABELS = Map.of(
            "partner FTE / fully qualified GP FTE (share)", "partner share",
            "practices (count)", "practices",
            "FTE (1 FTE = 37.5 hours a week)", "GP FTE",
            "requests met at the first attempt (share)", "met first time",
            "A&E attendances per month (people)", "A&E a month",
            "patients whose practice is in an ICO (share)", "ICO share",
            "trusts (count)", "trusts");

    private static final Font COMPACT_LABEL = new Font(Font.SANS_SERIF, Font.BOLD, 11);
    private static final Font COMPACT_TICKS = new Font(Font.SANS_SERIF, Font.PLAIN, 10);
    private static final Font COMPACT_LEGEND = new Font(Font.SANS_SERIF, Font.PLAIN, 10);

    /** One axis as the full look has it. */
    private record AxisLook(Axis axis, String label, Font labelFont, Font tickFont) {
    }

    private final JFreeChart chart;
    private final List<AxisLook> axes = new ArrayList<>();
    private final Font legendFont;
    /** The tick units the chart was built with, by axis. */
    private final Map<ValueAxis, TickUnit> firstTickUnits = new java.util.LinkedHashMap<>();
    private boolean compact;

    /** Takes the chart's look as it is now as its full look. */
    ChartLook(JFreeChart chart) {
        this.chart = chart;
        XYPlot plot = chart.getXYPlot();
        add(plot.getDomainAxis());
        for (int i = 0; i < plot.getRangeAxisCount(); i++) add(plot.getRangeAxis(i));
        legendFont = chart.getLegend().getItemFont();
    }

    private void add(ValueAxis axis) {
        if (axis == null) return;
        axes.add(new AxisLook(axis, axis.getLabel(), axis.getLabelFont(), axis.getTickLabelFont()));
        if (axis instanceof DateAxis) firstTickUnits.put(axis, ((DateAxis) axis).getTickUnit());
        else if (axis instanceof NumberAxis) firstTickUnits.put(axis, ((NumberAxis) axis).getTickUnit());
    }

    /**
     * Gives every axis back the tick unit the chart was built with, without redrawing. JFreeChart
     * picks an axis's ticks starting from the last drawing's, so a chart drawn in a small window
     * would otherwise be saved with other ticks (years rather than half years) than a chart
     * {@code run} writes, never drawn before.
     */
    void startTicksAfresh() {
        firstTickUnits.forEach((axis, unit) -> {
            if (axis instanceof DateAxis) ((DateAxis) axis).setTickUnit((DateTickUnit) unit, false, false);
            else ((NumberAxis) axis).setTickUnit((NumberTickUnit) unit, false, false);
        });
    }

    /** Whether a chart drawn in {@code width} by {@code height} pixels takes the compact look. */
    static boolean compact(int width, int height) {
        return width < FULL_WIDTH || height < FULL_HEIGHT;
    }

    /** The short label of a value axis in the compact look: {@link #SHORT_LABELS}'s, or the label itself. */
    static String shortLabel(String label) {
        return label == null ? null : SHORT_LABELS.getOrDefault(label, label);
    }

    /**
     * Takes the look for a drawing area of {@code width} by {@code height} pixels: compact below
     * {@link #compact(int, int)}'s size, and above it wherever the full look would not be whole
     * ({@link #fullLookFits}): a window the tiling gives on a 1,920 by 1,080 screen, for one,
     * is too low for the full look's long axis labels.
     */
    void fit(int width, int height) {
        setCompact(compact(width, height) || !fullLookFits(width, height));
    }

    /**
     * Whether the full look, drawn in {@code width} by {@code height} pixels, keeps every value
     * axis's label within the plot's height (the label runs up beside the plot) and every legend
     * item inside the drawing; measured by drawing it off screen. Leaves the look and the tick
     * units as they were.
     */
    boolean fullLookFits(int width, int height) {
        boolean was = compact;
        setCompact(false);
        try {
            return whole(chart, width, height);
        } finally {
            startTicksAfresh();
            setCompact(was);
        }
    }

    /** Whether the chart as it is now, drawn in {@code width} by {@code height}, keeps every value-axis label and legend item whole. */
    static boolean whole(JFreeChart chart, int width, int height) {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(width, height, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = image.createGraphics();
        try {
            org.jfree.chart.ChartRenderingInfo info = new org.jfree.chart.ChartRenderingInfo();
            chart.draw(g, new java.awt.Rectangle(width, height), info);
            double plotHeight = info.getPlotInfo().getDataArea().getHeight();
            XYPlot plot = chart.getXYPlot();
            for (int i = 0; i < plot.getRangeAxisCount(); i++) {
                Axis axis = plot.getRangeAxis(i);
                if (axis == null || axis.getLabel() == null) continue;
                if (g.getFontMetrics(axis.getLabelFont()).stringWidth(axis.getLabel()) > plotHeight) return false;
            }
            java.awt.Rectangle drawing = new java.awt.Rectangle(width, height);
            for (Object entity : info.getEntityCollection().getEntities()) {
                if (entity instanceof org.jfree.chart.entity.LegendItemEntity
                        && !drawing.contains(((org.jfree.chart.entity.ChartEntity) entity).getArea().getBounds())) {
                    return false;
                }
            }
            return true;
        } finally {
            g.dispose();
        }
    }

    boolean isCompact() {
        return compact;
    }

    void setCompact(boolean compact) {
        if (compact == this.compact) return;
        this.compact = compact;
        chart.getTitle().setVisible(!compact);
        LegendTitle legend = chart.getLegend();
        legend.setItemFont(compact ? COMPACT_LEGEND : legendFont);
        Axis time = chart.getXYPlot().getDomainAxis();
        for (AxisLook look : axes) {
            String label = !compact ? look.label() : look.axis() == time ? null : shortLabel(look.label());
            look.axis().setLabel(label);
            look.axis().setLabelFont(compact ? COMPACT_LABEL : look.labelFont());
            look.axis().setTickLabelFont(compact ? COMPACT_TICKS : look.tickFont());
        }
    }

    /** The full look's label of {@code axis} (a tool tip where the compact look shortens or hides it), or {@code null}. */
    String fullLabel(Axis axis) {
        for (AxisLook look : axes) if (look.axis() == axis) return look.label();
        return null;
    }
}
