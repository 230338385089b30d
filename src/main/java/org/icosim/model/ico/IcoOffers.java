package org.icosim.model.ico;

import org.icosim.model.parameters.Parameters;
import org.icosim.model.policy.PolicyLevers;
import org.icosim.model.practice.DecisionTriggers;
import org.icosim.model.world.Memberships;
import org.icosim.model.world.Practice;
import org.icosim.model.world.PracticeStatus;
import org.icosim.model.world.Trust;
import org.icosim.model.world.World;

/**
 * ODD 8.20, ICO offers: offers for the practices' next quarterly decisions. In each ICO's annual
 * round ({@link Parameters#ICO_OFFER_MONTHS} after it began operating) alliance membership to the
 * partner-led practices outside an ICO that refer to it most; absorption each quarter to failing
 * partner-led practices (and, under a mandate, in each round to every one); and in each round the
 * GPs of the practices an ICO runs may take them back.
 */
public final class IcoOffers implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private final World world;
    private final Memberships memberships;
    private final PolicyLevers levers;
    private final IcoMoves moves;
    private final int offerMonths;

    public IcoOffers(World world, Memberships memberships, PolicyLevers levers, IcoMoves moves) {
        this.world = world;
        this.memberships = memberships;
        this.levers = levers;
        this.moves = moves;
        this.offerMonths = world.params().getInt(Parameters.ICO_OFFER_MONTHS);
    }

    /** After the ICOs' month, while the policy applies. */
    public void makeOffers() {
        boolean quarter = world.calendar().isQuarterEnd();
        boolean mandate = levers.mandated();
        for (Practice p : world.practices()) {
            if (!p.isOpen()) continue;
            if (p.status() == PracticeStatus.ICO_RUN) {
                Trust ico = memberships.icoOf(p);
                if (ico != null && offerRound(ico) && levers.newPartnershipsAllowed()) moves.offerTakeBack(p, ico);
                continue;
            }
            if (!p.status().partnerLed() || p.partners() == 0) continue;
            Trust ico = p.status() == PracticeStatus.ICO_ALLIANCE ? memberships.icoOf(p) : memberships.offeringIco(p);
            // An ICO in deficit over its last year makes no offers (8.41; always taking on with TOP_UP).
            if (ico == null || !ico.isIco() || !ico.takingOn()) continue;
            boolean round = offerRound(ico);
            if (round && !mandate && p.status() != PracticeStatus.ICO_ALLIANCE) p.offerAlliance(ico);
            if ((quarter && DecisionTriggers.failing(p, world.params())) || (mandate && round)) p.offerAbsorption(ico);
        }
    }

    /** Whether this month is one of {@code ico}'s offer rounds. */
    boolean offerRound(Trust ico) {
        return (world.calendar().month() - ico.icoSince()) % offerMonths == 0;
    }
}
