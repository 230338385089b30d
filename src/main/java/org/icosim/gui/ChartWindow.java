package org.icosim.gui;

import java.awt.Dimension;
import java.awt.event.ComponentAdapter;
import java.awt.event.ComponentEvent;
import java.awt.event.MouseEvent;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Date;

import javax.swing.JFileChooser;
import javax.swing.JFrame;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;
import javax.swing.JOptionPane;
import javax.swing.SwingUtilities;
import javax.swing.WindowConstants;
import javax.swing.filechooser.FileNameExtensionFilter;

import org.jfree.chart.ChartPanel;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.entity.AxisEntity;
import org.jfree.chart.entity.ChartEntity;
import org.jfree.data.time.Month;

import org.icosim.report.MetricChart;

/**
 * One live chart in its own window, registered with the Console (its Displays list shows and
 * hides it). The chart is a {@link MetricChart}, the same a headless run writes, filled a month
 * at a time from the run's metrics by name. File, Save as PNG or SVG writes it atomically, in
 * the full look whatever the window's size; a window too small for that draws it compact
 * ({@link ChartLook}), switching as the window is resized.
 */
final class ChartWindow {

    private final MetricChart chart;
    private final JFrame frame;
    private final ChartPanel panel;
    private final ChartLook look;

    ChartWindow(MetricChart chart) {
        this.chart = chart;
        frame = new JFrame(chart.title());
        frame.setDefaultCloseOperation(WindowConstants.HIDE_ON_CLOSE);
        look = new ChartLook(chart.chart());
        panel = new ChartPanel(chart.chart()) {
            @Override
            public String getToolTipText(MouseEvent e) {
                return compactToolTip(getEntityForPoint(e.getX(), e.getY()), super.getToolTipText(e));
            }
        };
        panel.setPreferredSize(new Dimension(560, 350));
        // A window too small for the full look draws the chart compact (ChartLook), at its own
        // size; only one smaller than the compact look needs is drawn at that size and scaled down.
        panel.setMinimumDrawWidth(ChartLook.COMPACT_WIDTH);
        panel.setMinimumDrawHeight(ChartLook.COMPACT_HEIGHT);
        panel.addComponentListener(new ComponentAdapter() {
            @Override
            public void componentResized(ComponentEvent e) {
                look.fit(panel.getWidth(), panel.getHeight());
            }
        });
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

    ChartPanel panel() {
        return panel;
    }

    ChartLook look() {
        return look;
    }

    /**
     * In the compact look, the words it leaves out: over an axis, its full label; elsewhere, the
     * chart's title (a window manager may cut the window's). In the full look, {@code otherwise}.
     */
    String compactToolTip(ChartEntity entity, String otherwise) {
        if (!look.isCompact()) return otherwise;
        if (entity instanceof AxisEntity) {
            String full = look.fullLabel(((AxisEntity) entity).getAxis());
            if (full != null) return full;
        }
        return otherwise != null ? otherwise : chart.title();
    }

    /** A file written on the Swing thread. */
    private interface Writing {
        void write() throws IOException;
    }

    /**
     * Writes with the chart in its full look and its first tick units, as {@code run} writes it,
     * whatever the window's size and its last drawing; on the Swing thread, as every change to the
     * chart, waiting for it if called from another.
     */
    private void inFullLook(Writing writing) throws IOException {
        if (!SwingUtilities.isEventDispatchThread()) {
            IOException[] failed = new IOException[1];
            try {
                SwingUtilities.invokeAndWait(() -> {
                    try {
                        inFullLook(writing);
                    } catch (IOException e) {
                        failed[0] = e;
                    }
                });
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while saving " + chart.fileName(), e);
            } catch (InvocationTargetException e) {
                if (e.getCause() instanceof RuntimeException) throw (RuntimeException) e.getCause();
                if (e.getCause() instanceof Error) throw (Error) e.getCause();
                throw new IOException(e.getCause());
            }
            if (failed[0] != null) throw failed[0];
            return;
        }
        boolean compact = look.isCompact();
        look.setCompact(false);
        try {
            look.startTicksAfresh();
            writing.write();
        } finally {
            look.setCompact(compact);
        }
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
        inFullLook(() -> chart.writePng(folder.resolve(fileName("png"))));
        inFullLook(() -> chart.writeSvg(folder.resolve(fileName("svg"))));
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
            Path file = target;
            inFullLook(() -> {
                if (extension.equals("svg")) chart.writeSvg(file);
                else chart.writePng(file);
            });
        } catch (IOException | RuntimeException e) {
            JOptionPane.showMessageDialog(frame, "Could not save " + target + ": " + e.getMessage(), "icosim",
                    JOptionPane.ERROR_MESSAGE);
        }
    }
}
