package org.icosim.model;

import java.util.ArrayList;
import java.util.List;

import org.icosim.network.Node;

/**
 * Step 3 of the month: each open practice reads its staff from the network, works out capacity,
 * access, money and vacancies (MODEL.md section 6, "Practice money" and "Access and demand"), and
 * the practice-level signals others read (peer shares, where unhappy patients can switch to).
 */
final class PracticeOperations implements java.io.Serializable {

    private final IcoSim sim;
    private final double partnerProductivity;
    private final double patientsPerPartner;
    private final double fixedCost;
    private final double variableCost;
    private final double federationSaving;
    private final double qofPerPatient;
    private final double otherIncome;
    private final double profitFloor;

    PracticeOperations(IcoSim sim) {
        this.sim = sim;
        Parameters p = sim.params;
        partnerProductivity = p.get(Parameters.PARTNER_PRODUCTIVITY);
        patientsPerPartner = p.get(Parameters.PATIENTS_PER_PARTNER);
        fixedCost = p.get(Parameters.FIXED_COST);
        variableCost = p.get(Parameters.VARIABLE_COST);
        federationSaving = p.get(Parameters.FEDERATION_SAVING);
        qofPerPatient = p.get(Parameters.QOF_PER_PATIENT);
        otherIncome = p.get(Parameters.OTHER_INCOME_PER_PATIENT);
        profitFloor = p.get(Parameters.PROFIT_FLOOR);
    }

    void monthly() {
        for (Practice p : sim.practices) {
            if (!p.isOpen()) continue;
            refreshStaff(p);
            updateDemand(p);
        }
        sim.workforce.placeLocums();
        for (Practice p : sim.practices) {
            if (!p.isOpen()) continue;
            refreshStaff(p);
            updateAccessAndMoney(p);
            updateVacancies(p);
        }
        updatePeersAndSwitching();
        rebuildOpenPostLists();
    }

    /** Staff counts and FTE from the practice's WORKS_AT ties: the network is the record. */
    void refreshStaff(Practice p) {
        int partners = 0;
        int salaried = 0;
        int locums = 0;
        double partnerFte = 0;
        double salariedFte = 0;
        double locumFte = 0;
        double burnout = 0;
        for (Node n : sim.network.staffOf(p)) {
            Gp gp = (Gp) n;
            switch (gp.role()) {
                case PARTNER:
                    partners++;
                    partnerFte += gp.fte();
                    burnout += gp.burnout();
                    break;
                case SALARIED:
                    salaried++;
                    salariedFte += gp.fte();
                    break;
                case LOCUM:
                    locums++;
                    locumFte += gp.fte();
                    break;
                default:
                    break;
            }
        }
        p.partners = partners;
        p.salaried = salaried;
        p.locums = locums;
        p.partnerFte = partnerFte;
        p.salariedFte = salariedFte;
        p.locumFte = locumFte;
        p.meanPartnerBurnout = partners > 0 ? burnout / partners : 0;
        // An ICO's multidisciplinary team takes on part of its members' enrolled patients' demand.
        p.capacity = (partnerFte * partnerProductivity + salariedFte + locumFte) * sim.appointmentsPerFteMonth + p.icoSupport;
    }

    /** Expected appointment requests a month from the list's case mix, and the FTE they need. */
    void updateDemand(Practice p) {
        double demand = 0;
        double[] rate = sim.rates.demandPerMonth;
        for (int c = 0; c < Demography.CELLS; c++) demand += p.caseMix[c] * rate[c];
        p.expectedDemand = demand * sim.patientScale;
        p.neededFte = p.expectedDemand / sim.appointmentsPerFteMonth;
    }

    private double weightedList(Practice p) {
        double w = 0;
        double[] need = sim.rates.needWeight;
        for (int c = 0; c < Demography.CELLS; c++) w += p.caseMix[c] * need[c];
        return w * sim.patientScale;
    }

    void updateAccessAndMoney(Practice p) {
        updateDemand(p);
        if (p.expectedDemand <= 0) {
            p.workload = 0;
            p.accessProbability = 1;
        } else if (p.capacity <= 0) {
            p.workload = 5;
            p.accessProbability = 0;
        } else {
            p.workload = Math.min(5, p.expectedDemand / p.capacity);
            p.accessProbability = Math.min(1, p.capacity / p.expectedDemand);
        }
        sim.accessProbability[p.id()] = p.accessProbability;

        // QOF points slip when the practice is overstretched (assumption: half the excess load).
        double q = 1 - 0.5 * Math.max(0, p.workload - 1);
        p.qofAchievement = q < 0.5 ? 0.5 : q > 1 ? 1 : q;
        double list = (double) p.listAgents * sim.patientScale;
        double costIndex = sim.costIndex();
        // An alliance member that was federated keeps its federation's back office.
        boolean federated = p.status == PracticeStatus.FEDERATED
                || (p.status == PracticeStatus.ICO_ALLIANCE && sim.reorganisation.federationOf(p) != null);
        double variable = variableCost * list * costIndex;
        double saving = federated ? variable * federationSaving : 0;
        p.income = sim.globalSum() * weightedList(p)
                + qofPerPatient * list * p.qofAchievement
                + otherIncome * list
                + p.mpig2015 * sim.mpigFactor()
                + sim.icoOperations.allianceIncome(p);
        double salaried = p.status == PracticeStatus.ICO_RUN ? sim.icoOperations.icoPay() : sim.salariedPay();
        p.costs = fixedCost * p.fixedCostUnits * costIndex + variable - saving
                + p.salariedFte * salaried + p.locumFte * sim.locumPay();
        p.profit = p.income - p.costs;
        p.profitPerPartner = p.partners > 0 ? p.profit / p.partners : p.profit;
        if (federated) {
            for (Node f : sim.network.membershipsOf(p)) {
                if (f instanceof Federation) ((Federation) f).savingsCum += saving / 12;
            }
        }
        if (p.status == PracticeStatus.TRUST_RUN || p.status == PracticeStatus.ICO_RUN) {
            for (Node t : sim.network.membershipsOf(p)) {
                if (t instanceof Trust) ((Trust) t).balance += p.profit / 12;
            }
        }
    }

    /** FTE the practice's demand needs beyond what its partners and salaried GPs give (locums aside). */
    double permanentGap(Practice p) {
        return p.neededFte - p.partnerFte * partnerProductivity - p.salariedFte - p.icoSupport / sim.appointmentsPerFteMonth;
    }

    /**
     * A practice recruits while its partners' and salaried GPs' FTE is short of what its demand
     * needs. It offers a partnership while it has fewer partners than its list warrants (or none),
     * and a salaried post while partners can pay for one and keep above the profit floor.
     */
    void updateVacancies(Practice p) {
        double gap = permanentGap(p);
        int posts = gap >= 0.4 ? Math.max(1, Math.min(3, (int) Math.round(gap / 0.75))) : 0;
        if (p.status.partnerLed()) {
            double list = (double) p.listAgents * sim.patientScale;
            int desiredPartners = Math.max(1, (int) Math.round(list / patientsPerPartner));
            p.offersPartnership = p.partners < desiredPartners && sim.icoOperations.newPartnershipsAllowed();
            double postCost = 0.75 * sim.salariedPay();
            p.offersSalaried = p.partners == 0 || (p.profit - postCost) / p.partners >= profitFloor;
            p.partnerlessMonths = p.partners == 0 ? p.partnerlessMonths + 1 : 0;
        } else {
            p.offersPartnership = false;
            p.offersSalaried = true;
            p.partnerlessMonths = 0;
        }
        p.openPosts = (p.offersPartnership || p.offersSalaried) ? posts : 0;
        p.vacancyMonths = p.openPosts > 0 ? p.vacancyMonths + 1 : 0;
    }

    /**
     * Peer shares of roles among the GPs of each practice and its neighbours (the network peers
     * whose choices sway a GP), economy-wide shares for GPs outside practices, and where a
     * practice's unhappy patients would switch: the neighbour with the best access, if it is at
     * least 0.05 better than their own (ties to the nearer).
     */
    void updatePeersAndSwitching() {
        int economies = sim.economies.size();
        double[][] counts = new double[economies][3];
        for (Practice p : sim.practices) {
            if (!p.isOpen()) {
                sim.switchTarget[p.id()] = -1;
                continue;
            }
            double partners = p.partners;
            double salaried = p.salaried;
            double locums = p.locums;
            int e = p.economy().id();
            counts[e][0] += p.partners;
            counts[e][1] += p.salaried;
            counts[e][2] += p.locums;
            Practice better = null;
            double bestAccess = p.accessProbability + 0.05;
            for (Node n : sim.network.neighboursOf(p)) {
                Practice q = (Practice) n;
                partners += q.partners;
                salaried += q.salaried;
                locums += q.locums;
                if (q.isOpen() && q.accessProbability > bestAccess) {
                    bestAccess = q.accessProbability;
                    better = q;
                }
            }
            double all = partners + salaried + locums;
            p.peerPartnerShare = all > 0 ? partners / all : 0;
            p.peerSalariedShare = all > 0 ? salaried / all : 0;
            p.peerLocumShare = all > 0 ? locums / all : 0;
            sim.switchTarget[p.id()] = better == null ? -1 : better.id();
        }
        double[][] shares = new double[economies][3];
        for (int e = 0; e < economies; e++) {
            double all = counts[e][0] + counts[e][1] + counts[e][2];
            for (int k = 0; k < 3; k++) shares[e][k] = all > 0 ? counts[e][k] / all : 0;
        }
        sim.workforce.economyRoleShares = shares;
    }

    private void rebuildOpenPostLists() {
        List<List<Practice>> lists = sim.workforce.openPostPractices;
        lists.clear();
        for (int e = 0; e < sim.economies.size(); e++) lists.add(new ArrayList<>());
        for (Practice p : sim.practices) {
            if (p.isOpen() && p.openPosts > 0) lists.get(p.economy().id()).add(p);
        }
    }
}
