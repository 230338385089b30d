package org.icosim.model;

import java.util.LinkedHashMap;
import java.util.Map;

import org.icosim.network.Node;

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
public final class Trust implements Node {

    private final int id;
    private final Economy economy;
    private final double x;
    private final double y;
    private final TrustKind kind;
    IcoStatus icoStatus = IcoStatus.NONE;
    Leadership leadership = Leadership.HOSPITAL_LED;

    /** Month (since the start) the trust decided to form an ICO, and the month it began operating; -1 if not. */
    int formingSince = -1;
    int icoSince = -1;
    /** The federation or practice that leads a GP-led ICO; {@code null} for a hospital-led one. */
    Node leadGroup;

    // the ICO's year of care, refreshed monthly while it operates
    /** Enrolled patients of its member practices (real people). */
    double enrolled;
    /** Year-of-care income, pounds a year. */
    double yearOfCareIncome;
    /** FTE of the salaried GPs in its multidisciplinary team (WORKS_AT the trust). */
    double mdtFte;
    /** Time to Care posts funded at this ICO (FTE of posts, paid by the fund). */
    double fundedFte;
    /** Multidisciplinary-team posts open this month. */
    int openIcoPosts;

    /** Cumulative surplus (positive) or deficit, pounds. */
    double balance;
    /** Running costs, pounds a year; set from the first month's activity, then inflated. */
    double costBase = Double.NaN;

    // activity this month (real counts)
    double aeThisMonth;
    double admissionsThisMonth;
    double referralsThisMonth;
    /** Referrals a year at the start: the capacity against which load is judged. */
    double referralBaseline = Double.NaN;
    /** Referrals in the last 12 months over the baseline; 1 is the start level. */
    double referralLoad = 1;
    /** Referrals received in each of the last 12 months (the trust's own record, kept through mergers). */
    final double[] referralHistory = new double[org.icosim.network.Tie.REFERRAL_WINDOW];

    Trust(int id, Economy economy, double x, double y, TrustKind kind) {
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
    /** Operating as an ICO. */
    public boolean isIco() { return icoStatus == IcoStatus.ICO; }

    double distanceTo(double px, double py) {
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
