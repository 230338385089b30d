package org.icosim.model;

import java.util.LinkedHashMap;
import java.util.Map;

import org.icosim.network.Node;

/**
 * An NHS trust at a town centre. Acute trusts take A&E attendances, emergency admissions and
 * elective referrals of the practices that refer to them; any trust can run a failing practice as
 * caretaker. ICO status is NONE throughout the status quo; the ICO issue adds formation.
 */
public final class Trust implements Node {

    private final int id;
    private final Economy economy;
    private final double x;
    private final double y;
    private final TrustKind kind;
    IcoStatus icoStatus = IcoStatus.NONE;
    Leadership leadership = Leadership.HOSPITAL_LED;

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
