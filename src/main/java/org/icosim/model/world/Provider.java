package org.icosim.model.world;

import java.util.LinkedHashMap;
import java.util.Map;

import org.icosim.network.NetworkNode;

/**
 * A large-scale provider (ODD 2.5b, 8.39): a super-partnership that holds the contracts of several
 * practices of one economy, which keep their lists and sites but share a back office and cover
 * partner loss among themselves. Its members are the MEMBER_OF ties that point at it, and only
 * those: the provider keeps no list of its own.
 */
public final class Provider extends NetworkNode {

    private static final long serialVersionUID = 2L;

    /** Registered patients (real) above which a provider counts as large in the metrics: LS1's threshold. */
    public static final double LARGE_LIST = 100000;

    private final int id;
    private final Economy economy;
    private final int monthFormed;
    private int monthDissolved = -1;
    /** Handed-back contracts it took on (8.39), since it formed. */
    private int contractsTakenOn;
    /** Partners it moved into a member left without one (8.39), since it formed. */
    private int partnersLent;
    /** Practices that joined it when a member invited them (8.39), since it formed. */
    private int recruited;

    public Provider(int id, Economy economy, int monthFormed) {
        this.id = id;
        this.economy = economy;
        this.monthFormed = monthFormed;
    }

    public int id() { return id; }
    public Economy economy() { return economy; }
    public int monthFormed() { return monthFormed; }
    /** The month it fell below two members (it is then out of the network), or -1. */
    public int monthDissolved() { return monthDissolved; }
    public boolean isActive() { return monthDissolved < 0; }
    public int contractsTakenOn() { return contractsTakenOn; }
    public int partnersLent() { return partnersLent; }
    public int recruited() { return recruited; }

    /** 8.39: it took on a handed-back contract. */
    public void countContractTakenOn() { contractsTakenOn++; }

    /** 8.39: it moved one of its partners into a member with none. */
    public void countPartnerLent() { partnersLent++; }

    /** 8.39: a practice a member invited joined it. */
    public void countRecruited() { recruited++; }

    /** 8.39: fewer than two members are left. */
    public void dissolve(int month) { this.monthDissolved = month; }

    @Override
    public String nodeId() {
        return "provider-" + id;
    }

    @Override
    public Map<String, String> attributes() {
        Map<String, String> a = new LinkedHashMap<>();
        a.put("kind", "PROVIDER");
        a.put("label", nodeId());
        a.put("economy", Integer.toString(economy.id()));
        a.put("monthFormed", Integer.toString(monthFormed));
        a.put("contractsTakenOn", Integer.toString(contractsTakenOn));
        a.put("partnersLent", Integer.toString(partnersLent));
        a.put("recruited", Integer.toString(recruited));
        return a;
    }

    @Override
    public String toString() {
        return nodeId() + "(economy " + economy.id() + ", formed " + monthFormed + ")";
    }
}
