package org.icosim.model.world;

import java.util.LinkedHashMap;
import java.util.Map;

import org.icosim.model.patients.Demography;
import org.icosim.network.NetworkNode;

/**
 * A GP practice (ODD 2.2). Its staff, federation, referral trusts and neighbours are ties in the
 * network; its list is the patients whose registration (in {@link org.icosim.model.patients.Patients})
 * names it, kept here as a count and a case mix by age band and risk tier so money and demand need
 * no pass over patients. What the patient loop reads and writes per practice (access, switch
 * target, the month's counts) is held once, in the world's {@link PracticeSignals}, and read here
 * through it.
 *
 * <p>The getters are what rules and observers read. The mutators are the submodels' write access:
 * each names the submodel of ODD section 8 that calls it. Money is held as annual rates in pounds,
 * recomputed each month (8.5).
 */
public final class Practice extends NetworkNode {

    private static final long serialVersionUID = 2L;

    private final int id;
    private final Economy economy;
    private final double x;
    private final double y;
    private final PracticeSignals signals;
    // identity in the real England (ODS code, CCG); null in a synthetic world
    private String code;
    private String ccgCode;
    private String ccgName;
    private PracticeStatus status = PracticeStatus.INDEPENDENT;

    // list
    private int listAgents;
    private final int[] caseMix = new int[Demography.CELLS];

    // premises and contract
    private final boolean ownsPremises;
    private double premisesLiability;
    private double mpig2015;
    private double fixedCostUnits = 1;
    /** Share of its fixed costs a large-scale provider's back office saves it (8.39); 0 outside one. */
    private double providerSaving;
    /** Whether it holds a time-limited APMS contract (8.42): from the data in a real world; never in a synthetic one. */
    private boolean apms;
    /** 8.42: the month its APMS contract ends (months since the start); -1 if it has none or the mechanism is off. */
    private int contractEndMonth = -1;

    // money, pounds a year
    private double income;
    private double costs;
    private double profit;
    private double profitPerPartner;
    private double qofAchievement = 1;

    // demand and capacity, appointments a month (real)
    private double capacity;
    private double expectedDemand;
    private double workload = 1;
    private double neededFte;

    // staff summary: the practice's reading of its WORKS_AT ties (8.4)
    private int partners;
    private int salaried;
    private int locums;
    private double partnerFte;
    private double salariedFte;
    private double locumFte;
    private double meanPartnerBurnout;

    // recruitment and decisions
    private int openPosts;
    private boolean offersPartnership;
    private boolean offersSalaried;
    private int vacancyMonths;
    private int partnerlessMonths;
    /** 8.40: the month a hospital-led ICO last absorbed this practice or one of its neighbours; -1 if never. */
    private int nearbyAbsorptionMonth = -1;
    private int partnersLostThisQuarter;
    private int mergersAbsorbed;
    private int monthEnded = -1;

    // ICO
    private Trust allianceOffer;
    private Trust absorptionOffer;
    private double icoSupport;
    // appointments a month its PCN's additional-roles staff take off its GPs (8.31)
    private double pcnSupport;
    private boolean takeBackOpen;

    // peers: shares of roles among GPs of this practice and its neighbours
    private double peerPartnerShare;
    private double peerSalariedShare;
    private double peerLocumShare;

    public Practice(int id, Economy economy, double x, double y, boolean ownsPremises, double premisesLiability,
            PracticeSignals signals) {
        this.id = id;
        this.economy = economy;
        this.x = x;
        this.y = y;
        this.ownsPremises = ownsPremises;
        this.premisesLiability = premisesLiability;
        this.signals = signals;
    }

    // ---------------------------------------------------------------- reading

    public int id() { return id; }
    /** Its ODS code in a real world; in a synthetic one, its node id. */
    public String code() { return code != null ? code : nodeId(); }
    /** Its CCG's code in a real world; null in a synthetic one (the economy is the only area). */
    public String ccgCode() { return ccgCode; }
    /** Its CCG's name in a real world; null in a synthetic one. */
    public String ccgName() { return ccgName; }
    public Economy economy() { return economy; }
    public double x() { return x; }
    public double y() { return y; }
    public PracticeStatus status() { return status; }
    public boolean isOpen() { return status.isOpen(); }
    public int listAgents() { return listAgents; }
    /** Case mix count of one age-band and risk-tier cell (patient agents). */
    public int caseMix(int cell) { return caseMix[cell]; }
    public boolean ownsPremises() { return ownsPremises; }
    public double premisesLiability() { return premisesLiability; }
    /** Initialisation of a real world (ODD 6): the practice's ODS code and its CCG of 2015-16. */
    public void identify(String odsCode, String ccg, String ccgLabel) {
        this.code = odsCode;
        this.ccgCode = ccg;
        this.ccgName = ccgLabel;
    }

    /** ODD 6, real world: it holds an APMS contract (time-limited, 8.42). */
    public void setApms(boolean apms) { this.apms = apms; }
    /** Whether it holds an APMS contract (8.42); false in a synthetic world. */
    public boolean apms() { return apms; }
    /** 8.42: the month its APMS contract ends, or -1. */
    public int contractEndMonth() { return contractEndMonth; }
    /** 8.42: its APMS contract runs to {@code month} (set at the start and at each renewal). */
    public void setContractEndMonth(int month) { this.contractEndMonth = month; }

    /** MPIG correction in 2015/16, pounds a year; cut by a fifth of it each April after (8.1). */
    public double mpig2015() { return mpig2015; }
    /** Fixed-cost units: 1 for a single site; a merger adds part of the absorbed site's. */
    public double fixedCostUnits() { return fixedCostUnits; }
    /** Share of its fixed costs its large-scale provider's back office saves (8.39); 0 outside one. */
    public double providerSaving() { return providerSaving; }
    /** 8.39: it joins (share &gt; 0) or leaves (0) a large-scale provider. */
    public void setProviderSaving(double share) { this.providerSaving = share; }
    public double income() { return income; }
    public double costs() { return costs; }
    public double profit() { return profit; }
    public double profitPerPartner() { return profitPerPartner; }
    public double qofAchievement() { return qofAchievement; }
    public double capacity() { return capacity; }
    public double expectedDemand() { return expectedDemand; }
    public double workload() { return workload; }
    /** Probability that one appointment request is met this month. */
    public double accessProbability() { return signals.access[id]; }
    public double neededFte() { return neededFte; }
    public int partners() { return partners; }
    public int salaried() { return salaried; }
    public int locums() { return locums; }
    public double partnerFte() { return partnerFte; }
    public double salariedFte() { return salariedFte; }
    public double locumFte() { return locumFte; }
    public double meanPartnerBurnout() { return meanPartnerBurnout; }
    public int openPosts() { return openPosts; }
    public boolean offersPartnership() { return offersPartnership; }
    public boolean offersSalaried() { return offersSalaried; }
    public int vacancyMonths() { return vacancyMonths; }
    public int partnerlessMonths() { return partnerlessMonths; }
    public int partnersLostThisQuarter() { return partnersLostThisQuarter; }
    public int mergersAbsorbed() { return mergersAbsorbed; }
    /** Months since the start when the practice merged away or closed (-1 while open). */
    public int monthEnded() { return monthEnded; }
    public Trust allianceOffer() { return allianceOffer; }
    public Trust absorptionOffer() { return absorptionOffer; }
    /** The ICO team's appointments a month for this practice's enrolled patients (real), which its own GPs need not give. */
    public double icoSupport() { return icoSupport; }
    /** Appointments a month its PCN's additional-roles staff take off its GPs (8.31); 0 outside a PCN. */
    public double pcnSupport() { return pcnSupport; }
    /** Set while the GPs of an ICO-run practice consider taking it back (the partnership is on offer to them). */
    public boolean takeBackOpen() { return takeBackOpen; }
    public double peerPartnerShare() { return peerPartnerShare; }
    public double peerSalariedShare() { return peerSalariedShare; }
    public double peerLocumShare() { return peerLocumShare; }

    /** Patient agents in the risk tiers from {@code lowestTier} up. */
    public int agentsInTiersFrom(int lowestTier) {
        int n = 0;
        for (int cell = 0; cell < Demography.CELLS; cell++) {
            if (Demography.tierOfCell(cell) >= lowestTier) n += caseMix[cell];
        }
        return n;
    }

    /**
     * Liability of a partnership with {@code partnersAfter} partners (ODD 8.12): the premises and,
     * for a partner buying in, the buy-in ({@code buyIn} pounds), shared among the partners, in units
     * of £200,000, plus the last-person-standing risk 1/partners.
     */
    public double partnershipLiability(int partnersAfter, double buyIn) {
        int n = Math.max(1, partnersAfter);
        return (premisesLiability / n + buyIn) / 200000 + 1.0 / n;
    }

    public double distanceTo(double px, double py) {
        double dx = x - px;
        double dy = y - py;
        return Math.sqrt(dx * dx + dy * dy);
    }

    public double distanceTo(Practice other) {
        return distanceTo(other.x, other.y);
    }

    // ---------------------------------------------------------------- the list (patients, 8.3)

    /** A patient agent of case-mix cell {@code cell} registers here. */
    public void addPatient(int cell) {
        listAgents++;
        caseMix[cell]++;
    }

    /** A patient agent of case-mix cell {@code cell} leaves the list. */
    public void removePatient(int cell) {
        listAgents--;
        caseMix[cell]--;
    }

    /** A registered patient agent moves from one case-mix cell to another (ageing, new tier). */
    public void movePatient(int fromCell, int toCell) {
        caseMix[fromCell]--;
        caseMix[toCell]++;
    }

    // ---------------------------------------------------------------- status and contract

    public void setStatus(PracticeStatus status) { this.status = status; }

    /** Initialisation (ODD 6): the 2015/16 MPIG correction. */
    public void setMpig2015(double pounds) { this.mpig2015 = pounds; }

    /** 8.21: the ICO that absorbs the practice takes on its premises. */
    public void clearPremisesLiability() { this.premisesLiability = 0; }

    /**
     * 8.14: this practice absorbs {@code absorbed}: its MPIG and premises come along, and part of
     * its site's fixed costs ({@code 1 - fixedSaving}) is still run.
     */
    public void absorbContract(Practice absorbed, double fixedSaving) {
        mpig2015 += absorbed.mpig2015;
        premisesLiability += absorbed.premisesLiability;
        fixedCostUnits += absorbed.fixedCostUnits * (1 - fixedSaving);
        mergersAbsorbed++;
    }

    /** 8.14, 8.15: the practice merged away or closed this month. */
    public void end(PracticeStatus how, int month) {
        this.status = how;
        this.monthEnded = month;
        signals.access[id] = 1;
    }

    // ---------------------------------------------------------------- 8.4 staff, capacity, access

    public void setStaff(int partners, int salaried, int locums, double partnerFte, double salariedFte,
            double locumFte, double meanPartnerBurnout) {
        this.partners = partners;
        this.salaried = salaried;
        this.locums = locums;
        this.partnerFte = partnerFte;
        this.salariedFte = salariedFte;
        this.locumFte = locumFte;
        this.meanPartnerBurnout = meanPartnerBurnout;
    }

    public void setCapacity(double appointmentsPerMonth) { this.capacity = appointmentsPerMonth; }

    public void setDemand(double expectedDemand, double neededFte) {
        this.expectedDemand = expectedDemand;
        this.neededFte = neededFte;
    }

    public void setWorkloadAndAccess(double workload, double accessProbability) {
        this.workload = workload;
        signals.access[id] = accessProbability;
    }

    // ---------------------------------------------------------------- 8.5 money

    public void setMoney(double income, double costs, double qofAchievement) {
        this.income = income;
        this.costs = costs;
        this.qofAchievement = qofAchievement;
        this.profit = income - costs;
        this.profitPerPartner = partners > 0 ? profit / partners : profit;
    }

    // ---------------------------------------------------------------- 8.6 vacancies

    public void setVacancies(int openPosts, boolean offersPartnership, boolean offersSalaried, int partnerlessMonths) {
        this.openPosts = openPosts;
        this.offersPartnership = offersPartnership;
        this.offersSalaried = offersSalaried;
        this.partnerlessMonths = partnerlessMonths;
        this.vacancyMonths = openPosts > 0 ? vacancyMonths + 1 : 0;
    }

    /** 8.12: a newcomer took one of the open posts. */
    public void fillPost() {
        if (openPosts > 0) openPosts--;
    }

    /** 8.15, 8.21: a partnerless practice found a partner, or an ICO took it over. */
    public void resetPartnerlessMonths() { this.partnerlessMonths = 0; }

    /** ODD 6: the practice starts having had no partner for {@code months} months. */
    public void startPartnerless(int months) {
        if (months < 0) throw new IllegalArgumentException("partnerless months " + months + ", expected at least 0");
        this.partnerlessMonths = months;
    }

    /** 8.40: the month a hospital-led ICO last absorbed this practice or one of its neighbours; -1 if never. */
    public int nearbyAbsorptionMonth() { return nearbyAbsorptionMonth; }

    /** 8.40: a hospital-led ICO absorbed this practice or one of its neighbours in {@code month}. */
    public void markNearbyAbsorption(int month) { this.nearbyAbsorptionMonth = month; }

    /** 8.10, 8.12: a partner left the partnership this quarter (a trigger of 8.13). */
    public void partnerLost() { partnersLostThisQuarter++; }

    // ---------------------------------------------------------------- 8.7 peers

    public void setPeerShares(double partners, double salaried, double locums) {
        this.peerPartnerShare = partners;
        this.peerSalariedShare = salaried;
        this.peerLocumShare = locums;
    }

    // ---------------------------------------------------------------- 8.13, 8.19-8.21 decisions and ICO

    /** 8.13: the quarter's decisions are over; its triggers and unanswered offers lapse. */
    public void endQuarter() {
        partnersLostThisQuarter = 0;
        allianceOffer = null;
        absorptionOffer = null;
    }

    /** 8.13: an offer is answered once, at the quarter's decision. */
    public void clearOffers() {
        allianceOffer = null;
        absorptionOffer = null;
    }

    public void offerAlliance(Trust ico) { this.allianceOffer = ico; }
    public void offerAbsorption(Trust ico) { this.absorptionOffer = ico; }
    public void setIcoSupport(double appointmentsPerMonth) { this.icoSupport = appointmentsPerMonth; }
    /** 8.31: the appointments its PCN's additional-roles staff give its patients this month. */
    public void setPcnSupport(double appointmentsPerMonth) { this.pcnSupport = appointmentsPerMonth; }
    public void setTakeBackOpen(boolean open) { this.takeBackOpen = open; }

    // ---------------------------------------------------------------- the network's view

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
        a.put("monthEnded", Integer.toString(monthEnded));
        // A real world's identities; a synthetic world's practices have none, and its export is unchanged.
        if (code != null) a.put("odsCode", code);
        if (ccgCode != null) a.put("ccg", ccgCode);
        if (code != null) a.put("stp", economy.code());
        return a;
    }

    @Override
    public String toString() {
        return nodeId() + "(" + status + ", list " + listAgents + ", partners " + partners + ")";
    }
}
