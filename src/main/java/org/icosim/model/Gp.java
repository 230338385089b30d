package org.icosim.model;

import java.util.LinkedHashMap;
import java.util.Map;

import org.icosim.network.Node;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * A general practitioner. Its employer is not a field: it is the GP's WORKS_AT tie in the
 * network ({@link IcoSim#network()}), so a GP never holds two posts and nothing shadows the graph.
 *
 * <p>Each month (MODEL.md section 4, step 4) a GP ages, updates burnout from the workload of its
 * practice, may leave NHS general practice (hazard by age and burnout), progresses through
 * training if a registrar, and reconsiders its job every {@link Parameters#REVIEW_MONTHS} months
 * or every month while burnt out.
 */
public final class Gp implements Node, Steppable {

    private static final long serialVersionUID = 1L;

    private final int id;
    private final Economy economy;
    private int ageMonths;
    private Role role;
    /** The GP's own taste for sessions, a z-score: FTE = role mean + sd * z. */
    private final double sessionsZ;
    private double fte;
    /** Individual deviations of taste from the population weights, drawn at entry. */
    final double autonomyTaste;
    final double flexibilityTaste;
    final double riskTaste;
    private double burnout;
    private int monthsInRole;
    private int trainingMonthsLeft;
    /** False once the GP has left NHS general practice (the network no longer holds it). */
    boolean active = true;
    private final int reviewOffset;

    Gp(int id, Economy economy, int ageMonths, Role role, double sessionsZ, double autonomyTaste,
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

    @Override
    public void step(SimState state) {
        IcoSim sim = (IcoSim) state;
        ageMonths++;
        monthsInRole++;
        updateBurnout(sim);
        if (role == Role.REGISTRAR) {
            progressTraining(sim);
            return;
        }
        if (sim.workforce().leavesThisMonth(this)) {
            sim.workforce().leave(this, true);
            return;
        }
        if (dueForReview(sim)) {
            sim.workforce().chooseJob(this, JobChoice.Occasion.REVIEW);
        }
    }

    /**
     * Burnout is a stock: it rises with workload above the norm and recovers towards zero
     * (MODEL.md section 2). Partners feel their practice's workload more (management load).
     */
    void updateBurnout(IcoSim sim) {
        double load = sim.workforce().workloadFelt(this);
        double next = burnout + sim.burnoutGain * (load - 1) - sim.burnoutRecovery * burnout;
        burnout = next < 0 ? 0 : next > 1 ? 1 : next;
    }

    private void progressTraining(IcoSim sim) {
        trainingMonthsLeft--;
        if (trainingMonthsLeft == sim.trainingPracticeMonths()) {
            sim.workforce().moveToTrainingPractice(this);
        } else if (trainingMonthsLeft <= 0) {
            sim.workforce().completeTraining(this);
        }
    }

    private boolean dueForReview(IcoSim sim) {
        return burnout > sim.burnoutQuit || (monthsInRole + reviewOffset) % sim.reviewMonths == 0;
    }

    // ---------------------------------------------------------------- state

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
    public boolean isActive() { return active; }

    /** Changes role; FTE follows the role's mean and the GP's own taste for sessions. */
    void takeRole(Role newRole, IcoSim sim) {
        if (newRole != role) monthsInRole = 0;
        role = newRole;
        fte = sim.fteFor(newRole, sessionsZ);
    }

    void setTrainingMonthsLeft(int months) { trainingMonthsLeft = months; }
    void setBurnout(double b) { burnout = b; }
    void setFte(double value) { fte = value; }

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
