package org.icosim.model;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.icosim.metrics.AreaSeries;
import org.icosim.metrics.MetricsSeries;
import org.icosim.model.observe.Observer;
import org.icosim.model.observe.PracticeRecord;
import org.icosim.model.parameters.Parameter;
import org.icosim.model.parameters.Parameters;
import org.icosim.model.rules.Rules;
import org.icosim.model.world.Calendar;
import org.icosim.model.world.Economy;
import org.icosim.model.world.Federation;
import org.icosim.model.world.Gp;
import org.icosim.model.world.ModelRandom;
import org.icosim.model.world.Practice;
import org.icosim.model.world.Trust;
import org.icosim.model.world.World;
import org.icosim.network.OrgNetwork;

import ec.util.MersenneTwisterFast;
import sim.engine.Schedule;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The simulation as a MASON {@link SimState}: it builds the {@link World} and its submodels at
 * {@link #start()} and steps them one month at a time in the order of ODD section 4:
 * <ol>
 * <li>phase 0, start of month: the calendar, the access guarantee (8.24), new registrars and
 * returners (8.11), the Time to Care fund's GPs (8.23);</li>
 * <li>phase 1, patients: the patient loop (8.3);</li>
 * <li>phase 2, practices: staff, capacity, access (8.4), locums (8.8), money (8.5), vacancies
 * (8.6), peers and switch targets (8.7);</li>
 * <li>phase 3, GPs in random order (8.9-8.12);</li>
 * <li>phase 4, at quarter ends, APMS contracts that have ended, companies' included (8.42, 8.43), practice decisions (8.13-8.15), then large-scale providers (8.39);</li>
 * <li>phase 5, trusts (8.16); at quarter ends ICO formation (8.18); the ICOs' month and offers
 * (8.19-8.21); at quarter ends trusts' own offers to run practices (8.44);</li>
 * <li>phase 6, the month's metrics (8.25).</li>
 * </ol>
 * All randomness comes from the 64-bit seed: MASON's generator for agent decisions, and one
 * patient stream per economy drawn from it at the start.
 *
 * <p>The model imports no GUI, file format or command line; those wrap it. Everything it holds is
 * {@link java.io.Serializable}, so a MASON checkpoint captures a run whole.
 */
public class IcoSim extends SimState {

    private static final long serialVersionUID = 2L;

    private final Parameters params;
    private YearMonth start;
    private Rules rules = Rules.defaults();
    /** Rule instances set in code (a study's own implementation), replacing the named ones. */
    private final Map<Rules.Kind<?>, Object> ruleInstances = new LinkedHashMap<>();
    private World world;
    private Submodels sub;
    private MetricsSeries metrics = new MetricsSeries();
    /** SimState keeps only 32 bits of the seed it was given; this is the whole of it. */
    private long fullSeed;
    /** Threads of the patient loop; results do not depend on it. */
    private int threads = 1;
    /** Where the starting world comes from: the synthetic England unless told otherwise. */
    private WorldSource worldSource = SyntheticWorld.INSTANCE;
    /** Whether the metrics are recorded by area too ({@link #setRecordAreas}). */
    private boolean recordAreas;
    private AreaSeries areaSeries;

    /** A model with these parameter values, starting in {@code start}. Nothing is built until {@link #start()}. */
    public IcoSim(long seed, Parameters params, YearMonth start) {
        super(generator(seed), new MonthSchedule());
        this.fullSeed = seed;
        this.params = new Parameters(params);
        this.start = start;
        ((MonthSchedule) schedule).firstMonth = start;
    }

    /**
     * MASON's schedule, one step a month, whose timestamp (what MASON's Console shows as the time)
     * is the month as a date: {@code 2019-03} once March 2019 has run, rather than the step's
     * number. Formatting only: the schedule steps exactly as MASON's.
     */
    static final class MonthSchedule extends Schedule {
        private static final long serialVersionUID = 1L;
        /** The calendar month of time 0. */
        private YearMonth firstMonth;

        @Override
        public String getTimestamp(double time, String beforeSimulationString, String afterSimulationString) {
            if (firstMonth == null || time < EPOCH || time >= AFTER_SIMULATION || time != Math.floor(time)) {
                return super.getTimestamp(time, beforeSimulationString, afterSimulationString);
            }
            return firstMonth.plusMonths((long) time).toString();
        }
    }

    /** A model with default parameters starting in April 2015. */
    public IcoSim(long seed) {
        this(seed, new Parameters(), YearMonth.of(2015, 4));
    }

    /**
     * MASON's generator for a seed, from all 64 bits of it. {@code MersenneTwisterFast(long)} keeps
     * only the low 32 bits; seeding with both halves as an array (Matsumoto and Nishimura's
     * init_by_array) makes every 64-bit seed its own stream.
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

    /** Replaces every parameter value before the next {@link #start()} (the GUI's Model tab). */
    public void setParameters(Parameters values) {
        for (Parameter p : Parameters.all()) params.set(p, values.get(p));
    }

    /** Sets the calendar month of the first month for the next {@link #start()}. */
    public void setStartMonth(YearMonth month) {
        this.start = Objects.requireNonNull(month, "start month");
        if (schedule instanceof MonthSchedule) ((MonthSchedule) schedule).firstMonth = month;
    }

    /** The decision rules the next {@link #start()} uses, by name. */
    public void setRules(Rules rules) {
        this.rules = Objects.requireNonNull(rules, "rules");
        ruleInstances.clear();
    }

    /** Uses {@code rule} (an implementation of a study's own) for that kind from the next {@link #start()}. */
    public <R> void useRule(Rules.Kind<R> kind, R rule) {
        ruleInstances.put(kind, Objects.requireNonNull(rule, "rule"));
    }

    /**
     * Runs the patient loop's economies on {@code n} threads from the next {@link #start()}. The
     * economies are independent there, so the run's outputs are the same for every {@code n}.
     */
    public void setThreads(int n) {
        if (n < 1) throw new IllegalArgumentException("threads must be at least 1 (" + n + ")");
        this.threads = n;
    }

    /**
     * From the next {@link #start()}, also records the monthly metrics of every area (economy or
     * STP, and CCG in a real world), tallied in the observer's own pass; the national metrics are
     * the same with or without.
     */
    public void setRecordAreas(boolean record) {
        this.recordAreas = record;
    }

    public int threads() {
        return threads;
    }

    /** Builds the world of the next {@link #start()} from {@code source} (ODD 6): synthetic or the real England. */
    public void setWorldSource(WorldSource source) {
        this.worldSource = Objects.requireNonNull(source, "world source");
    }

    public WorldSource worldSource() {
        return worldSource;
    }

    public Rules rules() {
        return rules;
    }

    @Override
    public void start() {
        super.start();
        // The run reads its own copy: values changed later (the GUI's Model tab) apply to the next run.
        Parameters values = new Parameters(params);
        world = new World(values, new Calendar(start, values), new ModelRandom(random));
        // A rerun of the same model (the GUI's stop, then play) starts a new series.
        metrics = new MetricsSeries();
        sub = new Submodels(world, new RuleSource());
        sub.patientLoop.setThreads(threads);
        worldSource.build(sub);
        sub.observer.noteStartLists();
        sub.companies.start();
        sub.apms.start();
        areaSeries = null;
        if (recordAreas) sub.observer.recordAreas();
        schedulePhases();
    }

    /** The named rules, with any instance set in code in their place. */
    private final class RuleSource extends Submodels.RuleProvider {
        private static final long serialVersionUID = 1L;

        @Override
        <R> R create(Rules.Kind<R> kind) {
            Object own = ruleInstances.get(kind);
            return own != null ? kind.type().cast(own) : rules.create(kind);
        }
    }

    private void schedulePhases() {
        schedule.scheduleRepeating(Schedule.EPOCH, 0, (Steppable) s -> beginMonth(), 1);
        schedule.scheduleRepeating(Schedule.EPOCH, 1, (Steppable) s -> sub.patientLoop.step(), 1);
        schedule.scheduleRepeating(Schedule.EPOCH, 2, (Steppable) s -> sub.practicePhase(), 1);
        schedule.scheduleRepeating(Schedule.EPOCH, 3, (Steppable) s -> sub.gpMonth.step(), 1);
        schedule.scheduleRepeating(Schedule.EPOCH, 4, (Steppable) s -> {
            if (world.calendar().isQuarterEnd()) sub.apms.quarterly();
            if (world.calendar().isQuarterEnd()) sub.decisions.quarterlyDecisions();
            if (world.calendar().isQuarterEnd()) sub.providers.quarterly();
        }, 1);
        schedule.scheduleRepeating(Schedule.EPOCH, 5, (Steppable) s -> {
            sub.trusts.monthly();
            if (world.calendar().isQuarterEnd()) sub.icoFormation.quarterlyFormation();
            sub.icoMonth.monthly();
            if (world.calendar().isQuarterEnd()) sub.verticalIntegration.makeOffers();
        }, 1);
        schedule.scheduleRepeating(Schedule.EPOCH, 6, (Steppable) s -> observe(), 1);
    }

    /** Phase 6: the month's metrics, and the areas' when recorded. */
    private void observe() {
        metrics.add(date().toString(), sub.observer.observe());
        if (recordAreas) {
            if (areaSeries == null) areaSeries = new AreaSeries(sub.observer.areas(), Observer.areaMetrics());
            areaSeries.add(date().toString(), sub.observer.areaRows());
        }
    }

    private void beginMonth() {
        world.calendar().setMonth(month());
        world.signals().clearCounts();
        sub.guarantee.beginMonth();
        sub.covid.beginMonth();
        sub.entry.admitNewGps();
        sub.fund.admitFundGps();
    }

    /** Runs {@code n} months (after {@link #start()}). */
    public void runMonths(int n) {
        for (int i = 0; i < n; i++) schedule.step(this);
    }

    // ---------------------------------------------------------------- calendar

    /** Months since the start: 0 during the first month, n after n months have run. */
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

    // ---------------------------------------------------------------- what wrappers read

    /** The run's submodels (after {@link #start()}), for the microbenchmarks of one phase. */
    Submodels submodels() { return sub; }

    /** The run's world (after {@link #start()}). */
    public World world() { return world; }
    public Parameters parameters() { return new Parameters(params); }
    public OrgNetwork network() { return world.network(); }
    public List<Economy> economies() { return world.economies(); }
    public List<Practice> practices() { return world.practices(); }
    public List<Trust> trusts() { return world.trusts(); }
    public List<Gp> gps() { return world.gps(); }
    public List<Federation> federations() { return world.federations(); }
    public MetricsSeries metrics() { return metrics; }
    /** The metrics by area (after a month, when {@link #setRecordAreas} was set before the start), else {@code null}. */
    public AreaSeries areaSeries() { return areaSeries; }
    public int patientScale() { return world.patientScale(); }
    public long practiceClosuresCum() { return world.practiceClosuresCum(); }
    public long practiceMergersCum() { return world.practiceMergersCum(); }
    public long gpLeaversCum() { return world.gpLeaversCum(); }
    /** GPs the Time to Care fund brought in since the start. */
    public long fundGpsCum() { return sub.fund.fundGpsCum(); }
    /** Patient agents in the model now. */
    public long patientAgents() { return world.patientAgents(); }
    /** Every practice now (after {@link #start()}), with its hazard; reads the model without changing it. */
    public List<PracticeRecord> practiceRecords() { return PracticeRecord.of(world, sub.memberships, sub.hazard); }
}
