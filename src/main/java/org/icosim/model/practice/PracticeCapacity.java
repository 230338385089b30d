package org.icosim.model.practice;

import org.icosim.model.parameters.Parameters;
import org.icosim.model.patients.Demography;
import org.icosim.model.patients.PatientRates;
import org.icosim.model.world.Gp;
import org.icosim.model.world.Practice;
import org.icosim.model.world.World;
import org.icosim.network.Node;

/**
 * ODD 8.4, staff, capacity, workload and access: a practice reads its staff from its WORKS_AT ties
 * (the network is the record), works out its capacity in appointments a month, its expected demand
 * from its case mix, the FTE that demand needs, its workload (demand over capacity) and the
 * probability that a request is met.
 */
public final class PracticeCapacity implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    /** Workload cap, and the workload of a practice with demand and no capacity. */
    static final double MAX_WORKLOAD = 5;

    private final World world;
    private final double partnerProductivity;
    private final double appointmentsPerFteMonth;

    public PracticeCapacity(World world) {
        this.world = world;
        partnerProductivity = world.params().get(Parameters.PARTNER_PRODUCTIVITY);
        appointmentsPerFteMonth = world.params().get(Parameters.APPOINTMENTS_PER_FTE) / 12;
    }

    /** Appointments one salaried FTE offers in a month. */
    public double appointmentsPerFteMonth() {
        return appointmentsPerFteMonth;
    }

    /**
     * The practice's reading of its staff: counts and FTE by role from its WORKS_AT ties, the mean
     * burnout of its partners, and its capacity (partners at {@link Parameters#PARTNER_PRODUCTIVITY},
     * plus the appointments an ICO's team gives its enrolled patients and those its primary care network's
     * additional-roles staff take off its GPs, 8.31).
     */
    public void readStaff(Practice p) {
        int partners = 0;
        int salaried = 0;
        int locums = 0;
        double partnerFte = 0;
        double salariedFte = 0;
        double locumFte = 0;
        double burnout = 0;
        java.util.List<Node> staff = world.network().staffView(p);
        for (int k = 0; k < staff.size(); k++) {
            Gp gp = (Gp) staff.get(k);
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
        p.setStaff(partners, salaried, locums, partnerFte, salariedFte, locumFte, partners > 0 ? burnout / partners : 0);
        // Covid's factor (consultation mode, lost sessions; ODD 8.27) is exactly 1 outside Covid.
        p.setCapacity((partnerFte * partnerProductivity + salariedFte + locumFte) * appointmentsPerFteMonth * world.covid().capacityFactor()
                + p.icoSupport() + p.pcnSupport());
    }

    /** Expected appointment requests a month from the list's case mix, and the FTE they need. */
    public void updateDemand(Practice p) {
        PatientRates rates = world.rates();
        double demand = 0;
        for (int c = 0; c < Demography.CELLS; c++) demand += p.caseMix(c) * rates.demandPerMonth(c);
        double expected = demand * world.patientScale();
        p.setDemand(expected, expected / (appointmentsPerFteMonth * world.covid().capacityFactor()));
    }

    /** Demand again, then workload (capped at {@value #MAX_WORKLOAD}) and access (the share of requests capacity can meet). */
    public void updateAccess(Practice p) {
        updateDemand(p);
        double demand = p.expectedDemand();
        double capacity = p.capacity();
        if (demand <= 0) {
            p.setWorkloadAndAccess(0, 1);
        } else if (capacity <= 0) {
            p.setWorkloadAndAccess(MAX_WORKLOAD, 0);
        } else {
            p.setWorkloadAndAccess(Math.min(MAX_WORKLOAD, demand / capacity), Math.min(1, capacity / demand));
        }
    }

    /** FTE the practice's demand needs beyond what its partners and salaried GPs give (locums aside). */
    public double permanentGap(Practice p) {
        return p.neededFte() - p.partnerFte() * partnerProductivity - p.salariedFte() - p.icoSupport() / appointmentsPerFteMonth
                - p.pcnSupport() / appointmentsPerFteMonth;
    }
}
