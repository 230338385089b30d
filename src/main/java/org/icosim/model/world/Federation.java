package org.icosim.model.world;

import java.util.LinkedHashMap;
import java.util.Map;

import org.icosim.network.NetworkNode;

/**
 * A federation of practices that keep their own contracts and share back-office costs. Its members
 * are the MEMBER_OF ties that point at it.
 */
public final class Federation extends NetworkNode {

    private static final long serialVersionUID = 2L;

    private final int id;
    private final Economy economy;
    /** Back-office savings of all members since the federation formed, pounds. */
    private double savingsCum;

    public Federation(int id, Economy economy) {
        this.id = id;
        this.economy = economy;
    }

    public int id() { return id; }
    public Economy economy() { return economy; }
    public double savingsCum() { return savingsCum; }

    /** 8.5: a member's back-office saving this month, pounds. */
    public void addSaving(double pounds) { savingsCum += pounds; }

    @Override
    public String nodeId() {
        return "federation-" + id;
    }

    @Override
    public Map<String, String> attributes() {
        Map<String, String> a = new LinkedHashMap<>();
        a.put("kind", "FEDERATION");
        a.put("label", nodeId());
        a.put("economy", Integer.toString(economy.id()));
        a.put("savingsCum", Long.toString(Math.round(savingsCum)));
        return a;
    }
}
