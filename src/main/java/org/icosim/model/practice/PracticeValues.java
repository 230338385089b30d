package org.icosim.model.practice;

import org.icosim.model.parameters.ParameterValues;
import org.icosim.model.parameters.Parameters;
import org.icosim.model.world.IcoStatus;
import org.icosim.model.world.Leadership;
import org.icosim.model.world.Practice;
import org.icosim.model.world.PracticeStatus;
import org.icosim.model.world.Trust;

/**
 * The values partners put on the moves open to their practice (ODD 8.13, 8.20), in utility units:
 * money in tens of thousands of pounds per partner-year weighted by
 * {@link Parameters#MONEY_WEIGHT}; the fall in last-person-standing risk (1/partners) weighted by
 * {@link Parameters#COVER_WEIGHT}; the share of neighbours that already made the move by
 * {@link Parameters#PRACTICE_PEER_WEIGHT}. Pure functions of what they are given.
 */
public final class PracticeValues {

    /** Money and list units of the values: £10,000 and 10,000 patients. */
    static final double MONEY_UNIT = 10000;
    static final double LIST_UNIT = 10000;

    private PracticeValues() {
    }

    /** In a merger the larger list absorbs the smaller; ties go to the older (lower id) practice. */
    public static boolean absorbs(Practice a, Practice b) {
        return a.listAgents() > b.listAgents() || (a.listAgents() == b.listAgents() && a.id() < b.id());
    }

    /**
     * Whether {@code q} can be merged with or take over a list (8.14, 8.15): open, with partners,
     * and independent or federated; an ICO's alliance member too when
     * {@link Parameters#ICO_MEMBERS_MAY_MERGE} holds. Practices a trust or an ICO runs never are.
     */
    public static boolean canMerge(Practice q, PracticeMoveRule.Context c) {
        if (!q.isOpen() || q.partners() <= 0) return false;
        PracticeStatus s = q.status();
        return s == PracticeStatus.INDEPENDENT || s == PracticeStatus.FEDERATED
                || (s == PracticeStatus.ICO_ALLIANCE && c.parameters().getBoolean(Parameters.ICO_MEMBERS_MAY_MERGE));
    }

    /**
     * Whether {@code proposer} may merge with {@code q}: {@code q} can be merged with, and the two
     * are not members of two different ICOs (a merged practice keeps the absorber's memberships,
     * so its list would leave one ICO for the other by the back door).
     */
    public static boolean mayMerge(Practice proposer, Practice q, PracticeMoveRule.Context c) {
        if (!canMerge(q, c)) return false;
        Trust a = c.icoOf(proposer);
        Trust b = c.icoOf(q);
        return a == null || b == null || a == b;
    }

    /**
     * Value to {@code p} of merging with {@code q}: the change in profit per partner (the merged
     * practice saves part of the absorbed site's fixed costs, as the merger does), shared cover,
     * peers that merged, less the cost of merging and a penalty on the size of the merged list.
     */
    public static double mergerValue(Practice p, Practice q, PracticeMoveRule.Context c) {
        ParameterValues params = c.parameters();
        int partners = p.partners() + q.partners();
        if (p.partners() == 0 || partners == 0) return Double.NEGATIVE_INFINITY;
        Practice absorbed = absorbs(p, q) ? q : p;
        double fixedSaved = params.get(Parameters.FIXED_COST) * c.costIndex()
                * params.get(Parameters.MERGER_FIXED_SAVING) * absorbed.fixedCostUnits();
        double mergedPerPartner = (p.profit() + q.profit() + fixedSaved) / partners;
        double moneyGain = (mergedPerPartner - p.profitPerPartner()) / MONEY_UNIT;
        double cover = 1.0 / p.partners() - 1.0 / partners;
        double list = (double) (p.listAgents() + q.listAgents()) * c.patientScale();
        return params.get(Parameters.MONEY_WEIGHT) * moneyGain
                + params.get(Parameters.COVER_WEIGHT) * cover
                + params.get(Parameters.PRACTICE_PEER_WEIGHT) * shareOfNeighbours(p, c, true)
                - params.get(Parameters.MERGER_COST)
                - params.get(Parameters.MERGER_SIZE_PENALTY) * list / LIST_UNIT;
    }

    /** Value to {@code p} of joining a federation: back-office savings per partner and peers. */
    public static double federationValue(Practice p, PracticeMoveRule.Context c) {
        ParameterValues params = c.parameters();
        double list = (double) p.listAgents() * c.patientScale();
        double saving = params.get(Parameters.VARIABLE_COST) * list * c.costIndex() * params.get(Parameters.FEDERATION_SAVING);
        return params.get(Parameters.MONEY_WEIGHT) * saving / Math.max(1, p.partners()) / MONEY_UNIT
                + params.get(Parameters.PRACTICE_PEER_WEIGHT) * shareOfNeighbours(p, c, false)
                - params.get(Parameters.FEDERATION_COST);
    }

    /**
     * Value to {@code q} of taking over a handed-back list: its income less the variable costs and
     * the part of a site's fixed cost a takeover does not save, per partner of {@code q}, less half
     * the cost of a merger and the size penalty.
     */
    public static double takeoverValue(Practice q, Practice handedBack, PracticeMoveRule.Context c) {
        ParameterValues params = c.parameters();
        if (q.partners() == 0) return Double.NEGATIVE_INFINITY;
        double list = (double) handedBack.listAgents() * c.patientScale();
        double costIndex = c.costIndex();
        double net = handedBack.income() - params.get(Parameters.VARIABLE_COST) * list * costIndex
                - params.get(Parameters.FIXED_COST) * costIndex * (1 - params.get(Parameters.MERGER_FIXED_SAVING));
        double merged = (double) (q.listAgents() + handedBack.listAgents()) * c.patientScale();
        return params.get(Parameters.MONEY_WEIGHT) * net / q.partners() / MONEY_UNIT
                - params.get(Parameters.MERGER_COST) / 2
                - params.get(Parameters.MERGER_SIZE_PENALTY) * merged / LIST_UNIT;
    }

    /**
     * Value to {@code p}'s partners of being an alliance member of {@code ico} led as
     * {@code leadership}: their share of the year-of-care tariff for the practice's enrolled
     * patients, per partner, and neighbours already in ICOs, less the cost of joining and, for a
     * hospital-led ICO, GPs' aversion to it.
     */
    public static double allianceValue(Practice p, Trust ico, Leadership leadership, PracticeMoveRule.Context c) {
        ParameterValues params = c.parameters();
        double share = params.get(Parameters.ALLIANCE_TARIFF_SHARE) * params.get(Parameters.YEAR_OF_CARE_TARIFF)
                * c.enrolledAgents(p) * c.patientScale();
        return params.get(Parameters.MONEY_WEIGHT) * share / Math.max(1, p.partners()) / MONEY_UNIT
                + params.get(Parameters.PRACTICE_PEER_WEIGHT) * shareOfNeighboursInIcos(p, c)
                - params.get(Parameters.ALLIANCE_COST)
                - (leadership == Leadership.HOSPITAL_LED ? params.get(Parameters.HOSPITAL_LED_AVERSION) : 0);
    }

    /**
     * Value to {@code p}'s partners of being absorbed by {@code ico}: an ICO salary (salaried pay,
     * for a trust neither forming nor operating an ICO, 8.44) at a partner's mean FTE instead of profit per partner, the end of premises liability and last-person-standing
     * risk (weighted as in a merger), neighbours in ICOs, less the loss of the contract and, for a
     * hospital-led ICO, GPs' aversion to it.
     */
    public static double absorptionValue(Practice p, Trust ico, PracticeMoveRule.Context c) {
        ParameterValues params = c.parameters();
        if (p.partners() == 0) return Double.NEGATIVE_INFINITY;
        double salary = (ico.icoStatus() == IcoStatus.NONE ? c.salariedPay() : c.icoPay()) * params.get(Parameters.PARTNER_MEAN_FTE);
        double moneyGain = (salary - p.profitPerPartner()) / MONEY_UNIT;
        double liability = p.partnershipLiability(p.partners(), 0);
        return params.get(Parameters.MONEY_WEIGHT) * moneyGain
                + params.get(Parameters.COVER_WEIGHT) * liability
                + params.get(Parameters.PRACTICE_PEER_WEIGHT) * shareOfNeighboursInIcos(p, c)
                - params.get(Parameters.ABSORPTION_COST)
                - (ico.leadership() == Leadership.HOSPITAL_LED ? params.get(Parameters.HOSPITAL_LED_AVERSION) : 0);
    }

    /** Share of {@code p}'s neighbours that are ICO members (alliance or run). */
    static double shareOfNeighboursInIcos(Practice p, PracticeMoveRule.Context c) {
        int n = 0;
        int yes = 0;
        for (Practice q : c.neighbours(p)) {
            n++;
            if (q.status().inIco()) yes++;
        }
        return n == 0 ? 0 : (double) yes / n;
    }

    /** Share of {@code p}'s neighbours that have merged (absorbed a practice), or that are federated. */
    static double shareOfNeighbours(Practice p, PracticeMoveRule.Context c, boolean merged) {
        int n = 0;
        int yes = 0;
        for (Practice q : c.neighbours(p)) {
            n++;
            if (merged ? q.mergersAbsorbed() > 0 : q.status() == PracticeStatus.FEDERATED) yes++;
        }
        return n == 0 ? 0 : (double) yes / n;
    }
}
