package org.icosim.model;

import java.util.ArrayList;
import java.util.List;

import org.icosim.network.Node;

/**
 * The GP labour market of each economy (MODEL.md section 6): who enters (training completers,
 * returners), who leaves (hazard by age and burnout), and who takes which open post (through the
 * model's {@link JobChoice} rule over the posts actually open that month).
 */
public final class Workforce implements java.io.Serializable {

    private final IcoSim sim;
    /** Monthly base exit probability by age band (under 30, 30-39, 40-49, 50-54, 55-59, 60-64, 65+). */
    private final double[] monthlyExit = new double[7];
    private final double burnoutExitEffect;
    private final int offersSeen;
    private final double leaveUtility;
    private final double inertia;
    private final double partnerExitCost;
    private final double locumInsecurity;
    private final double buyIn;
    private final double partnerMeanFte;
    /** Per economy: practices with open posts this month, rebuilt by the practice phase. */
    final List<List<Practice>> openPostPractices = new ArrayList<>();
    /** Per economy: FTE of unfilled need not covered by locums; locum work exists while positive. */
    double[] locumDemandFte = new double[0];
    /** Per economy: shares of partners, salaried GPs and locums among its GPs. */
    double[][] economyRoleShares = new double[0][];
    private final List<Practice> scratch = new ArrayList<>();

    Workforce(IcoSim sim) {
        this.sim = sim;
        Parameters p = sim.params;
        double scale = p.get(Parameters.EXIT_HAZARD_SCALE);
        Parameter[] bands = {Parameters.LEAVER_UNDER_30, Parameters.LEAVER_30_39, Parameters.LEAVER_40_49,
            Parameters.LEAVER_50_54, Parameters.LEAVER_55_59, Parameters.LEAVER_60_64, Parameters.LEAVER_65_PLUS};
        for (int b = 0; b < bands.length; b++) {
            double annual = Math.min(0.99, p.get(bands[b]) * scale);
            monthlyExit[b] = 1 - StrictMath.pow(1 - annual, 1.0 / 12);
        }
        burnoutExitEffect = p.get(Parameters.BURNOUT_EXIT_EFFECT);
        offersSeen = p.getInt(Parameters.JOB_OFFERS_SEEN);
        leaveUtility = p.get(Parameters.LEAVE_UTILITY);
        inertia = p.get(Parameters.INERTIA);
        partnerExitCost = p.get(Parameters.PARTNER_EXIT_COST);
        locumInsecurity = p.get(Parameters.LOCUM_INSECURITY);
        buyIn = p.get(Parameters.BUY_IN);
        partnerMeanFte = p.get(Parameters.PARTNER_MEAN_FTE);
    }

    // ---------------------------------------------------------------- the month

    /** Step 4 of the month: every GP, in random order. */
    void stepGps() {
        List<Gp> order = new ArrayList<>(sim.gps);
        sim.shuffle(order);
        for (Gp gp : order) {
            if (gp.active) gp.step(sim);
        }
        removeDeparted();
    }

    void removeDeparted() {
        sim.gps.removeIf(g -> !g.active);
    }

    /** New registrars and returners at the start of each month, each economy its share. */
    void admitNewGps() {
        Parameters p = sim.params;
        double years = sim.yearsSince2015();
        double i2015 = p.get(Parameters.TRAINING_INTAKE_2015);
        double i2021 = p.get(Parameters.TRAINING_INTAKE_2021);
        double ramp = Math.max(0, Math.min(1, years / 6));
        double intake = i2015 + (i2021 - i2015) * ramp;
        double returners = p.get(Parameters.RETURNERS_PER_YEAR);
        int months = p.getInt(Parameters.TRAINING_MONTHS);
        for (Economy e : sim.economies) {
            double share = e.populationShare;
            int trainees = sim.stochasticRound(intake * share / 12);
            for (int k = 0; k < trainees; k++) enrolRegistrar(e, months);
            int back = sim.stochasticRound(returners * share / 12);
            for (int k = 0; k < back; k++) {
                double age = 40 + 7 * sim.random.nextGaussian();
                age = age < 30 ? 30 : age > 60 ? 60 : age;
                Gp gp = newGp(e, (int) (age * 12), Role.LOCUM);
                sim.network.add(gp);
                chooseJob(gp, JobChoice.Occasion.RETURN);
            }
        }
    }

    // ---------------------------------------------------------------- entry

    private Gp newGp(Economy e, int ageMonths, Role role) {
        return newGp(e, ageMonths, role, false);
    }

    /**
     * A new GP with tastes drawn around the population weights. With {@code selfSelected}, the
     * tastes are drawn again (up to 50 times) until they favour the role the GP holds: the 2015
     * workforce chose its roles, so its partners lean to autonomy and risk, its salaried GPs and
     * locums away from them (revealed preference). Entrants are drawn from the whole population.
     */
    private Gp newGp(Economy e, int ageMonths, Role role, boolean selfSelected) {
        Parameters p = sim.params;
        double sd = p.get(Parameters.TASTE_SD);
        double z = sim.random.nextGaussian();
        z = z < -2.5 ? -2.5 : z > 2.5 ? 2.5 : z;
        double autonomy;
        double flexibility;
        double risk;
        int tries = 0;
        do {
            autonomy = sd * sim.random.nextGaussian();
            flexibility = sd * sim.random.nextGaussian();
            risk = sd * sim.random.nextGaussian();
        } while (selfSelected && ++tries < 50 && !favours(role, autonomy, flexibility, risk));
        Gp gp = new Gp(sim.nextGpId++, e, ageMonths, role, z, autonomy, flexibility, risk,
                sim.random.nextInt(sim.reviewMonths));
        gp.takeRole(role, sim);
        sim.gps.add(gp);
        return gp;
    }

    /**
     * Whether individual tastes favour a role over the others on the non-money attributes of the
     * job choice (partnership: autonomy 1, flexibility 0, about one unit of liability; salaried:
     * flexibility 0.5; locum: autonomy and flexibility, insecurity).
     */
    static boolean favours(Role role, double autonomy, double flexibility, double risk) {
        double partnerLean = autonomy - 0.5 * flexibility - risk;
        switch (role) {
            case PARTNER: return partnerLean > 0;
            case SALARIED: return partnerLean < 0;
            case LOCUM: return flexibility > 0 && partnerLean < 0;
            default: return true;
        }
    }

    /** A GP in post on the first day (the 2015 workforce). */
    Gp hireAtStart(Practice p, Role role, int ageMonths) {
        Gp gp = newGp(p.economy(), ageMonths, role, true);
        gp.setBurnout(0.3 * sim.random.nextDouble());
        sim.network.add(gp);
        sim.network.employ(gp, p);
        return gp;
    }

    /** A registrar with {@code monthsLeft} of training: at a trust first, then a training practice. */
    Gp enrolRegistrar(Economy e, int monthsLeft) {
        int total = sim.params.getInt(Parameters.TRAINING_MONTHS);
        double age = 29 + 2 * sim.random.nextGaussian() + (total - monthsLeft) / 12.0;
        Gp gp = newGp(e, (int) (Math.max(24, age) * 12), Role.REGISTRAR);
        gp.setTrainingMonthsLeft(monthsLeft);
        sim.network.add(gp);
        if (monthsLeft > sim.trainingPracticeMonths()) {
            sim.network.employ(gp, e.trusts.get(sim.random.nextInt(e.trusts.size())));
        } else {
            moveToTrainingPractice(gp);
        }
        return gp;
    }

    /** Training practices are partner-led practices with at least two partners, chosen by list size. */
    void moveToTrainingPractice(Gp gp) {
        List<Practice> candidates = new ArrayList<>();
        double total = 0;
        for (Practice p : gp.economy().practices) {
            if (p.status.partnerLed() && p.partners >= 2) {
                candidates.add(p);
                total += p.listAgents + 1;
            }
        }
        if (candidates.isEmpty()) {
            for (Practice p : gp.economy().practices) {
                if (p.isOpen()) {
                    candidates.add(p);
                    total += p.listAgents + 1;
                }
            }
        }
        if (candidates.isEmpty()) return;
        double u = sim.random.nextDouble() * total;
        Practice chosen = candidates.get(candidates.size() - 1);
        for (Practice p : candidates) {
            u -= p.listAgents + 1;
            if (u < 0) {
                chosen = p;
                break;
            }
        }
        sim.network.employ(gp, chosen);
    }

    /** A registrar finishes training and chooses: a post, locum work, or leaving (MODEL.md: 62% join within 2 years). */
    void completeTraining(Gp gp) {
        chooseJob(gp, JobChoice.Occasion.COMPLETION);
    }

    // ---------------------------------------------------------------- exit

    private int exitBand(double age) {
        if (age < 30) return 0;
        if (age < 40) return 1;
        if (age < 50) return 2;
        if (age < 55) return 3;
        if (age < 60) return 4;
        if (age < 65) return 5;
        return 6;
    }

    /** Monthly hazard = base(age) x exp(c_burn x burnout) (MODEL.md section 6, "GP exits"). */
    double exitProbability(Gp gp) {
        return Math.min(1, monthlyExit[exitBand(gp.age())] * StrictMath.exp(burnoutExitEffect * gp.burnout()));
    }

    boolean leavesThisMonth(Gp gp) {
        return sim.random.nextDouble() < exitProbability(gp);
    }

    /** {@code gp} leaves NHS general practice; counted as a leaver if fully qualified. */
    void leave(Gp gp, boolean countAsLeaver) {
        Node old = sim.network.employerOf(gp);
        if (old instanceof Practice && gp.role() == Role.PARTNER) ((Practice) old).partnersLostThisQuarter++;
        sim.network.remove(gp);
        gp.active = false;
        if (countAsLeaver) sim.gpLeaversCum++;
        if (old instanceof Practice) sim.practiceOperations.refreshStaff((Practice) old);
    }

    /** Workload the GP feels: its practice's demand over capacity; partners carry management load too. */
    double workloadFelt(Gp gp) {
        Node employer = sim.network.employerOf(gp);
        if (!(employer instanceof Practice)) return 1;
        Practice p = (Practice) employer;
        switch (gp.role()) {
            case PARTNER: return p.workload * sim.params.get(Parameters.PARTNER_LOAD_FACTOR);
            case LOCUM: return Math.min(p.workload, 1.0);
            default: return p.workload;
        }
    }

    // ---------------------------------------------------------------- job choice

    /** Builds the options open to {@code gp}, lets the rule choose, and carries out the choice. */
    public void chooseJob(Gp gp, JobChoice.Occasion occasion) {
        List<Post> options = options(gp, occasion);
        Post chosen = sim.jobChoice.choose(gp, options, sim);
        take(gp, chosen);
    }

    /**
     * The posts {@code gp} sees now: a sample of open posts of its economy (practices' and ICOs'),
     * locum work, leaving, staying.
     */
    List<Post> options(Gp gp, JobChoice.Occasion occasion) {
        List<Post> options = new ArrayList<>();
        Node current = sim.network.employerOf(gp);
        Practice currentPractice = current instanceof Practice ? (Practice) current : null;
        Trust currentIco = current instanceof Trust && ((Trust) current).isIco() ? (Trust) current : null;
        Role role = gp.role();
        if (occasion == JobChoice.Occasion.REVIEW && role.fullyQualified()) {
            if (currentPractice != null) options.add(stayPost(gp, currentPractice));
            if (currentIco != null && role == Role.SALARIED) options.add(icoTeamPost(gp, currentIco, true));
        }
        boolean absorbed = occasion == JobChoice.Occasion.ABSORBED && currentPractice != null;
        // A partner whose practice is absorbed can stay on at it as an ICO salaried GP: staying
        // put carries the inertia of any stay (jobInertia), but not the cost of leaving a partnership.
        if (absorbed) options.add(salariedPost(gp, currentPractice, inertia));
        Economy e = gp.economy();
        List<Practice> open = e.id() < openPostPractices.size() ? openPostPractices.get(e.id()) : List.of();
        boolean insider = currentPractice != null && role == Role.SALARIED
                && (currentPractice.offersPartnership || currentPractice.takeBackOpen);
        if (insider) options.add(partnershipPost(gp, currentPractice));
        for (Practice p : sample(open, true, currentPractice)) {
            if (!(insider && p == currentPractice)) options.add(partnershipPost(gp, p));
        }
        for (Practice p : sample(open, false, currentPractice)) {
            if (!(p == currentPractice && (role == Role.SALARIED || absorbed))) options.add(salariedPost(gp, p));
        }
        List<List<Trust>> icoPosts = sim.icoOperations.openIcoPosts;
        if (e.id() < icoPosts.size()) {
            Trust own = role == Role.SALARIED ? currentIco : null;
            for (Trust t : sampleIcos(icoPosts.get(e.id()), own)) options.add(icoTeamPost(gp, t, false));
        }
        boolean locumWork = e.id() < locumDemandFte.length && locumDemandFte[e.id()] > 0.3;
        // A locum at review already has locum work among its options (staying).
        boolean locumAlready = role == Role.LOCUM && occasion == JobChoice.Occasion.REVIEW;
        if (!locumAlready && (locumWork || options.isEmpty())) options.add(locumPost(gp));
        if (occasion != JobChoice.Occasion.RETURN) options.add(leavePost(gp));
        if (options.isEmpty()) options.add(locumPost(gp));
        return options;
    }

    /** Up to {@code offersSeen} practices with an open post of that kind, at random (search frictions). */
    private List<Practice> sample(List<Practice> open, boolean partnership, Practice exclude) {
        scratch.clear();
        for (Practice p : open) {
            if (p == exclude && partnership) continue;
            if (p.openPosts > 0 && p.isOpen() && (partnership ? p.offersPartnership : p.offersSalaried)) scratch.add(p);
        }
        return firstAfterPartialShuffle(scratch);
    }

    /** Up to {@code offersSeen} ICOs with open team posts, at random; the GP's own ICO is left out. */
    private List<Trust> sampleIcos(List<Trust> open, Trust exclude) {
        if (open.isEmpty()) return List.of();
        List<Trust> candidates = new ArrayList<>(open.size());
        for (Trust t : open) if (t != exclude && t.openIcoPosts > 0) candidates.add(t);
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
            int j = i + sim.random.nextInt(n - i);
            T t = candidates.get(i);
            candidates.set(i, candidates.get(j));
            candidates.set(j, t);
            out.add(candidates.get(i));
        }
        return out;
    }

    private double peerShare(Gp gp, Role asRole) {
        Node employer = sim.network.employerOf(gp);
        if (employer instanceof Practice) {
            Practice base = (Practice) employer;
            switch (asRole) {
                case PARTNER: return base.peerPartnerShare;
                case LOCUM: return base.peerLocumShare;
                default: return base.peerSalariedShare;
            }
        }
        int e = gp.economy().id();
        if (e >= economyRoleShares.length) return 0;
        switch (asRole) {
            case PARTNER: return economyRoleShares[e][0];
            case LOCUM: return economyRoleShares[e][2];
            default: return economyRoleShares[e][1];
        }
    }

    /**
     * Liability of a partnership: premises and buy-in shared among the partners, plus the
     * last-person-standing risk, which rises as partners fall (MODEL.md section 6).
     */
    double partnershipLiability(Practice p, int partnersAfter, boolean buyingIn) {
        int n = Math.max(1, partnersAfter);
        return (p.premisesLiability / n + (buyingIn ? buyIn : 0)) / 200000 + 1.0 / n;
    }

    double partnerIncomePerFte(Practice p) {
        double share = p.partners > 0 ? p.profitPerPartner : p.profit;
        return Math.max(20000, share) / partnerMeanFte;
    }

    Post partnershipPost(Gp gp, Practice p) {
        return new Post(Post.Kind.PARTNERSHIP, p, partnerIncomePerFte(p), 1, 0,
                partnershipLiability(p, p.partners + 1, true), p.workload, peerShare(gp, Role.PARTNER), 0);
    }

    /** A salaried post at a practice; at a practice an ICO runs, the ICO's pay and, if hospital-led, GPs' aversion. */
    Post salariedPost(Gp gp, Practice p) {
        return salariedPost(gp, p, 0);
    }

    private Post salariedPost(Gp gp, Practice p, double constant) {
        return new Post(Post.Kind.SALARIED, p, salariedPayAt(p), 0, 0.5, 0, p.workload,
                peerShare(gp, Role.SALARIED), icoConstant(p) + constant);
    }

    private double salariedPayAt(Practice p) {
        return p.status == PracticeStatus.ICO_RUN ? sim.icoOperations.icoPay() : sim.salariedPay();
    }

    /** Utility constant of working for the ICO that runs {@code p} (0 if none, or GP-led). */
    private double icoConstant(Practice p) {
        if (p.status != PracticeStatus.ICO_RUN) return 0;
        Trust ico = sim.icoOperations.icoOf(p);
        return ico != null && ico.leadership() == Leadership.HOSPITAL_LED ? -sim.params.get(Parameters.HOSPITAL_LED_JOB_AVERSION) : 0;
    }

    /**
     * A salaried post in an ICO's multidisciplinary team: ICO pay, no liability, the flexibility
     * of salaried work, a caseload managed to the norm (workload 1, an assumption), and for a
     * hospital-led ICO GPs' aversion to it; for a GP already there ({@code staying}), staying with
     * its inertia.
     */
    Post icoTeamPost(Gp gp, Trust ico, boolean staying) {
        double aversion = ico.leadership() == Leadership.HOSPITAL_LED ? sim.params.get(Parameters.HOSPITAL_LED_JOB_AVERSION) : 0;
        return new Post(staying ? Post.Kind.STAY : Post.Kind.SALARIED, ico, sim.icoOperations.icoPay(), 0, 0.5, 0, 1,
                peerShare(gp, Role.SALARIED), (staying ? inertia : 0) - aversion);
    }

    Post locumPost(Gp gp) {
        return new Post(Post.Kind.LOCUM, null, sim.locumPay(), 0.5, 1, locumInsecurity, 1,
                peerShare(gp, Role.LOCUM), 0);
    }

    Post leavePost(Gp gp) {
        // Work outside NHS general practice is taken to carry a normal workload (ratio 1).
        return new Post(Post.Kind.LEAVE, null, sim.outsideIncome(), 0.5, 1, 0, 1, 0, leaveUtility);
    }

    Post stayPost(Gp gp, Practice p) {
        switch (gp.role()) {
            case PARTNER:
                return new Post(Post.Kind.STAY, p, partnerIncomePerFte(p), 1, 0,
                        partnershipLiability(p, p.partners, false), p.workload, peerShare(gp, Role.PARTNER),
                        inertia + partnerExitCost);
            case LOCUM:
                return new Post(Post.Kind.STAY, p, sim.locumPay(), 0.5, 1, locumInsecurity, 1,
                        peerShare(gp, Role.LOCUM), inertia);
            default:
                return new Post(Post.Kind.STAY, p, salariedPayAt(p), 0, 0.5, 0, p.workload,
                        peerShare(gp, Role.SALARIED), inertia + icoConstant(p));
        }
    }

    /** Carries out a choice. A GP never holds two posts: {@code employ} replaces the old tie. */
    void take(Gp gp, Post post) {
        switch (post.kind) {
            case STAY:
                return;
            case LEAVE:
                leave(gp, gp.role().fullyQualified());
                return;
            case LOCUM:
                Practice cover = locumPlacement(gp.economy(), null);
                if (cover == null) {
                    leave(gp, gp.role().fullyQualified());
                    return;
                }
                move(gp, cover, Role.LOCUM);
                return;
            default:
                if (post.employer instanceof Trust) {
                    joinIcoTeam(gp, (Trust) post.employer);
                    return;
                }
                move(gp, (Practice) post.employer, post.kind == Post.Kind.PARTNERSHIP ? Role.PARTNER : Role.SALARIED);
        }
    }

    /** Employs {@code gp} as a salaried GP in {@code ico}'s multidisciplinary team. */
    void joinIcoTeam(Gp gp, Trust ico) {
        Node old = sim.network.employerOf(gp);
        if (old instanceof Practice && gp.role() == Role.PARTNER) ((Practice) old).partnersLostThisQuarter++;
        sim.network.employ(gp, ico);
        gp.takeRole(Role.SALARIED, sim);
        if (ico.openIcoPosts > 0) ico.openIcoPosts--;
        if (old instanceof Practice) sim.practiceOperations.refreshStaff((Practice) old);
    }

    /**
     * A GP brought in by the Time to Care fund: a fully qualified GP early in their career (seed
     * 000: "a new generation of staff"; age 32, sd 3, an assumption) who chooses a post like a
     * returner.
     */
    void admitFundGp(Economy e) {
        double age = 32 + 3 * sim.random.nextGaussian();
        age = age < 27 ? 27 : age > 45 ? 45 : age;
        Gp gp = newGp(e, (int) (age * 12), Role.LOCUM);
        sim.network.add(gp);
        chooseJob(gp, JobChoice.Occasion.RETURN);
    }

    /** Employs {@code gp} at {@code to} in {@code role}, keeping both practices' staff summaries true. */
    void move(Gp gp, Practice to, Role role) {
        Node old = sim.network.employerOf(gp);
        Role oldRole = gp.role();
        if (old instanceof Practice && oldRole == Role.PARTNER && (old != to || role != Role.PARTNER)) {
            ((Practice) old).partnersLostThisQuarter++;
        }
        sim.network.employ(gp, to);
        gp.takeRole(role, sim);
        // A post is filled by anyone who was not already part of the practice's permanent FTE.
        boolean newToThePost = old != to || oldRole == Role.REGISTRAR || oldRole == Role.LOCUM;
        if (newToThePost && to.openPosts > 0 && role != Role.LOCUM) to.openPosts--;
        if (old instanceof Practice && old != to) sim.practiceOperations.refreshStaff((Practice) old);
        sim.practiceOperations.refreshStaff(to);
    }

    /** The open practice of the economy with the largest need not yet covered, or {@code null}. */
    Practice locumPlacement(Economy e, double[] remaining) {
        Practice best = null;
        double bestGap = Double.NEGATIVE_INFINITY;
        for (Practice p : e.practices) {
            if (!p.isOpen()) continue;
            double gap = remaining != null ? remaining[p.id()] : sim.practiceOperations.permanentGap(p) - p.locumFte;
            if (gap > bestGap) {
                bestGap = gap;
                best = p;
            }
        }
        return best;
    }

    /**
     * Each month locums go where the need is: each in turn to the practice of its economy with the
     * largest gap between the FTE its demand needs and its partners' and salaried GPs' FTE.
     */
    void placeLocums() {
        int n = sim.practices.size();
        double[] remaining = new double[n];
        for (Practice p : sim.practices) {
            remaining[p.id()] = p.isOpen() ? sim.practiceOperations.permanentGap(p) : Double.NEGATIVE_INFINITY;
        }
        for (Gp gp : sim.gps) {
            if (!gp.active || gp.role() != Role.LOCUM) continue;
            Practice target = locumPlacement(gp.economy(), remaining);
            if (target == null) continue;
            sim.network.employ(gp, target);
            remaining[target.id()] -= gp.fte();
        }
        locumDemandFte = new double[sim.economies.size()];
        for (Practice p : sim.practices) {
            if (p.isOpen() && remaining[p.id()] > 0) locumDemandFte[p.economy().id()] += remaining[p.id()];
        }
    }
}
