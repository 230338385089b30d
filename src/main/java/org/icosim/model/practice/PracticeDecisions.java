package org.icosim.model.practice;

import java.util.ArrayList;
import java.util.List;

import org.icosim.model.ico.IcoMoves;
import org.icosim.model.parameters.Parameters;
import org.icosim.model.trust.VerticalIntegration;
import org.icosim.model.world.IcoStatus;
import org.icosim.model.world.Practice;
import org.icosim.model.world.PracticeStatus;
import org.icosim.model.world.World;

/**
 * ODD 8.13, practice decisions: at the end of each quarter the open practices, in random order,
 * decide. A practice a trust or ICO runs and cannot staff at all is given up; a partner-led
 * practice with no partner hands its contract back once partnerless long enough (8.15); any other
 * partner-led practice proposes a move by the run's {@link PracticeMoveRule}, and the move is
 * carried out (8.14, 8.21). Offers and triggers lapse with the quarter.
 */
public final class PracticeDecisions implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private final World world;
    private final PracticeMoveRule rule;
    private final PracticeMoveRule.Context context;
    private final MergersAndFederations mergers;
    private final HandBack handBack;
    private final IcoMoves icoMoves;
    private final VerticalIntegration integration;
    private final int handBackMonths;

    public PracticeDecisions(World world, PracticeMoveRule rule, PracticeMoveRule.Context context,
            MergersAndFederations mergers, HandBack handBack, IcoMoves icoMoves, VerticalIntegration integration) {
        this.world = world;
        this.rule = rule;
        this.context = context;
        this.mergers = mergers;
        this.handBack = handBack;
        this.icoMoves = icoMoves;
        this.integration = integration;
        this.handBackMonths = world.params().getInt(Parameters.HAND_BACK_MONTHS);
    }

    /** Phase 4, in the last month of each quarter. */
    public void quarterlyDecisions() {
        List<Practice> order = new ArrayList<>();
        for (Practice p : world.practices()) if (p.isOpen()) order.add(p);
        world.random().shuffle(order);
        for (Practice p : order) {
            if (!p.isOpen()) continue;
            if (p.status().run()) {
                // A caretaker (or an ICO, or a company) gives up a practice it cannot staff at all.
                if (p.partners() + p.salaried() + p.locums() == 0 && p.vacancyMonths() >= handBackMonths) handBack.close(p);
                continue;
            }
            if (!p.status().partnerLed()) continue;
            if (p.partners() == 0) {
                if (p.partnerlessMonths() >= handBackMonths) handBack.handBack(p);
                continue;
            }
            PracticeMove move = rule.choose(p, context);
            // An offer is answered once, at the quarter's decision.
            p.clearOffers();
            carryOut(p, move);
        }
        // Offers a practice did not act on (no partner left, run by a trust) lapse with the quarter.
        for (Practice p : world.practices()) p.endQuarter();
        world.removeDeparted();
    }

    /** Carries out {@code move} proposed by {@code p}. */
    public void carryOut(Practice p, PracticeMove move) {
        switch (move.kind()) {
            case MERGE:
                mergers.proposeMerger(p, move.partner());
                break;
            case FEDERATE:
                mergers.federate(p);
                break;
            case JOIN_ICO:
                if (move.ico().isIco() && !p.status().inIco()) icoMoves.joinIco(p, move.ico());
                break;
            case ICO_ABSORPTION:
                if (move.ico().isIco()) {
                    icoMoves.absorb(p, move.ico());
                } else if (integration.active() && move.ico().icoStatus() != IcoStatus.DISSOLVED) {
                    // A trust's own offer to run the practice, without an ICO policy (8.44).
                    integration.integrate(p, move.ico());
                }
                break;
            case LEAVE_ICO:
                if (p.status() == PracticeStatus.ICO_ALLIANCE) icoMoves.leaveIco(p);
                break;
            default:
                break;
        }
    }
}
