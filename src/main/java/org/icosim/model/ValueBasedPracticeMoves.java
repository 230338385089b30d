package org.icosim.model;

import org.icosim.network.Node;

/**
 * Practice decisions by value and a logit (MODEL.md section 6). A practice reconsiders only when
 * something triggers it (a partner left this quarter, a vacancy unfilled for six months, profit
 * per partner under the floor, or its partners burnt out); then it compares staying (value 0),
 * federating and merging with each neighbour, each value plus a Gumbel error, and takes the best.
 * Values are in utility units: money in tens of thousands of pounds per partner-year, weighted
 * by {@link Parameters#MONEY_WEIGHT}; the fall in last-person-standing risk (1/partners) weighted
 * by {@link Parameters#COVER_WEIGHT}; the share of neighbours that already made the move by
 * {@link Parameters#PRACTICE_PEER_WEIGHT}.
 *
 * <p>Under an ICO policy an offer from an ICO also makes partners reconsider, and the offer's
 * moves join the choice: an alliance (a share of the year-of-care tariff, against the cost of
 * joining, more for a hospital-led ICO) and absorption (partners swap profit, liability and
 * last-person-standing risk for an ICO salary, against the loss of their contract; under a
 * mandate refusing costs {@link Parameters#MANDATE_REFUSAL_COST}). An alliance member that
 * reconsiders may leave its ICO; neighbours that are in ICOs make both moves more attractive.
 */
public final class ValueBasedPracticeMoves implements PracticeMoveRule {

    /** Months a post stays unfilled before partners reconsider the practice's organisation (assumption). */
    static final int VACANCY_TRIGGER_MONTHS = 6;

    @Override
    public PracticeMove choose(Practice p, IcoSim sim) {
        boolean triggered = triggered(p, sim);
        boolean offered = p.allianceOffer != null || p.absorptionOffer != null;
        if (!triggered && !offered) return PracticeMove.STAY;
        PracticeMove best = PracticeMove.STAY;
        double bestValue = sim.gumbel();
        if (p.status == PracticeStatus.INDEPENDENT) {
            double v = federationValue(p, sim) + sim.gumbel();
            if (v > bestValue) {
                bestValue = v;
                best = PracticeMove.FEDERATE;
            }
        }
        if (triggered) {
            for (Node n : sim.network.neighboursOf(p)) {
                Practice q = (Practice) n;
                if (!canMerge(q)) continue;
                double v = mergerValue(p, q, sim) + sim.gumbel();
                if (v > bestValue) {
                    bestValue = v;
                    best = PracticeMove.mergeWith(q);
                }
            }
        }
        Trust member = sim.icoOperations.icoOf(p);
        if (p.allianceOffer != null && member == null) {
            double v = allianceValue(p, p.allianceOffer, p.allianceOffer.leadership(), sim) + sim.gumbel();
            if (v > bestValue) {
                bestValue = v;
                best = PracticeMove.joinIco(p.allianceOffer);
            }
        }
        if (p.absorptionOffer != null) {
            double v = absorptionValue(p, p.absorptionOffer, sim) + sim.gumbel();
            if (sim.icoOperations.mandated()) v += sim.params.get(Parameters.MANDATE_REFUSAL_COST);
            if (v > bestValue) {
                bestValue = v;
                best = PracticeMove.absorbedBy(p.absorptionOffer);
            }
        }
        if (triggered && member != null && p.status == PracticeStatus.ICO_ALLIANCE) {
            double v = -allianceValue(p, member, member.leadership(), sim) + sim.gumbel();
            if (v > bestValue) {
                bestValue = v;
                best = PracticeMove.LEAVE_ICO;
            }
        }
        return best;
    }

    /** What makes partners reconsider their practice's organisation this quarter: a partner left, or it is failing. */
    public static boolean triggered(Practice p, IcoSim sim) {
        return p.partnersLostThisQuarter > 0 || failing(p, sim);
    }

    /**
     * A failing practice (the triggers of MODEL.md section 6 other than a partner leaving, which
     * alone does not make a practice fail): a post unfilled for six months, profit per partner
     * under the floor, or partners burnt out. ICOs offer to absorb failing practices.
     */
    public static boolean failing(Practice p, IcoSim sim) {
        return p.vacancyMonths >= VACANCY_TRIGGER_MONTHS
                || p.profitPerPartner < sim.params.get(Parameters.PROFIT_FLOOR)
                || p.meanPartnerBurnout > sim.params.get(Parameters.BURNOUT_QUIT);
    }

    static boolean canMerge(Practice q) {
        return q.isOpen() && (q.status == PracticeStatus.INDEPENDENT || q.status == PracticeStatus.FEDERATED) && q.partners > 0;
    }

    @Override
    public boolean acceptsMerger(Practice q, Practice proposer, IcoSim sim) {
        return canMerge(q) && mergerValue(q, proposer, sim) + sim.gumbel() > sim.gumbel();
    }

    @Override
    public boolean acceptsFederation(Practice q, Practice proposer, IcoSim sim) {
        return q.isOpen() && q.status == PracticeStatus.INDEPENDENT && q.partners > 0
                && federationValue(q, sim) + sim.gumbel() > sim.gumbel();
    }

    @Override
    public boolean takesOver(Practice q, Practice handedBack, IcoSim sim) {
        return canMerge(q) && takeoverValue(q, handedBack, sim) + sim.gumbel() > sim.gumbel();
    }

    /**
     * Value to {@code p} of merging with {@code q}: the change in profit per partner (the merged
     * practice saves part of the absorbed site's fixed costs, as {@link Reorganisation#merge} does), shared cover, peers that merged, less the
     * cost of merging and a penalty on the size of the merged list.
     */
    public static double mergerValue(Practice p, Practice q, IcoSim sim) {
        Parameters params = sim.params;
        int partners = p.partners + q.partners;
        if (p.partners == 0 || partners == 0) return Double.NEGATIVE_INFINITY;
        Practice absorbed = Reorganisation.absorbs(p, q) ? q : p;
        double fixedSaved = params.get(Parameters.FIXED_COST) * sim.costIndex()
                * params.get(Parameters.MERGER_FIXED_SAVING) * absorbed.fixedCostUnits;
        double mergedPerPartner = (p.profit + q.profit + fixedSaved) / partners;
        double moneyGain = (mergedPerPartner - p.profitPerPartner) / 10000;
        double cover = 1.0 / p.partners - 1.0 / partners;
        double list = (double) (p.listAgents + q.listAgents) * sim.patientScale;
        return params.get(Parameters.MONEY_WEIGHT) * moneyGain
                + params.get(Parameters.COVER_WEIGHT) * cover
                + params.get(Parameters.PRACTICE_PEER_WEIGHT) * shareOfNeighbours(p, sim, true)
                - params.get(Parameters.MERGER_COST)
                - params.get(Parameters.MERGER_SIZE_PENALTY) * list / 10000;
    }

    /** Value to {@code p} of joining a federation: back-office savings per partner and peers. */
    public static double federationValue(Practice p, IcoSim sim) {
        Parameters params = sim.params;
        double list = (double) p.listAgents * sim.patientScale;
        double saving = params.get(Parameters.VARIABLE_COST) * list * sim.costIndex() * params.get(Parameters.FEDERATION_SAVING);
        return params.get(Parameters.MONEY_WEIGHT) * saving / Math.max(1, p.partners) / 10000
                + params.get(Parameters.PRACTICE_PEER_WEIGHT) * shareOfNeighbours(p, sim, false)
                - params.get(Parameters.FEDERATION_COST);
    }

    /**
     * Value to {@code q} of taking over a handed-back list: its income less the variable costs and
     * the part of a site's fixed cost a takeover does not save, per partner of {@code q}, less half
     * the cost of a merger and the size penalty.
     */
    public static double takeoverValue(Practice q, Practice handedBack, IcoSim sim) {
        Parameters params = sim.params;
        if (q.partners == 0) return Double.NEGATIVE_INFINITY;
        double list = (double) handedBack.listAgents * sim.patientScale;
        double costIndex = sim.costIndex();
        double net = handedBack.income - params.get(Parameters.VARIABLE_COST) * list * costIndex
                - params.get(Parameters.FIXED_COST) * costIndex * (1 - params.get(Parameters.MERGER_FIXED_SAVING));
        double merged = (double) (q.listAgents + handedBack.listAgents) * sim.patientScale;
        return params.get(Parameters.MONEY_WEIGHT) * net / q.partners / 10000
                - params.get(Parameters.MERGER_COST) / 2
                - params.get(Parameters.MERGER_SIZE_PENALTY) * merged / 10000;
    }

    @Override
    public double allianceAcceptance(Practice p, Trust ico, Leadership leadership, IcoSim sim) {
        // Staying and joining each carry a Gumbel error: the logit probability of joining.
        return 1 / (1 + StrictMath.exp(-allianceValue(p, ico, leadership, sim)));
    }

    /**
     * Value to {@code p}'s partners of being an alliance member of {@code ico}: their share of the
     * year-of-care tariff for the practice's enrolled patients, per partner, and neighbours already
     * in ICOs, less the cost of joining and, for a hospital-led ICO, GPs' aversion to it.
     */
    public static double allianceValue(Practice p, Trust ico, Leadership leadership, IcoSim sim) {
        Parameters params = sim.params;
        double share = params.get(Parameters.ALLIANCE_TARIFF_SHARE) * params.get(Parameters.YEAR_OF_CARE_TARIFF)
                * sim.icoOperations.enrolledAgents(p) * sim.patientScale;
        return params.get(Parameters.MONEY_WEIGHT) * share / Math.max(1, p.partners) / 10000
                + params.get(Parameters.PRACTICE_PEER_WEIGHT) * shareOfNeighboursInIcos(p, sim)
                - params.get(Parameters.ALLIANCE_COST)
                - (leadership == Leadership.HOSPITAL_LED ? params.get(Parameters.HOSPITAL_LED_AVERSION) : 0);
    }

    /**
     * Value to {@code p}'s partners of being absorbed by {@code ico}: an ICO salary at a partner's
     * mean FTE instead of profit per partner, the end of premises liability and last-person-standing
     * risk (weighted as in a merger), neighbours in ICOs, less the loss of the contract and, for a
     * hospital-led ICO, GPs' aversion to it.
     */
    public static double absorptionValue(Practice p, Trust ico, IcoSim sim) {
        Parameters params = sim.params;
        if (p.partners == 0) return Double.NEGATIVE_INFINITY;
        double salary = sim.icoOperations.icoPay() * params.get(Parameters.PARTNER_MEAN_FTE);
        double moneyGain = (salary - p.profitPerPartner) / 10000;
        double liability = sim.workforce.partnershipLiability(p, p.partners, false);
        return params.get(Parameters.MONEY_WEIGHT) * moneyGain
                + params.get(Parameters.COVER_WEIGHT) * liability
                + params.get(Parameters.PRACTICE_PEER_WEIGHT) * shareOfNeighboursInIcos(p, sim)
                - params.get(Parameters.ABSORPTION_COST)
                - (ico.leadership() == Leadership.HOSPITAL_LED ? params.get(Parameters.HOSPITAL_LED_AVERSION) : 0);
    }

    /** Share of {@code p}'s neighbours that are ICO members (alliance or run). */
    static double shareOfNeighboursInIcos(Practice p, IcoSim sim) {
        int n = 0;
        int yes = 0;
        for (Node node : sim.network.neighboursOf(p)) {
            n++;
            if (((Practice) node).status.inIco()) yes++;
        }
        return n == 0 ? 0 : (double) yes / n;
    }

    /** Share of {@code p}'s neighbours that have merged (absorbed a practice), or that are federated. */
    static double shareOfNeighbours(Practice p, IcoSim sim, boolean merged) {
        int n = 0;
        int yes = 0;
        for (Node node : sim.network.neighboursOf(p)) {
            Practice q = (Practice) node;
            n++;
            if (merged ? q.mergersAbsorbed > 0 : q.status == PracticeStatus.FEDERATED) yes++;
        }
        return n == 0 ? 0 : (double) yes / n;
    }
}
