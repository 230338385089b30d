package org.icosim.model;

import org.icosim.model.covid.CovidActivity;
import org.icosim.model.ico.IcoFormation;
import org.icosim.model.ico.IcoBudget;
import org.icosim.model.ico.IcoMonth;
import org.icosim.model.ico.IcoMoves;
import org.icosim.model.ico.IcoOffers;
import org.icosim.model.observe.Observer;
import org.icosim.model.patients.PatientLoop;
import org.icosim.model.pcn.AdditionalRoles;
import org.icosim.model.pcn.PcnFormation;
import org.icosim.model.policy.AccessGuarantee;
import org.icosim.model.policy.PolicyLevers;
import org.icosim.model.policy.TimeToCareFund;
import org.icosim.model.practice.ApmsContracts;
import org.icosim.model.practice.CorporateProviders;
import org.icosim.model.practice.HandBack;
import org.icosim.model.practice.LargeScaleProviders;
import org.icosim.model.practice.MergersAndFederations;
import org.icosim.model.practice.Neighbours;
import org.icosim.model.practice.PeersAndSwitching;
import org.icosim.model.practice.PracticeCapacity;
import org.icosim.model.practice.PracticeDecisions;
import org.icosim.model.practice.PracticeHazard;
import org.icosim.model.practice.PracticeMoney;
import org.icosim.model.practice.PracticeMoveContext;
import org.icosim.model.practice.PracticeMoveRule;
import org.icosim.model.practice.Vacancies;
import org.icosim.model.rules.Rules;
import org.icosim.model.trust.TrustActivity;
import org.icosim.model.trust.VerticalIntegration;
import org.icosim.model.workforce.Entry;
import org.icosim.model.workforce.Exits;
import org.icosim.model.workforce.GpMonth;
import org.icosim.model.workforce.IcoEmployment;
import org.icosim.model.workforce.JobMarket;
import org.icosim.model.workforce.LocumPlacement;
import org.icosim.model.workforce.PeerShares;
import org.icosim.model.workforce.Sessions;
import org.icosim.model.world.Memberships;
import org.icosim.model.world.Practice;
import org.icosim.model.world.World;

/**
 * The submodels of ODD section 8 for one run, built once over its world in an order in which
 * each is made after everything it calls (there are no call cycles between them), with the run's
 * decision rules. Not a submodel itself: it only wires them, and composes the practices' phase.
 */
public final class Submodels implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    public final World world;
    public final Memberships memberships;
    public final PolicyLevers levers;
    public final PatientLoop patientLoop;
    public final PracticeCapacity capacity;
    public final PracticeMoney money;
    public final Vacancies vacancies;
    public final PeersAndSwitching peers;
    public final Neighbours neighbours;
    public final LocumPlacement locums;
    public final Sessions sessions;
    public final Exits exits;
    public final JobMarket jobs;
    public final Entry entry;
    public final GpMonth gpMonth;
    public final TrustActivity trusts;
    public final IcoMoves icoMoves;
    public final PracticeMoveRule.Context practiceContext;
    public final MergersAndFederations mergers;
    public final HandBack handBack;
    public final ApmsContracts apms;
    public final LargeScaleProviders providers;
    public final CorporateProviders companies;
    public final PracticeDecisions decisions;
    public final VerticalIntegration verticalIntegration;
    public final TimeToCareFund fund;
    public final AccessGuarantee guarantee;
    public final CovidActivity covid;
    public final IcoOffers icoOffers;
    public final IcoMonth icoMonth;
    public final IcoBudget icoBudget;
    public final IcoFormation icoFormation;
    public final Observer observer;
    public final PracticeHazard hazard;
    public final PcnFormation pcnFormation;
    public final AdditionalRoles additionalRoles;

    /** Where the rules come from: the named ones of {@link Rules}, or instances set in code. */
    abstract static class RuleProvider implements java.io.Serializable {
        private static final long serialVersionUID = 1L;

        abstract <R> R create(Rules.Kind<R> kind);
    }

    /** The submodels over {@code world} with the rules named by {@code rules}. */
    public Submodels(World world, Rules rules) {
        this(world, new RuleProvider() {
            private static final long serialVersionUID = 1L;

            @Override
            <R> R create(Rules.Kind<R> kind) {
                return rules.create(kind);
            }
        });
    }

    Submodels(World world, RuleProvider rules) {
        this.world = world;
        memberships = new Memberships(world.network());
        levers = new PolicyLevers(world.params(), world.calendar());
        patientLoop = new PatientLoop(world);
        capacity = new PracticeCapacity(world);
        money = new PracticeMoney(world, memberships, levers);
        vacancies = new Vacancies(world, capacity, levers);
        peers = new PeersAndSwitching(world);
        neighbours = new Neighbours(world);
        locums = new LocumPlacement(world, capacity);
        sessions = new Sessions(world);
        exits = new Exits(world, capacity);
        PeerShares peerShares = new PeerShares(world);
        IcoEmployment icoEmployment = new IcoEmployment(world, memberships, levers, peerShares, sessions, capacity);
        jobs = new JobMarket(world, rules.create(Rules.JOB_CHOICE), capacity, locums, exits, icoEmployment, peerShares, sessions);
        entry = new Entry(world, jobs, sessions);
        gpMonth = new GpMonth(world, exits, entry, jobs);
        trusts = new TrustActivity(world, rules.create(Rules.REFERRALS));
        icoMoves = new IcoMoves(world, memberships, jobs, trusts, capacity);
        practiceContext = new PracticeMoveContext(world, memberships, levers);
        PracticeMoveRule practiceRule = rules.create(Rules.PRACTICE_MOVES);
        providers = new LargeScaleProviders(world, memberships, practiceContext, capacity);
        mergers = new MergersAndFederations(world, memberships, practiceRule, practiceContext, neighbours, capacity, providers);
        companies = new CorporateProviders(world, memberships, providers, capacity, jobs);
        handBack = new HandBack(world, memberships, levers, practiceRule, practiceContext, mergers, neighbours, capacity,
                jobs, entry, icoMoves, providers, companies);
        verticalIntegration = new VerticalIntegration(world, memberships, jobs, capacity);
        decisions = new PracticeDecisions(world, practiceRule, practiceContext, mergers, handBack, icoMoves, verticalIntegration);
        apms = new ApmsContracts(world, handBack, companies, memberships);
        fund = new TimeToCareFund(world, entry);
        guarantee = new AccessGuarantee(world);
        covid = new CovidActivity(world);
        icoOffers = new IcoOffers(world, memberships, levers, icoMoves);
        icoBudget = new IcoBudget(world, memberships, icoMoves, handBack, jobs, fund);
        icoMonth = new IcoMonth(world, memberships, levers, fund, icoMoves, icoOffers, capacity, icoBudget);
        icoFormation = new IcoFormation(world, memberships, levers, rules.create(Rules.ICO_FORMATION), practiceContext);
        observer = new Observer(world, memberships, fund, apms, companies, verticalIntegration);
        hazard = new PracticeHazard(world, memberships, levers, practiceContext, companies);
        pcnFormation = new PcnFormation(world, memberships);
        additionalRoles = new AdditionalRoles(world, pcnFormation, capacity);
    }

    /**
     * Phase 2 (ODD 4): each open practice works out its demand (8.4); primary care networks form
     * (8.30) and share their additional-roles staff (8.31); locums are placed (8.8);
     * each open practice reads its staff, then works out access (8.4), money (8.5) and vacancies
     * (8.6); then peers and switch targets (8.7), and the lists of open posts.
     */
    public void practicePhase() {
        // Staff are read again wherever they change (a post taken or ended), so they are current
        // here; the reading below, after the locums move, is the month's.
        for (Practice p : world.practices()) {
            if (!p.isOpen()) continue;
            capacity.updateDemand(p);
        }
        additionalRoles.monthly();
        locums.placeLocums();
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
