package org.icosim.model.observe;

import java.util.Set;

import org.icosim.metrics.Metric;
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
import org.icosim.network.Tie;
import org.icosim.network.TieType;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.Graph;
import org.jgrapht.graph.Pseudograph;

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
     * Open practices in the largest integrated organisation: connected components of open
     * practices, federations and trusts joined by MEMBER_OF ties (JGraphT's connectivity
     * inspector). A practice in no organisation counts as one.
     */
    int largestOrganisation() {
        // A small undirected graph of open practices and the organisations they belong to, built
        // from the network's MEMBER_OF ties; cheaper than masking the whole network (GPs included).
        Graph<Node, Tie> members = new Pseudograph<>(null, null, false);
        for (Practice p : world.practices()) {
            if (!p.isOpen()) continue;
            members.addVertex(p);
            for (Node organisation : world.network().membershipsOf(p)) {
                members.addVertex(organisation);
                members.addEdge(p, organisation, new Tie(TieType.MEMBER_OF));
            }
        }
        int largest = 0;
        for (Set<Node> component : new ConnectivityInspector<>(members).connectedSets()) {
            int practices = 0;
            for (Node n : component) if (n instanceof Practice) practices++;
            largest = Math.max(largest, practices);
        }
        return largest;
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
