package org.icosim.model.trust;

import java.util.ArrayList;
import java.util.List;

import org.icosim.model.parameters.Parameters;
import org.icosim.model.world.ModelRandom;
import org.icosim.model.world.Practice;
import org.icosim.model.world.PracticeSignals;
import org.icosim.model.world.Trust;
import org.icosim.model.world.World;
import org.icosim.network.Tie;

/**
 * ODD 8.16, trusts: each month a practice's A&E attendances and emergency admissions go to its
 * nearest acute trust (its first REFERS_TO tie) and its elective referrals are split over its
 * referral trusts by the run's {@link ReferralRule} (the ties' weights become the 12-month referral
 * counts); a trust's finances follow its activity: income by tariff, costs set in the first month
 * to balance and rising by {@link Parameters#TRUST_COST_GROWTH}, so deficits emerge where activity
 * does not keep up; its load is its last 12 months' referrals over the first month's level.
 */
public final class TrustActivity implements ReferralRule.Context, java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private final World world;
    private final ReferralRule rule;
    private final double referralsPerAppointment;
    private final double aeTariff;
    private final double admissionTariff;
    private final double electiveTariff;
    private final double monthlyCostGrowth;
    private final int referralTrusts;
    private double[] shares = new double[8];

    public TrustActivity(World world, ReferralRule rule) {
        this.world = world;
        this.rule = rule;
        Parameters p = world.params();
        referralsPerAppointment = p.get(Parameters.REFERRALS_PER_APPOINTMENT);
        aeTariff = p.get(Parameters.AE_TARIFF);
        admissionTariff = p.get(Parameters.ADMISSION_TARIFF);
        electiveTariff = p.get(Parameters.ELECTIVE_TARIFF);
        monthlyCostGrowth = StrictMath.pow(1 + p.get(Parameters.TRUST_COST_GROWTH), 1.0 / 12);
        referralTrusts = p.getInt(Parameters.REFERRAL_TRUSTS);
    }

    @Override
    public org.icosim.model.parameters.ParameterValues parameters() {
        return world.params();
    }

    /** REFERS_TO ties from {@code p} to the nearest {@link Parameters#REFERRAL_TRUSTS} acute trusts of its economy, nearest first. */
    public void setReferralTies(Practice p) {
        List<Trust> acute = acuteTrustsByDistance(p);
        int k = Math.min(referralTrusts, acute.size());
        world.network().setReferralTies(p, new ArrayList<>(acute.subList(0, k)));
    }

    /** Acute trusts of {@code p}'s economy, nearest to it first (a stable sort: the first built on ties). */
    static List<Trust> acuteTrustsByDistance(Practice p) {
        List<Trust> acute = new ArrayList<>();
        for (Trust t : p.economy().trusts()) if (t.kind() == org.icosim.model.world.TrustKind.ACUTE) acute.add(t);
        acute.sort((a, b) -> Double.compare(a.distanceTo(p.x(), p.y()), b.distanceTo(p.x(), p.y())));
        return acute;
    }

    /** Phase 5: the month's activity and money of every trust. */
    public void monthly() {
        int month = world.calendar().month();
        int scale = world.patientScale();
        PracticeSignals signals = world.signals();
        ModelRandom random = world.random();
        for (Trust t : world.trusts()) t.clearActivity();
        List<Trust> targets = new ArrayList<>(4);
        for (Practice p : world.practices()) {
            if (!p.isOpen()) continue;
            List<Tie> ties = world.network().referralTieView(p);
            if (ties.isEmpty()) continue;
            targets.clear();
            for (int k = 0; k < ties.size(); k++) targets.add((Trust) world.network().target(ties.get(k)));
            Trust nearest = targets.get(0);
            nearest.addAe((double) signals.ae[p.id()] * scale);
            nearest.addAdmissions((double) signals.admissions[p.id()] * scale);

            // Covid's referral factor (ODD 8.27) is exactly 1 outside Covid.
            int referrals = random.stochasticRound((double) signals.met[p.id()] * scale * referralsPerAppointment
                    * world.covid().referralFactor());
            if (shares.length < targets.size()) shares = new double[targets.size()];
            rule.shares(p, targets, this, shares);
            // Split the count over trusts: each takes its share of what is left, rounded by chance.
            int left = referrals;
            double shareLeft = 1;
            for (int i = 0; i < targets.size(); i++) {
                int n = i == targets.size() - 1 ? left
                        : Math.min(left, random.stochasticRound(left * Math.min(1, shares[i] / Math.max(shareLeft, 1e-12))));
                left -= n;
                shareLeft -= shares[i];
                ties.get(i).recordMonth(month, n);
                targets.get(i).addReferrals(n);
            }
        }
        for (Trust t : world.trusts()) {
            double income = t.aeThisMonth() * aeTariff + t.admissionsThisMonth() * admissionTariff + t.referralsThisMonth() * electiveTariff;
            if (Double.isNaN(t.costBase())) {
                t.setBaselines(income * 12, t.referralsThisMonth() * 12);
            } else {
                t.inflateCosts(monthlyCostGrowth);
            }
            t.addToBalance(income - t.costBase() / 12);
            // Load from the trust's own 12-month record: the ties' histories go when a practice
            // merges or closes, but its patients' referrals keep coming through the absorber.
            t.recordReferralMonth(month);
        }
    }
}
