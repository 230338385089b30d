package org.icosim.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * Charts of a sweep's sensitivity analysis, one per output, in the project's style
 * ({@link RunCharts#style}): the Morris plane (mu* against sigma, one point per factor; Morris
 * 1991, Campolongo et al. 2007: far right = important, high = non-linear or interacting), and
 * Sobol indices (first-order and total per factor, with their 95% intervals over randomised quasi-Monte Carlo replicates as bars).
 * Drawn from the numbers written to the analysis CSV, nothing recomputed.
 */
public final class SensitivityCharts {

    private SensitivityCharts() {
    }

    /** mu* (x) against sigma (y), a labelled point per factor. */
    public static JFreeChart morrisChart(String output, List<String> factors, double[] muStar, double[] sigma) {
        XYSeriesCollection dataset = new XYSeriesCollection();
        for (int i = 0; i < factors.size(); i++) {
            XYSeries point = new XYSeries(factors.get(i));
            if (!Double.isNaN(muStar[i]) && !Double.isNaN(sigma[i])) point.add(muStar[i], sigma[i]);
            dataset.addSeries(point);
        }
        JFreeChart chart = ChartFactory.createScatterPlot("Morris screening: " + output,
                "mu* (mean |elementary effect| per factor range)", "sigma (sd of elementary effects)", dataset,
                PlotOrientation.VERTICAL, true, false, false);
        RunCharts.style(chart, "Morris screening: " + output);
        XYPlot plot = chart.getXYPlot();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
        for (int i = 0; i < factors.size(); i++) {
            renderer.setSeriesPaint(i, RunCharts.PALETTE[i % RunCharts.PALETTE.length]);
            renderer.setSeriesShape(i, new Ellipse2D.Double(-5, -5, 10, 10));
        }
        plot.setRenderer(renderer);
        ((NumberAxis) plot.getDomainAxis()).setAutoRangeIncludesZero(true);
        ((NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(true);
        return chart;
    }

    /** S1 and ST per factor, with their intervals; factors along x. */
    public static JFreeChart sobolChart(String output, List<String> factors, double[] s1, double[] s1Low, double[] s1High,
            double[] st, double[] stLow, double[] stHigh) {
        YIntervalSeriesCollection dataset = new YIntervalSeriesCollection();
        YIntervalSeries first = new YIntervalSeries("first order S1");
        YIntervalSeries total = new YIntervalSeries("total ST");
        for (int i = 0; i < factors.size(); i++) {
            // Side by side around the factor's position, so the two intervals never overlap.
            if (!Double.isNaN(s1[i])) first.add(i - 0.12, s1[i], s1Low[i], s1High[i]);
            if (!Double.isNaN(st[i])) total.add(i + 0.12, st[i], stLow[i], stHigh[i]);
        }
        dataset.addSeries(first);
        dataset.addSeries(total);
        SymbolAxis factorAxis = new SymbolAxis("factor", factors.toArray(String[]::new));
        factorAxis.setGridBandsVisible(false);
        NumberAxis indexAxis = new NumberAxis("Sobol index (share of output variance), 95% interval");
        indexAxis.setAutoRangeIncludesZero(true);
        XYErrorRenderer renderer = new XYErrorRenderer();
        renderer.setDrawXError(false);
        renderer.setDefaultLinesVisible(false);
        renderer.setErrorStroke(new BasicStroke(2.0f));
        for (int s = 0; s < 2; s++) {
            renderer.setSeriesPaint(s, RunCharts.PALETTE[s]);
            renderer.setSeriesShape(s, new Ellipse2D.Double(-5, -5, 10, 10));
            renderer.setSeriesShapesVisible(s, true);
        }
        renderer.setErrorPaint(Color.DARK_GRAY);
        XYPlot plot = new XYPlot(dataset, factorAxis, indexAxis, renderer);
        String title = "Sobol indices: " + output;
        JFreeChart chart = new JFreeChart(title, new Font(Font.SANS_SERIF, Font.BOLD, 18), plot, true);
        RunCharts.style(chart, title);
        chart.addSubtitle(new TextTitle("first order: the factor alone; total: with its interactions"));
        return chart;
    }

    /** Writes a chart as a PNG of the project's standard size, atomically. */
    public static Path save(JFreeChart chart, Path file) throws IOException {
        return RunCharts.save(chart, file);
    }
}
