package org.icosim.model.world;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.icosim.model.covid.CovidState;
import org.icosim.model.parameters.Parameters;
import org.icosim.model.patients.PatientRates;
import org.icosim.network.OrgNetwork;

/**
 * Everything a run holds (ODD 2): the parameter values it read at the start, the organisational
 * network (the one record of who works where and belongs to what), the economies with their
 * practices, trusts and patient agents, the GPs and federations, the per-practice signals of the
 * patient loop, the calendar, the random stream and the cumulative counts the metrics report.
 *
 * <p>The world does nothing by itself: the submodels of ODD section 8 read and change it, each
 * through the entities' own methods, and {@link org.icosim.model.IcoSim} runs them in the order
 * of ODD section 4.
 */
public final class World implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    /** England's registered population in April 2015 (P5), against which national flows scale. */
    public static final double ENGLAND_PATIENTS_2015 = 57.1e6;

    private final Parameters params;
    private final OrgNetwork network = new OrgNetwork();
    private final Calendar calendar;
    private final ModelRandom random;
    private final PracticeSignals signals = new PracticeSignals();
    private final LabourMarket labourMarket = new LabourMarket();
    private final CovidState covid = new CovidState();
    private final List<Economy> economies = new ArrayList<>();
    private final List<Practice> practices = new ArrayList<>();
    private final List<Trust> trusts = new ArrayList<>();
    private final List<Gp> gps = new ArrayList<>();
    private final List<Federation> federations = new ArrayList<>();
    private final List<PrimaryCareNetwork> pcns = new ArrayList<>();
    private final List<Provider> providers = new ArrayList<>();
    private final List<Company> companies = new ArrayList<>();
    /** Read-only views of the lists, made once (a view reads through to its list), so a caller in a loop allocates nothing. */
    private transient List<Economy> economiesView;
    private transient List<Practice> practicesView;
    private transient List<Trust> trustsView;
    private transient List<Gp> gpsView;
    private transient List<Federation> federationsView;
    private transient List<PrimaryCareNetwork> pcnsView;
    private transient List<Provider> providersView;
    private transient List<Company> companiesView;
    private final int patientScale;
    private PatientRates rates;

    // cumulative counts
    private long practiceClosuresCum;
    private long practiceMergersCum;
    private long gpLeaversCum;
    private int nextGpId;
    private int nextFederationId;

    public World(Parameters params, Calendar calendar, ModelRandom random) {
        this.params = new Parameters(params);
        this.calendar = calendar;
        this.random = random;
        this.patientScale = params.getInt(Parameters.PATIENT_SCALE);
    }

    /** A copy of the values the run read; changing it changes nothing in the run. */
    public Parameters parameters() { return new Parameters(params); }
    /** The run's values, read-only by convention: submodels read their parameters from here. */
    public Parameters params() { return params; }
    public OrgNetwork network() { return network; }
    public Calendar calendar() { return calendar; }
    public ModelRandom random() { return random; }
    public PracticeSignals signals() { return signals; }
    public LabourMarket labourMarket() { return labourMarket; }
    public PatientRates rates() { return rates; }
    /** The month's Covid values (ODD 8.27): stringency 0 and factors 1 while Covid does not act. */
    public CovidState covid() { return covid; }
    /** Real patients one patient agent stands for. */
    public int patientScale() { return patientScale; }
    public List<Economy> economies() {
        List<Economy> v = economiesView;
        return v != null ? v : (economiesView = Collections.unmodifiableList(economies));
    }
    public List<Practice> practices() {
        List<Practice> v = practicesView;
        return v != null ? v : (practicesView = Collections.unmodifiableList(practices));
    }
    public List<Trust> trusts() {
        List<Trust> v = trustsView;
        return v != null ? v : (trustsView = Collections.unmodifiableList(trusts));
    }
    /** The GPs in NHS general practice (and some who left this month, until {@link #removeDeparted}). */
    public List<Gp> gps() {
        List<Gp> v = gpsView;
        return v != null ? v : (gpsView = Collections.unmodifiableList(gps));
    }
    public List<Federation> federations() {
        List<Federation> v = federationsView;
        return v != null ? v : (federationsView = Collections.unmodifiableList(federations));
    }
    /** The primary care networks ever formed (8.30), dissolved ones included, in the order formed. */
    public List<PrimaryCareNetwork> pcns() {
        List<PrimaryCareNetwork> v = pcnsView;
        return v != null ? v : (pcnsView = Collections.unmodifiableList(pcns));
    }
    /** The large-scale providers ever formed (8.39), active or dissolved, in the order they formed. */
    public List<Provider> providers() {
        List<Provider> v = providersView;
        return v != null ? v : (providersView = Collections.unmodifiableList(providers));
    }
    /** The national companies of 8.43, in id order (none unless corporateProviders is on). */
    public List<Company> companies() {
        List<Company> v = companiesView;
        return v != null ? v : (companiesView = Collections.unmodifiableList(companies));
    }
    public long practiceClosuresCum() { return practiceClosuresCum; }
    public long practiceMergersCum() { return practiceMergersCum; }
    public long gpLeaversCum() { return gpLeaversCum; }

    /** The practice with that id. */
    public Practice practice(int id) { return practices.get(id); }

    /** Patient agents in the model now. */
    public long patientAgents() {
        long n = 0;
        for (Economy e : economies) n += e.patients().size();
        return n;
    }

    // ---------------------------------------------------------------- building and changing the world

    public void addEconomy(Economy e) { economies.add(e); }

    public void addPractice(Practice p) {
        practices.add(p);
        p.economy().addPractice(p);
        network.add(p);
    }

    public void addTrust(Trust t) {
        trusts.add(t);
        t.economy().addTrust(t);
        network.add(t);
    }

    /** A new GP's id. */
    public int nextGpId() { return nextGpId++; }

    /** A GP enters the model (it joins the network when it takes a post or looks for one). */
    public void addGp(Gp gp) { gps.add(gp); }

    /** A new federation of economy {@code e}, in the network. */
    public Federation newFederation(Economy e) {
        Federation f = new Federation(nextFederationId++, e);
        federations.add(f);
        network.add(f);
        return f;
    }

    /** A new primary care network of economy {@code e} (and CCG {@code ccgCode}, or null), in the network (8.30). */
    public PrimaryCareNetwork newPcn(Economy e, String ccgCode) {
        PrimaryCareNetwork n = new PrimaryCareNetwork(pcns.size(), e, ccgCode, calendar.month());
        pcns.add(n);
        network.add(n);
        return n;
    }

    /** A new large-scale provider of economy {@code e}, in the network (8.39). */
    public Provider newProvider(Economy e) {
        Provider pr = new Provider(providers.size(), e, calendar.month());
        providers.add(pr);
        network.add(pr);
        return pr;
    }

    /** A new national company, in the network (8.43). */
    public Company newCompany() {
        Company c = new Company(companies.size());
        companies.add(c);
        network.add(c);
        return c;
    }

    public void setRates(PatientRates rates) { this.rates = rates; }

    /** Drops the GPs who left NHS general practice from the list of GPs. */
    public void removeDeparted() {
        gps.removeIf(g -> !g.isActive());
    }

    public void countClosure() { practiceClosuresCum++; }
    public void countMerger() { practiceMergersCum++; }
    public void countLeaver() { gpLeaversCum++; }
}
