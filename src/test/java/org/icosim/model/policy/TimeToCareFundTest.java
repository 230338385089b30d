package org.icosim.model.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.icosim.model.Submodels;
import org.icosim.model.WorldKit;
import org.icosim.model.parameters.Parameter;
import org.icosim.model.parameters.Parameters;
import org.icosim.model.parameters.TimeToCareRoute;
import org.icosim.model.patients.Demography;
import org.icosim.model.world.Economy;
import org.icosim.model.world.Gp;
import org.icosim.model.world.Leadership;
import org.icosim.model.world.Role;
import org.icosim.model.world.Trust;
import org.icosim.model.world.TrustKind;
import org.junit.jupiter.api.Test;

import ec.util.MersenneTwisterFast;

/**
 * ODD 8.23 on an economy with 1/512 of England's population: 12,288 fund GPs over one year from
 * May 2015 are 12,288 / 512 / 12 = 2 a month, exactly; through the pipeline, with shares and rates
 * of 0, 1/2 or 1, the counts are exact too.
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

    private static Parameters pipeline(double trainingShare, double fillRate, double yield) {
        return fund(1).set(Parameters.TIME_TO_CARE_ROUTE, TimeToCareRoute.PIPELINE.ordinal())
                .set(Parameters.FUND_TRAINING_SHARE, trainingShare).set(Parameters.TRAINING_FILL_RATE, fillRate)
                .set(Parameters.INTERNATIONAL_YIELD, yield).set(Parameters.INTERNATIONAL_LAG_MONTHS, 12);
    }

    @Test
    void throughTrainingPlacesTheFundsGpsAreRegistrarsForThreeYears() {
        Fixture w = new Fixture(pipeline(1, 1, 1));
        w.months(1, 13);
        assertEquals(24, w.sub.fund.fundTraineesCum(), "every GP sought is a filled place");
        assertEquals(0, w.sub.fund.fundRecruitsCum());
        assertEquals(0, w.sub.fund.fundGpsCum(), "none is a GP yet: a place is three years of training");
        assertEquals(24, w.kit.world.gps().size());
        for (Gp gp : w.kit.world.gps()) {
            assertEquals(Role.REGISTRAR, gp.role());
            assertTrue(gp.fundTrainee());
        }
        assertEquals(24, w.sub.entry.fundTraineesInTraining());
        assertEquals(24 * 65000 / 12.0, w.sub.fund.spend(), 1e-6, "24 trainee-months at trainingPlaceCost a year, and no filled ICO post");
    }

    @Test
    void unfilledPlacesBringNoGpButTheirPostsAreStillFunded() {
        Fixture w = new Fixture(pipeline(1, 0, 1));
        operate(w.t);
        w.months(1, 13);
        assertEquals(0, w.sub.fund.fundTraineesCum());
        assertEquals(0, w.kit.world.gps().size());
        assertEquals(24 * 0.68, w.t.fundedFte(), 1e-12, "the posts follow the plan, not who fills them");
    }

    @Test
    void internationalRecruitsArriveAfterTheLagAtTheYield() {
        Fixture w = new Fixture(pipeline(0, 1, 0.5));
        w.months(1, 13);
        assertEquals(0, w.sub.fund.fundRecruitsCum(), "the first recruits sought in May 2015 arrive in May 2016");
        for (int m = 13; m <= 24; m++) {
            w.months(m, m + 1);
            assertEquals(m - 12, w.sub.fund.fundRecruitsCum(), "half of the 2 sought a month, 12 months on; month " + m);
        }
        w.months(25, 40);
        assertEquals(12, w.sub.fund.fundRecruitsCum(), "none sought after the fund years");
        assertEquals(12, w.sub.fund.fundGpsCum());
        assertEquals(0, w.sub.fund.fundTraineesCum());
        for (Gp gp : w.kit.world.gps()) {
            assertTrue(gp.role().fullyQualified());
            assertTrue(gp.age() >= 30 && gp.age() <= 60 + 25 / 12.0, "a returner's age, in [30, 60]: " + gp.age());
        }
    }

    @Test
    void theFundsRegistrarsCountAsItsGpsWhenTheyCompleteAndStay() {
        for (double leave : new double[] {-20, 20}) {
            Fixture w = new Fixture(pipeline(1, 1, 1).set(Parameters.LEAVE_UTILITY, leave));
            w.months(1, 2);
            assertEquals(2, w.sub.fund.fundTraineesCum());
            java.util.List<Gp> trainees = new java.util.ArrayList<>(w.kit.world.gps());
            for (int month = 0; month < 36; month++) {
                for (Gp gp : trainees) if (gp.role() == Role.REGISTRAR) w.sub.entry.progressTraining(gp);
            }
            assertEquals(0, w.sub.entry.fundTraineesInTraining());
            assertEquals(leave < 0 ? 2 : 0, w.sub.fund.fundGpsCum(),
                    leave < 0 ? "both stay in NHS general practice" : "both leave at completion: not the fund's GPs");
        }
    }

    @Test
    void withFundedPostsEndingTheIcoPaysForThemAfterTheFundYears() {
        for (boolean end : new boolean[] {false, true}) {
            Fixture w = new Fixture(fund(1).set(Parameters.FUNDED_POSTS_END_WITH_FUND, end ? 1 : 0));
            operate(w.t);
            w.months(1, 13);
            assertEquals(24 * 0.68, w.t.fundedFte(), 1e-12);
            w.t.setTeam(10, 0);
            w.months(13, 14);
            assertEquals(end ? 0 : 24 * 0.68, w.t.fundedFte(), 1e-12, "May 2016, the first month after the fund years");
            double icoPay = w.kit.world.calendar().salariedPay() * 1.05;
            assertEquals(end ? 0 : 10 * icoPay / 12, w.sub.fund.spend(), 1e-6,
                    "the fund pays the funded FTE its team fills (10 of 16.32), at ICO pay, while funded");
        }
    }
}
