package org.icosim.model.world;

import java.util.ArrayList;
import java.util.List;

/**
 * What a GP choosing a job can see of its economy's labour market this month (ODD 8.12), as the
 * submodels that set it left it: the practices with open posts (8.6), the ICOs with open team
 * posts (8.19), the need for locum work not yet covered (8.8), and the economy's shares of roles
 * (8.7) for GPs who work in no practice. Each part is replaced whole by the submodel that owns it.
 */
public final class LabourMarket implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private List<List<Practice>> openPostPractices = new ArrayList<>();
    private List<List<Trust>> openIcoPosts = new ArrayList<>();
    private double[] locumDemandFte = new double[0];
    private double[][] economyRoleShares = new double[0][];
    private double[] locumRateIndex = new double[0];
    private double[] locumIncomeFactor = new double[0];

    /** Practices of economy {@code e} with open posts this month (empty before the first practice phase). */
    public List<Practice> openPostPractices(int e) {
        return e < openPostPractices.size() ? openPostPractices.get(e) : List.of();
    }

    /** ICOs of economy {@code e} with open team posts this month. */
    public List<Trust> openIcoPosts(int e) {
        return e < openIcoPosts.size() ? openIcoPosts.get(e) : List.of();
    }

    /** FTE of unfilled need in economy {@code e} not covered by locums (0 before the first placement). */
    public double locumDemandFte(int e) {
        return e < locumDemandFte.length ? locumDemandFte[e] : 0;
    }

    /** Share of partners (0), salaried GPs (1) or locums (2) among the GPs of economy {@code e}'s practices. */
    public double economyRoleShare(int e, int role) {
        return e < economyRoleShares.length ? economyRoleShares[e][role] : 0;
    }

    /**
     * The locum rate of economy {@code e} relative to the calendar's {@code locumPay} (8.34): what a
     * practice pays per locum FTE; 1 without the locum market.
     */
    public double locumRateIndex(int e) {
        return e < locumRateIndex.length ? locumRateIndex[e] : 1;
    }

    /**
     * What a locum of economy {@code e} takes home per FTE relative to the calendar's
     * {@code locumPay} (8.34): the rate index net of the IR35 change; 1 without the locum market.
     */
    public double locumIncomeFactor(int e) {
        return e < locumIncomeFactor.length ? locumIncomeFactor[e] : 1;
    }

    /** 8.6. */
    public void setOpenPostPractices(List<List<Practice>> byEconomy) { this.openPostPractices = byEconomy; }
    /** 8.19. */
    public void setOpenIcoPosts(List<List<Trust>> byEconomy) { this.openIcoPosts = byEconomy; }
    /** 8.8. */
    public void setLocumDemandFte(double[] byEconomy) { this.locumDemandFte = byEconomy; }
    /** 8.7. */
    public void setEconomyRoleShares(double[][] byEconomy) { this.economyRoleShares = byEconomy; }
    /** 8.34. */
    public void setLocumRates(double[] rateIndex, double[] incomeFactor) {
        this.locumRateIndex = rateIndex;
        this.locumIncomeFactor = incomeFactor;
    }
}
