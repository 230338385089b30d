package org.icosim.model.practice;

import org.icosim.model.parameters.Parameters;
import org.icosim.model.policy.PolicyLevers;
import org.icosim.model.world.Memberships;
import org.icosim.model.world.Practice;
import org.icosim.model.world.PracticeStatus;
import org.icosim.model.world.World;

/**
 * A practice's hazard (ODD 8.25): the chance that its next quarterly decision (8.13-8.15) ends it,
 * merged into a neighbour or closed, worked out from the practice's state now by the default
 * practice-move rule's own values ({@link ValueBasedPracticeMoves}, {@link PracticeValues}) and
 * the standard Gumbel errors it draws, so the choice probabilities are the logit's
 * {@code exp(u_i) / sum_j exp(u_j)} and a neighbour's consent {@code 1 / (1 + exp(-v))}. Draws no
 * random number and changes nothing.
 * <ul>
 * <li>A partner-led practice with partners ends when it proposes a merger to a neighbour that
 * would absorb it (the larger list absorbs, and the smaller with
 * {@link Parameters#MERGER_SMALLER_SURVIVES}) and the neighbour agrees: the sum over its merger
 * moves of the logit probability of choosing the move times the neighbour's consent times the
 * chance that p is the one that ends;
 * 0 when nothing triggers a decision (8.13).</li>
 * <li>A partner-led practice that will have been partnerless for {@link Parameters#HAND_BACK_MONTHS}
 * by the next decision, if no partner joins meanwhile (its clock ticks each month), hands its
 * contract back (8.15): it ends unless no neighbour takes the list over and then a trust runs it
 * (as the ICO it refers to, under a policy, or as caretaker with
 * {@link Parameters#CARETAKER_PROBABILITY}), unless a company wins it at tender first (8.43). The chance that one of its own salaried GPs takes
 * the partnership first is left out (it depends on that GP's whole job choice), so for these
 * practices the hazard is an upper bound.</li>
 * <li>A practice a trust or a company runs ends (1) when it has no GP at all and its post will have been open
 * for the hand-back months by the next decision.</li>
 * </ul>
 * The triggers of a decision (8.13) are read as they are now. Mergers other practices propose to
 * it are left out too. With the {@code practiceMoves} rule
 * replaced by a study's own, this is still the default rule's reading.
 */
public final class PracticeHazard implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private final World world;
    private final Memberships memberships;
    private final PolicyLevers levers;
    private final PracticeMoveRule.Context context;
    private final int handBackMonths;
    private final double caretakerProbability;
    private final double smallerSurvives;
    private final CorporateProviders companies;

    public PracticeHazard(World world, Memberships memberships, PolicyLevers levers, PracticeMoveRule.Context context,
            CorporateProviders companies) {
        this.world = world;
        this.memberships = memberships;
        this.levers = levers;
        this.context = context;
        this.handBackMonths = world.params().getInt(Parameters.HAND_BACK_MONTHS);
        this.caretakerProbability = world.params().get(Parameters.CARETAKER_PROBABILITY);
        this.smallerSurvives = world.params().get(Parameters.MERGER_SMALLER_SURVIVES);
        this.companies = companies;
    }

    /**
     * Months from now (the end of this month) to the next quarterly decision, 1 to 3: the
     * decisions are taken in the last month of each quarter, after the month's practice phase.
     */
    int monthsToDecision() {
        int month = world.calendar().month();
        int d = Math.floorMod(2 - month, 3);
        return d == 0 ? 3 : d;
    }

    /** Whether a clock now at {@code months} reaches the hand-back months by the next decision, ticking monthly. */
    private boolean dueByDecision(int months) {
        return months + monthsToDecision() >= handBackMonths;
    }

    /** Whether the practice's next quarterly decision will weigh its organisation, on its state now. */
    public boolean reconsiders(Practice p) {
        if (!p.isOpen() || !p.status().partnerLed()) return false;
        if (p.partners() == 0) return dueByDecision(p.partnerlessMonths());
        return DecisionTriggers.triggered(p, world.params()) || p.allianceOffer() != null || p.absorptionOffer() != null;
    }

    /** The chance, in [0, 1], that the next quarterly decision ends the practice (merged or closed). */
    public double endChance(Practice p) {
        if (!p.isOpen()) return 0;
        if (p.status().run()) {
            return p.partners() + p.salaried() + p.locums() == 0 && dueByDecision(p.vacancyMonths()) ? 1 : 0;
        }
        if (!p.status().partnerLed()) return 0;
        if (p.partners() == 0) return dueByDecision(p.partnerlessMonths()) ? handBackEnd(p) : 0;
        return mergedAway(p);
    }

    /**
     * Ends unless a company wins it at tender first (8.43), or nobody takes the list over and a trust
     * then runs it.
     */
    private double handBackEnd(Practice p) {
        double tender = companies.tenderProbability();
        double won = tender > 0 && companies.expectedMargin(p) >= companies.leastMargin() ? tender : 0;
        double noTakeover = 1;
        for (Practice q : context.neighbours(p)) {
            if (PracticeValues.canMerge(q, context)) noTakeover *= 1 - logistic(PracticeValues.takeoverValue(q, p, context));
        }
        double run;
        if (levers.policyActive() && memberships.offeringIco(p) != null) run = 1;
        else run = memberships.nearestTrust(p) != null ? caretakerProbability : 0;
        return (1 - won) * (1 - noTakeover * run);
    }

    private double mergedAway(Practice p) {
        // The logit over the moves weighed, its utilities shifted by their largest (weighing is
        // pure, so it is done twice): exp(u) of each, and of the mergers that end p, each times
        // the neighbour's consent.
        double[] largest = {Double.NEGATIVE_INFINITY};
        if (!ValueBasedPracticeMoves.weigh(p, context, (kind, q, ico, value, extra) -> largest[0] = Math.max(largest[0], value + extra))) {
            return 0;
        }
        double[] sums = new double[2];
        ValueBasedPracticeMoves.weigh(p, context, (kind, q, ico, value, extra) -> {
            double weight = StrictMath.exp(value + extra - largest[0]);
            sums[0] += weight;
            if (kind == PracticeMove.Kind.MERGE) {
                // p ends when the larger q absorbs it, unless the smaller goes on, or when p is the
                // larger and the smaller q goes on (8.14).
                double ends = PracticeValues.absorbs(q, p) ? 1 - smallerSurvives : smallerSurvives;
                if (ends > 0) sums[1] += weight * ends * logistic(PracticeValues.mergerValue(q, p, context));
            }
        });
        return sums[1] / sums[0];
    }

    /** The chance that {@code v} plus one standard Gumbel draw beats another: the logistic of {@code v}. */
    static double logistic(double v) {
        if (v == Double.NEGATIVE_INFINITY) return 0;
        return 1 / (1 + StrictMath.exp(-v));
    }
}
