package org.icosim.model.observe;

import org.icosim.metrics.Metric;
import org.icosim.model.world.Gp;
import org.icosim.model.world.IcoStatus;
import org.icosim.model.world.Practice;
import org.icosim.model.world.PracticeSignals;
import org.icosim.model.world.PracticeStatus;
import org.icosim.model.world.Trust;
import org.icosim.network.Node;

/**
 * The sums behind the practice, GP and appointment metrics of ODD 8.25 over one set of practices
 * and GPs: the nation, or one area (an economy or STP, a CCG). The national row and every area's
 * row are filled by the same {@link #fill}, so an area's metric means what the national metric
 * means. Sums are added in the order the caller gives, so the nation's tally, fed in the model's
 * order, reproduces the national metrics bit for bit.
 */
final class Tally implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    int open;
    int independent;
    int federated;
    int alliance;
    int icoRun;
    int trustRun;
    int companyRun;
    double companyPatients;
    int closed;
    int merged;
    double patients;
    double icoPatients;
    double profit;
    int partnersWithProfit;
    double workloadWeighted;

    int headcount;
    double fte;
    int partners;
    double partnerFte;
    double salariedFte;
    int salariedHeadcount;
    double icoSalariedFte;
    double locumFte;
    int locums;
    int registrars;
    double burnout;

    long demand;
    long met;
    long ae;
    long admissions;

    void clear() {
        open = independent = federated = alliance = icoRun = trustRun = companyRun = closed = merged = 0;
        patients = icoPatients = companyPatients = profit = workloadWeighted = 0;
        partnersWithProfit = 0;
        headcount = partners = salariedHeadcount = locums = registrars = 0;
        fte = partnerFte = salariedFte = icoSalariedFte = locumFte = burnout = 0;
        demand = met = ae = admissions = 0;
    }

    /** A practice, open or ended ({@code scale}: real patients per agent). */
    void addPractice(Practice p, int scale) {
        if (!p.isOpen()) {
            if (p.status() == PracticeStatus.CLOSED) closed++; else merged++;
            return;
        }
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
            case COMPANY_RUN: companyRun++; companyPatients += list; break;
            default: break;
        }
        if (p.partners() > 0) {
            profit += p.profit();
            partnersWithProfit += p.partners();
        }
    }

    /** An active GP and its employer (a practice, a trust, or null). */
    void addGp(Gp gp, Node employer) {
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
                locums++;
                break;
            default:
                registrars++;
                return;
        }
        headcount++;
        fte += gp.fte();
        burnout += gp.burnout();
    }

    /** The month's appointment counts of practice {@code i} (agents). */
    void addSignals(PracticeSignals signals, int i) {
        demand += signals.demand[i];
        met += signals.met[i];
        ae += signals.ae[i];
        admissions += signals.admissions[i];
    }

    /**
     * Writes the tallied metrics into {@code row} (indexed by {@link Metric#ordinal()}); the
     * cumulative closures and mergers are those of the practices tallied.
     */
    void fill(double[] row, int scale) {
        row[Metric.practices.ordinal()] = open;
        row[Metric.practicesIndependent.ordinal()] = independent;
        row[Metric.practicesFederated.ordinal()] = federated;
        row[Metric.practicesIcoAlliance.ordinal()] = alliance;
        row[Metric.practicesIcoRun.ordinal()] = icoRun;
        row[Metric.practicesTrustRun.ordinal()] = trustRun;
        row[Metric.practicesCompanyRun.ordinal()] = companyRun;
        row[Metric.patientsCompanyRun.ordinal()] = companyPatients;
        row[Metric.practiceClosuresCum.ordinal()] = closed;
        row[Metric.practiceMergersCum.ordinal()] = merged;
        row[Metric.patients.ordinal()] = patients;
        row[Metric.meanListSize.ordinal()] = open > 0 ? patients / open : 0;
        row[Metric.icoPatientShare.ordinal()] = patients > 0 ? icoPatients / patients : 0;
        row[Metric.meanPartnerProfit.ordinal()] = partnersWithProfit > 0 ? profit / partnersWithProfit : 0;
        row[Metric.meanPracticeWorkload.ordinal()] = patients > 0 ? workloadWeighted / patients : 0;

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
        row[Metric.partnerFtePerHead.ordinal()] = partners > 0 ? partnerFte / partners : 0;
        row[Metric.salariedFtePerHead.ordinal()] = salariedHeadcount > 0 ? salariedFte / salariedHeadcount : 0;
        row[Metric.locumHeadcount.ordinal()] = locums;
        row[Metric.locumFtePerHead.ordinal()] = locums > 0 ? locumFte / locums : 0;

        row[Metric.appointmentsMet.ordinal()] = (double) met * scale;
        row[Metric.accessWithin48h.ordinal()] = demand > 0 ? (double) met / demand : 1;
        row[Metric.aeAttendances.ordinal()] = (double) ae * scale;
        row[Metric.emergencyAdmissions.ordinal()] = (double) admissions * scale;
    }
}
