package org.icosim.model.world;

import java.util.LinkedHashMap;
import java.util.Map;

import org.icosim.network.NetworkNode;

/**
 * A corporate APMS provider (ODD 2.5c, 8.43): a national company that wins tendered contracts in
 * any economy and runs those practices with salaried GPs. The practices it runs are the MEMBER_OF
 * ties that point at it, and only those: the company keeps no list of its own. Unlike a
 * super-partnership ({@link Provider}) it belongs to no economy.
 */
public final class Company extends NetworkNode {

    private static final long serialVersionUID = 1L;

    private final int id;
    /** The profits less losses of the practices it ran, pounds, since the start. */
    private double balance;
    /** Contracts it won at tender (8.43), since the start. */
    private int contractsWon;
    /** Contracts it gave up at the end of a term for their losses (8.43), since the start. */
    private int contractsGivenUp;

    public Company(int id) {
        this.id = id;
    }

    public int id() { return id; }
    public double balance() { return balance; }
    public int contractsWon() { return contractsWon; }
    public int contractsGivenUp() { return contractsGivenUp; }

    /** 8.5: a month's profit (or loss) of a practice it runs, pounds. */
    public void addToBalance(double pounds) { balance += pounds; }

    /** 8.43: it won a tendered contract. */
    public void countWon() { contractsWon++; }

    /** 8.43: it gave up a contract at the end of its term. */
    public void countGivenUp() { contractsGivenUp++; }

    @Override
    public String nodeId() {
        return "company-" + id;
    }

    @Override
    public Map<String, String> attributes() {
        Map<String, String> a = new LinkedHashMap<>();
        a.put("kind", "COMPANY");
        a.put("label", nodeId());
        a.put("contractsWon", Integer.toString(contractsWon));
        a.put("contractsGivenUp", Integer.toString(contractsGivenUp));
        a.put("balance", Long.toString(Math.round(balance)));
        return a;
    }

    @Override
    public String toString() {
        return nodeId();
    }
}
