package org.icosim.model.workforce;

import org.icosim.network.Node;

/**
 * One option a GP weighs when choosing a job (ODD 8.12): a post with
 * its attributes as the GP sees them. Income is per FTE-year in pounds; autonomy and flexibility
 * are 0-1 scores; liability is in units of the premises, buy-in and last-person-standing risk;
 * workload is the employer's demand over capacity; peerShare is the share of the GP's network
 * peers already in this kind of role.
 */
public final class Post implements java.io.Serializable {

    /** The kinds of option. */
    public enum Kind { PARTNERSHIP, SALARIED, LOCUM, LEAVE, STAY }

    private final Kind kind;
    private final Node employer;
    private final double incomePerFte;
    private final double autonomy;
    private final double flexibility;
    private final double liability;
    private final double workload;
    private final double peerShare;
    /** Option-specific constant: inertia for staying, the taste for leaving. */
    private final double constant;

    public Post(Kind kind, Node employer, double incomePerFte, double autonomy, double flexibility,
            double liability, double workload, double peerShare, double constant) {
        if (!(incomePerFte > 0)) {
            throw new IllegalArgumentException("invalid income per FTE (" + incomePerFte + " <= 0)");
        }
        this.kind = kind;
        this.employer = employer;
        this.incomePerFte = incomePerFte;
        this.autonomy = autonomy;
        this.flexibility = flexibility;
        this.liability = liability;
        this.workload = workload;
        this.peerShare = peerShare;
        this.constant = constant;
    }

    public Kind kind() { return kind; }
    public Node employer() { return employer; }
    public double incomePerFte() { return incomePerFte; }
    public double autonomy() { return autonomy; }
    public double flexibility() { return flexibility; }
    public double liability() { return liability; }
    public double workload() { return workload; }
    public double peerShare() { return peerShare; }
    public double constant() { return constant; }

    @Override
    public String toString() {
        return kind + (employer != null ? "@" + employer.nodeId() : "");
    }
}
