package org.icosim.model.pcn;

import java.util.List;

import org.icosim.model.parameters.Parameters;
import org.icosim.model.practice.PracticeCapacity;
import org.icosim.model.world.Practice;
import org.icosim.model.world.PrimaryCareNetwork;
import org.icosim.model.world.World;
import org.icosim.network.Node;

/**
 * ODD 8.31, additional roles (the Additional Roles Reimbursement Scheme): the FTE the scheme funds
 * each contract year, from its published entitlement (2019/20) and envelopes (2020/21 on) over a
 * cost per FTE derived from the published averages, shared over England's registered patients; the
 * FTE each network holds, which follow the funded FTE with a recruitment lag; and the GP
 * appointments those staff take off each member practice's GPs, shared by list and capped at the
 * share of GP-type demand others can meet. Runs in phase 2 after the practices' demand, and first
 * has the networks formed or dissolved (8.30).
 *
 * <p>The series are inputs known in advance (NHS England's contract documents), each checked
 * against {@code models/data/inputs-2015-2025/inputs-2015-2025.csv} by a test; staff-in-post
 * figures (rows marked OUTCOME) are not used.
 */
public final class AdditionalRoles implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    /** First contract year of the scheme (2019/20), in contract years since 2015/16. */
    static final int FIRST_YEAR = 4;
    /** X62, X64: the 2019/20 entitlement per network, 1 WTE clinical pharmacist and 1 WTE social prescribing link worker. */
    static final double ENTITLEMENT_2019_FTE = 2;
    /** X6, X61, X8, X79, X73: funding envelopes, million pounds, 2020/21 to 2023/24. */
    static final double[] ENVELOPE_MILLIONS = {430, 746, 1020, 1412};
    /** X133 (note to the 2024/25 ARRS rows): no 2024/25 envelope published; a 2% pay uplift on 2023/24 assumed. */
    static final double UPLIFT_2024 = 0.02;
    /** X6, X61: an average network's 2020/21 allocation, pounds, and the FTE it was said to fund. */
    static final double AVERAGE_PCN_2020_POUNDS = 344_000;
    static final double AVERAGE_PCN_2020_FTE = 7;
    /** X6, X61: an average network's 2023/24 allocation, pounds, and the FTE it was said to fund. */
    static final double AVERAGE_PCN_2023_POUNDS = 1_130_000;
    static final double AVERAGE_PCN_2023_FTE = 20;
    /** P3: England's registered patients, September 2019, over whom the national FTE are shared. */
    static final double ENGLAND_PATIENTS_2019 = 60.0e6;

    private final World world;
    private final PcnFormation formation;
    private final double lagMonths;
    private final double appointmentsPerArrsFteMonth;
    private final double substitutableShare;

    public AdditionalRoles(World world, PcnFormation formation, PracticeCapacity capacity) {
        this.world = world;
        this.formation = formation;
        Parameters p = world.params();
        lagMonths = p.get(Parameters.ARRS_RECRUITMENT_LAG);
        appointmentsPerArrsFteMonth = capacity.appointmentsPerFteMonth() * p.get(Parameters.ARRS_APPOINTMENT_RATIO);
        substitutableShare = p.get(Parameters.ARRS_SUBSTITUTABLE_SHARE);
    }

    /**
     * Cost of one FTE in a contract year 2020/21 to 2024/25, pounds a year: the average network's
     * allocation over its FTE in 2020/21 and in 2023/24, geometric between them, and 2024/25 at the
     * 2023/24 cost with the assumed uplift.
     */
    static double costPerFte(int contractYear) {
        double first = AVERAGE_PCN_2020_POUNDS / AVERAGE_PCN_2020_FTE;
        double last = AVERAGE_PCN_2023_POUNDS / AVERAGE_PCN_2023_FTE;
        int k = Math.min(contractYear, FIRST_YEAR + 5) - (FIRST_YEAR + 1);
        if (k < 0) throw new IllegalArgumentException("contract year " + contractYear + ": costs are derived from 2020/21 on");
        if (k >= 4) return last * (1 + UPLIFT_2024);
        return first * StrictMath.pow(last / first, k / 3.0);
    }

    /**
     * England's funded FTE in a contract year from 2020/21: the envelope over the cost per FTE
     * (2024/25 both uplifted alike; later years as 2024/25). {@code 0} before 2020/21, where the
     * entitlement is per network instead.
     */
    static double nationalFundedFte(int contractYear) {
        if (contractYear <= FIRST_YEAR) return 0;
        int k = contractYear - (FIRST_YEAR + 1);
        double envelope = k < ENVELOPE_MILLIONS.length ? ENVELOPE_MILLIONS[k] * 1e6
                : ENVELOPE_MILLIONS[ENVELOPE_MILLIONS.length - 1] * 1e6 * (1 + UPLIFT_2024);
        return envelope / costPerFte(contractYear);
    }

    /** The FTE a network of {@code list} registered patients is funded for in that contract year (0 before 2019/20). */
    static double fundedFte(int contractYear, double list) {
        if (contractYear < FIRST_YEAR) return 0;
        if (contractYear == FIRST_YEAR) return ENTITLEMENT_2019_FTE;
        return nationalFundedFte(contractYear) * list / ENGLAND_PATIENTS_2019;
    }

    /** FTE in post a month on, from {@code held}, toward {@code funded} with the recruitment lag (first order). */
    static double recruit(double held, double funded, double lagMonths) {
        if (lagMonths <= 0) return funded;
        return funded + (held - funded) * StrictMath.exp(-1 / lagMonths);
    }

    /**
     * Phase 2, after the practices' demand: networks formed or dissolved (8.30); then each network's
     * list, funded FTE and FTE in post, and each member's share of their appointments.
     */
    public void monthly() {
        formation.monthly();
        if (!formation.active()) return;
        int year = world.calendar().contractYear();
        int scale = world.patientScale();
        for (PrimaryCareNetwork n : world.pcns()) {
            if (!n.isActive()) continue;
            List<Node> members = world.network().memberView(n);
            double list = 0;
            for (int k = 0; k < members.size(); k++) {
                Practice p = (Practice) members.get(k);
                if (p.isOpen()) list += (double) p.listAgents() * scale;
            }
            double funded = fundedFte(year, list);
            double held = recruit(n.arrsFte(), funded, lagMonths);
            n.setStaff(list, funded, held);
            for (int k = 0; k < members.size(); k++) {
                Practice p = (Practice) members.get(k);
                if (!p.isOpen()) continue;
                double fte = list > 0 ? held * p.listAgents() * scale / list : 0;
                p.setPcnSupport(Math.min(fte * appointmentsPerArrsFteMonth, substitutableShare * p.expectedDemand()));
            }
        }
    }
}
