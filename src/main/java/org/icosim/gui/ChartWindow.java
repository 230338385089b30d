package org.icosim.gui;

import java.awt.Dimension;
import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Date;

import javax.swing.JFileChooser;
import javax.swing.JFrame;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;
import javax.swing.JOptionPane;
import javax.swing.WindowConstants;
import javax.swing.filechooser.FileNameExtensionFilter;

import org.jfree.chart.ChartPanel;
import org.jfree.chart.axis.DateAxis;
import org.jfree.data.time.Month;

import org.icosim.report.MetricChart;

/**
 * One live chart in its own window, registered with the Console (its Displays list shows and
 * hides it). The chart is a {@link MetricChart}, the same a headless run writes, filled a month
 * at a time from the run's metrics by name. File, Save as PNG or SVG writes it atomically.
 */
final class ChartWindow {

    private final MetricChart chart;
    private final JFrame frame;

    ChartWindow(MetricChart chart) {
        this.chart = chart;
        frame = new JFrame(chart.title());
        frame.setDefaultCloseOperation(WindowConstants.HIDE_ON_CLOSE);
        ChartPanel panel = new ChartPanel(chart.chart());
        panel.setPreferredSize(new Dimension(560, 350));
        // In a small window the chart is drawn at least this size and scaled down, rather than
        // laid out again with its legend taking most of it and its axis label cut.
        panel.setMinimumDrawWidth(360);
        panel.setMinimumDrawHeight(240);
        frame.getContentPane().add(panel);
        JMenuBar menus = new JMenuBar();
        JMenu file = new JMenu("File");
        JMenuItem png = new JMenuItem("Save as PNG...");
        png.addActionListener(e -> saveInteractively("png"));
        JMenuItem svg = new JMenuItem("Save as SVG...");
        svg.addActionListener(e -> saveInteractively("svg"));
        file.add(png);
        file.add(svg);
        menus.add(file);
        frame.setJMenuBar(menus);
        frame.pack();
    }

    JFrame frame() {
        return frame;
    }

    MetricChart chart() {
        return chart;
    }

    /**
     * Empties the chart for a new run and sets its time axis to the run's months, so an empty
     * chart shows the dates to come rather than no axis at all.
     */
    void startRun(YearMonth start, int months) {
        chart.clear();
        DateAxis axis = (DateAxis) chart.chart().getXYPlot().getDomainAxis();
        Month first = new Month(start.getMonthValue(), start.getYear());
        YearMonth endMonth = start.plusMonths(Math.max(1, months) - 1);
        Month last = new Month(endMonth.getMonthValue(), endMonth.getYear());
        axis.setRange(new Date(first.getFirstMillisecond()), new Date(last.getLastMillisecond()));
    }

    /** The chart's file name with another extension: {@code workforce.png} gives {@code workforce.svg}. */
    String fileName(String extension) {
        String png = chart.fileName();
        return png.substring(0, png.lastIndexOf('.') + 1) + extension;
    }

    /** Writes the chart as {@code <name>.png} and {@code <name>.svg} into {@code folder}. */
    void saveInto(Path folder) throws IOException {
        chart.writePng(folder.resolve(fileName("png")));
        chart.writeSvg(folder.resolve(fileName("svg")));
    }

    private void saveInteractively(String extension) {
        JFileChooser chooser = new JFileChooser();
        chooser.setSelectedFile(new java.io.File(fileName(extension)));
        chooser.setFileFilter(new FileNameExtensionFilter(extension.toUpperCase() + " image", extension));
        if (chooser.showSaveDialog(frame) != JFileChooser.APPROVE_OPTION) return;
        Path target = chooser.getSelectedFile().toPath();
        if (!target.getFileName().toString().toLowerCase().endsWith("." + extension)) {
            target = target.resolveSibling(target.getFileName() + "." + extension);
        }
        if (!IcoSimWithUI.confirmReplace(frame, java.util.List.of(target))) return;
        try {
            if (extension.equals("svg")) chart.writeSvg(target);
            else chart.writePng(target);
        } catch (IOException | RuntimeException e) {
            JOptionPane.showMessageDialog(frame, "Could not save " + target + ": " + e.getMessage(), "icosim",
                    JOptionPane.ERROR_MESSAGE);
        }
    }
}
