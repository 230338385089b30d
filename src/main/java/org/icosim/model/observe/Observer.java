package org.icosim.model.observe;


import org.icosim.metrics.Metric;
import org.icosim.model.world.Federation;
import org.icosim.model.world.Gp;
import org.icosim.model.world.IcoStatus;
import org.icosim.model.world.Leadership;
import org.icosim.model.world.Memberships;
import org.icosim.model.world.Practice;
import org.icosim.model.world.PracticeSignals;
import org.icosim.model.world.PracticeStatus;
import org.icosim.model.world.Trust;
import org.icosim.model.policy.TimeToCareFund;
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


    public Observer(World world, Memberships memberships, TimeToCareFund fund) {
        this.world = world;
        this.memberships = memberships;
        this.fund = fund;
    }

    /** Phase 6: this month's row of metrics, in {@link Metric} order. */
    public double[] observe() {
        double[] row = new double[Metric.values().length];
        int scale = world.patientScale();
        row[Metric.month.ordinal()] = world.calendar().month();
        row[Metric.date.ordinal()] = Double.NaN;

        int open = 0;
        int independent = 0;
        int federated = 0;
        int alliance = 0;
        int icoRun = 0;
        int trustRun = 0;
        double patients = 0;
        double icoPatients = 0;
        double profit = 0;
        int partnersWithProfit = 0;
        double workloadWeighted = 0;
        for (Practice p : world.practices()) {
            if (!p.isOpen()) continue;
            open++;
            double list = (double) p.listAgents() * scale;
            patients += list;
            workloadWeighted += p.workload() * list;
            switch (p.status()) {
                case INDEPENDENT: independent++; break;
                case FEDERATED: federated++; break;
                case ICO_ALLIANCE: alliance++; icoPatients += list; break;
                case ICO_RUN: icoRun++; icoPatients += list; break;
                case TRUST_RUN: trustRun++; break;
                default: break;
            }
            if (p.partners() > 0) {
                profit += p.profit();
                partnersWithProfit += p.partners();
            }
        }
        row[Metric.practices.ordinal()] = open;
        row[Metric.practicesIndependent.ordinal()] = independent;
        row[Metric.practicesFederated.ordinal()] = federated;
        row[Metric.practicesIcoAlliance.ordinal()] = alliance;
        row[Metric.practicesIcoRun.ordinal()] = icoRun;
        row[Metric.practicesTrustRun.ordinal()] = trustRun;
        row[Metric.practiceClosuresCum.ordinal()] = world.practiceClosuresCum();
        row[Metric.practiceMergersCum.ordinal()] = world.practiceMergersCum();
        row[Metric.patients.ordinal()] = patients;
        row[Metric.meanListSize.ordinal()] = open > 0 ? patients / open : 0;
        row[Metric.icoPatientShare.ordinal()] = patients > 0 ? icoPatients / patients : 0;
        row[Metric.meanPartnerProfit.ordinal()] = partnersWithProfit > 0 ? profit / partnersWithProfit : 0;
        row[Metric.meanPracticeWorkload.ordinal()] = patients > 0 ? workloadWeighted / patients : 0;

        int headcount = 0;
        double fte = 0;
        int partners = 0;
        double partnerFte = 0;
        double salariedFte = 0;
        int salariedHeadcount = 0;
        double icoSalariedFte = 0;
        double locumFte = 0;
        int registrars = 0;
        double burnout = 0;
        for (Gp gp : world.gps()) {
            if (!gp.isActive()) continue;
            Node employer = world.network().employerOf(gp);
            switch (gp.role()) {
                case PARTNER:
                    partners++;
                    partnerFte += gp.fte();
                    break;
                case SALARIED:
                    if ((employer instanceof Trust && ((Trust) employer).icoStatus() == IcoStatus.ICO)
                            || (employer instanceof Practice && ((Practice) employer).status() == PracticeStatus.ICO_RUN)) {
                        icoSalariedFte += gp.fte();
                    } else {
                        salariedFte += gp.fte();
                        salariedHeadcount++;
                    }
                    break;
                case LOCUM:
                    locumFte += gp.fte();
                    break;
                default:
                    registrars++;
                    continue;
            }
            headcount++;
            fte += gp.fte();
            burnout += gp.burnout();
        }
        row[Metric.gpHeadcount.ordinal()] = headcount;
        row[Metric.gpFte.ordinal()] = fte;
        row[Metric.partnerHeadcount.ordinal()] = partners;
        row[Metric.partnerFte.ordinal()] = partnerFte;
        row[Metric.salariedFte.ordinal()] = salariedFte;
        row[Metric.salariedHeadcount.ordinal()] = salariedHeadcount;
        row[Metric.icoSalariedFte.ordinal()] = icoSalariedFte;
        row[Metric.locumFte.ordinal()] = locumFte;
        row[Metric.registrars.ordinal()] = registrars;
        row[Metric.partnerShareFte.ordinal()] = fte > 0 ? partnerFte / fte : 0;
        row[Metric.meanBurnout.ordinal()] = headcount > 0 ? burnout / headcount : 0;
        row[Metric.gpLeaversCum.ordinal()] = world.gpLeaversCum();

        int icoTrusts = 0;
        int forming = 0;
        int gpLed = 0;
        double enrolled = 0;
        double referrals = 0;
        for (Trust t : world.trusts()) {
            if (t.icoStatus() == IcoStatus.ICO) {
                icoTrusts++;
                enrolled += t.enrolled();
                if (t.leadership() == Leadership.GP_LED) gpLed++;
            }
            if (t.icoStatus() == IcoStatus.FORMING) forming++;
            referrals += t.referralsThisMonth();
        }
        row[Metric.trustsIco.ordinal()] = icoTrusts;
        row[Metric.trustsIcoForming.ordinal()] = forming;
        row[Metric.icosGpLed.ordinal()] = gpLed;
        row[Metric.icoEnrolledPatients.ordinal()] = enrolled;
        row[Metric.fundGpsCum.ordinal()] = fund.fundGpsCum();
        row[Metric.referrals.ordinal()] = referrals;

        long demand = 0;
        long met = 0;
        long ae = 0;
        long admissions = 0;
        PracticeSignals signals = world.signals();
        for (int i = 0; i < signals.demand.length; i++) {
            demand += signals.demand[i];
            met += signals.met[i];
            ae += signals.ae[i];
            admissions += signals.admissions[i];
        }
        row[Metric.appointmentsMet.ordinal()] = (double) met * scale;
        row[Metric.accessWithin48h.ordinal()] = demand > 0 ? (double) met / demand : 1;
        row[Metric.aeAttendances.ordinal()] = (double) ae * scale;
        row[Metric.emergencyAdmissions.ordinal()] = (double) admissions * scale;

        row[Metric.largestOrgShare.ordinal()] = open > 0 ? largestOrganisation() / (double) open : 0;
        row[Metric.practiceHhi.ordinal()] = patients > 0 ? ownershipHhi(patients) : 0;
        return row;
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
     * caretaker trust runs it (then the trust owns it). 1/practices when all are equal and apart.
     */
    double ownershipHhi(double patients) {
        double[] trustPatients = new double[world.trusts().size()];
        double hhi = 0;
        for (Practice p : world.practices()) {
            if (!p.isOpen()) continue;
            double list = (double) p.listAgents() * world.patientScale();
            Trust owner = null;
            if (p.status() == PracticeStatus.ICO_RUN || p.status() == PracticeStatus.TRUST_RUN) owner = memberships.runningTrust(p);
            if (owner != null) {
                trustPatients[owner.id()] += list;
            } else {
                double s = list / patients;
                hhi += s * s;
            }
        }
        for (double t : trustPatients) {
            double s = t / patients;
            hhi += s * s;
        }
        return hhi;
    }
}
