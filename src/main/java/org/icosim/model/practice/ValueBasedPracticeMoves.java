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

    /** Told each move open to the practice, with its value, in the order the choice draws their errors. */
    interface OptionSink {
        /**
         * A move and its value: the choice scores it {@code value + Gumbel + extra} ({@code extra}
         * is the mandate's refusal cost on absorption, added after the draw as the choice always
         * has), so its logit utility is {@code value + extra}.
         *
         * @param partner the neighbour of a merger, else null
         * @param ico     the ICO of joining or absorption, else null
         */
        void option(PracticeMove.Kind kind, Practice partner, Trust ico, double value, double extra);
    }

    /**
     * The moves the practice weighs at its quarter's decision, staying (value 0) first; none, and
     * false, when nothing triggers it and no ICO made an offer (it stays without weighing anything).
     */
    static boolean weigh(Practice p, Context c, OptionSink sink) {
        boolean triggered = DecisionTriggers.triggered(p, c.parameters());
        boolean offered = p.allianceOffer() != null || p.absorptionOffer() != null;
        if (!triggered && !offered) return false;
        sink.option(PracticeMove.Kind.STAY, null, null, 0, 0);
        if (p.status() == PracticeStatus.INDEPENDENT) {
            sink.option(PracticeMove.Kind.FEDERATE, null, null, PracticeValues.federationValue(p, c), 0);
        }
        if (triggered) {
            for (Practice q : c.neighbours(p)) {
                if (!PracticeValues.mayMerge(p, q, c)) continue;
                sink.option(PracticeMove.Kind.MERGE, q, null, PracticeValues.mergerValue(p, q, c), 0);
            }
        }
        Trust member = c.icoOf(p);
        Trust alliance = p.allianceOffer();
        if (alliance != null && member == null) {
            sink.option(PracticeMove.Kind.JOIN_ICO, null, alliance, PracticeValues.allianceValue(p, alliance, alliance.leadership(), c), 0);
        }
        Trust absorber = p.absorptionOffer();
        if (absorber != null) {
            sink.option(PracticeMove.Kind.ICO_ABSORPTION, null, absorber, PracticeValues.absorptionValue(p, absorber, c),
                    c.mandated() ? c.parameters().get(Parameters.MANDATE_REFUSAL_COST) : 0);
        }
        if (triggered && member != null && p.status() == PracticeStatus.ICO_ALLIANCE) {
            sink.option(PracticeMove.Kind.LEAVE_ICO, null, null, -PracticeValues.allianceValue(p, member, member.leadership(), c), 0);
        }
        return true;
    }

    /** The best of the moves weighed, each value plus a Gumbel draw. */
    private static final class Best implements OptionSink {
        private final Context c;
        private boolean first = true;
        private double score;
        private PracticeMove.Kind kind = PracticeMove.Kind.STAY;
        private Practice partner;
        private Trust ico;

        Best(Context c) {
            this.c = c;
        }

        @Override
        public void option(PracticeMove.Kind k, Practice q, Trust t, double value, double extra) {
            double v = value + c.gumbel();
            if (extra != 0) v += extra;
            if (first || v > score) {
                first = false;
                score = v;
                kind = k;
                partner = q;
                ico = t;
            }
        }

        PracticeMove move() {
            switch (kind) {
                case FEDERATE: return PracticeMove.FEDERATE;
                case MERGE: return PracticeMove.mergeWith(partner);
                case JOIN_ICO: return PracticeMove.joinIco(ico);
                case ICO_ABSORPTION: return PracticeMove.absorbedBy(ico);
                case LEAVE_ICO: return PracticeMove.LEAVE_ICO;
                default: return PracticeMove.STAY;
            }
        }
    }

    @Override
    public PracticeMove choose(Practice p, Context c) {
        Best best = new Best(c);
        return weigh(p, c, best) ? best.move() : PracticeMove.STAY;
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
