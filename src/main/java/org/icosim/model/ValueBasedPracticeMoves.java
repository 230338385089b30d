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
 */
public final class ValueBasedPracticeMoves implements PracticeMoveRule {

    /** Months a post stays unfilled before partners reconsider the practice's organisation (assumption). */
    static final int VACANCY_TRIGGER_MONTHS = 6;

    @Override
    public PracticeMove choose(Practice p, IcoSim sim) {
        if (!triggered(p, sim)) return PracticeMove.STAY;
        PracticeMove best = PracticeMove.STAY;
        double bestValue = sim.gumbel();
        if (p.status == PracticeStatus.INDEPENDENT) {
            double v = federationValue(p, sim) + sim.gumbel();
            if (v > bestValue) {
                bestValue = v;
                best = PracticeMove.FEDERATE;
            }
        }
        for (Node n : sim.network.neighboursOf(p)) {
            Practice q = (Practice) n;
            if (!canMerge(q)) continue;
            double v = mergerValue(p, q, sim) + sim.gumbel();
            if (v > bestValue) {
                bestValue = v;
                best = PracticeMove.mergeWith(q);
            }
        }
        return best;
    }

    /** What makes partners reconsider their practice's organisation this quarter. */
    public static boolean triggered(Practice p, IcoSim sim) {
        return p.partnersLostThisQuarter > 0
                || p.vacancyMonths >= VACANCY_TRIGGER_MONTHS
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
