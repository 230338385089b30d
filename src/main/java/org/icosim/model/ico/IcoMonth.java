package org.icosim.model.ico;

import java.util.ArrayList;
import java.util.List;

import org.icosim.model.parameters.Parameters;
import org.icosim.model.patients.Demography;
import org.icosim.model.patients.PatientRates;
import org.icosim.model.policy.PolicyLevers;
import org.icosim.model.policy.TimeToCareFund;
import org.icosim.model.practice.PracticeCapacity;
import org.icosim.model.world.Federation;
import org.icosim.model.world.Gp;
import org.icosim.model.world.IcoStatus;
import org.icosim.model.world.Leadership;
import org.icosim.model.world.Memberships;
import org.icosim.model.world.Practice;
import org.icosim.model.world.PracticeSignals;
import org.icosim.model.world.PracticeStatus;
import org.icosim.model.world.Role;
import org.icosim.model.world.Trust;
import org.icosim.model.world.World;
import org.icosim.network.Node;

/**
 * ODD 8.19, the operating ICO's month. Forming trusts whose lag is over start operating (a GP-led
 * ICO with its lead group's practices as alliance members); then each operating ICO is paid the
 * year-of-care tariff for the enrolled patients of its members, pays its team, opens the team posts
 * its budget and the fund's posts allow, gives its team's appointments to members' enrolled
 * patients in proportion to their demand, and lowers their admissions and A&E attendances; with a
 * capitation the ICO's account then decides ({@link IcoBudget}, ODD 8.41). While the policy
 * applies, the ICOs' offers follow ({@link IcoOffers}).
 */
public final class IcoMonth implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    /** Most new team posts an ICO opens in a month (as a practice). */
    static final int MAX_NEW_POSTS = 3;

    private final World world;
    private final Memberships memberships;
    private final PolicyLevers levers;
    private final TimeToCareFund fund;
    private final IcoMoves moves;
    private final IcoOffers offers;
    private final PracticeCapacity capacity;
    private final IcoBudget budget;
    private final double tariff;
    private final int enrolledTier;
    private final int formingMonths;
    private final double gpBudgetShare;
    private final double admissionEffect;
    private final double aeEffect;
    private final boolean byCoverage;
    private final double postFte;

    public IcoMonth(World world, Memberships memberships, PolicyLevers levers, TimeToCareFund fund, IcoMoves moves,
            IcoOffers offers, PracticeCapacity capacity, IcoBudget budget) {
        this.world = world;
        this.memberships = memberships;
        this.levers = levers;
        this.fund = fund;
        this.moves = moves;
        this.offers = offers;
        this.capacity = capacity;
        this.budget = budget;
        Parameters p = world.params();
        tariff = p.get(Parameters.YEAR_OF_CARE_TARIFF);
        enrolledTier = Demography.lowestEnrolledTier(p);
        formingMonths = p.getInt(Parameters.ICO_FORMING_MONTHS);
        gpBudgetShare = p.get(Parameters.ICO_GP_BUDGET_SHARE);
        admissionEffect = p.get(Parameters.ICO_ADMISSION_EFFECT);
        aeEffect = p.get(Parameters.ICO_AE_EFFECT);
        byCoverage = p.getBoolean(Parameters.ICO_EFFECT_BY_COVERAGE);
        postFte = p.get(Parameters.SALARIED_MEAN_FTE);
    }

    /** Phase 5, after the trusts' month and formation. */
    public void monthly() {
        boolean any = false;
        int month = world.calendar().month();
        for (Trust t : world.trusts()) {
            if (t.icoStatus() == IcoStatus.FORMING && month - t.formingSince() >= formingMonths) startOperating(t);
            any |= t.icoStatus() != IcoStatus.NONE;
        }
        if (!any) return;
        PracticeSignals signals = world.signals();
        java.util.Arrays.fill(signals.enrolledAdmissionFactor, 1);
        java.util.Arrays.fill(signals.enrolledAeFactor, 1);
        for (Practice p : world.practices()) p.setIcoSupport(0);
        for (Trust t : world.trusts()) {
            if (t.isIco()) operate(t);
        }
        budget.decide();
        listOpenPosts();
        if (levers.policyActive()) offers.makeOffers();
    }

    private void startOperating(Trust t) {
        t.startOperating(world.calendar().month());
        budget.setCapitation(t);
        t.addFundedFte(fund.takePending(t.economy()));
        // A GP-led ICO starts with its lead group's practices as alliance members; a hospital-led or
        // community-led one with none.
        if (t.leadership() != Leadership.GP_LED || t.leadGroup() == null) return;
        List<Practice> founders = new ArrayList<>();
        if (t.leadGroup() instanceof Federation) {
            founders.addAll(memberships.federationMembers((Federation) t.leadGroup()));
        } else {
            founders.add((Practice) t.leadGroup());
        }
        for (Practice p : founders) {
            if (p.isOpen() && p.status().partnerLed() && !p.status().inIco()) moves.joinIco(p, t);
        }
    }

    /** The operating ICO {@code t}'s month: year of care, budget and posts, its team's support, its effect on admissions. */
    private void operate(Trust t) {
        List<Practice> members = memberships.icoMembers(t);
        PracticeSignals signals = world.signals();
        double agents = 0;
        double enrolledDemand = 0;
        double[] demand = new double[members.size()];
        for (int i = 0; i < members.size(); i++) {
            Practice p = members.get(i);
            agents += p.agentsInTiersFrom(enrolledTier);
            demand[i] = enrolledDemand(p);
            enrolledDemand += demand[i];
        }
        double enrolled = agents * world.patientScale();
        t.setYearOfCare(enrolled, tariff * enrolled);
        refreshPosts(t);

        // The team's appointments go to enrolled patients of members, in proportion to their demand.
        double teamCapacity = t.mdtFte() * capacity.appointmentsPerFteMonth();
        if (enrolledDemand > 0 && teamCapacity > 0) {
            for (int i = 0; i < members.size(); i++) {
                members.get(i).setIcoSupport(Math.min(demand[i], teamCapacity * demand[i] / enrolledDemand));
            }
        }
        t.setTeamUse(teamCapacity, Math.min(teamCapacity, enrolledDemand));
        double teamCoverage = teamCoverage(teamCapacity, enrolledDemand);
        for (Practice p : members) {
            double coverage = coverage(p, teamCoverage);
            signals.enrolledAdmissionFactor[p.id()] = 1 - admissionEffect * coverage;
            signals.enrolledAeFactor[p.id()] = 1 - aeEffect * coverage;
        }
        double pay = levers.icoPay();
        double fundPaid = Math.min(t.fundedFte(), t.mdtFte()) * pay;
        // Alliance shares and the community team come out of the rest of the year-of-care income;
        // with a capitation (8.41) the ICO also carries its enrolled patients' hospital use.
        t.addIcoResult((gpBudgetShare * t.yearOfCareIncome() + fundPaid - t.mdtFte() * pay) / 12
                + budget.capitationResult(t, members));
        t.closeIcoMonth();
    }

    /** The share of the members' enrolled demand the team's appointments could meet, at most 1 (0 with no demand). */
    static double teamCoverage(double teamCapacity, double enrolledDemand) {
        return enrolledDemand > 0 ? Math.min(1, teamCapacity / enrolledDemand) : 0;
    }

    /**
     * How much of the ICO's effect reaches member {@code p}'s enrolled patients: 1 without
     * {@link Parameters#ICO_EFFECT_BY_COVERAGE}; otherwise the team's coverage, or for a practice
     * the ICO runs (V7's vertically integrated practice, whose own GPs are the ICO's) at least the
     * share of requests its own staff meet.
     */
    double coverage(Practice p, double teamCoverage) {
        if (!byCoverage) return 1;
        if (p.status() == PracticeStatus.ICO_RUN) return Math.max(teamCoverage, p.accessProbability());
        return teamCoverage;
    }

    /** The team's FTE and the posts the ICO can afford this month (at most {@value #MAX_NEW_POSTS} new). */
    void refreshPosts(Trust t) {
        double fte = 0;
        List<Node> staff = world.network().staffView(t);
        for (int k = 0; k < staff.size(); k++) {
            Gp gp = (Gp) staff.get(k);
            if (gp.role() == Role.SALARIED) fte += gp.fte();
        }
        double budgetFte = (gpBudgetShare * t.yearOfCareIncome()) / levers.icoPay() + t.fundedFte();
        int posts = (int) Math.floor((budgetFte - fte) / postFte);
        t.setTeam(fte, posts < 0 ? 0 : Math.min(MAX_NEW_POSTS, posts));
    }

    /** Appointment requests a month (real) of {@code p}'s enrolled patients. */
    private double enrolledDemand(Practice p) {
        PatientRates rates = world.rates();
        double d = 0;
        for (int cell = 0; cell < Demography.CELLS; cell++) {
            if (Demography.tierOfCell(cell) >= enrolledTier) d += p.caseMix(cell) * rates.demandPerMonth(cell);
        }
        return d * world.patientScale();
    }

    private void listOpenPosts() {
        List<List<Trust>> lists = new ArrayList<>();
        for (int e = 0; e < world.economies().size(); e++) lists.add(new ArrayList<>());
        for (Trust t : world.trusts()) if (t.isIco() && t.openIcoPosts() > 0) lists.get(t.economy().id()).add(t);
        world.labourMarket().setOpenIcoPosts(lists);
    }
}
