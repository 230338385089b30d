package org.icosim.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The metric names are a contract with every output, chart and notebook. */
class MetricTest {

    /** MODEL.md section 8, in order: more may follow, none renamed or reordered. */
    static final List<String> CONTRACT = List.of("month", "date", "practices", "practicesIndependent", "practicesFederated",
            "practicesIcoAlliance", "practicesIcoRun", "practiceClosuresCum", "practiceMergersCum", "meanListSize", "patients",
            "gpHeadcount", "gpFte", "partnerHeadcount", "partnerFte", "salariedFte", "icoSalariedFte", "locumFte",
            "partnerShareFte", "trustsIco", "icoPatientShare", "appointmentsMet", "accessWithin48h", "aeAttendances",
            "emergencyAdmissions", "referrals", "meanPartnerProfit", "meanBurnout", "gpLeaversCum", "largestOrgShare", "practiceHhi");

    @Test
    void theFirstColumnsAreTheContractOfModelMdSection8InOrder() {
        List<String> names = Arrays.stream(Metric.values()).map(Metric::name).toList();
        assertEquals(CONTRACT, names.subList(0, CONTRACT.size()));
        for (Metric m : Metric.values()) assertEquals(m, Metric.byName(m.name()));
    }

    @Test
    void aSeriesKeepsRowsAsGivenAndCopiesThem() {
        MetricsSeries s = new MetricsSeries();
        double[] row = new double[Metric.values().length];
        row[Metric.practices.ordinal()] = 12;
        s.add("2015-04", row);
        row[Metric.practices.ordinal()] = 99;
        assertEquals(12, s.get(0, Metric.practices));
        assertEquals("2015-04", s.date(0));
        assertArrayEquals(new double[] {12}, s.column(Metric.practices));
        assertThrows(IllegalArgumentException.class, () -> s.add("2015-05", new double[3]));
    }
}
