package org.icosim.model.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.icosim.model.Submodels;
import org.icosim.model.WorldKit;
import org.icosim.model.parameters.Parameter;
import org.icosim.model.parameters.Parameters;
import org.icosim.model.patients.Demography;
import org.icosim.model.world.Economy;
import org.icosim.model.world.Gp;
import org.icosim.model.world.Leadership;
import org.icosim.model.world.Trust;
import org.icosim.model.world.TrustKind;
import org.junit.jupiter.api.Test;

import ec.util.MersenneTwisterFast;

/**
 * ODD 8.23 on an economy with 1/512 of England's population: 12,288 fund GPs over one year from
 * May 2015 are 12,288 / 512 / 12 = 2 a month, exactly.
 */
class TimeToCareFundTest {

    private static Parameters fund(double icoShare) {
        return new Parameters().set(Parameters.TIME_TO_CARE_GPS, 12288).set(Parameters.FUND_YEARS, 1)
                .set(Parameters.TIME_TO_CARE_START, Parameter.monthIndex(2015, 5)).set(Parameters.FUND_ICO_SHARE, icoShare);
    }

    private static final class Fixture {
        final WorldKit kit;
        final Economy e;
        final Trust t;
        final Trust u;
        final Submodels sub;

        Fixture(Parameters p) {
            kit = new WorldKit(p);
            e = kit.economy();
            t = kit.trust(e, 0, 0, TrustKind.ACUTE);
            u = kit.trust(e, 9, 0, TrustKind.ACUTE);
            kit.patients(kit.practice(e, 1, 0), 30, Demography.LOW, 50);
            kit.ready();
            e.setPopulationShare(1.0 / 512);
            sub = kit.submodels();
        }

        void months(int from, int to) {
            for (int m = from; m < to; m++) {
                kit.world.calendar().setMonth(m);
                sub.fund.admitFundGps();
            }
        }
    }

    private static void operate(Trust t) {
        t.startForming(0, Leadership.HOSPITAL_LED, null);
        t.startOperating(0);
    }

    @Test
    void theFundsGpsArriveEvenlyOverTheFundYearsFromTheStartMonth() {
        Fixture w = new Fixture(fund(0.8));
        w.months(0, 1); // April 2015: before the start
        assertEquals(0, w.sub.fund.fundGpsCum());
        assertEquals(0, w.kit.world.gps().size());
        for (int m = 1; m <= 12; m++) {
            w.months(m, m + 1);
            assertEquals(2L * m, w.sub.fund.fundGpsCum(), "May 2015 to April 2016, month " + m);
        }
        w.months(13, 30);
        assertEquals(24, w.sub.fund.fundGpsCum(), "none after the fund years");
        assertEquals(24, w.kit.world.gps().size(), "each entered NHS general practice (and chose a job)");
        for (Gp gp : w.kit.world.gps()) {
            assertTrue(gp.age() >= 27 && gp.age() <= 45 + 1.0 / 12, "aged 32 +- 3, within [27, 45]: " + gp.age());
            assertTrue(gp.role().fullyQualified());
        }
    }

    @Test
    void fundedPostsGoToTheLargestOperatingIco() {
        Fixture w = new Fixture(fund(1));
        operate(w.t);
        operate(w.u);
        w.u.setYearOfCare(50, 50000);
        w.months(1, 4);
        assertEquals(6 * 0.68, w.u.fundedFte(), 1e-12, "6 GPs each bring a post of salariedMeanFte");
        assertEquals(0, w.t.fundedFte());
        w.t.setYearOfCare(50, 50000);
        w.months(4, 5);
        assertEquals(2 * 0.68, w.t.fundedFte(), 1e-12, "on equal enrolment, the first trust");
    }

    @Test
    void withoutAnOperatingIcoFundedPostsWaitForTheFirstOneToOperate() {
        Fixture w = new Fixture(fund(1).set(Parameters.ICO_FORMING_MONTHS, 0));
        w.t.startForming(0, Leadership.HOSPITAL_LED, null); // forming, not operating: no post yet
        w.months(1, 6);
        assertEquals(0, w.t.fundedFte());
        w.kit.world.calendar().setMonth(6);
        w.sub.icoMonth.monthly(); // T starts operating and takes the pool
        assertEquals(10 * 0.68, w.t.fundedFte(), 1e-12);
        assertEquals(0, w.sub.fund.takePending(w.e), "the pool is empty");
    }

    @Test
    void withAnIcoShareOfZeroNoPostIsFunded() {
        Fixture w = new Fixture(fund(0));
        operate(w.t);
        w.months(1, 13);
        assertEquals(24, w.sub.fund.fundGpsCum());
        assertEquals(0, w.t.fundedFte());
        assertEquals(0, w.sub.fund.takePending(w.e));
    }

    @Test
    void withoutAFundNothingIsDrawn() {
        Fixture w = new Fixture(fund(1).set(Parameters.TIME_TO_CARE_GPS, 0));
        w.months(0, 24);
        assertEquals(0, w.sub.fund.fundGpsCum());
        assertEquals(new MersenneTwisterFast(new int[] {1, 0}).nextDouble(), w.kit.world.random().nextDouble());
    }
}
