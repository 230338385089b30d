package org.icosim.model.trust;

import java.util.List;

import org.icosim.model.parameters.ParameterValues;
import org.icosim.model.parameters.Parameters;
import org.icosim.model.practice.DecisionTriggers;
import org.icosim.model.practice.PracticeCapacity;
import org.icosim.model.workforce.JobMarket;
import org.icosim.model.world.Federation;
import org.icosim.model.world.Memberships;
import org.icosim.model.world.Practice;
import org.icosim.model.world.PracticeStatus;
import org.icosim.model.world.Trust;
import org.icosim.model.world.TrustKind;
import org.icosim.model.world.World;

/**
 * ODD 8.44, vertical integration in the status quo: acute trusts that are not ICOs take over the
 * running of struggling practices of their own accord. Only with
 * {@link Parameters#VERTICAL_INTEGRATION} on, from {@link Parameters#VI_START}. At each quarter end
 * each such trust, with probability {@link Parameters#VI_OFFER_RATE}, offers to run the failing
 * practice (8.13's trigger) referring mainly to it whose patients get an appointment least often,
 * among those of at most {@link Parameters#VI_MAX_LIST} patients; the partners weigh the offer at
 * their next decision as they weigh an ICO's absorption (8.20), at a trust's salaried pay; if they
 * accept, the trust runs the practice (TRUST_RUN) with salaried GPs and its patients' referrals
 * go to it. This is the ICO policy's absorption offer made by a trust without the policy.
 */
public final class VerticalIntegration implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private final World world;
    private final Memberships memberships;
    private final JobMarket jobs;
    private final PracticeCapacity capacity;
    private final boolean on;
    private final double start;
    private final double offerRate;
    private final double maxList;
    private long offers;
    private long integrated;

    public VerticalIntegration(World world, Memberships memberships, JobMarket jobs, PracticeCapacity capacity) {
        this.world = world;
        this.memberships = memberships;
        this.jobs = jobs;
        this.capacity = capacity;
        ParameterValues p = world.params();
        on = p.getBoolean(Parameters.VERTICAL_INTEGRATION);
        start = p.get(Parameters.VI_START);
        offerRate = p.get(Parameters.VI_OFFER_RATE);
        maxList = p.get(Parameters.VI_MAX_LIST);
    }

    /** Whether trusts may offer this month: switched on and on or after the start month. */
    public boolean active() {
        return on && world.calendar().calendarMonth() >= start;
    }

    /**
     * Phase 5, at quarter ends after the ICOs' month: each acute trust not operating an ICO, in id
     * order, with probability {@link Parameters#VI_OFFER_RATE}, offers to run one practice (the
     * eligible one referring mainly to it with the lowest access; the first in the economy's order
     * on a tie). The offer is answered at the practice's next quarterly decision.
     */
    public void makeOffers() {
        if (!active()) return;
        for (Trust t : world.trusts()) {
            if (t.kind() != TrustKind.ACUTE || t.isIco()) continue;
            if (world.random().nextDouble() >= offerRate) continue;
            Practice chosen = null;
            for (Practice p : memberships.mainlyReferring(t)) {
                if (eligible(p) && (chosen == null || p.accessProbability() < chosen.accessProbability())) chosen = p;
            }
            if (chosen != null) {
                chosen.offerAbsorption(t);
                offers++;
            }
        }
    }

    /**
     * A practice a trust may offer to run: open, independent or federated, with a partner, in no
     * large-scale provider, with no offer of absorption already, failing (8.13) and of at most
     * {@link Parameters#VI_MAX_LIST} patients.
     */
    boolean eligible(Practice p) {
        if (!p.isOpen() || p.partners() == 0 || p.absorptionOffer() != null) return false;
        if (p.status() != PracticeStatus.INDEPENDENT && p.status() != PracticeStatus.FEDERATED) return false;
        if (memberships.providerOf(p) != null) return false;
        if ((double) p.listAgents() * world.patientScale() > maxList) return false;
        return DecisionTriggers.failing(p, world.params());
    }

    /**
     * {@code p}'s partners accepted {@code t}'s offer: the trust runs the practice with its salaried
     * GPs and locums (it takes on the premises), its federation membership ends, its patients'
     * referrals go to {@code t}, and each partner chooses between a salaried post at it, another
     * post, locum work or leaving.
     */
    public void integrate(Practice p, Trust t) {
        Federation f = memberships.federationOf(p);
        if (f != null) world.network().removeMembership(p, f);
        world.network().addMembership(p, t);
        p.setStatus(PracticeStatus.TRUST_RUN);
        p.clearPremisesLiability();
        p.resetPartnerlessMonths();
        world.network().setReferralTies(p, List.of(t));
        jobs.partnersChooseAfterTakeover(p);
        capacity.readStaff(p);
        integrated++;
    }

    /** Offers trusts made since the start. */
    public long offersCum() { return offers; }

    /** Practices trusts took over by their partners' choice since the start. */
    public long integratedCum() { return integrated; }
}
