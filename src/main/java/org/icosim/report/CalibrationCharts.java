package org.icosim.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;

import org.icosim.io.AtomicFiles;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * Charts of a history-matching calibration, drawn from the numbers its CSV files hold: the
 * leave-one-out check of one output's emulator (each design point's replicate mean against the
 * emulator's prediction with that point left out, with a 95% interval; the points should scatter
 * round the diagonal, about 1 in 20 intervals missing it), and the pairs plot of a sample of the
 * non-implausible region (every pair of calibrated parameters over their prior ranges, so an
 * unconstrained parameter fills its axis and a constrained one a band).
 */
public final class CalibrationCharts {

    /** Side of one panel of a pairs plot, in pixels. */
    static final int PANEL = 170;

    private CalibrationCharts() {
    }

    /**
     * @param output the output's name
     * @param actual the replicate mean at each design point
     * @param mean   the leave-one-out mean at each point
     * @param sd     the leave-one-out standard deviation at each point
     */
    public static JFreeChart leaveOneOut(String output, double[] actual, double[] mean, double[] sd) {
        YIntervalSeriesCollection points = new YIntervalSeriesCollection();
        YIntervalSeries s = new YIntervalSeries("left-out prediction, 95% interval");
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        int outside = 0;
        for (int i = 0; i < actual.length; i++) {
            s.add(actual[i], mean[i], mean[i] - 1.96 * sd[i], mean[i] + 1.96 * sd[i]);
            lo = Math.min(lo, Math.min(actual[i], mean[i] - 1.96 * sd[i]));
            hi = Math.max(hi, Math.max(actual[i], mean[i] + 1.96 * sd[i]));
            if (Math.abs(actual[i] - mean[i]) > 1.96 * sd[i]) outside++;
        }
        points.addSeries(s);
        XYErrorRenderer renderer = new XYErrorRenderer();
        renderer.setDrawXError(false);
        renderer.setDefaultLinesVisible(false);
        renderer.setSeriesPaint(0, RunCharts.PALETTE[0]);
        renderer.setSeriesShape(0, new Ellipse2D.Double(-4, -4, 8, 8));
        renderer.setErrorPaint(Color.GRAY);
        NumberAxis x = new NumberAxis("run mean at the design point");
        NumberAxis y = new NumberAxis("emulator with the point left out");
        x.setAutoRangeIncludesZero(false);
        y.setAutoRangeIncludesZero(false);
        XYPlot plot = new XYPlot(points, x, y, renderer);
        XYSeriesCollection diagonal = new XYSeriesCollection();
        XYSeries d = new XYSeries("y = x");
        if (lo < hi) {
            d.add(lo, lo);
            d.add(hi, hi);
        }
        diagonal.addSeries(d);
        XYLineAndShapeRenderer line = new XYLineAndShapeRenderer(true, false);
        line.setSeriesPaint(0, Color.DARK_GRAY);
        line.setSeriesStroke(0, new BasicStroke(1.0f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {6, 4}, 0));
        plot.setDataset(1, diagonal);
        plot.setRenderer(1, line);
        String title = "Leave-one-out: " + output;
        JFreeChart chart = new JFreeChart(title, new Font(Font.SANS_SERIF, Font.BOLD, 18), plot, true);
        RunCharts.style(chart, title);
        chart.addSubtitle(new TextTitle(String.format(Locale.ROOT, "%d of %d points outside their 95%% interval (about %.0f expected)",
                outside, actual.length, 0.05 * actual.length)));
        return chart;
    }

    /** Writes a chart as a PNG of the project's standard size, atomically. */
    public static Path save(JFreeChart chart, Path file) throws IOException {
        return RunCharts.save(chart, file);
    }

    /**
     * The pairs plot of a sample of the region: panel (row i, column j) plots parameter j across
     * against parameter i up, each over its prior range; the diagonal names the parameter and its
     * range. Written as a PNG, atomically.
     *
     * @param title  the plot's title
     * @param names  the parameters
     * @param lower  their prior lower bounds
     * @param upper  their prior upper bounds
     * @param points the sample, each a value per parameter
     */
    public static Path pairs(String title, List<String> names, double[] lower, double[] upper, double[][] points, Path file)
            throws IOException {
        int k = names.size();
        int top = 40;
        int size = Math.max(1, k) * PANEL;
        BufferedImage image = new BufferedImage(Math.max(size + 20, 620), size + top + 10, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.setColor(Color.BLACK);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
            g.drawString(title, 10, 26);
            Color dot = new Color(RunCharts.PALETTE[0].getRed(), RunCharts.PALETTE[0].getGreen(), RunCharts.PALETTE[0].getBlue(), 110);
            for (int i = 0; i < k; i++) {
                for (int j = 0; j < k; j++) {
                    int x0 = 10 + j * PANEL;
                    int y0 = top + i * PANEL;
                    g.setColor(Color.GRAY);
                    g.draw(new Rectangle2D.Double(x0 + 4, y0 + 4, PANEL - 8, PANEL - 8));
                    if (i == j) {
                        g.setColor(Color.BLACK);
                        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 12));
                        centred(g, names.get(i), x0 + PANEL / 2, y0 + PANEL / 2 - 6);
                        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
                        centred(g, "[" + number(lower[i]) + ", " + number(upper[i]) + "]", x0 + PANEL / 2, y0 + PANEL / 2 + 12);
                        continue;
                    }
                    g.setColor(dot);
                    double w = PANEL - 16;
                    for (double[] p : points) {
                        double u = (p[j] - lower[j]) / (upper[j] - lower[j]);
                        double v = (p[i] - lower[i]) / (upper[i] - lower[i]);
                        g.fill(new Ellipse2D.Double(x0 + 8 + u * w - 1.5, y0 + 8 + (1 - v) * w - 1.5, 3, 3));
                    }
                }
            }
        } finally {
            g.dispose();
        }
        AtomicFiles.write(file, out -> ImageIO.write(image, "png", out));
        return file;
    }

    private static void centred(Graphics2D g, String text, int x, int y) {
        FontMetrics m = g.getFontMetrics();
        g.drawString(text, x - m.stringWidth(text) / 2, y);
    }

    private static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e9) return Long.toString((long) v);
        return String.format(Locale.ROOT, "%.3g", v);
    }
}
