package org.icosim.model.observe;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.YearMonth;
import java.util.List;

import org.icosim.metrics.Area;
import org.icosim.metrics.AreaSeries;
import org.icosim.metrics.Metric;
import org.icosim.metrics.MetricsSeries;
import org.icosim.model.IcoSim;
import org.icosim.model.Submodels;
import org.icosim.model.WorldKit;
import org.icosim.model.parameters.Parameters;
import org.icosim.model.patients.Demography;
import org.icosim.model.world.Economy;
import org.icosim.model.world.Leadership;
import org.icosim.model.world.Practice;
import org.icosim.model.world.PracticeStatus;
import org.icosim.model.world.Role;
import org.icosim.model.world.Trust;
import org.icosim.model.world.TrustKind;
import org.junit.jupiter.api.Test;

/** ODD 8.25 by area: the economies' (STPs') and CCGs' rows, and what they add up to. */
class AreasTest {

    /**
     * Two STPs (patient scale 10):
     * <pre>
     * QA "Alpha": p0 (CCG 01A, 10 agents, a partner of 1.0 FTE), p1 (CCG 01B, 20 agents, a salaried GP of 0.5)
     * QB "Beta":  p2 (CCG 01B, 30 agents, a partner of 0.8), p3 (CCG 02C, closed);
     *             ICO trust T with a salaried GP of 0.6 in its team
     * </pre>
     */
    @Test
    void aRealWorldHasItsStpsThenItsCcgsAndEachRowCountsItsOwnPracticesAndGps() {
        WorldKit kit = new WorldKit(new Parameters().set(Parameters.PATIENT_SCALE, 10));
        Economy a = kit.economy();
        Economy b = kit.economy();
        a.identify("QA", "Alpha");
        b.identify("QB", "Beta");
        Practice p0 = kit.practice(a, 0, 0);
        Practice p1 = kit.practice(a, 1, 0);
        Practice p2 = kit.practice(b, 0, 1);
        Practice p3 = kit.practice(b, 1, 1);
        p0.identify("A0", "01A", "NHS One A");
        p1.identify("A1", "01B", "NHS One B");
        p2.identify("B2", "01B", "NHS One B");
        p3.identify("B3", "02C", "NHS Two C");
        kit.patients(p0, 40, Demography.LOW, 10);
        kit.patients(p1, 40, Demography.LOW, 20);
        kit.patients(p2, 40, Demography.LOW, 30);
        Trust t = kit.trust(b, 5, 5, TrustKind.ACUTE);
        kit.gp(p0, Role.PARTNER, 1.0, 50);
        kit.gp(p1, Role.SALARIED, 0.5, 40);
        kit.gp(p2, Role.PARTNER, 0.8, 45);
        kit.gp(t, Role.SALARIED, 0.6, 38);
        kit.ready();
        Submodels sub = kit.submodels();
        p3.end(PracticeStatus.CLOSED, 0);
        kit.world.countClosure();
        t.startForming(0, Leadership.HOSPITAL_LED, null);
        t.startOperating(0);
        for (Practice p : kit.world.practices()) sub.capacity.readStaff(p);
        sub.observer.recordAreas();
        double[] nation = sub.observer.observe();

        assertEquals(List.of(new Area("STP", "QA", "Alpha"), new Area("STP", "QB", "Beta"), new Area("CCG", "01A", "NHS One A"),
                new Area("CCG", "01B", "NHS One B"), new Area("CCG", "02C", "NHS Two C")), sub.observer.areas());
        double[][] rows = sub.observer.areaRows();
        List<Metric> m = Observer.areaMetrics();
        int practices = m.indexOf(Metric.practices);
        int patients = m.indexOf(Metric.patients);
        int gpFte = m.indexOf(Metric.gpFte);
        int partnerShare = m.indexOf(Metric.partnerShareFte);
        int closures = m.indexOf(Metric.practiceClosuresCum);
        int icoSalaried = m.indexOf(Metric.icoSalariedFte);
        double[][] expected = {
            // practices, patients, gpFte, partnerShareFte, closures, icoSalariedFte
            {2, 300, 1.5, 1.0 / 1.5, 0, 0},
            {1, 300, 1.4, 0.8 / 1.4, 1, 0.6},
            {1, 100, 1.0, 1, 0, 0},
            {2, 500, 1.3, 0.8 / 1.3, 0, 0},
            {0, 0, 0, 0, 1, 0},
        };
        for (int r = 0; r < expected.length; r++) {
            double[] got = {rows[r][practices], rows[r][patients], rows[r][gpFte], rows[r][partnerShare], rows[r][closures],
                rows[r][icoSalaried]};
            assertArrayEquals(expected[r], got, 1e-12, "area " + sub.observer.areas().get(r));
        }
        // The STPs add up to the nation; the ICO's team GP is in Beta but in no CCG.
        for (int k = 0; k < m.size(); k++) {
            Metric metric = m.get(k);
            if (!isSum(metric)) continue;
            assertEquals(nation[metric.ordinal()], rows[0][k] + rows[1][k], 1e-12, metric.name());
        }
        assertEquals(4, nation[Metric.gpHeadcount.ordinal()]);
    }

    /** Metrics that add up over areas (counts and totals; not shares or means). */
    static boolean isSum(Metric m) {
        return switch (m) {
            case meanListSize, icoPatientShare, meanPartnerProfit, meanPracticeWorkload, partnerShareFte, meanBurnout,
                    accessWithin48h -> false;
            default -> true;
        };
    }

    @Test
    void aSyntheticWorldsEconomiesAddUpToTheNationEveryMonthAndRecordingThemChangesNoMetric() {
        Parameters values = new Parameters().set(Parameters.ECONOMIES, 3).set(Parameters.PRACTICES, 18)
                .set(Parameters.TRUSTS, 3).set(Parameters.TOWNS_PER_ECONOMY, 2).set(Parameters.ECONOMY_SIDE_KM, 20)
                .set(Parameters.PATIENT_SCALE, 20);
        IcoSim plain = new IcoSim(7, values, YearMonth.of(2015, 4));
        IcoSim recorded = new IcoSim(7, values, YearMonth.of(2015, 4));
        recorded.setRecordAreas(true);
        plain.start();
        recorded.start();
        plain.runMonths(30);
        recorded.runMonths(30);
        MetricsSeries national = recorded.metrics();
        for (int month = 0; month < 30; month++) {
            assertArrayEquals(plain.metrics().row(month), national.row(month), "month " + month + " is the same with areas recorded");
        }
        AreaSeries areas = recorded.areaSeries();
        assertEquals(30, areas.size());
        assertEquals(List.of(new Area("economy", "0", "economy 0"), new Area("economy", "1", "economy 1"),
                new Area("economy", "2", "economy 2")), areas.areas());
        for (int month = 0; month < 30; month++) {
            for (Metric metric : areas.metrics()) {
                double total = 0;
                for (int a = 0; a < 3; a++) total += areas.get(month, a, metric);
                double expected = national.get(month, metric);
                if (isSum(metric)) {
                    assertEquals(expected, total, 1e-9 * Math.max(1, Math.abs(expected)), metric + " in month " + month);
                }
            }
            double patients = national.get(month, Metric.patients);
            double met = 0;
            for (int a = 0; a < 3; a++) {
                met += areas.get(month, a, Metric.meanListSize) * areas.get(month, a, Metric.practices);
            }
            assertEquals(patients, met, 1e-6, "each economy's mean list times its practices gives the patients");
        }
        assertEquals(national.get(29, Metric.practiceClosuresCum) + national.get(29, Metric.practiceMergersCum),
                18 - national.get(29, Metric.practices), 0, "ended practices, as the areas count them");
    }
}
