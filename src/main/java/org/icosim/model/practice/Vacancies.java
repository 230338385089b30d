package org.icosim.model.practice;

import java.util.ArrayList;
import java.util.List;

import org.icosim.model.parameters.Parameters;
import org.icosim.model.policy.PolicyLevers;
import org.icosim.model.world.Practice;
import org.icosim.model.world.World;

/**
 * ODD 8.6, vacancies and posts offered: a practice recruits while its partners' and salaried GPs'
 * FTE is short of what its demand needs (0.4 FTE or more; one post per 0.75 FTE, at most 3). A
 * partner-led practice offers a partnership while it has fewer partners than its list warrants and
 * new partnerships are allowed, and a salaried post while partners can pay for one and keep above
 * the profit floor; a practice a trust runs offers salaried posts only. At the end of the phase the
 * practices with open posts are listed, per economy, for the job market.
 */
public final class Vacancies implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    /** Gap (FTE) from which a practice recruits, FTE per post, most posts open at once. */
    static final double GAP_THRESHOLD = 0.4;
    static final double FTE_PER_POST = 0.75;
    static final int MAX_POSTS = 3;

    private final World world;
    private final PracticeCapacity capacity;
    private final PolicyLevers levers;
    private final double patientsPerPartner;
    private final double profitFloor;

    public Vacancies(World world, PracticeCapacity capacity, PolicyLevers levers) {
        this.world = world;
        this.capacity = capacity;
        this.levers = levers;
        patientsPerPartner = world.params().get(Parameters.PATIENTS_PER_PARTNER);
        profitFloor = world.params().get(Parameters.PROFIT_FLOOR);
    }

    /** Posts for a gap of {@code gap} FTE. */
    static int posts(double gap) {
        return gap >= GAP_THRESHOLD ? Math.max(1, Math.min(MAX_POSTS, (int) Math.round(gap / FTE_PER_POST))) : 0;
    }

    /** The posts {@code p} offers this month (after its money, 8.5). */
    public void update(Practice p) {
        int posts = posts(capacity.permanentGap(p));
        boolean partnership;
        boolean salaried;
        int partnerless;
        if (p.status().partnerLed()) {
            double list = (double) p.listAgents() * world.patientScale();
            int desiredPartners = Math.max(1, (int) Math.round(list / patientsPerPartner));
            partnership = p.partners() < desiredPartners && levers.newPartnershipsAllowed();
            double postCost = FTE_PER_POST * world.calendar().salariedPay();
            salaried = p.partners() == 0 || (p.profit() - postCost) / p.partners() >= profitFloor;
            partnerless = p.partners() == 0 ? p.partnerlessMonths() + 1 : 0;
        } else {
            partnership = false;
            salaried = true;
            partnerless = 0;
        }
        p.setVacancies((partnership || salaried) ? posts : 0, partnership, salaried, partnerless);
    }

    /** The practices of each economy with open posts, for the job market (8.12). */
    public void listOpenPosts() {
        List<List<Practice>> lists = new ArrayList<>();
        for (int e = 0; e < world.economies().size(); e++) lists.add(new ArrayList<>());
        for (Practice p : world.practices()) {
            if (p.isOpen() && p.openPosts() > 0) lists.get(p.economy().id()).add(p);
        }
        world.labourMarket().setOpenPostPractices(lists);
    }
}
