package org.icosim.model.observe;

import java.util.List;

import org.icosim.metrics.Area;
import org.icosim.metrics.Metric;
import org.icosim.model.world.Economy;
import org.icosim.model.world.Federation;
import org.icosim.model.world.Gp;
import org.icosim.model.world.IcoStatus;
import org.icosim.model.world.Leadership;
import org.icosim.model.world.Memberships;
import org.icosim.model.world.Practice;
import org.icosim.model.world.PracticeSignals;
import org.icosim.model.world.PracticeStatus;
import org.icosim.model.world.PrimaryCareNetwork;
import org.icosim.model.world.Provider;
import org.icosim.model.world.Trust;
import org.icosim.model.policy.TimeToCareFund;
import org.icosim.model.practice.ApmsContracts;
import org.icosim.model.practice.CorporateProviders;
import org.icosim.model.trust.VerticalIntegration;
import org.icosim.model.world.Company;
import org.icosim.model.world.World;
import org.icosim.network.Node;

/**
 * ODD 8.25, metrics: the month's metrics, in real people. Who works where and who
 * belongs to what is read from the network at this moment; nothing is carried over from earlier
 * steps but the cumulative counters of closures, mergers and leavers.
 */
public final class Observer implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private final World world;
    private final Memberships memberships;
    private final TimeToCareFund fund;
    private final Tally nation = new Tally();
    /** Whether the areas' rows are tallied too ({@link #recordAreas}). */
    private boolean recordAreas;
    /** The areas, found from the world at the first month observed. */
    private Areas areas;

    private final ApmsContracts apms;
    private final CorporateProviders companies;
    private final VerticalIntegration integration;

    /** The size bands of {@code practicesUnder5000} and {@code practicesOver20000}: registered patients (real). */
    public static final long SMALL_LIST = 5000;
    public static final long LARGE_LIST = 20000;

    /**
     * The upper ends of the bands of the start list that {@code endedStartUpTo3000Cum} and the
     * three metrics after it count ended practices in (a list on a band's upper end is in that
     * band): registered patients (real), as the validation's bands.
     */
    public static final long[] START_BAND_ENDS = {3000, 5000, 10000};
    private static final Metric[] START_BAND_METRICS = {Metric.endedStartUpTo3000Cum, Metric.endedStart3000To5000Cum,
            Metric.endedStart5000To10000Cum, Metric.endedStartOver10000Cum};
    /** Each practice's band of {@link #START_BAND_ENDS} by its list at the start (by id), once noted. */
    private int[] startBand;

    public Observer(World world, Memberships memberships, TimeToCareFund fund, ApmsContracts apms, CorporateProviders companies,
            VerticalIntegration integration) {
        this.world = world;
        this.memberships = memberships;
        this.fund = fund;
        this.apms = apms;
        this.companies = companies;
        this.integration = integration;
    }

    /**
     * Notes each practice's band of the start list ({@link #START_BAND_ENDS}), for the ended
     * practices by band. The run calls it once the world is built, before the first month; a
     * world observed without it (a hand-built one) is noted at its first observation.
     */
    public void noteStartLists() {
        List<Practice> practices = world.practices();
        startBand = new int[practices.size()];
        for (Practice p : practices) startBand[p.id()] = startBand((long) p.listAgents() * world.patientScale());
    }

    /** 0 to 3: the band of {@link #START_BAND_ENDS} a list of that many patients is in. */
    public static int startBand(long patients) {
        int b = 0;
        while (b < START_BAND_ENDS.length && patients > START_BAND_ENDS[b]) b++;
        return b;
    }

    /** Phase 6: this month's row of metrics, in {@link Metric} order (and the areas' rows, when recorded). */
    public double[] observe() {
        double[] row = new double[Metric.values().length];
        int scale = world.patientScale();
        row[Metric.month.ordinal()] = world.calendar().month();
        row[Metric.date.ordinal()] = Double.NaN;

        if (recordAreas && areas == null) areas = Areas.of(world);
        Areas byArea = recordAreas ? areas : null;
        Tally nation = this.nation;
        nation.clear();
        if (byArea != null) byArea.clear();
        int apmsOpen = 0;
        int small = 0;
        int large = 0;
        // Trusts running an open practice (8.44): the trust each TRUST_RUN or ICO_RUN practice is last MEMBER_OF, once.
        if (runningTrusts.length != world.trusts().size()) runningTrusts = new boolean[world.trusts().size()];
        java.util.Arrays.fill(runningTrusts, false);
        int trustsRunning = 0;
        if (startBand == null || startBand.length != world.practices().size()) noteStartLists();
        int[] endedByBand = new int[START_BAND_METRICS.length];
        for (Practice p : world.practices()) {
            if (byArea != null) byArea.addPractice(p, scale);
            if (p.monthEnded() >= 0) endedByBand[startBand[p.id()]]++;
            if (p.isOpen()) {
                nation.addPractice(p, scale);
                if (p.apms()) apmsOpen++;
                long list = (long) p.listAgents() * scale;
                if (list < SMALL_LIST) small++;
                else if (list > LARGE_LIST) large++;
                if (p.status() == PracticeStatus.TRUST_RUN || p.status() == PracticeStatus.ICO_RUN) {
                    Trust t = memberships.runningTrust(p);
                    if (t != null && !runningTrusts[t.id()]) {
                        runningTrusts[t.id()] = true;
                        trustsRunning++;
                    }
                }
            }
        }
        row[Metric.practicesUnder5000.ordinal()] = small;
        row[Metric.practicesOver20000.ordinal()] = large;
        for (int b = 0; b < endedByBand.length; b++) row[START_BAND_METRICS[b].ordinal()] = endedByBand[b];
        row[Metric.apmsPractices.ordinal()] = apmsOpen;
        row[Metric.apmsContractsEndedCum.ordinal()] = apms.endedCum();
        row[Metric.companyContractsWonCum.ordinal()] = companies.wonCum();
        row[Metric.companyContractsGivenUpCum.ordinal()] = apms.givenUpCum();
        row[Metric.practicesIntegratedCum.ordinal()] = integration.integratedCum();
        row[Metric.trustsRunningPractices.ordinal()] = trustsRunning;
        List<Economy> economies = world.economies();
        for (Gp gp : world.gps()) {
            if (!gp.isActive()) continue;
            Node employer = world.network().employerOf(gp);
            nation.addGp(gp, employer);
            if (byArea != null) byArea.addGp(gp, employer, economies);
        }
        PracticeSignals signals = world.signals();
        for (int i = 0; i < signals.demand.length; i++) {
            nation.addSignals(signals, i);
            if (byArea != null) byArea.addSignals(signals, i);
        }
        nation.fill(row, scale);
        // The national counts of ended practices are the world's own counters.
        row[Metric.practiceClosuresCum.ordinal()] = world.practiceClosuresCum();
        row[Metric.practiceMergersCum.ordinal()] = world.practiceMergersCum();
        row[Metric.gpLeaversCum.ordinal()] = world.gpLeaversCum();
        int open = nation.open;
        double patients = nation.patients;

        int icoTrusts = 0;
        int forming = 0;
        int gpLed = 0;
        int communityLed = 0;
        double enrolled = 0;
        double referrals = 0;
        double teamFte = 0;
        double teamAppointments = 0;
        double teamUsed = 0;
        double icoBalance = 0;
        int takingOn = 0;
        int handBacks = 0;
        int dissolved = 0;
        for (Trust t : world.trusts()) {
            handBacks += t.icoHandBacks();
            if (t.icoStatus() == IcoStatus.DISSOLVED) dissolved++;
            if (t.icoStatus() == IcoStatus.ICO) {
                icoTrusts++;
                icoBalance += t.icoBalance();
                if (t.takingOn()) takingOn++;
                enrolled += t.enrolled();
                teamFte += t.mdtFte();
                teamAppointments += t.teamAppointments();
                teamUsed += t.teamAppointmentsUsed();
                if (t.leadership() == Leadership.GP_LED) gpLed++;
                if (t.leadership() == Leadership.COMMUNITY_LED) communityLed++;
            }
            if (t.icoStatus() == IcoStatus.FORMING) forming++;
            referrals += t.referralsThisMonth();
        }
        row[Metric.trustsIco.ordinal()] = icoTrusts;
        row[Metric.trustsIcoForming.ordinal()] = forming;
        row[Metric.icosGpLed.ordinal()] = gpLed;
        row[Metric.icosCommunityLed.ordinal()] = communityLed;
        row[Metric.icoEnrolledPatients.ordinal()] = enrolled;
        row[Metric.fundGpsCum.ordinal()] = fund.fundGpsCum();
        row[Metric.fundTraineesCum.ordinal()] = fund.fundTraineesCum();
        row[Metric.fundRecruitsCum.ordinal()] = fund.fundRecruitsCum();
        row[Metric.fundSpend.ordinal()] = fund.spend();
        row[Metric.referrals.ordinal()] = referrals;
        row[Metric.icoTeamFte.ordinal()] = teamFte;
        row[Metric.icoTeamUtilisation.ordinal()] = teamAppointments > 0 ? teamUsed / teamAppointments : 0;
        row[Metric.icoBalance.ordinal()] = icoBalance;
        row[Metric.icosTakingOn.ordinal()] = takingOn;
        row[Metric.icoHandBacksCum.ordinal()] = handBacks;
        row[Metric.icosDissolvedCum.ordinal()] = dissolved;

        row[Metric.locumPayPerFte.ordinal()] = locumPayPerFte();

        row[Metric.largestOrgShare.ordinal()] = open > 0 ? largestOrganisation() / (double) open : 0;
        row[Metric.practiceHhi.ordinal()] = patients > 0 ? ownershipHhi(patients) : 0;
        networks(row, patients);
        providers(row);
        row[Metric.largestCompanyPatients.ordinal()] = largestCompany();
        return row;
    }

    /** Registered patients (real) of the open practices of the company that runs the most (8.43); 0 with none. */
    private double largestCompany() {
        double largest = 0;
        for (Company c : world.companies()) {
            double mine = 0;
            for (Node m : world.network().memberView(c)) {
                Practice p = (Practice) m;
                if (p.isOpen()) mine += (double) p.listAgents() * world.patientScale();
            }
            largest = Math.max(largest, mine);
        }
        return largest;
    }

    /** The large-scale provider metrics (8.39): providers, their open member practices and patients. */
    private void providers(double[] row) {
        int providers = 0;
        int practices = 0;
        double list = 0;
        double large = 0;
        for (Provider pr : world.providers()) {
            if (!pr.isActive()) continue;
            int members = 0;
            double mine = 0;
            for (Node m : world.network().memberView(pr)) {
                Practice p = (Practice) m;
                if (!p.isOpen()) continue;
                members++;
                mine += (double) p.listAgents() * world.patientScale();
            }
            if (members == 0) continue;
            providers++;
            practices += members;
            list += mine;
            if (mine > Provider.LARGE_LIST) large += mine;
        }
        row[Metric.providers.ordinal()] = providers;
        row[Metric.practicesInProviders.ordinal()] = practices;
        row[Metric.patientsInProviders.ordinal()] = list;
        row[Metric.patientsInLargeProviders.ordinal()] = large;
    }

    /** The primary care network metrics (8.30, 8.31): networks with members, their mean list, ARRS FTE. */
    private void networks(double[] row, double patients) {
        int networks = 0;
        double list = 0;
        double fte = 0;
        for (PrimaryCareNetwork n : world.pcns()) {
            if (!n.isActive() || world.network().memberView(n).isEmpty()) continue;
            networks++;
            for (Node m : world.network().memberView(n)) {
                Practice p = (Practice) m;
                if (p.isOpen()) list += (double) p.listAgents() * world.patientScale();
            }
            fte += n.arrsFte();
        }
        row[Metric.pcns.ordinal()] = networks;
        row[Metric.meanPcnListSize.ordinal()] = networks > 0 ? list / networks : 0;
        row[Metric.arrsFte.ordinal()] = fte;
        row[Metric.arrsFtePer10000Patients.ordinal()] = patients > 0 ? fte * 10000 / patients : 0;
    }

    /**
     * The locum rate practices pay (8.34): the calendar's locum pay times the economies' rate
     * indices, weighted by each economy's locum FTE, or equally when no economy has a locum.
     */
    double locumPayPerFte() {
        List<Economy> economies = world.economies();
        double[] fte = new double[economies.size()];
        double total = 0;
        for (Gp gp : world.gps()) {
            if (gp.isActive() && gp.role() == org.icosim.model.world.Role.LOCUM) {
                fte[gp.economy().id()] += gp.fte();
                total += gp.fte();
            }
        }
        double weighted = 0;
        for (Economy e : economies) {
            double w = total > 0 ? fte[e.id()] / total : 1.0 / economies.size();
            weighted += w * world.labourMarket().locumRateIndex(e.id());
        }
        return world.calendar().locumPay() * weighted;
    }

    /** From now on, also tally the metrics of {@link Areas} in the same pass (the national row is unchanged). */
    public void recordAreas() {
        this.recordAreas = true;
    }

    /** The areas of {@link #areaRows}, or an empty list until areas are recorded and a month observed. */
    public List<Area> areas() {
        return areas == null ? List.of() : areas.areas();
    }

    /** The metrics of each area's row, in column order. */
    public static List<Metric> areaMetrics() {
        return Areas.METRICS;
    }

    /** The areas' rows of the month last observed (when areas are recorded). */
    public double[][] areaRows() {
        if (areas == null) throw new IllegalStateException("areas are not recorded, or no month was observed yet");
        return areas.rows(world.patientScale());
    }

    /**
     * Open practices in the largest integrated organisation: the connected components of the
     * undirected graph of open practices and the organisations (federations, trusts) they are
     * MEMBER_OF, found by union-find over the practices (two practices are joined when they share
     * an organisation). A practice in no organisation counts as one.
     */
    int largestOrganisation() {
        int n = world.practices().size();
        if (parent.length != n) {
            parent = new int[n];
            size = new int[n];
        }
        for (int i = 0; i < n; i++) {
            parent[i] = i;
            size[i] = 0;
        }
        // The first open member seen of each federation and trust (-1: none yet).
        if (federationFirst.length < world.federations().size()) federationFirst = new int[world.federations().size() * 2];
        if (trustFirst.length < world.trusts().size()) trustFirst = new int[world.trusts().size()];
        java.util.Arrays.fill(federationFirst, -1);
        java.util.Arrays.fill(trustFirst, -1);
        if (providerFirst.length < world.providers().size()) providerFirst = new int[world.providers().size() * 2];
        java.util.Arrays.fill(providerFirst, -1);
        if (companyFirst.length < world.companies().size()) companyFirst = new int[world.companies().size()];
        java.util.Arrays.fill(companyFirst, -1);
        for (Practice p : world.practices()) {
            if (!p.isOpen()) continue;
            java.util.List<Node> memberships = world.network().membershipView(p);
            for (int k = 0; k < memberships.size(); k++) {
                Node organisation = memberships.get(k);
                int[] first;
                int id;
                if (organisation instanceof Federation) {
                    first = federationFirst;
                    id = ((Federation) organisation).id();
                } else if (organisation instanceof Provider) {
                    first = providerFirst;
                    id = ((Provider) organisation).id();
                } else if (organisation instanceof Company) {
                    first = companyFirst;
                    id = ((Company) organisation).id();
                } else if (organisation instanceof PrimaryCareNetwork) {
                    // A network shares staff and payments but owns nothing: not an integrated organisation here.
                    continue;
                } else {
                    first = trustFirst;
                    id = ((Trust) organisation).id();
                }
                if (first[id] < 0) first[id] = p.id(); else union(first[id], p.id());
            }
        }
        int largest = 0;
        for (Practice p : world.practices()) {
            if (!p.isOpen()) continue;
            int root = find(p.id());
            largest = Math.max(largest, ++size[root]);
        }
        return largest;
    }

    private int[] parent = new int[0];
    private int[] size = new int[0];
    private int[] federationFirst = new int[0];
    private int[] trustFirst = new int[0];
    private int[] providerFirst = new int[0];
    private int[] companyFirst = new int[0];
    private boolean[] runningTrusts = new boolean[0];

    private int find(int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private void union(int a, int b) {
        int ra = find(a);
        int rb = find(b);
        if (ra != rb) parent[ra] = rb;
    }

    /**
     * Herfindahl index of patient shares over owners: a practice owns itself unless an ICO or a
     * caretaker trust runs it (then the trust owns it), a company runs it (then the company owns it,
     * 8.43) or it is a member of a large-scale provider (then the provider holds its contract, 8.39). 1/practices when all are equal and apart.
     */
    double ownershipHhi(double patients) {
        double[] trustPatients = new double[world.trusts().size()];
        double[] providerPatients = new double[world.providers().size()];
        double[] companyPatients = new double[world.companies().size()];
        double hhi = 0;
        for (Practice p : world.practices()) {
            if (!p.isOpen()) continue;
            double list = (double) p.listAgents() * world.patientScale();
            Trust owner = null;
            if (p.status() == PracticeStatus.ICO_RUN || p.status() == PracticeStatus.TRUST_RUN) owner = memberships.runningTrust(p);
            Provider holder = owner == null && !world.providers().isEmpty() ? memberships.providerOf(p) : null;
            Company company = p.status() == PracticeStatus.COMPANY_RUN ? memberships.companyOf(p) : null;
            if (company != null) {
                companyPatients[company.id()] += list;
            } else if (owner != null) {
                trustPatients[owner.id()] += list;
            } else if (holder != null) {
                providerPatients[holder.id()] += list;
            } else {
                double s = list / patients;
                hhi += s * s;
            }
        }
        for (double t : trustPatients) {
            double s = t / patients;
            hhi += s * s;
        }
        for (double t : providerPatients) {
            double s = t / patients;
            hhi += s * s;
        }
        for (double t : companyPatients) {
            double s = t / patients;
            hhi += s * s;
        }
        return hhi;
    }
}
