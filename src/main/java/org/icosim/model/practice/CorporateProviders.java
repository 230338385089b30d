package org.icosim.model.practice;

import java.util.List;

import org.icosim.model.parameters.ParameterValues;
import org.icosim.model.parameters.Parameters;
import org.icosim.model.workforce.JobMarket;
import org.icosim.model.world.Company;
import org.icosim.model.world.Federation;
import org.icosim.model.world.Memberships;
import org.icosim.model.world.Practice;
import org.icosim.model.world.PracticeStatus;
import org.icosim.model.world.World;

/**
 * ODD 8.43, corporate APMS providers: national companies that win tendered contracts in any
 * economy. Only with {@link Parameters#CORPORATE_PROVIDERS} on. When a contract is handed back or
 * ended, before its neighbours are asked, the commissioner tenders it with probability
 * {@link Parameters#CORPORATE_TENDER}; the companies bid if the practice's expected margin, staffed
 * at its needed FTE with salaried GPs, is at least {@link Parameters#CORPORATE_MARGIN} of its income;
 * the winner is drawn with weight one plus the practices it runs. It runs the practice with salaried
 * GPs under an APMS contract of {@link Parameters#APMS_TERM_MONTHS}; at the end of each term
 * ({@link ApmsContracts}) it gives up a contract whose realised margin is below the least.
 */
public final class CorporateProviders implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private final World world;
    private final Memberships memberships;
    private final LargeScaleProviders providers;
    private final PracticeCapacity capacity;
    private final JobMarket jobs;
    private final boolean on;
    private final int companies;
    private final double tender;
    private final double saving;
    private final double leastMargin;
    private final int termMonths;
    private long tendered;
    private long won;

    public CorporateProviders(World world, Memberships memberships, LargeScaleProviders providers,
            PracticeCapacity capacity, JobMarket jobs) {
        this.world = world;
        this.memberships = memberships;
        this.providers = providers;
        this.capacity = capacity;
        this.jobs = jobs;
        ParameterValues p = world.params();
        on = p.getBoolean(Parameters.CORPORATE_PROVIDERS);
        companies = p.getInt(Parameters.CORPORATE_COMPANIES);
        tender = p.get(Parameters.CORPORATE_TENDER);
        saving = p.get(Parameters.CORPORATE_SAVING);
        leastMargin = p.get(Parameters.CORPORATE_MARGIN);
        termMonths = p.getInt(Parameters.APMS_TERM_MONTHS);
    }

    public boolean on() { return on; }

    /** The probability that a handed-back or ended contract is tendered (0 when off). */
    public double tenderProbability() { return on ? tender : 0; }

    /** The least margin, as a share of income, a company bids at or keeps a contract at. */
    public double leastMargin() { return leastMargin; }

    /** At the start, after the world is built: the companies, with no practice yet. */
    public void start() {
        if (!on) return;
        for (int i = 0; i < companies; i++) world.newCompany();
    }

    /**
     * The margin a company expects from running {@code p}, as a share of its income: the income it
     * earns now less its variable costs, its fixed costs after the company's back-office saving, and
     * salaried GPs for the FTE its demand needs (8.4), at this month's pay and cost index.
     * Negative infinity for a practice with no income.
     */
    public double expectedMargin(Practice p) {
        double income = p.income();
        if (!(income > 0)) return Double.NEGATIVE_INFINITY;
        ParameterValues params = world.params();
        double costIndex = world.calendar().costIndex();
        double list = (double) p.listAgents() * world.patientScale();
        double costs = params.get(Parameters.VARIABLE_COST) * list * costIndex
                + params.get(Parameters.FIXED_COST) * costIndex * p.fixedCostUnits() * (1 - saving)
                + p.neededFte() * world.calendar().salariedPay();
        return (income - costs) / income;
    }

    /** The margin {@code p} made over its last twelve months' rate, as a share of its income (what its company's books show). */
    public static double realisedMargin(Practice p) {
        return p.income() > 0 ? p.profit() / p.income() : Double.NEGATIVE_INFINITY;
    }

    /** Whether the company running {@code p} keeps its contract at the end of the term. */
    public boolean keeps(Practice p) {
        return realisedMargin(p) >= leastMargin;
    }

    /**
     * Hand-back (8.15), after the insider and partner-lending steps and before the neighbours are
     * asked: the commissioner tenders the contract with probability {@link Parameters#CORPORATE_TENDER};
     * if the expected margin is at least the least, a company other than {@code previous} wins it,
     * drawn with weight one plus the practices it runs. Returns whether a company now runs it.
     */
    public boolean tender(Practice p, Company previous) {
        if (!on || world.random().nextDouble() >= tender) return false;
        tendered++;
        if (expectedMargin(p) < leastMargin) return false;
        List<Company> all = world.companies();
        double[] weights = new double[all.size()];
        double total = 0;
        for (int i = 0; i < weights.length; i++) {
            weights[i] = all.get(i) == previous ? 0 : weight(all.get(i));
            total += weights[i];
        }
        if (total <= 0) return false;
        double u = world.random().nextDouble() * total;
        int w = -1;
        // The last company with a weight, should rounding leave u at or above the total.
        for (int i = 0; i < weights.length; i++) {
            if (weights[i] == 0) continue;
            w = i;
            u -= weights[i];
            if (u < 0) break;
        }
        take(p, all.get(w));
        return true;
    }

    /** One plus the open practices {@code c} runs: incumbents win more tenders (an assumption). */
    private double weight(Company c) {
        int n = 0;
        for (Practice q : memberships.companyPractices(c)) if (q.isOpen()) n++;
        return 1 + n;
    }

    /**
     * {@code c} takes {@code p} on: it leaves its federation and super-partnership, the company runs
     * it with its salaried GPs and locums (the premises pass to the company), under an APMS contract
     * for one term; each partner still there chooses between a salaried post at it, another post,
     * locum work or leaving (as when an ICO absorbs a practice).
     */
    void take(Practice p, Company c) {
        Federation f = memberships.federationOf(p);
        if (f != null) world.network().removeMembership(p, f);
        providers.leave(p);
        world.network().addMembership(p, c);
        p.setStatus(PracticeStatus.COMPANY_RUN);
        p.setProviderSaving(saving);
        p.clearPremisesLiability();
        p.resetPartnerlessMonths();
        p.setApms(true);
        p.setContractEndMonth(world.calendar().month() + termMonths);
        jobs.partnersChooseAfterTakeover(p);
        capacity.readStaff(p);
        c.countWon();
        won++;
    }

    /**
     * The company running {@code p} lets its contract go (it gave it up, or the commissioner did
     * not renew it): the tie goes, the practice is independent again until the hand-back chain
     * decides who holds its list. Returns the company, or null if none ran it.
     */
    public Company release(Practice p) {
        Company c = memberships.companyOf(p);
        if (c == null) return null;
        world.network().removeMembership(p, c);
        p.setStatus(PracticeStatus.INDEPENDENT);
        p.setProviderSaving(0);
        p.setContractEndMonth(-1);
        return c;
    }

    /** Contracts tendered since the start. */
    public long tenderedCum() { return tendered; }

    /** Contracts companies won since the start. */
    public long wonCum() { return won; }
}
