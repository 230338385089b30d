package org.icosim.model;

import java.util.LinkedHashMap;
import java.util.Map;

import org.icosim.network.Node;

/**
 * A GP practice. Its staff, federation, referral trusts and neighbours are ties in the network;
 * its list is the patients whose registration (in {@link Patients}) names it, kept here as a count
 * and a case mix by age band and risk tier so money and demand need no pass over patients.
 *
 * <p>Money is held as annual rates in pounds, recomputed each month (MODEL.md section 6,
 * "Practice money").
 */
public final class Practice implements Node {

    private final int id;
    private final Economy economy;
    private final double x;
    private final double y;
    PracticeStatus status = PracticeStatus.INDEPENDENT;

    // list
    int listAgents;
    final int[] caseMix = new int[Demography.CELLS];

    // premises and contract
    final boolean ownsPremises;
    double premisesLiability;
    /** MPIG correction in 2015/16, pounds a year; cut by a fifth of it each April after. */
    double mpig2015;
    /** Fixed-cost units: 1 for a single site; a merger adds part of the absorbed site's. */
    double fixedCostUnits = 1;

    // money, pounds a year
    double income;
    double costs;
    double profit;
    double profitPerPartner;
    double qofAchievement = 1;

    // demand and capacity, appointments a month (real)
    double capacity;
    double expectedDemand;
    double workload = 1;
    /** Probability that one appointment request is met this month. */
    double accessProbability = 1;
    double neededFte;

    // staff summary, refreshed each month from the network
    int partners;
    int salaried;
    int locums;
    double partnerFte;
    double salariedFte;
    double locumFte;
    double meanPartnerBurnout;

    // recruitment and decisions
    int openPosts;
    boolean offersPartnership;
    boolean offersSalaried;
    int vacancyMonths;
    int partnerlessMonths;
    int partnersLostThisQuarter;
    int mergersAbsorbed;
    int monthEnded = -1;

    // ICO: offers to consider at the next quarterly decision, and the ICO team's appointments a month
    // for this practice's enrolled patients (real), which its own GPs then need not give
    Trust allianceOffer;
    Trust absorptionOffer;
    double icoSupport;
    /** Set while the GPs of an ICO-run practice consider taking it back (the partnership is on offer to them). */
    boolean takeBackOpen;

    // peers: shares of roles among GPs of this practice and its neighbours
    double peerPartnerShare;
    double peerSalariedShare;
    double peerLocumShare;

    Practice(int id, Economy economy, double x, double y, boolean ownsPremises, double premisesLiability) {
        this.id = id;
        this.economy = economy;
        this.x = x;
        this.y = y;
        this.ownsPremises = ownsPremises;
        this.premisesLiability = premisesLiability;
    }

    public int id() { return id; }
    public Economy economy() { return economy; }
    public double x() { return x; }
    public double y() { return y; }
    public PracticeStatus status() { return status; }
    public boolean isOpen() { return status.isOpen(); }
    public int listAgents() { return listAgents; }
    public int partners() { return partners; }
    public int salaried() { return salaried; }
    public int locums() { return locums; }
    public double partnerFte() { return partnerFte; }
    public double salariedFte() { return salariedFte; }
    public double profitPerPartner() { return profitPerPartner; }
    public double income() { return income; }
    public double costs() { return costs; }
    public double workload() { return workload; }
    public double accessProbability() { return accessProbability; }
    public int openPosts() { return openPosts; }
    public boolean offersPartnership() { return offersPartnership; }
    public double meanPartnerBurnout() { return meanPartnerBurnout; }
    public double mpig2015() { return mpig2015; }
    public int vacancyMonths() { return vacancyMonths; }
    public int partnerlessMonths() { return partnerlessMonths; }
    public double icoSupport() { return icoSupport; }

    /** Case mix count of one age-band and risk-tier cell (patient agents). */
    public int caseMix(int cell) { return caseMix[cell]; }

    double distanceTo(double px, double py) {
        double dx = x - px;
        double dy = y - py;
        return Math.sqrt(dx * dx + dy * dy);
    }

    double distanceTo(Practice other) {
        return distanceTo(other.x, other.y);
    }

    @Override
    public String nodeId() {
        return "practice-" + id;
    }

    @Override
    public Map<String, String> attributes() {
        Map<String, String> a = new LinkedHashMap<>();
        a.put("kind", "PRACTICE");
        a.put("label", nodeId());
        a.put("status", status.name());
        a.put("economy", Integer.toString(economy.id()));
        a.put("x", Double.toString(Math.round(x * 100) / 100.0));
        a.put("y", Double.toString(Math.round(y * 100) / 100.0));
        a.put("listAgents", Integer.toString(listAgents));
        a.put("partners", Integer.toString(partners));
        a.put("salaried", Integer.toString(salaried));
        a.put("profitPerPartner", Long.toString(Math.round(partners > 0 ? profitPerPartner : 0)));
        // Months since the start when the practice merged away or closed (-1 while open).
        a.put("monthEnded", Integer.toString(monthEnded));
        return a;
    }

    @Override
    public String toString() {
        return nodeId() + "(" + status + ", list " + listAgents + ", partners " + partners + ")";
    }
}
