package org.icosim.model.world;

import java.util.ArrayList;
import java.util.List;

import org.icosim.network.Node;
import org.icosim.network.OrgNetwork;
import org.icosim.network.Tie;

/**
 * Questions about who belongs to what, answered from the network's ties (never from a copy): a
 * practice's federation and ICO, the ICO it would be offered membership of, an ICO's members, the
 * practices that refer mainly to a trust. Reads only.
 */
public final class Memberships implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private final OrgNetwork network;

    public Memberships(OrgNetwork network) {
        this.network = network;
    }

    /** The federation {@code p} is a member of, or {@code null}. */
    public Federation federationOf(Practice p) {
        List<Node> of = network.membershipView(p);
        for (int k = 0; k < of.size(); k++) if (of.get(k) instanceof Federation) return (Federation) of.get(k);
        return null;
    }

    /** The primary care network {@code p} is a member of (8.30), or {@code null}. */
    public PrimaryCareNetwork pcnOf(Practice p) {
        List<Node> of = network.membershipView(p);
        for (int k = 0; k < of.size(); k++) if (of.get(k) instanceof PrimaryCareNetwork) return (PrimaryCareNetwork) of.get(k);
        return null;
    }

    /** The large-scale provider {@code p} is a member of (8.39), or {@code null}. */
    public Provider providerOf(Practice p) {
        List<Node> of = network.membershipView(p);
        for (int k = 0; k < of.size(); k++) if (of.get(k) instanceof Provider) return (Provider) of.get(k);
        return null;
    }

    /** The company that runs {@code p} (8.43), or {@code null}. */
    public Company companyOf(Practice p) {
        List<Node> of = network.membershipView(p);
        for (int k = 0; k < of.size(); k++) if (of.get(k) instanceof Company) return (Company) of.get(k);
        return null;
    }

    /** The practices a company runs, in the order it won them. */
    public List<Practice> companyPractices(Company c) {
        List<Practice> out = new ArrayList<>();
        for (Node m : network.memberView(c)) out.add((Practice) m);
        return out;
    }

    /** The member practices of a large-scale provider, in the order they joined. */
    public List<Practice> providerMembers(Provider pr) {
        List<Practice> out = new ArrayList<>();
        for (Node m : network.memberView(pr)) out.add((Practice) m);
        return out;
    }

    /** The member practices of a primary care network, in the order they joined. */
    public List<Practice> pcnMembers(PrimaryCareNetwork n) {
        List<Practice> out = new ArrayList<>();
        for (Node m : network.memberView(n)) out.add((Practice) m);
        return out;
    }

    /** The ICO {@code p} is a member of (alliance or run), or {@code null}. */
    public Trust icoOf(Practice p) {
        if (!p.status().inIco()) return null;
        List<Node> of = network.membershipView(p);
        for (int k = 0; k < of.size(); k++) if (of.get(k) instanceof Trust) return (Trust) of.get(k);
        return null;
    }

    /** The trust that runs {@code p} (as caretaker or ICO), or {@code null}: the last MEMBER_OF trust. */
    public Trust runningTrust(Practice p) {
        Trust owner = null;
        List<Node> of = network.membershipView(p);
        for (int k = 0; k < of.size(); k++) if (of.get(k) instanceof Trust) owner = (Trust) of.get(k);
        return owner;
    }

    /** Open practices that are members of {@code ico}, in the order they joined. */
    public List<Practice> icoMembers(Trust ico) {
        List<Practice> out = new ArrayList<>();
        for (Node n : network.memberView(ico)) {
            Practice p = (Practice) n;
            if (p.isOpen() && p.status().inIco()) out.add(p);
        }
        return out;
    }

    /** The practices of a federation, in the order they joined. */
    public List<Practice> federationMembers(Federation f) {
        List<Practice> out = new ArrayList<>();
        for (Node n : network.memberView(f)) out.add((Practice) n);
        return out;
    }

    /**
     * The operating ICO among {@code p}'s referral trusts that it referred to most in the last 12
     * months (the nearer on ties), or {@code null}; an ICO that is not taking on practices (in
     * deficit over its last year, ODD 8.41) is passed over.
     */
    public Trust offeringIco(Practice p) {
        Trust best = null;
        double bestWeight = Double.NEGATIVE_INFINITY;
        List<Tie> ties = network.referralTieView(p);
        for (int k = 0; k < ties.size(); k++) {
            Tie tie = ties.get(k);
            Trust t = (Trust) network.target(tie);
            if (t.isIco() && t.takingOn() && tie.weight() > bestWeight) {
                best = t;
                bestWeight = tie.weight();
            }
        }
        return best;
    }

    /** Open practices of {@code t}'s economy whose main referral trust (their first REFERS_TO tie) is {@code t}. */
    public List<Practice> mainlyReferring(Trust t) {
        List<Practice> out = new ArrayList<>();
        for (Practice p : t.economy().practices()) {
            if (!p.isOpen()) continue;
            List<Tie> ties = network.referralTieView(p);
            if (!ties.isEmpty() && network.target(ties.get(0)) == t) out.add(p);
        }
        return out;
    }

    /** The trust of {@code p}'s economy nearest to it (the first on ties), or {@code null}. */
    public Trust nearestTrust(Practice p) {
        Trust best = null;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (Trust t : p.economy().trusts()) {
            double d = t.distanceTo(p.x(), p.y());
            if (d < bestDistance) {
                bestDistance = d;
                best = t;
            }
        }
        return best;
    }
}
