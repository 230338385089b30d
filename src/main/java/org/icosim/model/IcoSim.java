package org.icosim.model;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.icosim.metrics.MetricsSeries;
import org.icosim.network.OrgNetwork;

import ec.util.MersenneTwisterFast;
import sim.engine.Schedule;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The simulation: a synthetic England (or part of it) of health economies, practices, trusts, GPs
 * and patients, stepped one month at a time in the order of MODEL.md section 4:
 * <ol>
 * <li>start of month: the calendar's levers (global sum, MPIG cut, pay) and new GPs entering;</li>
 * <li>patients: the loop over each economy's patient arrays;</li>
 * <li>practices: staff, capacity, access, money, vacancies, peers, locum cover;</li>
 * <li>GPs, in random order: burnout, exits, training, job choice;</li>
 * <li>practices, quarterly: organisational decisions (federate, merge, hand back);</li>
 * <li>trusts: referrals, activity and finances; quarterly, ICO formation; ICOs' year of care,
 * posts and offers ({@link IcoOperations});</li>
 * <li>observation: the month's metrics, read from the network and the agents.</li>
 * </ol>
 * All randomness comes from the seed: MASON's generator for agent decisions, and one
 * {@link PatientRandom} stream per economy drawn from it at the start. Maths that must give the
 * same bits on every machine uses {@link StrictMath}.
 *
 * <p>The model imports no GUI, file format or command line; those wrap it. Everything it holds is
 * {@link java.io.Serializable} (agents, network, rules, metrics), so a MASON checkpoint captures a
 * run whole and a restored run continues exactly as the original.
 */
public class IcoSim extends SimState {

    private static final long serialVersionUID = 1L;

    /** England's registered population in April 2015 (P5), against which national flows scale. */
    public static final double ENGLAND_PATIENTS_2015 = 57.1e6;

    final Parameters params;
    private YearMonth start;

    OrgNetwork network;
    final List<Economy> economies = new ArrayList<>();
    final List<Practice> practices = new ArrayList<>();
    final List<Trust> trusts = new ArrayList<>();
    final List<Gp> gps = new ArrayList<>();
    final List<Federation> federations = new ArrayList<>();
    Rates rates;

    Workforce workforce;
    PracticeOperations practiceOperations;
    Reorganisation reorganisation;
    TrustOperations trustOperations;
    IcoOperations icoOperations;
    Observer observer;

    JobChoice jobChoice = new RandomUtilityJobChoice();
    PracticeMoveRule practiceMoves = new ValueBasedPracticeMoves();
    ReferralRule referralRule = new DistanceAndWaitReferrals();
    IcoFormationRule icoFormation = new DiffusionIcoFormation();

    // per practice (index = practice id)
    double[] accessProbability;
    int[] switchTarget;
    int[] demandCount;
    int[] metCount;
    int[] aeCount;
    int[] admissionCount;
    /** Multipliers on the admission and A&E rates of enrolled patients (1 unless the practice is in an operating ICO). */
    double[] enrolledAdmissionFactor;
    double[] enrolledAeFactor;

    // parameters read once (the monthly loops use them often)
    int patientScale;
    double aeUnmetEffect;
    int switchAfterMonths;
    double switchProbability;
    double burnoutGain;
    double burnoutRecovery;
    double burnoutQuit;
    int reviewMonths;
    double appointmentsPerFteMonth;

    // cumulative counts
    long practiceClosuresCum;
    long practiceMergersCum;
    long gpLeaversCum;
    int nextGpId;
    int nextFederationId;

    private MetricsSeries metrics = new MetricsSeries();
    /** SimState keeps only 32 bits of the seed it was given; this is the whole of it. */
    private long fullSeed;

    /**
     * A model with these parameter values, starting in {@code start}. Nothing is built until
     * {@link #start()}.
     */
    public IcoSim(long seed, Parameters params, YearMonth start) {
        super(generator(seed));
        this.fullSeed = seed;
        this.params = new Parameters(params);
        this.start = start;
    }

    /**
     * Replaces every parameter value before the next {@link #start()}: the GUI's Model tab edits
     * values between runs. A run already started keeps the values it read.
     */
    public void setParameters(Parameters values) {
        for (Parameter p : Parameters.all()) params.set(p, values.get(p));
    }

    /** Sets the calendar month of the first month for the next {@link #start()} (the GUI's Model tab). */
    public void setStartMonth(YearMonth month) {
        this.start = java.util.Objects.requireNonNull(month, "start month");
    }

    /**
     * MASON's generator for a seed, from all 64 bits of it. {@code MersenneTwisterFast(long)} (and
     * {@code SimState.setSeed(long)}) keep only the low 32 bits, so seeds 5 and 5 + 2^32 would give
     * the same run; seeding with both halves as an array (Matsumoto and Nishimura's init_by_array)
     * makes every 64-bit seed its own stream, and through it every economy's patient stream.
     */
    static MersenneTwisterFast generator(long seed) {
        return new MersenneTwisterFast(new int[] {(int) seed, (int) (seed >>> 32)});
    }

    /** Reseeds the run with all 64 bits (the GUI's Console calls this between runs). */
    @Override
    public void setSeed(long seed) {
        random = generator(seed);
        fullSeed = seed;
    }

    /** The run's seed, all 64 bits of it. */
    @Override
    public long seed() {
        return fullSeed;
    }

    /** A model with default parameters starting in April 2015. */
    public IcoSim(long seed) {
        this(seed, new Parameters(), YearMonth.of(2015, 4));
    }

    @Override
    public void start() {
        super.start();
        readParameters();
        network = new OrgNetwork();
        economies.clear();
        practices.clear();
        trusts.clear();
        gps.clear();
        federations.clear();
        // A rerun of the same model (the GUI's stop, then play) starts a new series, not the old one's continuation.
        metrics = new MetricsSeries();
        practiceClosuresCum = 0;
        practiceMergersCum = 0;
        gpLeaversCum = 0;
        nextGpId = 0;
        nextFederationId = 0;
        workforce = new Workforce(this);
        practiceOperations = new PracticeOperations(this);
        reorganisation = new Reorganisation(this);
        trustOperations = new TrustOperations(this);
        icoOperations = new IcoOperations(this);
        observer = new Observer(this);
        new WorldBuilder(this).build();
        schedulePhases();
    }

    private void readParameters() {
        patientScale = params.getInt(Parameters.PATIENT_SCALE);
        aeUnmetEffect = params.get(Parameters.AE_UNMET_EFFECT);
        switchAfterMonths = params.getInt(Parameters.SWITCH_AFTER_MONTHS);
        switchProbability = params.get(Parameters.SWITCH_PROBABILITY);
        burnoutGain = params.get(Parameters.BURNOUT_GAIN);
        burnoutRecovery = params.get(Parameters.BURNOUT_RECOVERY);
        burnoutQuit = params.get(Parameters.BURNOUT_QUIT);
        reviewMonths = params.getInt(Parameters.REVIEW_MONTHS);
        appointmentsPerFteMonth = params.get(Parameters.APPOINTMENTS_PER_FTE) / 12;
    }

    /** Called by the world builder once practices exist. */
    void allocatePracticeArrays() {
        int n = practices.size();
        accessProbability = new double[n];
        java.util.Arrays.fill(accessProbability, 1);
        switchTarget = new int[n];
        java.util.Arrays.fill(switchTarget, -1);
        demandCount = new int[n];
        metCount = new int[n];
        aeCount = new int[n];
        admissionCount = new int[n];
        enrolledAdmissionFactor = new double[n];
        java.util.Arrays.fill(enrolledAdmissionFactor, 1);
        enrolledAeFactor = new double[n];
        java.util.Arrays.fill(enrolledAeFactor, 1);
    }

    private void schedulePhases() {
        schedule.scheduleRepeating(Schedule.EPOCH, 0, (Steppable) s -> beginMonth(), 1);
        schedule.scheduleRepeating(Schedule.EPOCH, 1, (Steppable) s -> {
            for (Economy e : economies) e.stepPatients(this);
        }, 1);
        schedule.scheduleRepeating(Schedule.EPOCH, 2, (Steppable) s -> practiceOperations.monthly(), 1);
        schedule.scheduleRepeating(Schedule.EPOCH, 3, (Steppable) s -> workforce.stepGps(), 1);
        schedule.scheduleRepeating(Schedule.EPOCH, 4, (Steppable) s -> {
            if (isQuarterEnd()) reorganisation.quarterlyDecisions();
        }, 1);
        schedule.scheduleRepeating(Schedule.EPOCH, 5, (Steppable) s -> {
            trustOperations.monthly();
            if (isQuarterEnd()) icoOperations.quarterlyFormation();
            icoOperations.monthly();
        }, 1);
        schedule.scheduleRepeating(Schedule.EPOCH, 6, (Steppable) s -> metrics.add(date().toString(), observer.observe()), 1);
    }

    private void beginMonth() {
        java.util.Arrays.fill(demandCount, 0);
        java.util.Arrays.fill(metCount, 0);
        java.util.Arrays.fill(aeCount, 0);
        java.util.Arrays.fill(admissionCount, 0);
        icoOperations.beginMonth();
        workforce.admitNewGps();
        icoOperations.admitFundGps();
    }

    /** Fewest patient agents a practice of the mean list may have (see {@link #consistencyProblems}). */
    public static final int MIN_AGENTS_PER_PRACTICE = 20;

    /**
     * Problems that make a set of parameter values unusable together (each value may be in range
     * on its own), as {@code name: problem}; empty when the values can be run. Callers check this
     * before creating any output.
     */
    public static java.util.List<String> consistencyProblems(Parameters p) {
        java.util.List<String> problems = new java.util.ArrayList<>();
        int economies = p.getInt(Parameters.ECONOMIES);
        if (p.getInt(Parameters.PRACTICES) < economies) {
            problems.add("practices: got " + p.getInt(Parameters.PRACTICES) + ", expected at least economies (" + economies + ")");
        }
        if (p.getInt(Parameters.TRUSTS) < economies) {
            problems.add("trusts: got " + p.getInt(Parameters.TRUSTS) + ", expected at least economies (" + economies
                    + "): every economy needs an acute trust");
        }
        if (p.get(Parameters.HIGH_RISK_SHARE) + p.get(Parameters.RISING_RISK_SHARE) > 0.9) {
            problems.add("risingRiskShare: got " + p.get(Parameters.RISING_RISK_SHARE) + ", expected at most 0.9 - highRiskShare");
        }
        if (p.get(Parameters.ALLIANCE_TARIFF_SHARE) + p.get(Parameters.ICO_GP_BUDGET_SHARE) > 1) {
            problems.add("icoGpBudgetShare: got " + p.get(Parameters.ICO_GP_BUDGET_SHARE)
                    + ", expected at most 1 - allianceTariffShare (" + (1 - p.get(Parameters.ALLIANCE_TARIFF_SHARE))
                    + "): the year-of-care income cannot pay out more than itself");
        }
        // The builder gives each economy round(trusts in it x acuteTrustShare) acute trusts; fewer than one
        // cannot run (referrals and ICOs need an acute trust), and forcing one would silently change the value.
        int fewestTrusts = p.getInt(Parameters.TRUSTS) / Math.max(1, economies);
        if (fewestTrusts >= 1 && Math.round(fewestTrusts * p.get(Parameters.ACUTE_TRUST_SHARE)) < 1) {
            problems.add("acuteTrustShare: got " + Parameters.ACUTE_TRUST_SHARE.format(p.get(Parameters.ACUTE_TRUST_SHARE)) + ", expected at least "
                    + 0.5 / fewestTrusts + " so that every economy (the smallest has " + fewestTrusts
                    + " trusts) has an acute trust");
        }
        // Below about 20 agents a mean practice's list, access and switching are mostly sampling noise.
        double perPractice = p.get(Parameters.MEAN_LIST_SIZE) / p.get(Parameters.PATIENT_SCALE);
        if (perPractice < MIN_AGENTS_PER_PRACTICE) {
            problems.add("patientScale: got " + p.getInt(Parameters.PATIENT_SCALE) + ", expected at most "
                    + (long) Math.floor(p.get(Parameters.MEAN_LIST_SIZE) / MIN_AGENTS_PER_PRACTICE)
                    + " so that a practice of the mean list (" + Math.round(p.get(Parameters.MEAN_LIST_SIZE))
                    + " patients) has at least " + MIN_AGENTS_PER_PRACTICE + " patient agents");
        }
        double agents = p.get(Parameters.PRACTICES) * p.get(Parameters.MEAN_LIST_SIZE) / p.get(Parameters.PATIENT_SCALE);
        if (agents > 1.8e9) {
            problems.add("patientScale: got " + p.getInt(Parameters.PATIENT_SCALE) + ", expected at least "
                    + (long) Math.ceil(p.get(Parameters.PRACTICES) * p.get(Parameters.MEAN_LIST_SIZE) / 1.8e9)
                    + " (patient arrays hold at most 1.8 billion agents)");
        }
        return problems;
    }

    /** Runs {@code n} months (after {@link #start()}). */
    public void runMonths(int n) {
        for (int i = 0; i < n; i++) schedule.step(this);
    }

    // ---------------------------------------------------------------- calendar

    /** Months since the start: 0 during the first month. */
    public int month() {
        return (int) schedule.getSteps();
    }

    public YearMonth startMonth() {
        return start;
    }

    /** The calendar month being simulated. */
    public YearMonth date() {
        return start.plusMonths(month());
    }

    /** The calendar month as the value of a month parameter: year x 12 + month - 1. */
    double calendarMonth() {
        YearMonth d = date();
        return Parameter.monthIndex(d.getYear(), d.getMonthValue());
    }

    /** 0 for January ... 11 for December. */
    int monthOfYear() {
        return date().getMonthValue() - 1;
    }

    /** Contract years since 2015/16 (April to March): 0 for April 2015 to March 2016. */
    int contractYear() {
        YearMonth d = date();
        return d.getYear() - (d.getMonthValue() < 4 ? 1 : 0) - 2015;
    }

    /** Practice decisions are quarterly, in the last month of each quarter of the run. */
    boolean isQuarterEnd() {
        return month() % 3 == 2;
    }

    /** Years since April 2015 as a fraction, for schedules that rise smoothly. */
    double yearsSince2015() {
        YearMonth d = date();
        return (d.getYear() - 2015) + (d.getMonthValue() - 4) / 12.0;
    }

    // ---------------------------------------------------------------- prices

    double growth(Parameter rate) {
        return StrictMath.pow(1 + params.get(rate), contractYear());
    }

    double globalSum() { return params.get(Parameters.GLOBAL_SUM) * growth(Parameters.GLOBAL_SUM_GROWTH); }
    double salariedPay() { return params.get(Parameters.SALARIED_PAY) * growth(Parameters.PAY_GROWTH); }
    double locumPay() { return params.get(Parameters.LOCUM_PAY) * growth(Parameters.PAY_GROWTH); }
    double outsideIncome() { return params.get(Parameters.OUTSIDE_INCOME) * growth(Parameters.PAY_GROWTH); }
    double costIndex() { return growth(Parameters.COST_INFLATION); }

    /** Share of the 2015/16 MPIG still paid: cut by one seventh of the original each April to 2020/21. */
    double mpigFactor() {
        if (!params.getBoolean(Parameters.MPIG_WITHDRAWAL)) return 1;
        int y = contractYear();
        if (y <= 0) return 1;
        return Math.max(0, 5 - y) / 5.0;
    }

    /** FTE of a GP in a role: the role's mean shifted by the GP's own taste for sessions. */
    double fteFor(Role role, double sessionsZ) {
        double mean;
        switch (role) {
            case PARTNER: mean = params.get(Parameters.PARTNER_MEAN_FTE); break;
            case LOCUM: mean = params.get(Parameters.LOCUM_MEAN_FTE); break;
            case REGISTRAR: return 1.0;
            default: mean = params.get(Parameters.SALARIED_MEAN_FTE); break;
        }
        double f = mean + params.get(Parameters.FTE_SD) * sessionsZ;
        return f < 0.2 ? 0.2 : f > 1.2 ? 1.2 : f;
    }

    int trainingPracticeMonths() {
        return params.getInt(Parameters.TRAINING_MONTHS) / 2;
    }

    // ---------------------------------------------------------------- randomness

    int stochasticRound(PatientRandom rng, double x) {
        int whole = (int) Math.floor(x);
        return whole + (rng.nextDouble() < x - whole ? 1 : 0);
    }

    int stochasticRound(double x) {
        int whole = (int) Math.floor(x);
        return whole + (random.nextDouble() < x - whole ? 1 : 0);
    }

    /** A Gumbel draw, the error term of the logit choices. */
    double gumbel() {
        double u = random.nextDouble(false, false);
        return -StrictMath.log(-StrictMath.log(u));
    }

    /** Shuffles in place with the model's generator (Fisher-Yates). */
    <T> void shuffle(List<T> list) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            T t = list.get(i);
            list.set(i, list.get(j));
            list.set(j, t);
        }
    }

    // ---------------------------------------------------------------- access for wrappers and tests

    public Parameters parameters() { return new Parameters(params); }
    public OrgNetwork network() { return network; }
    public List<Economy> economies() { return Collections.unmodifiableList(economies); }
    public List<Practice> practices() { return Collections.unmodifiableList(practices); }
    List<Practice> practiceList() { return practices; }
    public List<Trust> trusts() { return Collections.unmodifiableList(trusts); }
    public List<Gp> gps() { return Collections.unmodifiableList(gps); }
    public List<Federation> federations() { return Collections.unmodifiableList(federations); }
    public MetricsSeries metrics() { return metrics; }
    public int patientScale() { return patientScale; }
    public long practiceClosuresCum() { return practiceClosuresCum; }
    public long practiceMergersCum() { return practiceMergersCum; }
    public long gpLeaversCum() { return gpLeaversCum; }
    public Workforce workforce() { return workforce; }
    /** GPs the Time to Care fund brought in since the start. */
    public long fundGpsCum() { return icoOperations.fundGpsCum(); }

    /** Patient agents in the model now. */
    public long patientAgents() {
        long n = 0;
        for (Economy e : economies) n += e.patients.size();
        return n;
    }

    public void setJobChoice(JobChoice rule) { this.jobChoice = rule; }
    public void setPracticeMoveRule(PracticeMoveRule rule) { this.practiceMoves = rule; }
    public void setReferralRule(ReferralRule rule) { this.referralRule = rule; }
    public void setIcoFormationRule(IcoFormationRule rule) { this.icoFormation = rule; }
}
