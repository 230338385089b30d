package org.icosim.model.pcn;

import org.icosim.model.parameters.Parameters;
import org.icosim.model.world.Memberships;
import org.icosim.model.world.Practice;
import org.icosim.model.world.PrimaryCareNetwork;
import org.icosim.model.world.World;

/**
 * ODD 8.32, network payments: what a member of a primary care network receives and pays through
 * the network contract DES each month, as annual rates in pounds added to its income and costs
 * (8.5): the network participation payment on its weighted list, its list's share of the core
 * network funding and the clinical director payment (from 2024/25 one combined payment), the
 * enhanced access payment of 2024/25 (which pays for the sessions it requires, so it enters costs
 * too), and in 2019/20 its share of the 30% of a clinical pharmacist's cost the scheme did not
 * reimburse. Payments to the network are passed to its members in proportion to their lists. Years
 * after 2024/25 keep the 2024/25 rates.
 */
public final class PcnFunding implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    /** X2, X64: network participation payment, pounds per weighted patient a year (2019/20 on; still so in 2024/25, X127). */
    static final double PARTICIPATION_PER_WEIGHTED_PATIENT = 1.76;
    /** X65, X6: core network funding, pounds per registered patient a year (2019/20 to 2023/24). */
    static final double CORE_PER_PATIENT = 1.50;
    /** PC1: clinical director contribution 2019/20, pounds per registered patient for July 2019 to March 2020 (nine months). */
    static final double CLINICAL_DIRECTOR_2019_NINE_MONTHS = 0.5143;
    /** PC2: clinical director contribution 2020/21 to 2023/24, pounds per registered patient a year. */
    static final double CLINICAL_DIRECTOR_PER_PATIENT = 0.729;
    /** X83: 2024/25 core, clinical director and leadership payments combined, pounds per patient a year. */
    static final double COMBINED_2024_PER_PATIENT = 2.916;
    /** X83: 2024/25 enhanced access payment, pounds per adjusted (here: weighted) patient a year. */
    static final double ENHANCED_ACCESS_2024_PER_PATIENT = 7.674;
    /** X62, X64: 2019/20 reimbursement of a clinical pharmacist (a social prescriber: 100%). */
    static final double PHARMACIST_REIMBURSEMENT_2019 = 0.70;
    /** X64: 2019/20 maximum reimbursement of a clinical pharmacist, £37,810 = 70% of the full cost. */
    static final double PHARMACIST_MAX_REIMBURSEMENT_2019 = 37_810;

    private final World world;
    private final Memberships memberships;
    private final boolean on;

    public PcnFunding(World world, Memberships memberships) {
        this.world = world;
        this.memberships = memberships;
        on = world.params().getBoolean(Parameters.PRIMARY_CARE_NETWORKS);
    }

    /** Clinical director payment in a contract year from 2019/20 to 2023/24, pounds per patient a year. */
    static double clinicalDirector(int contractYear) {
        return contractYear == AdditionalRoles.FIRST_YEAR ? CLINICAL_DIRECTOR_2019_NINE_MONTHS * 12 / 9 : CLINICAL_DIRECTOR_PER_PATIENT;
    }

    /**
     * Income from the network contract a year in that contract year (from 2019/20), pounds, for a
     * member with {@code list} registered and {@code weighted} weighted patients.
     */
    static double income(int contractYear, double list, double weighted) {
        double pounds = PARTICIPATION_PER_WEIGHTED_PATIENT * weighted;
        if (contractYear < AdditionalRoles.FIRST_YEAR + 5) {
            pounds += (CORE_PER_PATIENT + clinicalDirector(contractYear)) * list;
        } else {
            pounds += COMBINED_2024_PER_PATIENT * list + ENHANCED_ACCESS_2024_PER_PATIENT * weighted;
        }
        return pounds;
    }

    /**
     * Costs through the network a year, pounds: the sessions enhanced access pays for (2024/25 on),
     * and in 2019/20 the unreimbursed 30% of the pharmacist's half of the member's {@code arrsFte}.
     */
    static double costs(int contractYear, double weighted, double arrsFte) {
        if (contractYear >= AdditionalRoles.FIRST_YEAR + 5) return ENHANCED_ACCESS_2024_PER_PATIENT * weighted;
        if (contractYear == AdditionalRoles.FIRST_YEAR) {
            double pharmacistCost = PHARMACIST_MAX_REIMBURSEMENT_2019 / PHARMACIST_REIMBURSEMENT_2019;
            return arrsFte * 0.5 * (1 - PHARMACIST_REIMBURSEMENT_2019) * pharmacistCost;
        }
        return 0;
    }

    /** The network of {@code p} if it receives network payments this month, else {@code null}. */
    private PrimaryCareNetwork paying(Practice p) {
        if (!on) return null;
        return memberships.pcnOf(p);
    }

    /** 8.5's hook: the member's network income this month, pounds a year (0 outside a network). */
    public double incomeOf(Practice p, double list, double weighted) {
        if (paying(p) == null) return 0;
        return income(world.calendar().contractYear(), list, weighted);
    }

    /** 8.5's hook: the member's network costs this month, pounds a year (0 outside a network). */
    public double costsOf(Practice p, double list, double weighted) {
        PrimaryCareNetwork n = paying(p);
        if (n == null) return 0;
        double share = n.list() > 0 ? n.arrsFte() * list / n.list() : 0;
        return costs(world.calendar().contractYear(), weighted, share);
    }
}
