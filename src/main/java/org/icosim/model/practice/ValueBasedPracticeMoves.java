package org.icosim.model.practice;

import org.icosim.model.parameters.Parameters;
import org.icosim.model.world.Practice;
import org.icosim.model.world.PracticeStatus;
import org.icosim.model.world.Trust;

/**
 * Practice decisions by value and a logit (ODD 8.13, 8.20). A practice reconsiders only when
 * something triggers it ({@link DecisionTriggers}) or an ICO made it an offer; then it compares
 * staying (value 0), federating and merging with each neighbour, each value
 * ({@link PracticeValues}) plus a Gumbel error, and takes the best. An ICO's offer adds its moves:
 * an alliance and absorption (under a mandate refusing costs {@link Parameters#MANDATE_REFUSAL_COST});
 * an alliance member that reconsiders may leave its ICO.
 */
public final class ValueBasedPracticeMoves implements PracticeMoveRule {

    private static final long serialVersionUID = 1L;

    @Override
    public PracticeMove choose(Practice p, Context c) {
        boolean triggered = DecisionTriggers.triggered(p, c.parameters());
        boolean offered = p.allianceOffer() != null || p.absorptionOffer() != null;
        if (!triggered && !offered) return PracticeMove.STAY;
        PracticeMove best = PracticeMove.STAY;
        double bestValue = c.gumbel();
        if (p.status() == PracticeStatus.INDEPENDENT) {
            double v = PracticeValues.federationValue(p, c) + c.gumbel();
            if (v > bestValue) {
                bestValue = v;
                best = PracticeMove.FEDERATE;
            }
        }
        if (triggered) {
            for (Practice q : c.neighbours(p)) {
                if (!PracticeValues.mayMerge(p, q, c)) continue;
                double v = PracticeValues.mergerValue(p, q, c) + c.gumbel();
                if (v > bestValue) {
                    bestValue = v;
                    best = PracticeMove.mergeWith(q);
                }
            }
        }
        Trust member = c.icoOf(p);
        Trust alliance = p.allianceOffer();
        if (alliance != null && member == null) {
            double v = PracticeValues.allianceValue(p, alliance, alliance.leadership(), c) + c.gumbel();
            if (v > bestValue) {
                bestValue = v;
                best = PracticeMove.joinIco(alliance);
            }
        }
        Trust absorber = p.absorptionOffer();
        if (absorber != null) {
            double v = PracticeValues.absorptionValue(p, absorber, c) + c.gumbel();
            if (c.mandated()) v += c.parameters().get(Parameters.MANDATE_REFUSAL_COST);
            if (v > bestValue) {
                bestValue = v;
                best = PracticeMove.absorbedBy(absorber);
            }
        }
        if (triggered && member != null && p.status() == PracticeStatus.ICO_ALLIANCE) {
            double v = -PracticeValues.allianceValue(p, member, member.leadership(), c) + c.gumbel();
            if (v > bestValue) {
                bestValue = v;
                best = PracticeMove.LEAVE_ICO;
            }
        }
        return best;
    }

    @Override
    public boolean acceptsMerger(Practice q, Practice proposer, Context c) {
        return PracticeValues.mayMerge(proposer, q, c) && PracticeValues.mergerValue(q, proposer, c) + c.gumbel() > c.gumbel();
    }

    @Override
    public boolean acceptsFederation(Practice q, Practice proposer, Context c) {
        return q.isOpen() && q.status() == PracticeStatus.INDEPENDENT && q.partners() > 0
                && PracticeValues.federationValue(q, c) + c.gumbel() > c.gumbel();
    }

    @Override
    public boolean takesOver(Practice q, Practice handedBack, Context c) {
        return PracticeValues.canMerge(q, c) && PracticeValues.takeoverValue(q, handedBack, c) + c.gumbel() > c.gumbel();
    }
}
