package org.icosim.model.ico;

import java.util.List;

import org.icosim.model.practice.PracticeCapacity;
import org.icosim.model.trust.TrustActivity;
import org.icosim.model.workforce.JobChoice;
import org.icosim.model.workforce.JobMarket;
import org.icosim.model.workforce.ProfessionResponse;
import org.icosim.model.world.Federation;
import org.icosim.model.world.Gp;
import org.icosim.model.world.Leadership;
import org.icosim.model.world.Memberships;
import org.icosim.model.world.Practice;
import org.icosim.model.world.PracticeStatus;
import org.icosim.model.world.Role;
import org.icosim.model.world.Trust;
import org.icosim.model.world.World;
import org.icosim.network.Node;

/**
 * ODD 8.21, carrying out ICO moves: a practice joins an ICO as an alliance member, is absorbed by
 * one (run by it with salaried GPs; its partners choose their next job), leaves it, or is taken
 * back by its own GPs.
 */
public final class IcoMoves implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private final World world;
    private final Memberships memberships;
    private final JobMarket jobs;
    private final TrustActivity trusts;
    private final PracticeCapacity capacity;
    private final ProfessionResponse profession;

    public IcoMoves(World world, Memberships memberships, JobMarket jobs, TrustActivity trusts, PracticeCapacity capacity) {
        this.world = world;
        this.memberships = memberships;
        this.jobs = jobs;
        this.trusts = trusts;
        this.capacity = capacity;
        this.profession = new ProfessionResponse(world);
    }

    /**
     * {@code p} joins {@code ico} as an alliance member: it keeps its contract, partners and
     * federation, and refers all its patients to the ICO's trust (referral capture).
     */
    public void joinIco(Practice p, Trust ico) {
        world.network().addMembership(p, ico);
        p.setStatus(PracticeStatus.ICO_ALLIANCE);
        world.network().setReferralTies(p, List.of(ico));
    }

    /**
     * {@code ico} absorbs {@code p}: the practice is run by the ICO with salaried GPs (its
     * salaried GPs and locums stay, now at ICO pay); the ICO takes on the premises; each partner
     * chooses between a salaried ICO post at the practice, another post, locum work or leaving.
     */
    public void absorb(Practice p, Trust ico) {
        Federation f = memberships.federationOf(p);
        if (f != null) world.network().removeMembership(p, f);
        Trust old = memberships.icoOf(p);
        if (old != null) world.network().removeMembership(p, old);
        world.network().addMembership(p, ico);
        p.setStatus(PracticeStatus.ICO_RUN);
        if (ico.leadership() == Leadership.HOSPITAL_LED) profession.absorbedByHospital(p);
        p.clearPremisesLiability();
        p.resetPartnerlessMonths();
        world.network().setReferralTies(p, List.of(ico));
        jobs.partnersChooseAfterTakeover(p);
        capacity.readStaff(p);
    }

    /**
     * {@code p} leaves its ICO: an alliance member by its partners' choice, or a practice the ICO
     * ran whose GPs took it back. It refers again to its nearest trusts.
     */
    public void leaveIco(Practice p) {
        Trust ico = memberships.icoOf(p);
        if (ico != null) world.network().removeMembership(p, ico);
        p.setStatus(memberships.federationOf(p) != null ? PracticeStatus.FEDERATED : PracticeStatus.INDEPENDENT);
        trusts.setReferralTies(p);
    }

    /**
     * The salaried GPs of a practice {@code ico} runs review their jobs with the practice's
     * partnership among their options; if one takes it, the GPs have taken the practice back (seed
     * 004: GPs in Swindon united "to take over two practices run by hospital trust") and it leaves
     * the ICO.
     */
    public void offerTakeBack(Practice p, Trust ico) {
        p.setTakeBackOpen(true);
        try {
            for (Node n : world.network().staffOf(p)) {
                Gp gp = (Gp) n;
                if (!gp.isActive() || gp.role() != Role.SALARIED) continue;
                jobs.chooseJob(gp, JobChoice.Occasion.REVIEW);
                if (gp.role() == Role.PARTNER && world.network().employerOf(gp) == p) {
                    leaveIco(p);
                    capacity.readStaff(p);
                    return;
                }
            }
        } finally {
            p.setTakeBackOpen(false);
        }
    }
}
