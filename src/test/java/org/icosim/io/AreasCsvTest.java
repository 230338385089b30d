package org.icosim.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.icosim.metrics.Area;
import org.icosim.metrics.AreaSeries;
import org.icosim.metrics.Metric;
import org.junit.jupiter.api.Test;

/** {@code areas.csv}: one tidy row per month and area, names quoted where they must be. */
class AreasCsvTest {

    @Test
    void oneRowPerMonthAndArea() {
        AreaSeries series = new AreaSeries(List.of(new Area("STP", "QHM", "North East, Cumbria"), new Area("CCG", "00K", "NHS Stockton")),
                List.of(Metric.practices, Metric.partnerShareFte));
        series.add("2015-04", new double[][] {{12, 0.6}, {3, 0.25}});
        series.add("2015-05", new double[][] {{11, 0.625}, {3, 1.0 / 3}});
        assertEquals("month,date,areaType,code,name,practices,partnerShareFte\n"
                + "0,2015-04,STP,QHM,\"North East, Cumbria\",12,0.6\n"
                + "0,2015-04,CCG,00K,NHS Stockton,3,0.25\n"
                + "1,2015-05,STP,QHM,\"North East, Cumbria\",11,0.625\n"
                + "1,2015-05,CCG,00K,NHS Stockton,3,0.333333\n", AreasCsv.toCsv(series));
        assertEquals(0.625, series.get(1, 0, Metric.partnerShareFte));
        assertEquals(true, Double.isNaN(series.get(1, 0, Metric.gpFte)), "not reported by area");
    }
}
