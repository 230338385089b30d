package org.icosim.model.covid;

/**
 * The month's Covid values that other submodels read (ODD 2.7, 8.27): the stringency, the factor on
 * GP capacity (consultation mode and lost sessions) and the factor on elective referrals per met
 * appointment. Set by {@link CovidActivity} in phase 0; 0, 1 and 1 while Covid does not act, so
 * that the formulas that use them are then unchanged exactly.
 */
public final class CovidState implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private double stringency;
    private double capacityFactor = 1;
    private double referralFactor = 1;
    private double remoteShare;

    /** The month's stringency, 0 (no restrictions) to 1 (national lockdown all month). */
    public double stringency() { return stringency; }

    /** Multiplier of the appointments a GP FTE offers this month. */
    public double capacityFactor() { return capacityFactor; }

    /** Multiplier of elective referrals per met GP appointment this month. */
    public double referralFactor() { return referralFactor; }

    /** Extra share of GP appointments held remotely this month (beyond the pre-2020 mix). */
    public double remoteShare() { return remoteShare; }

    void set(double stringency, double capacityFactor, double referralFactor, double remoteShare) {
        this.stringency = stringency;
        this.capacityFactor = capacityFactor;
        this.referralFactor = referralFactor;
        this.remoteShare = remoteShare;
    }
}
