package org.icosim.gui;

import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.Frame;
import java.time.YearMonth;

import javax.swing.JFrame;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import org.jfree.data.time.Month;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;

import org.icosim.model.IcoSim;

import sim.display.GUIState;
import sim.engine.Stoppable;
import sim.portrayal.inspector.PropertyInspector;
import sim.util.Properties;

/**
 * "Chart" from the magnifying glass beside a number in an inspector: the property's value
 * month by month, on the run's dates, in its own window. It takes the place of MASON 18's
 * time-series chart, which was built on JFreeChart 1.0 and fails on the 1.5 icosim uses
 * (see {@code sim/portrayal/inspector/propertyinspector.classes}).
 */
public final class ChartPropertyInspector extends PropertyInspector {

    private static final long serialVersionUID = 1L;

    private final TimeSeries series;
    private final String title;

    /** MASON's menu name. */
    public static String name() {
        return "Chart";
    }

    /** The property types MASON offers the chart for. */
    public static Class<?>[] types() {
        return new Class<?>[] {Double.TYPE, Float.TYPE, Long.TYPE, Integer.TYPE, Short.TYPE, Byte.TYPE, Number.class};
    }

    public ChartPropertyInspector(Properties properties, int index, Frame parent, GUIState simulation) {
        super(properties, index, parent, simulation);
        title = properties.getName(index) + " of " + properties.getObject();
        series = new TimeSeries(properties.getName(index));
        JFreeChart chart = ChartFactory.createTimeSeriesChart(title, "month", properties.getName(index),
                new TimeSeriesCollection(series), false, true, false);
        ChartPanel panel = new ChartPanel(chart);
        panel.setPreferredSize(new Dimension(520, 320));
        setLayout(new BorderLayout());
        add(panel, BorderLayout.CENTER);
        setValidInspector(true);
        updateInspector();
    }

    /** Adds (or replaces) the point of the month just run; MASON calls this on the Swing thread after each month. */
    @Override
    public void updateInspector() {
        if (!(simulation.state instanceof IcoSim)) return;
        IcoSim model = (IcoSim) simulation.state;
        if (model.metrics() == null || model.metrics().size() == 0) return;
        Object value = properties.getValue(index);
        if (!(value instanceof Number)) return;
        YearMonth month = YearMonth.parse(model.metrics().date(model.metrics().size() - 1));
        double v = ((Number) value).doubleValue();
        series.addOrUpdate(new Month(month.getMonthValue(), month.getYear()), Double.isNaN(v) ? null : v);
    }

    @Override
    public JFrame createFrame(Stoppable stopper) {
        JFrame frame = super.createFrame(stopper);
        frame.setTitle(title);
        return frame;
    }

    /** Points so far (for tests). */
    int points() {
        return series.getItemCount();
    }
}
