package org.icosim.model.workforce;

import java.util.ArrayList;
import java.util.List;

import org.icosim.model.covid.CovidWorkforce;
import org.icosim.model.parameters.Parameters;
import org.icosim.model.world.Gp;
import org.icosim.model.world.Practice;
import org.icosim.model.world.Role;
import org.icosim.model.world.World;

/**
 * ODD 8.9, the GP's monthly step and burnout. Every GP, in a random order each month: ages a month;
 * updates burnout, a stock that rises with the workload it feels above the norm and recovers
 * towards zero; then a registrar trains (8.11), and any other GP may leave (8.10) or, if due,
 * reviews its job (8.12): every {@link Parameters#REVIEW_MONTHS} months in role, or every month
 * while its burnout is above {@link Parameters#BURNOUT_QUIT}.
 */
public final class GpMonth implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private final World world;
    private final Exits exits;
    private final Entry entry;
    private final JobMarket jobs;
    private final double gain;
    private final double recovery;
    private final double quit;
    private final int reviewMonths;
    private final double partnerLoadFactor;
    private final CovidWorkforce covid;
    /** Scratch: this month's order of GPs (reused). */
    private final List<Gp> order = new ArrayList<>();

    public GpMonth(World world, Exits exits, Entry entry, JobMarket jobs) {
        this.world = world;
        this.exits = exits;
        this.entry = entry;
        this.jobs = jobs;
        covid = new CovidWorkforce(world);
        Parameters p = world.params();
        gain = p.get(Parameters.BURNOUT_GAIN);
        recovery = p.get(Parameters.BURNOUT_RECOVERY);
        quit = p.get(Parameters.BURNOUT_QUIT);
        reviewMonths = p.getInt(Parameters.REVIEW_MONTHS);
        partnerLoadFactor = p.get(Parameters.PARTNER_LOAD_FACTOR);
    }

    /** Phase 3: every GP in random order; those who left are then dropped from the list. */
    public void step() {
        jobs.referenceSessions();
        List<Gp> order = this.order;
        order.clear();
        order.addAll(world.gps());
        world.random().shuffle(order);
        for (Gp gp : order) {
            if (gp.isActive()) step(gp);
        }
        order.clear();
        world.removeDeparted();
    }

    /** One GP's month. */
    public void step(Gp gp) {
        gp.ageOneMonth();
        updateBurnout(gp);
        if (gp.role() == Role.REGISTRAR) {
            entry.progressTraining(gp);
            return;
        }
        if (exits.leavesThisMonth(gp)) {
            exits.leave(gp, true);
            return;
        }
        if (dueForReview(gp)) jobs.chooseJob(gp, JobChoice.Occasion.REVIEW);
        // 8.33: with hours as a choice, the GP revisits its sessions when due (nothing when off).
        if (gp.isActive()) jobs.revisitSessions(gp);
    }

    /** Burnout' = clamp(burnout + gain (load - 1) - recovery burnout, 0, 1). */
    void updateBurnout(Gp gp) {
        double load = workloadFelt(gp);
        // Covid's extra load at practices (ODD 8.29), 0 without restrictions.
        double extra = covid.extraLoad();
        if (extra > 0 && world.network().employerOf(gp) instanceof Practice) load += extra;
        double b = gp.burnout();
        double next = b + gain * (load - 1) - recovery * b;
        gp.setBurnout(next < 0 ? 0 : next > 1 ? 1 : next);
    }

    /**
     * Workload the GP feels: its practice's demand over capacity; partners carry management load
     * too ({@link Parameters#PARTNER_LOAD_FACTOR}); a locum feels at most the norm; a GP at no
     * practice (a trust, an ICO's team) the norm.
     */
    public double workloadFelt(Gp gp) {
        return SessionChoice.feltWorkload(gp.role(), world.network().employerOf(gp), partnerLoadFactor);
    }

    /** Due for review: burnt out, or at its review month. */
    boolean dueForReview(Gp gp) {
        return gp.burnout() > quit || (gp.monthsInRole() + gp.reviewOffset()) % reviewMonths == 0;
    }
}
