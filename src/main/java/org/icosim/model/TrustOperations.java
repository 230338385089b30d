package org.icosim.model;

import java.util.ArrayList;
import java.util.List;

import org.icosim.network.Tie;

/**
 * Step 6 of the month: practices' referrals go to trusts along REFERS_TO ties (the ties' weights
 * become the 12-month referral counts), A&E attendances and emergency admissions go to the
 * nearest acute trust, and trusts' finances follow their activity: income by tariff, costs set at
 * the start to balance and rising by {@link Parameters#TRUST_COST_GROWTH}, so deficits emerge
 * where activity does not keep up.
 */
final class TrustOperations implements java.io.Serializable {

    private final IcoSim sim;
    private final double referralsPerAppointment;
    private final double aeTariff;
    private final double admissionTariff;
    private final double electiveTariff;
    private final double monthlyCostGrowth;
    private double[] shares = new double[8];

    TrustOperations(IcoSim sim) {
        this.sim = sim;
        Parameters p = sim.params;
        referralsPerAppointment = p.get(Parameters.REFERRALS_PER_APPOINTMENT);
        aeTariff = p.get(Parameters.AE_TARIFF);
        admissionTariff = p.get(Parameters.ADMISSION_TARIFF);
        electiveTariff = p.get(Parameters.ELECTIVE_TARIFF);
        monthlyCostGrowth = StrictMath.pow(1 + p.get(Parameters.TRUST_COST_GROWTH), 1.0 / 12);
    }

    /** REFERS_TO ties from {@code p} to the nearest acute trusts of its economy, nearest first. */
    void setReferralTies(Practice p) {
        List<Trust> acute = p.economy().acuteTrustsByDistance(p.x(), p.y());
        int k = Math.min(sim.params.getInt(Parameters.REFERRAL_TRUSTS), acute.size());
        sim.network.setReferralTies(p, new ArrayList<>(acute.subList(0, k)));
    }

    void monthly() {
        int month = sim.month();
        int scale = sim.patientScale;
        for (Trust t : sim.trusts) {
            t.aeThisMonth = 0;
            t.admissionsThisMonth = 0;
            t.referralsThisMonth = 0;
        }
        List<Trust> targets = new ArrayList<>(4);
        for (Practice p : sim.practices) {
            if (!p.isOpen()) continue;
            List<Tie> ties = sim.network.referralTiesOf(p);
            if (ties.isEmpty()) continue;
            targets.clear();
            for (Tie tie : ties) targets.add((Trust) sim.network.target(tie));
            Trust nearest = targets.get(0);
            nearest.aeThisMonth += (double) sim.aeCount[p.id()] * scale;
            nearest.admissionsThisMonth += (double) sim.admissionCount[p.id()] * scale;

            int referrals = sim.stochasticRound((double) sim.metCount[p.id()] * scale * referralsPerAppointment);
            if (shares.length < targets.size()) shares = new double[targets.size()];
            sim.referralRule.shares(p, targets, sim, shares);
            // Split the count over trusts: each takes its share of what is left, rounded by chance.
            int left = referrals;
            double shareLeft = 1;
            for (int i = 0; i < targets.size(); i++) {
                int n = i == targets.size() - 1 ? left
                        : Math.min(left, sim.stochasticRound(left * Math.min(1, shares[i] / Math.max(shareLeft, 1e-12))));
                left -= n;
                shareLeft -= shares[i];
                ties.get(i).recordMonth(month, n);
                targets.get(i).referralsThisMonth += n;
            }
        }
        for (Trust t : sim.trusts) {
            double income = t.aeThisMonth * aeTariff + t.admissionsThisMonth * admissionTariff + t.referralsThisMonth * electiveTariff;
            if (Double.isNaN(t.costBase)) {
                t.costBase = income * 12;
                t.referralBaseline = t.referralsThisMonth * 12;
            } else {
                t.costBase *= monthlyCostGrowth;
            }
            t.balance += income - t.costBase / 12;
            // Load from the trust's own 12-month record: the ties' histories go when a practice
            // merges or closes, but its patients' referrals keep coming through the absorber.
            t.referralHistory[month % t.referralHistory.length] = t.referralsThisMonth;
            double last12 = 0;
            for (double r : t.referralHistory) last12 += r;
            int monthsSeen = Math.min(month + 1, Tie.REFERRAL_WINDOW);
            t.referralLoad = t.referralBaseline > 0 ? (last12 * 12.0 / monthsSeen) / t.referralBaseline : 1;
        }
    }
}
