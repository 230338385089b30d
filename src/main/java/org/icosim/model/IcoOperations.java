package org.icosim.model;

import java.util.ArrayList;
import java.util.List;

import org.icosim.network.Node;
import org.icosim.network.Tie;

/**
 * The ICO policy and the integrated care organisations it brings about (MODEL.md sections 6 and
 * 7). Nothing here acts, draws a random number or changes a value while the levers are at their
 * status-quo settings, so the status quo runs exactly as it did before ICOs were modelled.
 *
 * <ul>
 * <li>Levers: the policy push from {@link Parameters#ICO_POLICY_START}, the Time to Care fund's
 * GPs from {@link Parameters#TIME_TO_CARE_START}, the 48-hour access guarantee from
 * {@link Parameters#ACCESS_GUARANTEE_START}.</li>
 * <li>Trusts, quarterly: whether to start forming an ICO ({@link IcoFormationRule}); whether it
 * would be GP-led (a federation or merged practice of at least {@link Parameters#GP_LED_MIN_LIST}
 * patients referring mainly to the trust leads it, where the policy allows).</li>
 * <li>Operating ICOs, monthly: the year-of-care tariff for the enrolled patients of their members;
 * salaried multidisciplinary-team posts within their GP budget and the fund's posts; the team's
 * appointments for enrolled patients, which take that demand off member practices; fewer
 * emergency admissions and A&E attendances of enrolled patients; alliance offers in an annual
 * round, absorption offers to failing practices each quarter (to every practice under a mandate);
 * and the GPs of the practices they run may take them back.</li>
 * </ul>
 */
final class IcoOperations implements java.io.Serializable {

    private final IcoSim sim;
    private final int push;
    private final double voluntaryPush;
    private final double icoPolicyStart;
    private final boolean hospitalLedOnly;
    private final double tariff;
    /** Lowest risk tier the tariff covers: {@link Demography#HIGH}, or RISING as well. */
    final int enrolledTier;
    private final double premium;
    private final boolean contractorKept;
    private final int formingMonths;
    private final double gpLedMinList;
    private final int offerMonths;
    private final double gpBudgetShare;
    private final double admissionFactor;
    private final double aeFactor;
    private final double fundGps;
    private final double fundStart;
    private final int fundMonths;
    private final double fundIcoShare;
    private final boolean guarantee;
    private final double guaranteeStart;
    private boolean guaranteeApplied;

    /** Per economy: funded ICO posts (FTE) waiting for an ICO to operate there. */
    private double[] pendingFundedFte = new double[0];
    /** Per economy: operating ICOs with open posts this month. */
    final List<List<Trust>> openIcoPosts = new ArrayList<>();
    /** GPs the Time to Care fund brought in since the start. */
    long fundGpsCum;

    static final int PUSH_NONE = 0;
    static final int PUSH_MANDATED = 3;

    IcoOperations(IcoSim sim) {
        this.sim = sim;
        Parameters p = sim.params;
        push = p.getInt(Parameters.POLICY_PUSH);
        voluntaryPush = p.get(Parameters.VOLUNTARY_PUSH);
        icoPolicyStart = p.get(Parameters.ICO_POLICY_START);
        hospitalLedOnly = p.getBoolean(Parameters.HOSPITAL_LED_ONLY);
        tariff = p.get(Parameters.YEAR_OF_CARE_TARIFF);
        enrolledTier = p.getInt(Parameters.YEAR_OF_CARE_COVERAGE) == 0 ? Demography.HIGH : Demography.HIGH - 1;
        premium = p.get(Parameters.ICO_SALARY_PREMIUM);
        contractorKept = p.getBoolean(Parameters.INDEPENDENT_CONTRACTOR_KEPT);
        formingMonths = p.getInt(Parameters.ICO_FORMING_MONTHS);
        gpLedMinList = p.get(Parameters.GP_LED_MIN_LIST);
        offerMonths = p.getInt(Parameters.ICO_OFFER_MONTHS);
        gpBudgetShare = p.get(Parameters.ICO_GP_BUDGET_SHARE);
        admissionFactor = 1 - p.get(Parameters.ICO_ADMISSION_EFFECT);
        aeFactor = 1 - p.get(Parameters.ICO_AE_EFFECT);
        fundGps = p.get(Parameters.TIME_TO_CARE_GPS);
        fundStart = p.get(Parameters.TIME_TO_CARE_START);
        fundMonths = p.getInt(Parameters.FUND_YEARS) * 12;
        fundIcoShare = p.get(Parameters.FUND_ICO_SHARE);
        guarantee = p.getBoolean(Parameters.ACCESS_GUARANTEE);
        guaranteeStart = p.get(Parameters.ACCESS_GUARANTEE_START);
    }

    // ---------------------------------------------------------------- levers

    /** Whether the ICO policy applies this month. */
    boolean policyActive() {
        return push != PUSH_NONE && sim.calendarMonth() >= icoPolicyStart;
    }

    /** The policy push this month: 0 without a policy, 1 for STRONG, {@link Parameters#VOLUNTARY_PUSH} for VOLUNTARY. */
    double pushLevel() {
        if (!policyActive()) return 0;
        return push == 1 ? voluntaryPush : 1;
    }

    boolean mandated() {
        return push == PUSH_MANDATED && policyActive();
    }

    /** Whether practices may take on new partners (false once a policy ends independent contractor status). */
    boolean newPartnershipsAllowed() {
        return contractorKept || !policyActive();
    }

    /** Pay of an ICO's salaried GP, pounds per FTE-year. */
    double icoPay() {
        return sim.salariedPay() * (1 + premium);
    }

    /** Start of month: the access guarantee, once, from its start month. */
    void beginMonth() {
        if (guarantee && !guaranteeApplied && sim.calendarMonth() >= guaranteeStart) {
            guaranteeApplied = true;
            double more = 1 + sim.params.get(Parameters.GUARANTEE_DEMAND_EFFECT);
            double fewer = 1 - sim.params.get(Parameters.GUARANTEE_AE_EFFECT);
            for (int c = 0; c < Demography.CELLS; c++) {
                sim.rates.demandPerMonth[c] *= more;
                sim.rates.aePerMonth[c] *= fewer;
            }
        }
    }

    /**
     * The Time to Care fund's GPs for this month, each economy its share: they enter the labour
     * market and choose a post like returners; {@link Parameters#FUND_ICO_SHARE} of them bring a
     * funded post to an ICO of their economy (held until one operates there).
     */
    void admitFundGps() {
        if (fundGps <= 0) return;
        double now = sim.calendarMonth();
        if (now < fundStart || now >= fundStart + fundMonths) return;
        if (pendingFundedFte.length != sim.economies.size()) pendingFundedFte = new double[sim.economies.size()];
        double postFte = sim.params.get(Parameters.SALARIED_MEAN_FTE);
        for (Economy e : sim.economies) {
            int n = sim.stochasticRound(fundGps * e.populationShare / fundMonths);
            for (int k = 0; k < n; k++) {
                if (sim.random.nextDouble() < fundIcoShare) {
                    Trust ico = largestIco(e);
                    if (ico != null) ico.fundedFte += postFte; else pendingFundedFte[e.id()] += postFte;
                }
                fundGpsCum++;
                sim.workforce.admitFundGp(e);
            }
        }
    }

    /** The operating ICO of the economy with the most enrolled patients (the first on ties), or {@code null}. */
    private Trust largestIco(Economy e) {
        Trust best = null;
        for (Trust t : e.trusts) if (t.isIco() && (best == null || t.enrolled > best.enrolled)) best = t;
        return best;
    }

    // ---------------------------------------------------------------- trusts, quarterly

    /** Trusts not yet ICOs decide whether to start forming one (MODEL.md section 4, step 6). */
    void quarterlyFormation() {
        if (!policyActive()) return;
        for (Trust t : sim.trusts) {
            if (t.icoStatus != IcoStatus.NONE || t.kind() != TrustKind.ACUTE) continue;
            Node lead = hospitalLedOnly ? null : gpLeadFor(t);
            Leadership leadership = lead == null ? Leadership.HOSPITAL_LED : Leadership.GP_LED;
            double probability = sim.icoFormation.formationProbability(t, leadership, sim);
            if (probability > 0 && sim.random.nextDouble() < probability) {
                t.icoStatus = IcoStatus.FORMING;
                t.formingSince = sim.month();
                t.leadership = leadership;
                t.leadGroup = lead;
            }
        }
    }

    /** Practices whose main referral trust (their first REFERS_TO tie) is {@code t}. */
    List<Practice> mainlyReferring(Trust t) {
        List<Practice> out = new ArrayList<>();
        for (Practice p : t.economy().practices) {
            if (!p.isOpen()) continue;
            List<Node> trusts = sim.network.targets(p, org.icosim.network.TieType.REFERS_TO);
            if (!trusts.isEmpty() && trusts.get(0) == t) out.add(p);
        }
        return out;
    }

    /**
     * Share of the partner-led practices outside any ICO that refer mainly to {@code t} that would
     * accept an alliance with it, led as {@code leadership}: the trust's view of local GP support.
     */
    double gpSupport(Trust t, Leadership leadership) {
        double sum = 0;
        int n = 0;
        for (Practice p : mainlyReferring(t)) {
            if (!p.status.partnerLed() || p.status.inIco() || p.partners == 0) continue;
            sum += sim.practiceMoves.allianceAcceptance(p, t, leadership, sim);
            n++;
        }
        return n == 0 ? 0 : sum / n;
    }

    /** Year-of-care income, pounds a year, if every practice referring mainly to {@code t} joined it. */
    double potentialYearOfCareIncome(Trust t) {
        double agents = 0;
        for (Practice p : mainlyReferring(t)) agents += enrolledAgents(p);
        return tariff * agents * sim.patientScale;
    }

    /**
     * The GP group that would lead an ICO with {@code t}: the largest federation or practice (by
     * registered patients) among those referring mainly to it, if at least
     * {@link Parameters#GP_LED_MIN_LIST} and not already leading another ICO; else {@code null}.
     */
    Node gpLeadFor(Trust t) {
        Node best = null;
        double bestList = gpLedMinList;
        for (Practice p : mainlyReferring(t)) {
            if (!p.status.partnerLed() || p.status.inIco()) continue;
            Federation f = sim.reorganisation.federationOf(p);
            Node group = f != null ? f : p;
            double list = f != null ? federationList(f) : (double) p.listAgents * sim.patientScale;
            if (list >= bestList && !leadsAnIco(group) && group != best) {
                best = group;
                bestList = list;
            }
        }
        return best;
    }

    private double federationList(Federation f) {
        double agents = 0;
        for (Node n : sim.network.membersOf(f)) agents += ((Practice) n).listAgents;
        return agents * sim.patientScale;
    }

    private boolean leadsAnIco(Node group) {
        for (Trust t : sim.trusts) if (t.leadGroup == group) return true;
        return false;
    }

    // ---------------------------------------------------------------- ICOs, monthly

    /** After the trusts' month: ICOs start operating, are paid, post jobs, support members and make offers. */
    void monthly() {
        boolean any = false;
        for (Trust t : sim.trusts) {
            if (t.icoStatus == IcoStatus.FORMING && sim.month() - t.formingSince >= formingMonths) startOperating(t);
            any |= t.icoStatus != IcoStatus.NONE;
        }
        if (!any) return;
        java.util.Arrays.fill(sim.enrolledAdmissionFactor, 1);
        java.util.Arrays.fill(sim.enrolledAeFactor, 1);
        for (Practice p : sim.practices) p.icoSupport = 0;
        for (Trust t : sim.trusts) {
            if (t.isIco()) operate(t);
        }
        rebuildOpenPostLists();
        if (policyActive()) makeOffers();
    }

    private void startOperating(Trust t) {
        t.icoStatus = IcoStatus.ICO;
        t.icoSince = sim.month();
        int e = t.economy().id();
        if (e < pendingFundedFte.length) {
            t.fundedFte += pendingFundedFte[e];
            pendingFundedFte[e] = 0;
        }
        if (t.leadGroup == null) return;
        // A GP-led ICO starts with its lead group's practices as alliance members.
        List<Practice> founders = new ArrayList<>();
        if (t.leadGroup instanceof Federation) {
            for (Node n : sim.network.membersOf(t.leadGroup)) founders.add((Practice) n);
        } else {
            founders.add((Practice) t.leadGroup);
        }
        for (Practice p : founders) {
            if (p.isOpen() && p.status.partnerLed() && !p.status.inIco()) sim.reorganisation.joinIco(p, t);
        }
    }

    /** The operating ICO {@code t}'s month: year of care, budget and posts, its team's support, its effect on admissions. */
    private void operate(Trust t) {
        List<Practice> members = membersOf(t);
        double agents = 0;
        double enrolledDemand = 0;
        double[] demand = new double[members.size()];
        for (int i = 0; i < members.size(); i++) {
            Practice p = members.get(i);
            agents += enrolledAgents(p);
            demand[i] = enrolledDemand(p);
            enrolledDemand += demand[i];
            sim.enrolledAdmissionFactor[p.id()] = admissionFactor;
            sim.enrolledAeFactor[p.id()] = aeFactor;
        }
        t.enrolled = agents * sim.patientScale;
        t.yearOfCareIncome = tariff * t.enrolled;
        refreshPosts(t);
        double pay = icoPay();
        double fundPaid = Math.min(t.fundedFte, t.mdtFte) * pay;
        // Alliance shares and the community team come out of the rest of the year-of-care income.
        t.balance += (gpBudgetShare * t.yearOfCareIncome + fundPaid - t.mdtFte * pay) / 12;

        // The team's appointments go to enrolled patients of members, in proportion to their demand.
        double capacity = t.mdtFte * sim.appointmentsPerFteMonth;
        if (enrolledDemand > 0 && capacity > 0) {
            for (int i = 0; i < members.size(); i++) {
                members.get(i).icoSupport = Math.min(demand[i], capacity * demand[i] / enrolledDemand);
            }
        }
    }

    /** The team's FTE and the posts the ICO can afford this month (at most 3 new a month, like a practice). */
    void refreshPosts(Trust t) {
        double fte = 0;
        for (Node n : sim.network.staffOf(t)) {
            Gp gp = (Gp) n;
            if (gp.role() == Role.SALARIED) fte += gp.fte();
        }
        t.mdtFte = fte;
        double budgetFte = (gpBudgetShare * t.yearOfCareIncome) / icoPay() + t.fundedFte;
        double postFte = sim.params.get(Parameters.SALARIED_MEAN_FTE);
        int posts = (int) Math.floor((budgetFte - fte) / postFte);
        t.openIcoPosts = posts < 0 ? 0 : Math.min(3, posts);
    }

    private void rebuildOpenPostLists() {
        openIcoPosts.clear();
        for (int e = 0; e < sim.economies.size(); e++) openIcoPosts.add(new ArrayList<>());
        for (Trust t : sim.trusts) if (t.isIco() && t.openIcoPosts > 0) openIcoPosts.get(t.economy().id()).add(t);
    }

    /**
     * Offers for the practices' next quarterly decisions: alliance membership in each ICO's annual
     * round to the partner-led practices outside an ICO that refer to it; absorption each quarter
     * to failing partner-led practices (and, under a mandate, in each round to every one); and in
     * each round the GPs of the practices an ICO runs may take them back.
     */
    private void makeOffers() {
        boolean quarter = sim.isQuarterEnd();
        boolean mandate = mandated();
        for (Practice p : sim.practices) {
            if (!p.isOpen()) continue;
            if (p.status == PracticeStatus.ICO_RUN) {
                Trust ico = icoOf(p);
                if (ico != null && offerRound(ico) && newPartnershipsAllowed()) sim.reorganisation.offerTakeBack(p, ico);
                continue;
            }
            if (!p.status.partnerLed() || p.partners == 0) continue;
            Trust ico = p.status == PracticeStatus.ICO_ALLIANCE ? icoOf(p) : offeringIco(p);
            if (ico == null || !ico.isIco()) continue;
            boolean round = offerRound(ico);
            if (round && !mandate && p.status != PracticeStatus.ICO_ALLIANCE) p.allianceOffer = ico;
            if ((quarter && ValueBasedPracticeMoves.failing(p, sim)) || (mandate && round)) p.absorptionOffer = ico;
        }
    }

    private boolean offerRound(Trust ico) {
        return (sim.month() - ico.icoSince) % offerMonths == 0;
    }

    /** The operating ICO among {@code p}'s referral trusts that it referred to most in the last 12 months (the nearer on ties). */
    Trust offeringIco(Practice p) {
        Trust best = null;
        double bestWeight = Double.NEGATIVE_INFINITY;
        for (Tie tie : sim.network.referralTiesOf(p)) {
            Trust t = (Trust) sim.network.target(tie);
            if (t.isIco() && tie.weight() > bestWeight) {
                best = t;
                bestWeight = tie.weight();
            }
        }
        return best;
    }

    // ---------------------------------------------------------------- practices and ICOs

    /** The ICO {@code p} is a member of (alliance or run), or {@code null}. */
    Trust icoOf(Practice p) {
        if (!p.status.inIco()) return null;
        for (Node n : sim.network.membershipsOf(p)) if (n instanceof Trust) return (Trust) n;
        return null;
    }

    /** Open practices that are members of {@code ico}, in the order they joined. */
    List<Practice> membersOf(Trust ico) {
        List<Practice> out = new ArrayList<>();
        for (Node n : sim.network.membersOf(ico)) {
            Practice p = (Practice) n;
            if (p.isOpen() && p.status.inIco()) out.add(p);
        }
        return out;
    }

    /** Patient agents of {@code p} in the tiers the year-of-care tariff covers. */
    int enrolledAgents(Practice p) {
        int n = 0;
        for (int cell = 0; cell < Demography.CELLS; cell++) {
            if (Demography.tierOfCell(cell) >= enrolledTier) n += p.caseMix[cell];
        }
        return n;
    }

    /** Appointment requests a month (real) of {@code p}'s enrolled patients. */
    private double enrolledDemand(Practice p) {
        double[] demandPerMonth = sim.rates.demandPerMonth;
        double d = 0;
        for (int cell = 0; cell < Demography.CELLS; cell++) {
            if (Demography.tierOfCell(cell) >= enrolledTier) d += p.caseMix[cell] * demandPerMonth[cell];
        }
        return d * sim.patientScale;
    }

    /** The alliance member's share of the tariff for its enrolled patients, pounds a year (0 for others). */
    double allianceIncome(Practice p) {
        if (p.status != PracticeStatus.ICO_ALLIANCE) return 0;
        Trust ico = icoOf(p);
        if (ico == null || !ico.isIco()) return 0;
        return sim.params.get(Parameters.ALLIANCE_TARIFF_SHARE) * tariff * enrolledAgents(p) * sim.patientScale;
    }

    long fundGpsCum() {
        return fundGpsCum;
    }
}
