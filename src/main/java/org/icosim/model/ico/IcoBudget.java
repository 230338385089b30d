package org.icosim.model.ico;

import java.util.ArrayList;
import java.util.List;

import org.icosim.model.parameters.Parameters;
import org.icosim.model.parameters.YearOfCareBudget;
import org.icosim.model.patients.Demography;
import org.icosim.model.patients.PatientRates;
import org.icosim.model.policy.TimeToCareFund;
import org.icosim.model.practice.HandBack;
import org.icosim.model.workforce.JobChoice;
import org.icosim.model.workforce.JobMarket;
import org.icosim.model.world.Gp;
import org.icosim.model.world.Memberships;
import org.icosim.model.world.Practice;
import org.icosim.model.world.PracticeSignals;
import org.icosim.model.world.PracticeStatus;
import org.icosim.model.world.Role;
import org.icosim.model.world.Trust;
import org.icosim.model.world.World;
import org.icosim.network.Node;

/**
 * ODD 8.41, the ICO's budget, risk and failure, with {@code yearOfCareBudget} CAPITATED. When an
 * ICO starts operating its capitation by risk tier is fixed from the expected A&E and admission
 * cost of its economy's enrolled patients; each month it is paid that capitation for its members'
 * enrolled patients and pays for their expected hospital use at the activity tariffs, in place of
 * the tariffs the trust is paid for them. Its own account decides: in deficit over its last 12
 * months it makes no offers and takes on no handed-back contract; with its balance below zero it
 * hands back, each quarter, the practice it runs that loses most; with a deficit past
 * {@link Parameters#ICO_FAILURE_DEFICIT} of a year's income it dissolves. With TOP_UP nothing here
 * acts.
 */
public final class IcoBudget implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private final World world;
    private final Memberships memberships;
    private final IcoMoves moves;
    private final HandBack handBack;
    private final JobMarket jobs;
    private final TimeToCareFund fund;
    private final boolean capitated;
    private final double discount;
    private final double failureDeficit;
    private final double aeTariff;
    private final double admissionTariff;
    private final int enrolledTier;

    public IcoBudget(World world, Memberships memberships, IcoMoves moves, HandBack handBack, JobMarket jobs,
            TimeToCareFund fund) {
        this.world = world;
        this.memberships = memberships;
        this.moves = moves;
        this.handBack = handBack;
        this.jobs = jobs;
        this.fund = fund;
        Parameters p = world.params();
        capitated = p.getChoice(Parameters.YEAR_OF_CARE_BUDGET, YearOfCareBudget.class) == YearOfCareBudget.CAPITATED;
        discount = p.get(Parameters.CAPITATION_DISCOUNT);
        failureDeficit = p.get(Parameters.ICO_FAILURE_DEFICIT);
        aeTariff = p.get(Parameters.AE_TARIFF);
        admissionTariff = p.get(Parameters.ADMISSION_TARIFF);
        enrolledTier = Demography.lowestEnrolledTier(p);
    }

    /** Whether the ICOs carry the risk of their enrolled patients' hospital use. */
    public boolean capitated() {
        return capitated;
    }

    /**
     * When {@code t} starts operating: its capitation a year per enrolled patient of each enrolled
     * tier, the expected A&E and admission cost at the tariffs of the enrolled patients of the open
     * practices of its economy in that tier, at the rates without Covid's factors, less
     * {@link Parameters#CAPITATION_DISCOUNT}. Fixed in cash from then on, as the tariffs are.
     */
    public void setCapitation(Trust t) {
        if (!capitated) return;
        PatientRates rates = world.rates();
        double[] agents = new double[Demography.TIERS];
        double[] cost = new double[Demography.TIERS];
        for (Practice p : t.economy().practices()) {
            if (!p.isOpen()) continue;
            for (int cell = 0; cell < Demography.CELLS; cell++) {
                int tier = Demography.tierOfCell(cell);
                if (tier < enrolledTier) continue;
                double n = p.caseMix(cell);
                agents[tier] += n;
                cost[tier] += n * 12 * (rates.baseAdmissionPerMonth(cell) * admissionTariff + rates.baseAePerMonth(cell) * aeTariff);
            }
        }
        double[] capitation = new double[Demography.TIERS];
        for (int tier = enrolledTier; tier < Demography.TIERS; tier++) {
            capitation[tier] = agents[tier] > 0 ? (1 - discount) * cost[tier] / agents[tier] : 0;
        }
        t.setCapitation(capitation);
    }

    /**
     * The month's capitation result of {@code t} for {@code members}, pounds: the capitation for
     * their enrolled patients less those patients' expected A&E attendances and admissions this
     * month at the tariffs (this month's rates, Covid's factors included, times the ICO's factors
     * just set). 0 with TOP_UP.
     */
    public double capitationResult(Trust t, List<Practice> members) {
        if (!capitated) return 0;
        PatientRates rates = world.rates();
        PracticeSignals signals = world.signals();
        double income = 0;
        double cost = 0;
        for (Practice p : members) {
            double admissionFactor = signals.enrolledAdmissionFactor[p.id()];
            double aeFactor = signals.enrolledAeFactor[p.id()];
            for (int cell = 0; cell < Demography.CELLS; cell++) {
                int tier = Demography.tierOfCell(cell);
                if (tier < enrolledTier) continue;
                double n = p.caseMix(cell);
                if (n == 0) continue;
                income += n * t.capitation(tier) / 12;
                cost += n * (rates.admissionPerMonth(cell) * admissionFactor * admissionTariff
                        + rates.aePerMonth(cell) * aeFactor * aeTariff);
            }
        }
        return (income - cost) * world.patientScale();
    }

    /** A year of {@code t}'s income at this month's rate: the year-of-care tariff and the capitation for its enrolled patients. */
    public double annualIncome(Trust t, List<Practice> members) {
        double capitation = 0;
        for (Practice p : members) {
            for (int cell = 0; cell < Demography.CELLS; cell++) {
                int tier = Demography.tierOfCell(cell);
                if (tier >= enrolledTier) capitation += p.caseMix(cell) * t.capitation(tier);
            }
        }
        return t.yearOfCareIncome() + capitation * world.patientScale();
    }

    /**
     * After every ICO's month (in trust id order): each operating ICO's account decides. It takes on
     * practices while its last 12 months are not in deficit; it dissolves when its balance is below
     * {@code -icoFailureDeficit} times a year's income; otherwise, at a quarter end, with its
     * balance below zero and its last year in deficit, it hands back the practice it runs whose
     * profit is lowest, if that profit is negative.
     */
    public void decide() {
        if (!capitated) return;
        boolean quarter = world.calendar().isQuarterEnd();
        for (Trust t : world.trusts()) {
            if (!t.isIco()) continue;
            List<Practice> members = memberships.icoMembers(t);
            t.setTakingOn(t.icoResultLast12() >= 0);
            if (t.icoBalance() < -failureDeficit * annualIncome(t, members)) {
                dissolve(t, members);
            } else if (quarter && t.icoBalance() < 0 && !t.takingOn()) {
                Practice worst = null;
                for (Practice p : members) {
                    if (p.status() == PracticeStatus.ICO_RUN && p.profit() < 0 && (worst == null || p.profit() < worst.profit())) worst = p;
                }
                if (worst != null) handBack(t, worst);
            }
        }
    }

    /** {@code t} gives up a practice it runs: it leaves the ICO and its contract is handed back (8.15). */
    private void handBack(Trust t, Practice p) {
        t.countHandBack();
        moves.leaveIco(p);
        handBack.handBack(p);
    }

    /**
     * {@code t} dissolves: its alliance members leave it; the practices it runs are handed back;
     * its team's GPs lose their posts and choose a job (DISPLACED); the fund's posts at it go back
     * to its economy's pool.
     */
    private void dissolve(Trust t, List<Practice> members) {
        double funded = t.fundedFte();
        t.dissolve(world.calendar().month());
        for (Practice p : members) {
            if (!p.isOpen()) continue;
            if (p.status() == PracticeStatus.ICO_RUN) {
                t.countHandBack();
                moves.leaveIco(p);
                handBack.handBack(p);
            } else if (p.status() == PracticeStatus.ICO_ALLIANCE) {
                moves.leaveIco(p);
            }
        }
        List<Gp> team = new ArrayList<>();
        for (Node n : world.network().staffOf(t)) {
            Gp gp = (Gp) n;
            if (gp.role() == Role.SALARIED) team.add(gp);
        }
        for (Gp gp : team) {
            world.network().unemploy(gp);
            jobs.chooseJob(gp, JobChoice.Occasion.DISPLACED);
        }
        fund.returnPosts(t.economy(), funded);
    }
}
