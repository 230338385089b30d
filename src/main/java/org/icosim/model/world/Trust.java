package org.icosim.model.world;

import java.util.LinkedHashMap;
import java.util.Map;

import org.icosim.network.NetworkNode;
import org.icosim.network.Node;
import org.icosim.network.Tie;

/**
 * An NHS trust at a town centre. Acute trusts take A&E attendances, emergency admissions and
 * elective referrals of the practices that refer to them; any trust can run a failing practice as
 * caretaker. Under an ICO policy a trust may decide to form an integrated care organisation
 * ({@link IcoFormationRule}); after {@link Parameters#ICO_FORMING_MONTHS} it operates as one
 * (MODEL.md sections 2 and 6): it is paid the year-of-care tariff for the enrolled patients of its
 * member practices, employs salaried GPs in its multidisciplinary team (WORKS_AT ties to the
 * trust), and offers alliances and absorption to the practices that refer to it. The status quo
 * keeps every trust at {@link IcoStatus#NONE}.
 */
public final class Trust extends NetworkNode {

    private static final long serialVersionUID = 3L;

    private final int id;
    private final Economy economy;
    private final double x;
    private final double y;
    private final TrustKind kind;
    private IcoStatus icoStatus = IcoStatus.NONE;
    private Leadership leadership = Leadership.HOSPITAL_LED;

    /** Month (since the start) the trust decided to form an ICO, and the month it began operating; -1 if not. */
    private int formingSince = -1;
    private int icoSince = -1;
    /** The federation or practice that leads a GP-led ICO; {@code null} for a hospital-led one. */
    private Node leadGroup;

    // the ICO's year of care, refreshed monthly while it operates
    /** Enrolled patients of its member practices (real people). */
    private double enrolled;
    /** Year-of-care income, pounds a year. */
    private double yearOfCareIncome;
    /** FTE of the salaried GPs in its multidisciplinary team (WORKS_AT the trust). */
    private double mdtFte;
    private double teamAppointments;
    private double teamAppointmentsUsed;
    /** Time to Care posts funded at this ICO (FTE of posts, paid by the fund). */
    private double fundedFte;
    /** Multidisciplinary-team posts open this month. */
    private int openIcoPosts;

    /** Cumulative surplus (positive) or deficit, pounds. */
    private double balance;
    /** 8.41: the ICO's own account since it began operating, its record of monthly results and its state. */
    private double icoBalance;
    private double icoResultThisMonth;
    private final double[] icoResults = new double[12];
    private int icoMonthsOperated;
    private double[] capitation;
    private boolean takingOn = true;
    private int icoHandBacks;
    private int dissolvedMonth = -1;
    /** Running costs, pounds a year; set from the first month's activity, then inflated. */
    private double costBase = Double.NaN;

    // activity this month (real counts)
    private double aeThisMonth;
    private double admissionsThisMonth;
    private double referralsThisMonth;
    /** Referrals a year at the start: the capacity against which load is judged. */
    private double referralBaseline = Double.NaN;
    /** Referrals in the last 12 months over the baseline; 1 is the start level. */
    private double referralLoad = 1;
    /** Referrals received in each of the last 12 months (the trust's own record, kept through mergers). */
    private final double[] referralHistory = new double[Tie.REFERRAL_WINDOW];

    public Trust(int id, Economy economy, double x, double y, TrustKind kind) {
        this.id = id;
        this.economy = economy;
        this.x = x;
        this.y = y;
        this.kind = kind;
    }

    public int id() { return id; }
    public Economy economy() { return economy; }
    public double x() { return x; }
    public double y() { return y; }
    public TrustKind kind() { return kind; }
    public IcoStatus icoStatus() { return icoStatus; }
    public Leadership leadership() { return leadership; }
    public double balance() { return balance; }
    public double referralLoad() { return referralLoad; }
    public double aeThisMonth() { return aeThisMonth; }
    public double admissionsThisMonth() { return admissionsThisMonth; }
    public double referralsThisMonth() { return referralsThisMonth; }
    public int formingSince() { return formingSince; }
    public int icoSince() { return icoSince; }
    public Node leadGroup() { return leadGroup; }
    public double enrolled() { return enrolled; }
    public double yearOfCareIncome() { return yearOfCareIncome; }
    public double mdtFte() { return mdtFte; }
    public double fundedFte() { return fundedFte; }
    public int openIcoPosts() { return openIcoPosts; }
    public double costBase() { return costBase; }
    public double referralBaseline() { return referralBaseline; }
    /** Operating as an ICO. */
    public boolean isIco() { return icoStatus == IcoStatus.ICO; }

    // ---------------------------------------------------------------- 8.16 activity and money

    /** Start of the trusts' month: no activity yet. */
    public void clearActivity() {
        aeThisMonth = 0;
        admissionsThisMonth = 0;
        referralsThisMonth = 0;
    }

    public void addAe(double attendances) { aeThisMonth += attendances; }
    public void addAdmissions(double admissions) { admissionsThisMonth += admissions; }
    public void addReferrals(double referrals) { referralsThisMonth += referrals; }

    /** The first month: running costs set to balance the month's income, referral capacity to its referrals. */
    public void setBaselines(double costBase, double referralBaseline) {
        this.costBase = costBase;
        this.referralBaseline = referralBaseline;
    }

    public void inflateCosts(double factor) { costBase *= factor; }

    /** Adds a surplus (negative: a deficit), pounds. */
    public void addToBalance(double pounds) { balance += pounds; }

    /**
     * Records this month's referrals in the trust's own 12-month record (kept through practice
     * mergers) and sets the load: referrals a year so far over the baseline.
     */
    public void recordReferralMonth(int month) {
        referralHistory[month % referralHistory.length] = referralsThisMonth;
        double last12 = 0;
        for (double r : referralHistory) last12 += r;
        int monthsSeen = Math.min(month + 1, Tie.REFERRAL_WINDOW);
        referralLoad = referralBaseline > 0 ? (last12 * 12.0 / monthsSeen) / referralBaseline : 1;
    }

    // ---------------------------------------------------------------- 8.18, 8.19 the ICO

    /** 8.18: the trust decides to form an ICO, led as given (by {@code leadGroup} if GP-led). */
    public void startForming(int month, Leadership leadership, Node leadGroup) {
        this.icoStatus = IcoStatus.FORMING;
        this.formingSince = month;
        this.leadership = leadership;
        this.leadGroup = leadGroup;
    }

    /** 8.19: the ICO begins operating. */
    public void startOperating(int month) {
        this.icoStatus = IcoStatus.ICO;
        this.icoSince = month;
    }

    /** 8.19: the month's year of care. */
    public void setYearOfCare(double enrolled, double yearOfCareIncome) {
        this.enrolled = enrolled;
        this.yearOfCareIncome = yearOfCareIncome;
    }

    /** 8.19: the team's FTE and the posts open this month. */
    public void setTeam(double mdtFte, int openIcoPosts) {
        this.mdtFte = mdtFte;
        this.openIcoPosts = openIcoPosts;
    }

    /**
     * 8.19: the team's appointments this month (real) and how many of them went to members'
     * enrolled patients; the rest of the team's time is idle.
     */
    public void setTeamUse(double appointments, double used) {
        this.teamAppointments = appointments;
        this.teamAppointmentsUsed = used;
    }

    /** The operating ICO team's appointments this month (real), used or not. */
    public double teamAppointments() { return teamAppointments; }

    /** The team's appointments this month that went to members' enrolled patients. */
    public double teamAppointmentsUsed() { return teamAppointmentsUsed; }

    /** 8.12: a GP took one of the team's open posts. */
    public void fillIcoPost() {
        if (openIcoPosts > 0) openIcoPosts--;
    }

    // ---------------------------------------------------------------- 8.41 the ICO's own account

    /**
     * Adds a surplus (negative: a deficit) of the ICO's own account, pounds: its year-of-care and
     * capitation result, its team's pay, the profits of the practices it runs. It is also the
     * trust's, so the trust's balance moves by the same amount.
     */
    public void addIcoResult(double pounds) {
        balance += pounds;
        icoBalance += pounds;
        icoResultThisMonth += pounds;
    }

    /** 8.41: the ICO's month is over: its result joins the 12-month record. */
    public void closeIcoMonth() {
        icoResults[icoMonthsOperated % icoResults.length] = icoResultThisMonth;
        icoMonthsOperated++;
        icoResultThisMonth = 0;
    }

    /** The ICO's accumulated balance since it began operating, pounds. */
    public double icoBalance() { return icoBalance; }

    /** The ICO's result over its last 12 months (fewer if it has operated fewer), pounds. */
    public double icoResultLast12() {
        double sum = 0;
        for (double r : icoResults) sum += r;
        return sum;
    }

    /** Months the ICO has closed its account. */
    public int icoMonthsOperated() { return icoMonthsOperated; }

    /** 8.41: the capitation a year per enrolled patient of each risk tier, set when the ICO starts operating. */
    public void setCapitation(double[] poundsPerYearByTier) { capitation = poundsPerYearByTier.clone(); }

    /** The capitation a year per enrolled patient of risk tier {@code tier} (0 if none was set). */
    public double capitation(int tier) { return capitation == null ? 0 : capitation[tier]; }

    /** 8.41: whether the ICO makes offers and takes on handed-back contracts (false while in deficit over its last year). */
    public boolean takingOn() { return takingOn; }

    public void setTakingOn(boolean takingOn) { this.takingOn = takingOn; }

    /** 8.41: the ICO handed a practice it ran back to the commissioner. */
    public void countHandBack() { icoHandBacks++; }

    /** Practices this ICO handed back for their losses (8.41). */
    public int icoHandBacks() { return icoHandBacks; }

    /**
     * 8.41: the ICO dissolves for its deficit: no members, enrolled patients, team or posts from now
     * on, and it never forms again.
     */
    public void dissolve(int month) {
        icoStatus = IcoStatus.DISSOLVED;
        dissolvedMonth = month;
        takingOn = false;
        enrolled = 0;
        yearOfCareIncome = 0;
        mdtFte = 0;
        openIcoPosts = 0;
        teamAppointments = 0;
        teamAppointmentsUsed = 0;
        fundedFte = 0;
    }

    /** The month the ICO dissolved (-1 if it has not). */
    public int dissolvedMonth() { return dissolvedMonth; }

    /** 8.23: Time to Care posts funded at this ICO. */
    public void addFundedFte(double fte) { fundedFte += fte; }

    /** 8.23, with fundedPostsEndWithFund: the fund stops paying; the ICO pays its posts from then on. */
    public void endFunding() { fundedFte = 0; }

    public double distanceTo(double px, double py) {
        double dx = x - px;
        double dy = y - py;
        return Math.sqrt(dx * dx + dy * dy);
    }

    @Override
    public String nodeId() {
        return "trust-" + id;
    }

    @Override
    public Map<String, String> attributes() {
        Map<String, String> a = new LinkedHashMap<>();
        a.put("kind", "TRUST");
        a.put("label", nodeId());
        a.put("trustKind", kind.name());
        a.put("icoStatus", icoStatus.name());
        a.put("leadership", icoStatus == IcoStatus.NONE ? "" : leadership.name());
        a.put("icoSince", Integer.toString(icoSince));
        a.put("economy", Integer.toString(economy.id()));
        a.put("x", Double.toString(Math.round(x * 100) / 100.0));
        a.put("y", Double.toString(Math.round(y * 100) / 100.0));
        a.put("balance", Long.toString(Math.round(balance)));
        return a;
    }

    @Override
    public String toString() {
        return nodeId() + "(" + kind + ", " + icoStatus + ")";
    }
}
