package org.icosim.network;

/**
 * An edge of the organisational network. Ties keep identity equality: two referral ties between
 * the same practice and trust would be two ties, which the network never creates.
 *
 * <p>A {@link TieType#REFERS_TO} tie keeps the referrals of each of the last 12 months, and its
 * {@link #weight()} is their sum (MODEL.md section 3).
 */
public final class Tie implements java.io.Serializable {

    /** Months of history a referral weight covers. */
    public static final int REFERRAL_WINDOW = 12;

    private final TieType type;
    /** Endpoints, set by the network when the tie is added: the edge's own data, read without a lookup. */
    Node source;
    Node target;
    private double weight;
    private double[] monthly;

    public Tie(TieType type) {
        this.type = type;
        this.weight = 1;
    }

    public TieType type() {
        return type;
    }

    public double weight() {
        return weight;
    }

    /** Records one month's flow (e.g. referrals) and keeps the weight as the 12-month sum. */
    public void recordMonth(int month, double value) {
        if (monthly == null) {
            monthly = new double[REFERRAL_WINDOW];
            weight = 0;
        }
        int slot = Math.floorMod(month, REFERRAL_WINDOW);
        weight += value - monthly[slot];
        monthly[slot] = value;
    }

    @Override
    public String toString() {
        return type.name();
    }
}
