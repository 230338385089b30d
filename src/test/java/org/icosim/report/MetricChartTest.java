package org.icosim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.icosim.metrics.Metric;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;

class MetricChartTest {

    private static ValueAxis rightAxis(MetricChart chart) {
        XYPlot plot = chart.chart().getXYPlot();
        plot.configureRangeAxes();
        return plot.getRangeAxis(1);
    }

    @Test
    void theIcoCountAxisStartsAtZeroWhileNoTrustHasAnIco() {
        MetricChart chart = MetricChart.icoAdoption();
        double[] row = new double[Metric.values().length];
        chart.append("2015-04", row);
        chart.append("2015-05", row);
        ValueAxis axis = rightAxis(chart);
        assertEquals(0.0, axis.getLowerBound(), 0.0, "no negative count of trusts");
        assertEquals(2.0, axis.getUpperBound(), 1e-9, "a range of two trusts with none yet");
    }

    @Test
    void theIcoCountAxisGrowsWithTheCountAndStaysAtZero() {
        MetricChart chart = MetricChart.icoAdoption();
        double[] row = new double[Metric.values().length];
        chart.append("2015-04", row);
        row[Metric.trustsIco.ordinal()] = 7;
        row[Metric.trustsIcoForming.ordinal()] = 3;
        chart.append("2015-05", row);
        ValueAxis axis = rightAxis(chart);
        assertEquals(0.0, axis.getLowerBound(), 0.0);
        assertTrue(axis.getUpperBound() >= 7, "the largest count shown: " + axis.getUpperBound());
    }
}
