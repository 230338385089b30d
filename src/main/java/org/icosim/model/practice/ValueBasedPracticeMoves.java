package org.icosim.model.practice;

import java.util.ArrayList;
import java.util.List;

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

    /**
     * A move open to the practice and its value: the choice scores it {@code value + Gumbel + extra}
     * ({@code extra} is the mandate's refusal cost on absorption, added after the draw as the
     * choice always has), so its logit utility is {@code value + extra}.
     */
    record Option(PracticeMove move, double value, double extra) {
        double utility() {
            return value + extra;
        }
    }

    /**
     * The moves the practice weighs at its quarter's decision, staying first, in the order the
     * choice draws their errors; none (it stays without weighing anything) when nothing triggers
     * it and no ICO made an offer.
     */
    static List<Option> options(Practice p, Context c) {
        List<Option> options = new ArrayList<>();
        boolean triggered = DecisionTriggers.triggered(p, c.parameters());
        boolean offered = p.allianceOffer() != null || p.absorptionOffer() != null;
        if (!triggered && !offered) return options;
        options.add(new Option(PracticeMove.STAY, 0, 0));
        if (p.status() == PracticeStatus.INDEPENDENT) {
            options.add(new Option(PracticeMove.FEDERATE, PracticeValues.federationValue(p, c), 0));
        }
        if (triggered) {
            for (Practice q : c.neighbours(p)) {
                if (!PracticeValues.canMerge(q)) continue;
                options.add(new Option(PracticeMove.mergeWith(q), PracticeValues.mergerValue(p, q, c), 0));
            }
        }
        Trust member = c.icoOf(p);
        Trust alliance = p.allianceOffer();
        if (alliance != null && member == null) {
            options.add(new Option(PracticeMove.joinIco(alliance),
                    PracticeValues.allianceValue(p, alliance, alliance.leadership(), c), 0));
        }
        Trust absorber = p.absorptionOffer();
        if (absorber != null) {
            options.add(new Option(PracticeMove.absorbedBy(absorber), PracticeValues.absorptionValue(p, absorber, c),
                    c.mandated() ? c.parameters().get(Parameters.MANDATE_REFUSAL_COST) : 0));
        }
        if (triggered && member != null && p.status() == PracticeStatus.ICO_ALLIANCE) {
            options.add(new Option(PracticeMove.LEAVE_ICO, -PracticeValues.allianceValue(p, member, member.leadership(), c), 0));
        }
        return options;
    }

    @Override
    public PracticeMove choose(Practice p, Context c) {
        List<Option> options = options(p, c);
        if (options.isEmpty()) return PracticeMove.STAY;
        PracticeMove best = PracticeMove.STAY;
        double bestValue = c.gumbel();
        for (int k = 1; k < options.size(); k++) {
            Option o = options.get(k);
            double v = o.value() + c.gumbel();
            if (o.extra() != 0) v += o.extra();
            if (v > bestValue) {
                bestValue = v;
                best = o.move();
            }
        }
        return best;
    }

    @Override
    public boolean acceptsMerger(Practice q, Practice proposer, Context c) {
        return PracticeValues.canMerge(q) && PracticeValues.mergerValue(q, proposer, c) + c.gumbel() > c.gumbel();
    }

    @Override
    public boolean acceptsFederation(Practice q, Practice proposer, Context c) {
        return q.isOpen() && q.status() == PracticeStatus.INDEPENDENT && q.partners() > 0
                && PracticeValues.federationValue(q, c) + c.gumbel() > c.gumbel();
    }

    @Override
    public boolean takesOver(Practice q, Practice handedBack, Context c) {
        return PracticeValues.canMerge(q) && PracticeValues.takeoverValue(q, handedBack, c) + c.gumbel() > c.gumbel();
    }
}
