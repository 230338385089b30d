package org.icosim.model.world;

import java.util.LinkedHashMap;
import java.util.Map;

import org.icosim.network.NetworkNode;

/**
 * A general practitioner (ODD 2.3). Its employer is not a field: it is the GP's WORKS_AT tie in the
 * network, so a GP never holds two posts and nothing shadows the graph. Its month (ageing,
 * burnout, exit, training, job review) is {@link org.icosim.model.workforce.GpMonth}'s work.
 */
public final class Gp extends NetworkNode {

    private static final long serialVersionUID = 2L;

    private final int id;
    private final Economy economy;
    private int ageMonths;
    private Role role;
    /** The GP's own taste for sessions, a z-score: FTE = role mean + sd * z. */
    private final double sessionsZ;
    private double fte;
    /** Individual deviations of taste from the population weights, drawn at entry. */
    private final double autonomyTaste;
    private final double flexibilityTaste;
    private final double riskTaste;
    private double burnout;
    private int monthsInRole;
    private int trainingMonthsLeft;
    private boolean active = true;
    /** 8.23: a registrar in one of the Time to Care fund's extra training places. */
    private boolean fundTrainee;
    private final int reviewOffset;

    public Gp(int id, Economy economy, int ageMonths, Role role, double sessionsZ, double autonomyTaste,
            double flexibilityTaste, double riskTaste, int reviewOffset) {
        this.id = id;
        this.economy = economy;
        this.ageMonths = ageMonths;
        this.role = role;
        this.sessionsZ = sessionsZ;
        this.autonomyTaste = autonomyTaste;
        this.flexibilityTaste = flexibilityTaste;
        this.riskTaste = riskTaste;
        this.reviewOffset = reviewOffset;
    }

    public int id() { return id; }
    public Economy economy() { return economy; }
    public Role role() { return role; }
    public double fte() { return fte; }
    public double burnout() { return burnout; }
    public int monthsInRole() { return monthsInRole; }
    public int trainingMonthsLeft() { return trainingMonthsLeft; }
    public double age() { return ageMonths / 12.0; }
    public int ageMonths() { return ageMonths; }
    public double sessionsZ() { return sessionsZ; }
    public double autonomyTaste() { return autonomyTaste; }
    public double flexibilityTaste() { return flexibilityTaste; }
    public double riskTaste() { return riskTaste; }
    /** Months added to months in role before the review schedule's test (drawn at entry). */
    public int reviewOffset() { return reviewOffset; }
    /** False once the GP has left NHS general practice (the network no longer holds it). */
    public boolean isActive() { return active; }

    /** 8.9: a month older, a month longer in the role. */
    public void ageOneMonth() {
        ageMonths++;
        monthsInRole++;
    }

    /** Changes role with the FTE it comes with (8.12); months in role restart when the role changes. */
    public void takeRole(Role newRole, double newFte) {
        if (newRole != role) monthsInRole = 0;
        role = newRole;
        fte = newFte;
    }

    public void setBurnout(double b) { burnout = b; }
    public void setTrainingMonthsLeft(int months) { trainingMonthsLeft = months; }
    /** 8.23: whether the GP trains (or trained) in one of the fund's extra places. */
    public boolean fundTrainee() { return fundTrainee; }
    public void markFundTrainee() { fundTrainee = true; }
    /** 8.10: the GP has left NHS general practice. */
    public void deactivate() { active = false; }

    @Override
    public String nodeId() {
        return "gp-" + id;
    }

    @Override
    public Map<String, String> attributes() {
        Map<String, String> a = new LinkedHashMap<>();
        a.put("kind", "GP");
        a.put("label", nodeId());
        a.put("role", role.name());
        a.put("age", Integer.toString(ageMonths / 12));
        a.put("fte", Double.toString(Math.round(fte * 1000) / 1000.0));
        a.put("burnout", Double.toString(Math.round(burnout * 1000) / 1000.0));
        a.put("economy", Integer.toString(economy.id()));
        return a;
    }

    @Override
    public String toString() {
        return nodeId() + "(" + role + ", " + ageMonths / 12 + ")";
    }
}
