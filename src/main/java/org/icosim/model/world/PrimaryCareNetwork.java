package org.icosim.model.world;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.icosim.network.NetworkNode;

/**
 * A primary care network (ODD 2.5a): neighbouring practices of one economy (and one CCG in the
 * real England) that hold the network contract DES together from July 2019 (ODD 8.30). Its members
 * are the MEMBER_OF ties that point at it, and only those: the PCN keeps no list of its own. It
 * holds the additional-roles staff its members' lists fund (ODD 8.31), as FTE.
 */
public final class PrimaryCareNetwork extends NetworkNode {

    private static final long serialVersionUID = 1L;

    private final int id;
    private final Economy economy;
    /** The CCG of its members in the real England; {@code null} in a synthetic world. */
    private final String ccgCode;
    private final int monthFormed;
    private int monthDissolved = -1;
    /** Additional-roles FTE the scheme funds this month (8.31). */
    private double fundedFte;
    /** Additional-roles FTE in post (8.31): the funded FTE reached with the recruitment lag. */
    private double arrsFte;
    /** Registered patients of its open members this month, real patients (8.31). */
    private double list;

    public PrimaryCareNetwork(int id, Economy economy, String ccgCode, int monthFormed) {
        this.id = id;
        this.economy = economy;
        this.ccgCode = ccgCode;
        this.monthFormed = monthFormed;
    }

    public int id() { return id; }
    public Economy economy() { return economy; }
    public String ccgCode() { return ccgCode; }
    public int monthFormed() { return monthFormed; }
    /** The month its last member left (it is then out of the network), or -1. */
    public int monthDissolved() { return monthDissolved; }
    public boolean isActive() { return monthDissolved < 0; }
    public double fundedFte() { return fundedFte; }
    public double arrsFte() { return arrsFte; }
    public double list() { return list; }

    /** 8.31: this month's list, funded FTE and FTE in post. */
    public void setStaff(double list, double fundedFte, double arrsFte) {
        this.list = list;
        this.fundedFte = fundedFte;
        this.arrsFte = arrsFte;
    }

    /** 8.30: its last member merged away or closed. */
    public void dissolve(int month) {
        this.monthDissolved = month;
        this.list = 0;
        this.fundedFte = 0;
        this.arrsFte = 0;
    }

    @Override
    public String nodeId() {
        return "pcn-" + id;
    }

    @Override
    public Map<String, String> attributes() {
        Map<String, String> a = new LinkedHashMap<>();
        a.put("kind", "PCN");
        a.put("label", nodeId());
        a.put("economy", Integer.toString(economy.id()));
        if (ccgCode != null) a.put("ccg", ccgCode);
        a.put("monthFormed", Integer.toString(monthFormed));
        a.put("list", Long.toString(Math.round(list)));
        a.put("arrsFte", String.format(Locale.ROOT, "%.2f", arrsFte));
        return a;
    }

    @Override
    public String toString() {
        return nodeId() + "(list " + Math.round(list) + ", ARRS FTE " + String.format(Locale.ROOT, "%.2f", arrsFte) + ")";
    }
}
