package org.icosim.model.practice;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.icosim.model.ico.IcoMoves;
import org.icosim.model.parameters.Parameters;
import org.icosim.model.patients.Patients;
import org.icosim.model.policy.PolicyLevers;
import org.icosim.model.workforce.Entry;
import org.icosim.model.workforce.JobChoice;
import org.icosim.model.workforce.JobMarket;
import org.icosim.model.world.Company;
import org.icosim.model.world.Federation;
import org.icosim.model.world.Gp;
import org.icosim.model.world.Memberships;
import org.icosim.model.world.Practice;
import org.icosim.model.world.PracticeStatus;
import org.icosim.model.world.Role;
import org.icosim.model.world.Trust;
import org.icosim.model.world.World;
import org.icosim.network.Node;

/**
 * ODD 8.15, hand-back, caretaker trust, closure. A practice with no partner for
 * {@link Parameters#HAND_BACK_MONTHS} hands back its contract: first each of its salaried GPs
 * reviews their job with the practice's partnership among the options; if none becomes its
 * partner, the commissioner may tender the contract to companies (8.43); a neighbour takes the list
 * over if one will; under an ICO policy the ICO it refers to most runs it; otherwise a trust runs it
 * as caretaker with probability {@link Parameters#CARETAKER_PROBABILITY}; otherwise it closes: each patient registers with the
 * open neighbour nearest their home, and its GPs look for new posts. No practice is closed by policy.
 */
public final class HandBack implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private final World world;
    private final Memberships memberships;
    private final PolicyLevers levers;
    private final PracticeMoveRule rule;
    private final PracticeMoveRule.Context context;
    private final MergersAndFederations mergers;
    private final Neighbours neighbours;
    private final PracticeCapacity capacity;
    private final JobMarket jobs;
    private final Entry entry;
    private final IcoMoves icoMoves;
    private final double caretakerProbability;
    private final LargeScaleProviders providers;
    private final CorporateProviders companies;

    public HandBack(World world, Memberships memberships, PolicyLevers levers, PracticeMoveRule rule,
            PracticeMoveRule.Context context, MergersAndFederations mergers, Neighbours neighbours,
            PracticeCapacity capacity, JobMarket jobs, Entry entry, IcoMoves icoMoves,
            LargeScaleProviders providers, CorporateProviders companies) {
        this.world = world;
        this.memberships = memberships;
        this.levers = levers;
        this.rule = rule;
        this.context = context;
        this.mergers = mergers;
        this.neighbours = neighbours;
        this.capacity = capacity;
        this.jobs = jobs;
        this.entry = entry;
        this.icoMoves = icoMoves;
        this.caretakerProbability = world.params().get(Parameters.CARETAKER_PROBABILITY);
        this.providers = providers;
        this.companies = companies;
    }

    /** {@code p}, partnerless for long enough, hands back its contract. */
    public void handBack(Practice p) {
        // First the practice's own salaried GPs are asked whether one of them will take the
        // contract on as a partner (the insider offer of the job choice).
        for (Node n : world.network().staffOf(p)) {
            Gp gp = (Gp) n;
            if (gp.role() == Role.SALARIED && gp.isActive()) {
                jobs.chooseJob(gp, JobChoice.Occasion.REVIEW);
                if (gp.role() == Role.PARTNER && world.network().employerOf(gp) == p) {
                    p.resetPartnerlessMonths();
                    return;
                }
            }
        }
        // A member of a large-scale provider gets a partner from another member (8.39).
        if (providers.lendPartner(p)) return;
        disperse(p, null);
    }

    /**
     * 8.42: the commissioner ends {@code p}'s APMS contract at the end of its term instead of
     * renewing it. No insider is asked and no partner lent (the practice has its partners; the
     * contract is what ends): the list goes down the rest of the hand-back chain.
     */
    public void endContract(Practice p) {
        disperse(p, null);
    }

    /**
     * 8.43: the company that ran {@code p} gave up its contract, or the commissioner did not renew
     * it, and it has been released: the list goes down the same chain, and if it is tendered again
     * {@code previous} does not bid.
     */
    public void reprocure(Practice p, Company previous) {
        disperse(p, previous);
    }

    /**
     * The chain after the insider and partner-lending steps: a tender won by a company other than
     * {@code previous} (8.43), a neighbour, a provider, an ICO, a caretaker, or closure.
     */
    private void disperse(Practice p, Company previous) {
        // The commissioner may first tender the contract; a company wins it if it expects a margin (8.43).
        if (companies.tender(p, previous)) return;
        for (Node n : world.network().neighboursOf(p)) {
            Practice q = (Practice) n;
            if (PracticeValues.canMerge(q, context) && rule.takesOver(q, p, context)) {
                mergers.merge(p, q);
                return;
            }
        }
        // A neighbour's large-scale provider takes the contract on if it values it (8.39).
        if (providers.takeOn(p)) return;
        // Under an ICO policy the ICO it refers to runs it, recruiting salaried GPs into it.
        Trust ico = levers.policyActive() ? memberships.offeringIco(p) : null;
        if (ico != null) {
            icoMoves.absorb(p, ico);
            return;
        }
        if (world.random().nextDouble() < caretakerProbability) {
            Trust caretaker = memberships.nearestTrust(p);
            if (caretaker != null) {
                Federation f = memberships.federationOf(p);
                if (f != null) world.network().removeMembership(p, f);
                providers.leave(p);
                world.network().addMembership(p, caretaker);
                p.setStatus(PracticeStatus.TRUST_RUN);
                return;
            }
        }
        close(p);
    }

    /**
     * Closes {@code p}: each patient registers with the open practice nearest their home among
     * {@code p}'s neighbours (or in the economy if none is open), and its GPs look for new posts.
     */
    public void close(Practice p) {
        List<Practice> receivers = new ArrayList<>();
        for (Node n : world.network().neighboursOf(p)) if (((Practice) n).isOpen()) receivers.add((Practice) n);
        if (receivers.isEmpty()) {
            for (Practice q : p.economy().practices()) if (q.isOpen() && q != p) receivers.add(q);
        }
        Patients pt = p.economy().patients();
        if (!receivers.isEmpty()) {
            for (int i : pt.indicesAt(p.id())) {
                Practice nearest = receivers.get(0);
                double best = Double.POSITIVE_INFINITY;
                for (Practice q : receivers) {
                    double d = q.distanceTo(pt.xOf(i), pt.yOf(i));
                    if (d < best) {
                        best = d;
                        nearest = q;
                    }
                }
                pt.register(i, p, nearest);
            }
        } else {
            // The last practice of an economy: its patients have nowhere to go and leave the model.
            int[] mine = pt.indicesAt(p.id());
            for (int k = mine.length - 1; k >= 0; k--) pt.remove(mine[k], p);
            p.economy().countFlows(0, 0, 0, mine.length, 0);
        }
        List<Node> staff = world.network().staffOf(p);
        for (Node n : staff) world.network().unemploy(n);
        Set<Practice> affected = mergers.detach(p);
        p.end(PracticeStatus.CLOSED, world.calendar().month());
        world.countClosure();
        neighbours.rebuild(affected);
        capacity.readStaff(p);
        for (Node n : staff) {
            Gp gp = (Gp) n;
            if (gp.role() == Role.REGISTRAR) {
                entry.moveToTrainingPractice(gp);
            } else {
                jobs.chooseJob(gp, JobChoice.Occasion.DISPLACED);
            }
        }
    }
}
