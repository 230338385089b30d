package org.icosim.model.policy;

import org.icosim.model.parameters.Parameters;
import org.icosim.model.parameters.TimeToCareRoute;
import org.icosim.model.workforce.Entry;
import org.icosim.model.world.Economy;
import org.icosim.model.world.Trust;
import org.icosim.model.world.World;

/**
 * ODD 8.23, the Time to Care fund: each month of the fund years, each economy seeks its share of
 * {@link Parameters#TIME_TO_CARE_GPS} GPs, and for {@link Parameters#FUND_ICO_SHARE} of them funds
 * a post at the largest ICO of their economy (held until one operates there). The GPs come either
 * at once, fully qualified (DIRECT: early in their career, age 32, sd 3, in [27, 45], an
 * assumption), or through the pipeline (PIPELINE): extra training places, filled at a rate, whose
 * registrars train for three years and then choose like any completer, and international recruits
 * who arrive after a lag at a yield. With {@link Parameters#FUNDED_POSTS_END_WITH_FUND} the posts
 * stop being funded when the fund years end. What the fund pays each month is {@link #spend()}.
 */
public final class TimeToCareFund implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private final World world;
    private final Entry entry;
    private final double fundGps;
    private final double start;
    private final int months;
    private final double icoShare;
    private final double postFte;
    private final boolean pipeline;
    private final double trainingShare;
    private final double fillRate;
    private final double yield;
    private final int lag;
    private final double placeCost;
    private final double recruitmentCost;
    private final boolean postsEnd;
    private final double icoPremium;
    private boolean ended;
    private long fundTraineesCum;
    private long fundRecruitsCum;
    private double spend;
    /** Per economy: funded ICO posts (FTE) waiting for an ICO to operate there. */
    private double[] pendingFundedFte = new double[0];
    private long fundGpsCum;

    public TimeToCareFund(World world, Entry entry) {
        this.world = world;
        this.entry = entry;
        Parameters p = world.params();
        fundGps = p.get(Parameters.TIME_TO_CARE_GPS);
        start = p.get(Parameters.TIME_TO_CARE_START);
        months = p.getInt(Parameters.FUND_YEARS) * 12;
        icoShare = p.get(Parameters.FUND_ICO_SHARE);
        postFte = p.get(Parameters.SALARIED_MEAN_FTE);
        pipeline = p.getChoice(Parameters.TIME_TO_CARE_ROUTE, TimeToCareRoute.class) == TimeToCareRoute.PIPELINE;
        trainingShare = p.get(Parameters.FUND_TRAINING_SHARE);
        fillRate = p.get(Parameters.TRAINING_FILL_RATE);
        yield = p.get(Parameters.INTERNATIONAL_YIELD);
        lag = p.getInt(Parameters.INTERNATIONAL_LAG_MONTHS);
        placeCost = p.get(Parameters.TRAINING_PLACE_COST);
        recruitmentCost = p.get(Parameters.RECRUITMENT_COST);
        postsEnd = p.getBoolean(Parameters.FUNDED_POSTS_END_WITH_FUND);
        icoPremium = p.get(Parameters.ICO_SALARY_PREMIUM);
    }

    /** With PIPELINE: the fund's training places filled since the start (registrars enrolled). */
    public long fundTraineesCum() {
        return fundTraineesCum;
    }

    /** With PIPELINE: international recruits who arrived since the start. */
    public long fundRecruitsCum() {
        return fundRecruitsCum;
    }

    /**
     * What the fund paid this month, pounds (England scale: real people): its registrars in
     * training, the recruits who arrived, and the ICO posts it funds that are filled (at ICO pay)
     * while the fund years last, or for ever without {@link Parameters#FUNDED_POSTS_END_WITH_FUND}.
     */
    public double spend() {
        return spend;
    }

    /**
     * GPs the fund brought into NHS general practice since the start: DIRECT, every GP it sought;
     * PIPELINE, the recruits who arrived and its registrars who completed and stayed.
     */
    public long fundGpsCum() {
        return pipeline ? fundRecruitsCum + entry.fundTraineesQualified() : fundGpsCum;
    }

    /**
     * Phase 0, after registrars and returners. DIRECT: each GP sought enters at once, as
     * {@link #fundGpsCum()}. PIPELINE: of the GPs sought, {@code fundTrainingShare} are extra
     * training places, each filled with probability {@code trainingFillRate} by a registrar with
     * the whole of training ahead; the rest are international recruits sought, of whom
     * {@code internationalYield} arrive {@code internationalLagMonths} later (also after the
     * fund years, for those sought within them). {@link #fundGpsCum()} then counts the recruits
     * who arrived and the fund's registrars who completed and stayed.
     */
    public void admitFundGps() {
        spend = 0;
        if (fundGps <= 0) return;
        double now = world.calendar().calendarMonth();
        boolean fundYear = now >= start && now < start + months;
        boolean recruitsDue = pipeline && now >= start + lag && now < start + months + lag;
        if (postsEnd && !ended && now >= start + months) endFunding();
        if (fundYear || recruitsDue) {
            if (pendingFundedFte.length != world.economies().size()) pendingFundedFte = new double[world.economies().size()];
            for (Economy e : world.economies()) {
                double sought = fundGps * e.populationShare() / months;
                if (fundYear) seek(e, sought);
                if (recruitsDue) {
                    int arriving = world.random().stochasticRound(sought * (1 - trainingShare) * yield);
                    for (int k = 0; k < arriving; k++) {
                        fundRecruitsCum++;
                        spend += recruitmentCost;
                        entry.enterLabourMarket(e, (int) (recruitAge() * 12));
                    }
                }
            }
        }
        if (pipeline) spend += entry.fundTraineesInTraining() * placeCost / 12;
        if (!ended) spend += fundedPostsCost();
    }

    /** This month's GPs sought in economy {@code e}: their funded posts, and the GPs (DIRECT) or training places (PIPELINE). */
    private void seek(Economy e, double sought) {
        int n = world.random().stochasticRound(sought);
        for (int k = 0; k < n; k++) {
            if (world.random().nextDouble() < icoShare) {
                Trust ico = largestIco(e);
                if (ico != null) ico.addFundedFte(postFte); else pendingFundedFte[e.id()] += postFte;
            }
            if (!pipeline) {
                fundGpsCum++;
                double age = 32 + 3 * world.random().nextGaussian();
                age = age < 27 ? 27 : age > 45 ? 45 : age;
                entry.enterLabourMarket(e, (int) (age * 12));
            } else if (world.random().nextDouble() < trainingShare && world.random().nextDouble() < fillRate) {
                fundTraineesCum++;
                entry.enrolFundTrainee(e);
            }
        }
    }

    /** An international recruit's age: as a returner's (8.11), 40 + 7 N(0,1) in [30, 60] (assumption: already qualified abroad). */
    private double recruitAge() {
        double age = 40 + 7 * world.random().nextGaussian();
        return age < 30 ? 30 : age > 60 ? 60 : age;
    }

    /**
     * The posts the fund pays this month, at ICO pay: as the ICO's month counts them (8.19), the
     * funded FTE its team fills, at most its team's FTE; posts still waiting in a pool cost nothing.
     */
    private double fundedPostsCost() {
        double fte = 0;
        for (Trust t : world.trusts()) if (t.isIco()) fte += Math.min(t.fundedFte(), t.mdtFte());
        return fte * world.calendar().salariedPay() * (1 + icoPremium) / 12;
    }

    /** The fund years are over: its posts are no longer funded (their ICOs pay for them) and the pools lapse. */
    private void endFunding() {
        ended = true;
        for (Trust t : world.trusts()) t.endFunding();
        java.util.Arrays.fill(pendingFundedFte, 0);
    }

    /**
     * 8.41: the funded posts of an ICO that dissolved go back to economy {@code e}'s pool while the
     * fund pays for posts, for the next ICO there (or the largest, as the fund places new ones).
     */
    public void returnPosts(Economy e, double fte) {
        if (ended || fte <= 0) return;
        if (pendingFundedFte.length != world.economies().size()) pendingFundedFte = java.util.Arrays.copyOf(pendingFundedFte, world.economies().size());
        pendingFundedFte[e.id()] += fte;
    }

    /** 8.19: the funded posts waiting in economy {@code e}, handed to the ICO that starts operating there. */
    public double takePending(Economy e) {
        if (e.id() >= pendingFundedFte.length) return 0;
        double fte = pendingFundedFte[e.id()];
        pendingFundedFte[e.id()] = 0;
        return fte;
    }

    /** The operating ICO of the economy with the most enrolled patients (the first on ties), or {@code null}. */
    private static Trust largestIco(Economy e) {
        Trust best = null;
        for (Trust t : e.trusts()) if (t.isIco() && (best == null || t.enrolled() > best.enrolled())) best = t;
        return best;
    }
}
