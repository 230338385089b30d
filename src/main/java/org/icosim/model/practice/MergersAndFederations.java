package org.icosim.model.practice;

import java.util.LinkedHashSet;
import java.util.Set;

import org.icosim.model.parameters.Parameters;
import org.icosim.model.patients.Patients;
import org.icosim.model.world.Federation;
import org.icosim.model.world.Memberships;

import org.icosim.model.world.Practice;
import org.icosim.model.world.PracticeStatus;
import org.icosim.model.world.World;
import org.icosim.network.Node;
import org.icosim.network.TieType;

/**
 * ODD 8.14, carrying out federation and merger. A practice that federates joins a federated
 * neighbour's federation, or founds one with the first neighbour that agrees. In a merger the
 * larger list absorbs the smaller (or, with {@link Parameters#MERGER_SMALLER_SURVIVES}, the smaller
 * the larger: the practice whose code goes on): the absorbed practice's GPs keep their roles at the absorber,
 * its patients register there, its MPIG and premises go with them, part of its site's fixed costs
 * is saved, and a MERGED_INTO tie keeps the history.
 */
public final class MergersAndFederations implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private final World world;
    private final Memberships memberships;
    private final PracticeMoveRule rule;
    private final PracticeMoveRule.Context context;
    private final Neighbours neighbours;
    private final PracticeCapacity capacity;
    private final double fixedSaving;
    private final LargeScaleProviders providers;
    private final double smallerSurvives;

    public MergersAndFederations(World world, Memberships memberships, PracticeMoveRule rule,
            PracticeMoveRule.Context context, Neighbours neighbours, PracticeCapacity capacity,
            LargeScaleProviders providers) {
        this.world = world;
        this.memberships = memberships;
        this.rule = rule;
        this.context = context;
        this.neighbours = neighbours;
        this.capacity = capacity;
        this.fixedSaving = world.params().get(Parameters.MERGER_FIXED_SAVING);
        this.providers = providers;
        this.smallerSurvives = world.params().get(Parameters.MERGER_SMALLER_SURVIVES);
    }

    /**
     * {@code p} proposes a merger to {@code q}; if {@code q} is open and agrees, the larger list
     * absorbs the smaller, unless with {@link Parameters#MERGER_SMALLER_SURVIVES} the smaller
     * practice goes on and the larger ends (one draw, made only when that chance is above 0).
     */
    public void proposeMerger(Practice p, Practice q) {
        // The world's own guard, whatever the rule: only an open, partner-led practice with
        // partners can be merged with, outside ICOs (or in the proposer's, 8.14).
        if (!PracticeValues.mayMerge(p, q, context)) return;
        if (rule.acceptsMerger(q, p, context)) {
            boolean pGoesOn = PracticeValues.absorbs(p, q);
            if (smallerSurvives > 0 && world.random().nextDouble() < smallerSurvives) pGoesOn = !pGoesOn;
            if (pGoesOn) merge(q, p); else merge(p, q);
        }
    }

    /** Joins a federated neighbour's federation, or founds one with a neighbour that agrees. */
    public void federate(Practice p) {
        if (p.status() != PracticeStatus.INDEPENDENT) return;
        for (Node n : world.network().neighboursOf(p)) {
            Practice q = (Practice) n;
            if (q.status() == PracticeStatus.FEDERATED) {
                Federation f = memberships.federationOf(q);
                if (f != null) {
                    join(p, f);
                    return;
                }
            }
        }
        for (Node n : world.network().neighboursOf(p)) {
            Practice q = (Practice) n;
            if (q.isOpen() && q.status() == PracticeStatus.INDEPENDENT && q.partners() > 0 && rule.acceptsFederation(q, p, context)) {
                Federation f = world.newFederation(p.economy());
                join(p, f);
                join(q, f);
                return;
            }
        }
    }

    private void join(Practice p, Federation f) {
        world.network().addMembership(p, f);
        if (p.status() == PracticeStatus.INDEPENDENT) p.setStatus(PracticeStatus.FEDERATED);
    }

    /** {@code absorbed} merges into {@code absorber}. */
    public void merge(Practice absorbed, Practice absorber) {
        for (Node n : world.network().staffOf(absorbed)) world.network().employ(n, absorber);
        Patients pt = absorbed.economy().patients();
        for (int i : pt.indicesAt(absorbed.id())) pt.register(i, absorbed, absorber);
        absorber.absorbContract(absorbed, fixedSaving);
        Federation f = memberships.federationOf(absorbed);
        if (f != null && absorber.status() == PracticeStatus.INDEPENDENT) join(absorber, f);
        providers.afterMerger(absorbed, absorber);
        Set<Practice> affected = detach(absorbed);
        world.network().recordMerger(absorbed, absorber);
        absorbed.end(PracticeStatus.MERGED_INTO, world.calendar().month());
        world.countMerger();
        affected.add(absorber);
        neighbours.rebuild(affected);
        capacity.readStaff(absorber);
        capacity.readStaff(absorbed);
    }

    /**
     * Removes a practice's current ties (keeping history) as it merges away or closes: nobody may
     * switch to it any more. Returns the practices that counted it a neighbour.
     */
    public Set<Practice> detach(Practice p) {
        Set<Practice> affected = new LinkedHashSet<>();
        for (Node n : world.network().neighbouredBy(p)) affected.add((Practice) n);
        world.network().removeOutgoing(p, TieType.NEIGHBOUR);
        world.network().removeIncoming(p, TieType.NEIGHBOUR);
        world.network().removeOutgoing(p, TieType.REFERS_TO);
        world.network().removeOutgoing(p, TieType.MEMBER_OF);
        world.signals().forgetSwitchTargets(p.id());
        return affected;
    }

}
