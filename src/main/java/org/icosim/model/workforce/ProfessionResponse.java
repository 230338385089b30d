package org.icosim.model.workforce;

import org.icosim.model.parameters.Parameters;
import org.icosim.model.world.Gp;
import org.icosim.model.world.Practice;
import org.icosim.model.world.World;
import org.icosim.network.Node;

/**
 * ODD 8.40, the profession's response to hospital-led absorption: when a hospital-led ICO absorbs
 * a practice, that practice and its neighbours (its NEIGHBOUR ties) are marked with the month;
 * for {@code absorptionResponseMonths} after it, the GPs working there leave at a monthly hazard
 * multiplied by {@code exp(absorptionExitEffect)}, and a partnership there is worth
 * {@code absorptionPartnerAversion} less to a GP weighing it. Both are 0 by default (the null
 * setting): then the mark changes nothing and no number is drawn, so runs are those without it.
 */
public final class ProfessionResponse implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private final World world;
    private final double exitFactor;
    private final double partnerAversion;
    private final int months;

    public ProfessionResponse(World world) {
        this.world = world;
        this.exitFactor = StrictMath.exp(world.params().get(Parameters.ABSORPTION_EXIT_EFFECT));
        this.partnerAversion = world.params().get(Parameters.ABSORPTION_PARTNER_AVERSION);
        this.months = world.params().getInt(Parameters.ABSORPTION_RESPONSE_MONTHS);
    }

    /** A hospital-led ICO absorbed {@code p} this month: it and its neighbours are marked. */
    public void absorbedByHospital(Practice p) {
        int month = world.calendar().month();
        p.markNearbyAbsorption(month);
        for (Node n : world.network().neighboursOf(p)) ((Practice) n).markNearbyAbsorption(month);
    }

    /** Whether {@code p} is within the response's months of a nearby hospital-led absorption. */
    public boolean responding(Practice p) {
        int since = p.nearbyAbsorptionMonth();
        return since >= 0 && world.calendar().month() - since < months;
    }

    /** The factor on {@code gp}'s monthly exit hazard: {@code exp(absorptionExitEffect)} where it responds, else 1. */
    public double exitFactor(Gp gp) {
        if (exitFactor == 1) return 1;
        Node employer = world.network().employerOf(gp);
        return employer instanceof Practice && responding((Practice) employer) ? exitFactor : 1;
    }

    /** The utility a partnership at {@code p} loses: {@code absorptionPartnerAversion} where it responds, else 0. */
    public double partnershipPenalty(Practice p) {
        return partnerAversion != 0 && responding(p) ? partnerAversion : 0;
    }
}
