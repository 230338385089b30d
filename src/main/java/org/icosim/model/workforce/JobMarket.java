package org.icosim.model.workforce;

import java.util.ArrayList;
import java.util.List;

import org.icosim.model.parameters.ParameterValues;
import org.icosim.model.parameters.Parameters;
import org.icosim.model.practice.PracticeCapacity;
import org.icosim.model.world.Economy;
import org.icosim.model.world.Gp;
import org.icosim.model.world.Practice;
import org.icosim.model.world.Role;
import org.icosim.model.world.Trust;
import org.icosim.model.world.World;
import org.icosim.network.Node;

/**
 * ODD 8.12, job choice: the options a GP sees when it chooses (a sample of its economy's open
 * partnerships and salaried posts, ICO team posts, locum work, leaving, staying), the choice by
 * the run's {@link JobChoice} rule, and carrying it out on the network. A GP never holds two posts:
 * taking one replaces the old WORKS_AT tie.
 */
public final class JobMarket implements JobChoice.Context, java.io.Serializable {

    private static final long serialVersionUID = 1L;

    /** Floor of a partner's profit share as job choosers see it, pounds a year. */
    static final double MIN_PARTNER_INCOME = 20000;
    /** Uncovered need (FTE) above which an economy has locum work. */
    static final double LOCUM_WORK_FTE = 0.3;

    private final World world;
    private final JobChoice rule;
    private final PracticeCapacity capacity;
    private final LocumPlacement locums;
    private final Exits exits;
    private final IcoEmployment ico;
    private final PeerShares peers;
    private final Sessions sessions;
    private final ProfessionResponse profession;
    private final int offersSeen;
    private final double leaveUtility;
    private final double inertia;
    private final double partnerExitCost;
    private final double locumInsecurity;
    private final double buyIn;
    private final double partnerMeanFte;
    private final NewToPartnershipPayment newToPartnership;
    private final List<Practice> scratch = new ArrayList<>();

    public JobMarket(World world, JobChoice rule, PracticeCapacity capacity, LocumPlacement locums, Exits exits,
            IcoEmployment ico, PeerShares peers, Sessions sessions) {
        this.world = world;
        this.rule = rule;
        this.capacity = capacity;
        this.locums = locums;
        this.exits = exits;
        this.ico = ico;
        this.peers = peers;
        this.sessions = sessions;
        this.profession = new ProfessionResponse(world);
        Parameters p = world.params();
        offersSeen = p.getInt(Parameters.JOB_OFFERS_SEEN);
        leaveUtility = p.get(Parameters.LEAVE_UTILITY);
        inertia = p.get(Parameters.INERTIA);
        partnerExitCost = p.get(Parameters.PARTNER_EXIT_COST);
        locumInsecurity = p.get(Parameters.LOCUM_INSECURITY);
        buyIn = p.get(Parameters.BUY_IN);
        partnerMeanFte = p.get(Parameters.PARTNER_MEAN_FTE);
        newToPartnership = new NewToPartnershipPayment(p);
    }

    @Override
    public ParameterValues parameters() {
        return world.params();
    }

    @Override
    public double gumbel() {
        return world.random().gumbel();
    }

    /**
     * {@code p} has been taken over (by an ICO, a trust or a company): each of its active partners,
     * in the order of its staff, chooses a job with occasion ABSORBED, a salaried post at it among
     * the options.
     */
    public void partnersChooseAfterTakeover(Practice p) {
        for (Node n : world.network().staffOf(p)) {
            Gp gp = (Gp) n;
            if (gp.isActive() && gp.role() == Role.PARTNER) chooseJob(gp, JobChoice.Occasion.ABSORBED);
        }
    }

    /** Builds the options open to {@code gp}, lets the rule choose, and carries out the choice. */
    public void chooseJob(Gp gp, JobChoice.Occasion occasion) {
        List<Post> options = options(gp, occasion);
        take(gp, rule.choose(gp, options, this));
    }

    /**
     * The posts {@code gp} sees now: a sample of open posts of its economy (practices' and ICOs'),
     * locum work, leaving, staying.
     */
    public List<Post> options(Gp gp, JobChoice.Occasion occasion) {
        List<Post> options = new ArrayList<>();
        Node current = world.network().employerOf(gp);
        Practice currentPractice = current instanceof Practice ? (Practice) current : null;
        Trust currentIco = current instanceof Trust && ((Trust) current).isIco() ? (Trust) current : null;
        Role role = gp.role();
        if (occasion == JobChoice.Occasion.REVIEW && role.fullyQualified()) {
            if (currentPractice != null) options.add(stayPost(gp, currentPractice));
            if (currentIco != null && role == Role.SALARIED) options.add(ico.teamPost(gp, currentIco, true));
        }
        boolean absorbed = occasion == JobChoice.Occasion.ABSORBED && currentPractice != null;
        // A partner whose practice is absorbed can stay on at it as an ICO salaried GP: staying
        // put carries the inertia of any stay (jobInertia), but not the cost of leaving a partnership.
        if (absorbed) options.add(salariedPost(gp, currentPractice, inertia));
        Economy e = gp.economy();
        List<Practice> open = world.labourMarket().openPostPractices(e.id());
        boolean insider = currentPractice != null && role == Role.SALARIED
                && (currentPractice.offersPartnership() || currentPractice.takeBackOpen());
        if (insider) options.add(partnershipPost(gp, currentPractice));
        for (Practice p : sample(open, true, currentPractice)) {
            if (!(insider && p == currentPractice)) options.add(partnershipPost(gp, p));
        }
        for (Practice p : sample(open, false, currentPractice)) {
            if (!(p == currentPractice && (role == Role.SALARIED || absorbed))) options.add(salariedPost(gp, p));
        }
        Trust own = role == Role.SALARIED ? currentIco : null;
        for (Trust t : sampleIcos(world.labourMarket().openIcoPosts(e.id()), own)) options.add(ico.teamPost(gp, t, false));
        boolean locumWork = world.labourMarket().locumDemandFte(e.id()) > LOCUM_WORK_FTE;
        // A locum at review already has locum work among its options (staying).
        boolean locumAlready = role == Role.LOCUM && occasion == JobChoice.Occasion.REVIEW;
        if (!locumAlready && (locumWork || options.isEmpty())) options.add(locumPost(gp));
        if (occasion != JobChoice.Occasion.RETURN) options.add(leavePost());
        if (options.isEmpty()) options.add(locumPost(gp));
        return options;
    }

    /** Up to {@code offersSeen} practices with an open post of that kind, at random (search frictions). */
    private List<Practice> sample(List<Practice> open, boolean partnership, Practice exclude) {
        scratch.clear();
        for (Practice p : open) {
            if (p == exclude && partnership) continue;
            if (p.openPosts() > 0 && p.isOpen() && (partnership ? p.offersPartnership() : p.offersSalaried())) scratch.add(p);
        }
        return firstAfterPartialShuffle(scratch);
    }

    /** Up to {@code offersSeen} ICOs with open team posts, at random; the GP's own ICO is left out. */
    private List<Trust> sampleIcos(List<Trust> open, Trust exclude) {
        if (open.isEmpty()) return List.of();
        List<Trust> candidates = new ArrayList<>(open.size());
        for (Trust t : open) if (t != exclude && t.openIcoPosts() > 0) candidates.add(t);
        return firstAfterPartialShuffle(candidates);
    }

    /**
     * Up to {@code offersSeen} of {@code candidates} drawn without replacement: the first steps of
     * a Fisher-Yates shuffle, which reorders {@code candidates} in place.
     */
    private <T> List<T> firstAfterPartialShuffle(List<T> candidates) {
        int n = candidates.size();
        int k = Math.min(offersSeen, n);
        List<T> out = new ArrayList<>(k);
        for (int i = 0; i < k; i++) {
            int j = i + world.random().nextInt(n - i);
            T t = candidates.get(i);
            candidates.set(i, candidates.get(j));
            candidates.set(j, t);
            out.add(candidates.get(i));
        }
        return out;
    }

    // ---------------------------------------------------------------- the posts

    double partnerIncomePerFte(Practice p) {
        double share = p.partners() > 0 ? p.profitPerPartner() : p.profit();
        return Math.max(MIN_PARTNER_INCOME, share) / partnerMeanFte;
    }

    Post partnershipPost(Gp gp, Practice p) {
        double income = partnerIncomePerFte(p);
        if (newToPartnership.on()) income += newToPartnership.incomePerFteYear(gp, world.calendar().date());
        return new Post(Post.Kind.PARTNERSHIP, p, income, 1, 0,
                p.partnershipLiability(p.partners() + 1, buyIn), p.workload(), peers.share(gp, Role.PARTNER),
                0 - profession.partnershipPenalty(p));
    }

    /** A salaried post at a practice; at a practice an ICO runs, the ICO's pay and, if hospital-led, GPs' aversion. */
    Post salariedPost(Gp gp, Practice p) {
        return salariedPost(gp, p, 0);
    }

    private Post salariedPost(Gp gp, Practice p, double constant) {
        return new Post(Post.Kind.SALARIED, p, ico.salariedPayAt(p), 0, 0.5, 0, p.workload(),
                peers.share(gp, Role.SALARIED), ico.icoConstant(p) + constant);
    }

    /** What locum work pays a GP of {@code e} per FTE: the calendar's locum pay times the economy's income factor (8.34). */
    double locumIncome(Economy e) {
        return world.calendar().locumPay() * world.labourMarket().locumIncomeFactor(e.id());
    }

    Post locumPost(Gp gp) {
        return new Post(Post.Kind.LOCUM, null, locumIncome(gp.economy()), 0.5, 1, locumInsecurity, 1,
                peers.share(gp, Role.LOCUM), 0);
    }

    Post leavePost() {
        // Work outside NHS general practice is taken to carry a normal workload (ratio 1).
        return new Post(Post.Kind.LEAVE, null, world.calendar().outsideIncome(), 0.5, 1, 0, 1, 0, leaveUtility);
    }

    Post stayPost(Gp gp, Practice p) {
        switch (gp.role()) {
            case PARTNER:
                return new Post(Post.Kind.STAY, p, partnerIncomePerFte(p), 1, 0,
                        p.partnershipLiability(p.partners(), 0), p.workload(), peers.share(gp, Role.PARTNER),
                        inertia + partnerExitCost);
            case LOCUM:
                return new Post(Post.Kind.STAY, p, locumIncome(gp.economy()), 0.5, 1, locumInsecurity, 1,
                        peers.share(gp, Role.LOCUM), inertia);
            default:
                return new Post(Post.Kind.STAY, p, ico.salariedPayAt(p), 0, 0.5, 0, p.workload(),
                        peers.share(gp, Role.SALARIED), inertia + ico.icoConstant(p));
        }
    }

    // ---------------------------------------------------------------- carrying out

    /** Carries out a choice. A GP never holds two posts: {@code employ} replaces the old tie. */
    void take(Gp gp, Post post) {
        switch (post.kind()) {
            case STAY:
                return;
            case LEAVE:
                exits.leave(gp, gp.role().fullyQualified());
                return;
            case LOCUM:
                Practice cover = locums.placement(gp.economy());
                if (cover == null) {
                    exits.leave(gp, gp.role().fullyQualified());
                    return;
                }
                move(gp, cover, Role.LOCUM);
                return;
            default:
                if (post.employer() instanceof Trust) {
                    ico.joinTeam(gp, (Trust) post.employer());
                    return;
                }
                move(gp, (Practice) post.employer(), post.kind() == Post.Kind.PARTNERSHIP ? Role.PARTNER : Role.SALARIED);
        }
    }

    /** 8.33: sets the session choice's reference, once, at the first GP phase. */
    void referenceSessions() {
        sessions.setReference();
    }

    /**
     * 8.33: {@code gp} revisits its sessions when due (hours as a choice); its practice reads its
     * staff again if its FTE changed.
     */
    void revisitSessions(Gp gp) {
        Node employer = world.network().employerOf(gp);
        if (sessions.revisit(gp, employer) && employer instanceof Practice) capacity.readStaff((Practice) employer);
    }

    /** Employs {@code gp} at {@code to} in {@code role}, and both practices read their staff again. */
    void move(Gp gp, Practice to, Role role) {
        Node old = world.network().employerOf(gp);
        Role oldRole = gp.role();
        if (old instanceof Practice && oldRole == Role.PARTNER && (old != to || role != Role.PARTNER)) {
            ((Practice) old).partnerLost();
        }
        world.network().employ(gp, to);
        gp.takeRole(role, sessions.fteFor(gp, role, to));
        // A post is filled by anyone who was not already part of the practice's permanent FTE.
        boolean newToThePost = old != to || oldRole == Role.REGISTRAR || oldRole == Role.LOCUM;
        if (newToThePost && role != Role.LOCUM) to.fillPost();
        if (old instanceof Practice && old != to) capacity.readStaff((Practice) old);
        capacity.readStaff(to);
    }
}
