package org.icosim.model.practice;

import org.icosim.model.WorldKit;
import org.icosim.model.ico.IcoMoves;
import org.icosim.model.policy.PolicyLevers;
import org.icosim.model.trust.DistanceAndWaitReferrals;
import org.icosim.model.trust.TrustActivity;
import org.icosim.model.trust.VerticalIntegration;
import org.icosim.model.workforce.Entry;
import org.icosim.model.workforce.Exits;
import org.icosim.model.workforce.IcoEmployment;
import org.icosim.model.workforce.JobChoice;
import org.icosim.model.workforce.JobMarket;
import org.icosim.model.workforce.LocumPlacement;
import org.icosim.model.workforce.PeerShares;
import org.icosim.model.workforce.RandomUtilityJobChoice;
import org.icosim.model.workforce.Sessions;
import org.icosim.model.world.Economy;
import org.icosim.model.world.Memberships;
import org.icosim.model.world.Practice;
import org.icosim.model.world.World;

/**
 * The practice submodels over a {@link WorldKit} world, wired as {@link org.icosim.model.Submodels}
 * wires them but with the practice-move rule and the job-choice rule a test gives, so a test of a
 * mechanism (a merger, a hand-back) is not at the mercy of a random decision.
 */
final class Wiring {

    final World world;
    final Memberships memberships;
    final PolicyLevers levers;
    final PracticeCapacity capacity;
    final PracticeMoney money;
    final Vacancies vacancies;
    final PeersAndSwitching peers;
    final Neighbours neighbours;
    final LocumPlacement locums;
    final Exits exits;
    final JobMarket jobs;
    final Entry entry;
    final TrustActivity trusts;
    final IcoMoves icoMoves;
    final PracticeMoveContext context;
    final MergersAndFederations mergers;
    final HandBack handBack;
    final LargeScaleProviders providers;
    final CorporateProviders companies;
    final PracticeDecisions decisions;
    final VerticalIntegration integration;

    /** The default job choice with {@code rule}. */
    Wiring(WorldKit kit, PracticeMoveRule rule) {
        this(kit, rule, new RandomUtilityJobChoice());
    }

    Wiring(WorldKit kit, PracticeMoveRule rule, JobChoice jobChoice) {
        world = kit.world;
        memberships = new Memberships(world.network());
        levers = new PolicyLevers(world.params(), world.calendar());
        capacity = new PracticeCapacity(world);
        money = new PracticeMoney(world, memberships, levers);
        vacancies = new Vacancies(world, capacity, levers);
        peers = new PeersAndSwitching(world);
        neighbours = new Neighbours(world);
        locums = new LocumPlacement(world, capacity);
        Sessions sessions = new Sessions(world);
        exits = new Exits(world, capacity);
        PeerShares peerShares = new PeerShares(world);
        IcoEmployment icoEmployment = new IcoEmployment(world, memberships, levers, peerShares, sessions, capacity);
        jobs = new JobMarket(world, jobChoice, capacity, locums, exits, icoEmployment, peerShares, sessions);
        entry = new Entry(world, jobs, sessions);
        trusts = new TrustActivity(world, new DistanceAndWaitReferrals());
        icoMoves = new IcoMoves(world, memberships, jobs, trusts, capacity);
        context = new PracticeMoveContext(world, memberships, levers);
        providers = new LargeScaleProviders(world, memberships, context, capacity);
        mergers = new MergersAndFederations(world, memberships, rule, context, neighbours, capacity, providers);
        companies = new CorporateProviders(world, memberships, providers, capacity, jobs);
        handBack = new HandBack(world, memberships, levers, rule, context, mergers, neighbours, capacity, jobs, entry, icoMoves, providers, companies);
        integration = new VerticalIntegration(world, memberships, jobs, capacity);
        decisions = new PracticeDecisions(world, rule, context, mergers, handBack, icoMoves, integration);
    }

    /** The NEIGHBOUR ties of every economy, as at the start. */
    Wiring withNeighbours() {
        for (Economy e : world.economies()) neighbours.rebuild(e);
        return this;
    }

    /**
     * The practice phase without locum placement: staff, demand and access (8.4), money (8.5)
     * and vacancies (8.6) of each open practice, then peers and switch targets (8.7) and the lists
     * of open posts.
     */
    void practiceMonth() {
        for (Practice p : world.practices()) {
            if (!p.isOpen()) continue;
            capacity.readStaff(p);
            capacity.updateAccess(p);
            money.update(p);
            vacancies.update(p);
        }
        peers.update();
        vacancies.listOpenPosts();
    }
}
