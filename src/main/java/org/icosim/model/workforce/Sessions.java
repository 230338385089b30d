package org.icosim.model.workforce;

import org.icosim.model.parameters.Parameters;
import org.icosim.model.world.Gp;
import org.icosim.model.world.Role;
import org.icosim.model.world.World;
import org.icosim.network.Node;

/**
 * The FTE a GP works in a role (ODD 2.3): the role's mean shifted by the GP's own taste for
 * sessions (a z-score drawn at entry), within [0.2, 1.2]; a registrar works full time. With hours
 * as a choice on (8.33), the sessions the GP chooses ({@link SessionChoice}) instead.
 */
public final class Sessions implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    static final double MIN_FTE = 0.2;
    static final double MAX_FTE = 1.2;

    private final double partnerMean;
    private final double locumMean;
    private final double salariedMean;
    private final double sd;
    /** The run's world (for pay), or null when built from parameters alone (sessions not chosen). */
    private final World world;
    private final SessionChoice choice;
    private final double salariedPay2015;
    private final double locumPay2015;

    /** FTE fixed by role and taste, whatever the switch (no world to read pay from). */
    public Sessions(Parameters p) {
        this(p, null);
    }

    /** The run's sessions: chosen (8.33) when {@code hoursAsChoice} is on. */
    public Sessions(World world) {
        this(world.params(), world);
    }

    private Sessions(Parameters p, World world) {
        this.world = world;
        this.choice = new SessionChoice(p);
        salariedPay2015 = p.get(Parameters.SALARIED_PAY);
        locumPay2015 = p.get(Parameters.LOCUM_PAY);
        partnerMean = p.get(Parameters.PARTNER_MEAN_FTE);
        locumMean = p.get(Parameters.LOCUM_MEAN_FTE);
        salariedMean = p.get(Parameters.SALARIED_MEAN_FTE);
        sd = p.get(Parameters.FTE_SD);
    }

    /** The session choice of the run (8.33). */
    public SessionChoice choice() {
        return choice;
    }

    /**
     * The FTE {@code gp} works on taking {@code role} at {@code employer} (null if not yet placed):
     * the sessions it chooses when hours are a choice (8.33), else {@link #fteFor(Role, double)}.
     */
    public double fteFor(Gp gp, Role role, Node employer) {
        if (world == null || !choice.isOn() || !choice.hasReference()) return fteFor(role, gp.sessionsZ());
        int s = choice.sessions(role, gp.sessionsZ(), gp.age(), gp.burnout(), choice.feltWorkload(role, employer),
                payIndex(gp, role));
        return choice.fte(role, s);
    }

    /**
     * 8.33, at the first GP phase (once): the reference of the session choice, from the GPs then in
     * post, so that each role's mean sessions there are its mean FTE (nothing when hours are not a choice).
     */
    public void setReference() {
        if (world == null || !choice.isOn() || choice.hasReference()) return;
        choice.setReference(world.gps(), gp -> world.network().employerOf(gp));
    }

    /**
     * 8.33: revisits {@code gp}'s sessions in its current role at {@code employer} when due; true if
     * its FTE changed.
     */
    public boolean revisit(Gp gp, Node employer) {
        if (world == null || !choice.revisitDue(gp)) return false;
        double fte = fteFor(gp, gp.role(), employer);
        if (fte == gp.fte()) return false;
        gp.takeRole(gp.role(), fte);
        return true;
    }

    /**
     * Pay per FTE relative to 2015/16: the calendar's salaried pay for a salaried GP; a locum's
     * take-home pay (the calendar's locum pay times its economy's income factor, 8.34); 1 for a
     * partner, whose drawings are a share of profit.
     */
    double payIndex(Gp gp, Role role) {
        switch (role) {
            case SALARIED: return world.calendar().salariedPay() / salariedPay2015;
            case LOCUM:
                return world.calendar().locumPay() * world.labourMarket().locumIncomeFactor(gp.economy().id()) / locumPay2015;
            default: return 1;
        }
    }

    public double fteFor(Role role, double sessionsZ) {
        double mean;
        switch (role) {
            case PARTNER: mean = partnerMean; break;
            case LOCUM: mean = locumMean; break;
            case REGISTRAR: return 1.0;
            default: mean = salariedMean; break;
        }
        double f = mean + sd * sessionsZ;
        return f < MIN_FTE ? MIN_FTE : f > MAX_FTE ? MAX_FTE : f;
    }
}
