package org.icosim.model.trust;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.icosim.model.WorldKit;
import org.icosim.model.parameters.Parameters;
import org.icosim.model.world.Economy;
import org.icosim.model.world.Practice;
import org.icosim.model.world.PracticeSignals;
import org.icosim.model.world.PracticeStatus;
import org.icosim.model.world.Trust;
import org.icosim.model.world.TrustKind;
import org.icosim.network.Tie;
import org.junit.jupiter.api.Test;

/**
 * ODD 8.16 on a hand-built economy: a practice at the origin, acute trusts at 0, 10, 20 and 30 km
 * and a community trust at 1 km.
 */
class TrustActivityTest {

    /** The economy of the tests, with its own parameter values. */
    private static final class Fixture {
        final WorldKit kit;
        final Practice p;
        final Trust a0;
        final Trust a10;
        final Trust a20;
        final Trust a30;
        final Trust community;
        final PracticeSignals signals;

        Fixture() {
            this(new Parameters().set(Parameters.PATIENT_SCALE, 10).set(Parameters.REFERRALS_PER_APPOINTMENT, 0.5));
        }

        Fixture(Parameters params) {
            kit = new WorldKit(params);
            Economy e = kit.economy();
            a30 = kit.trust(e, 30, 0, TrustKind.ACUTE);
            community = kit.trust(e, 1, 0, TrustKind.COMMUNITY);
            a10 = kit.trust(e, 10, 0, TrustKind.ACUTE);
            a0 = kit.trust(e, 0, 0, TrustKind.ACUTE);
            a20 = kit.trust(e, 0, 20, TrustKind.ACUTE);
            p = kit.practice(e, 0, 0);
            kit.ready();
            signals = kit.world.signals();
        }

        TrustActivity activity(ReferralRule rule) {
            TrustActivity t = new TrustActivity(kit.world, rule);
            t.setReferralTies(p);
            return t;
        }

        List<Trust> referralTrusts() {
            List<Trust> out = new java.util.ArrayList<>();
            for (Tie tie : kit.world.network().referralTiesOf(p)) out.add((Trust) kit.world.network().target(tie));
            return out;
        }

        Tie tie(int i) {
            return kit.world.network().referralTiesOf(p).get(i);
        }

        void month(TrustActivity t, int month, int met, int ae, int admissions) {
            kit.world.calendar().setMonth(month);
            signals.clearCounts();
            signals.met[p.id()] = met;
            signals.ae[p.id()] = ae;
            signals.admissions[p.id()] = admissions;
            t.monthly();
        }
    }

    /** A rule with fixed shares, whatever the practice and trusts. */
    private static ReferralRule fixed(double... shares) {
        return (practice, trusts, context, out) -> System.arraycopy(shares, 0, out, 0, trusts.size());
    }

    @Test
    void aPracticeRefersToItsNearestAcuteTrustsNearestFirst() {
        Fixture f = new Fixture();
        f.activity(new NearestTrustReferrals());
        assertEquals(List.of(f.a0, f.a10, f.a20), f.referralTrusts(), "referralTrusts 3; the community trust is not one");
        Fixture one = new Fixture(new Parameters().set(Parameters.REFERRAL_TRUSTS, 1));
        one.activity(new NearestTrustReferrals());
        assertEquals(List.of(one.a0), one.referralTrusts());
        Fixture many = new Fixture(new Parameters().set(Parameters.REFERRAL_TRUSTS, 10));
        many.activity(new NearestTrustReferrals());
        assertEquals(List.of(many.a0, many.a10, many.a20, many.a30), many.referralTrusts(), "all four acute trusts");
    }

    @Test
    void aeAndAdmissionsGoToTheNearestAcuteTrustInRealPeople() {
        Fixture f = new Fixture();
        TrustActivity t = f.activity(new NearestTrustReferrals());
        f.month(t, 0, 0, 7, 3);
        assertEquals(70, f.a0.aeThisMonth(), "7 agents x patientScale 10");
        assertEquals(30, f.a0.admissionsThisMonth());
        for (Trust other : List.of(f.a10, f.a20, f.a30, f.community)) {
            assertEquals(0, other.aeThisMonth());
            assertEquals(0, other.admissionsThisMonth());
        }
    }

    @Test
    void referralsAreSplitByTheRulesSharesAndTheCountIsKept() {
        Fixture f = new Fixture();
        TrustActivity t = f.activity(fixed(0.5, 0.25, 0.25));
        f.month(t, 0, 80, 0, 0);
        // 80 met x patientScale 10 x 0.5 referrals per appointment = 400, split 200 / 100 / 100.
        assertEquals(200, f.a0.referralsThisMonth());
        assertEquals(100, f.a10.referralsThisMonth());
        assertEquals(100, f.a20.referralsThisMonth());
        assertEquals(0, f.a30.referralsThisMonth());
        assertEquals(200, f.tie(0).weight());
        assertEquals(100, f.tie(1).weight());
        assertEquals(100, f.tie(2).weight());
    }

    @Test
    void onAverageEachTrustGetsItsShareAndEveryMonthTheCountIsKept() {
        Fixture f = new Fixture();
        TrustActivity t = f.activity(fixed(0.3, 0.3, 0.4));
        int months = 300;
        double[] sum = new double[3];
        double[] sumSq = new double[3];
        List<Trust> trusts = List.of(f.a0, f.a10, f.a20);
        for (int m = 0; m < months; m++) {
            f.month(t, m, 80, 0, 0);
            double total = 0;
            for (int i = 0; i < 3; i++) {
                double r = trusts.get(i).referralsThisMonth();
                total += r;
                sum[i] += r;
                sumSq[i] += r * r;
            }
            assertEquals(400, total, 0.0, "month " + m + ": every referral goes somewhere, once");
        }
        // Stochastic rounding is unbiased: each trust expects its share of the 400.
        double[] expected = {120, 120, 160};
        for (int i = 0; i < 3; i++) {
            double mean = sum[i] / months;
            double sd = Math.sqrt(Math.max(0, sumSq[i] / months - mean * mean));
            double se = Math.max(sd, 0.5) / Math.sqrt(months);
            assertEquals(expected[i], mean, 4 * se, "trust " + i);
        }
    }

    @Test
    void theNearestTrustRuleSendsEveryReferralToTheFirstTie() {
        Fixture f = new Fixture();
        TrustActivity t = f.activity(new NearestTrustReferrals());
        f.month(t, 0, 80, 0, 0);
        assertEquals(400, f.a0.referralsThisMonth());
        assertEquals(0, f.a10.referralsThisMonth() + f.a20.referralsThisMonth());
    }

    @Test
    void aTiesWeightIsItsLast12MonthsOfReferrals() {
        // The same world, with one real patient per agent and one referral per appointment.
        Fixture w = new Fixture(new Parameters().set(Parameters.REFERRALS_PER_APPOINTMENT, 1));
        TrustActivity t = w.activity(new NearestTrustReferrals());
        for (int m = 0; m < 14; m++) w.month(t, m, m + 1, 0, 0);
        // Months 2 to 13 referred 3, 4, ..., 14: (3 + 14) x 12 / 2 = 102.
        assertEquals(102, w.tie(0).weight(), 1e-9);
        assertEquals(0, w.tie(1).weight(), "a tie that received nothing weighs 0 once months are recorded");
        // The load: the trust's own last 12 months, 102 a year, over the first month's 1 x 12.
        assertEquals(102.0 / 12, w.a0.referralLoad(), 1e-12);
        assertEquals(12, w.a0.referralBaseline());
    }

    @Test
    void theFirstMonthSetsCostsToBalanceIncomeAndCostsThenGrowByTrustCostGrowth() {
        Fixture f = new Fixture();
        TrustActivity t = f.activity(new NearestTrustReferrals());
        f.month(t, 0, 80, 7, 3);
        // 70 A&E x 130 + 30 admissions x 1600 + 400 referrals x 1200 = 9,100 + 48,000 + 480,000 = 537,100 a month.
        assertEquals(537100 * 12, f.a0.costBase(), 1e-6);
        assertEquals(400 * 12, f.a0.referralBaseline(), 0.0);
        assertEquals(0, f.a0.balance(), 1e-6, "the first month balances");
        assertEquals(1, f.a0.referralLoad(), 1e-12);

        f.month(t, 1, 80, 7, 3);
        // Costs x 1.035^(1/12) = 6,463,703.52 a year; the month's surplus 537,100 x (1 - 1.035^(1/12)) = -1,541.96.
        assertEquals(6463703.516424, f.a0.costBase(), 1e-5);
        assertEquals(-1541.959702, f.a0.balance(), 1e-5);
        assertEquals(1, f.a0.referralLoad(), 1e-12, "the same referrals as at the start");

        f.month(t, 2, 160, 0, 0);
        // Referrals 400, 400, 800 in three months: 1,600 x 12 / 3 = 6,400 a year over 4,800.
        assertEquals(6400.0 / 4800, f.a0.referralLoad(), 1e-12);
        for (int m = 3; m <= 12; m++) f.month(t, m, 80, 7, 3);
        assertEquals(537100 * 12 * 1.035, f.a0.costBase(), 1e-4, "twelve months of growth: one year's 3.5%");
    }

    @Test
    void trustsWithoutActivityKeepABalanceOfZeroAndALoadOfOne() {
        Fixture f = new Fixture();
        TrustActivity t = f.activity(new NearestTrustReferrals());
        for (int m = 0; m < 3; m++) f.month(t, m, 80, 7, 3);
        for (Trust other : List.of(f.a10, f.a20, f.a30, f.community)) {
            assertEquals(0, other.costBase());
            assertEquals(0, other.balance());
            assertEquals(1, other.referralLoad());
        }
    }

    @Test
    void closedPracticesAndPracticesWithoutReferralTiesSendNothing() {
        Fixture f = new Fixture();
        TrustActivity t = f.activity(new NearestTrustReferrals());
        f.p.end(PracticeStatus.CLOSED, 0);
        f.month(t, 0, 80, 7, 3);
        assertEquals(0, f.a0.aeThisMonth() + f.a0.referralsThisMonth() + f.a0.admissionsThisMonth());
        Fixture fresh = new Fixture();
        TrustActivity noTies = new TrustActivity(fresh.kit.world, new NearestTrustReferrals());
        fresh.month(noTies, 0, 80, 7, 3);
        assertEquals(0, fresh.a0.aeThisMonth() + fresh.a0.referralsThisMonth());
    }
}
