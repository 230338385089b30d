package org.icosim.model;

import java.util.LinkedHashMap;
import java.util.Map;

import org.icosim.network.Node;

/**
 * A federation of practices that keep their own contracts and share back-office costs. Its members
 * are the MEMBER_OF ties that point at it.
 */
public final class Federation implements Node {

    private final int id;
    private final Economy economy;
    /** Back-office savings of all members since the federation formed, pounds. */
    double savingsCum;

    Federation(int id, Economy economy) {
        this.id = id;
        this.economy = economy;
    }

    public int id() { return id; }
    public Economy economy() { return economy; }
    public double savingsCum() { return savingsCum; }

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
