package org.icosim.model.workforce;

import org.icosim.model.parameters.Parameters;
import org.icosim.model.policy.PolicyLevers;
import org.icosim.model.world.Calendar;
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
 * ODD 8.22, working for an ICO: ICO pay, the posts in an ICO's multidisciplinary team (WORKS_AT
 * the trust) as a GP sees them, GPs' aversion to a hospital-led ICO, and taking a team post.
 */
public final class IcoEmployment implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    /** Workload of an ICO team post: the team's caseload is taken to be managed to the norm. */
    static final double TEAM_WORKLOAD = 1;

    private final World world;
    private final Memberships memberships;
    private final PolicyLevers levers;
    private final PeerShares peers;
    private final Sessions sessions;
    private final org.icosim.model.practice.PracticeCapacity capacity;
    private final double jobAversion;
    private final double inertia;

    public IcoEmployment(World world, Memberships memberships, PolicyLevers levers, PeerShares peers, Sessions sessions,
            org.icosim.model.practice.PracticeCapacity capacity) {
        this.world = world;
        this.memberships = memberships;
        this.levers = levers;
        this.peers = peers;
        this.sessions = sessions;
        this.capacity = capacity;
        jobAversion = world.params().get(Parameters.HOSPITAL_LED_JOB_AVERSION);
        inertia = world.params().get(Parameters.INERTIA);
    }

    /** Salaried pay at {@code p}: the ICO's if an ICO runs it, else practice pay. */
    double salariedPayAt(Practice p) {
        Calendar calendar = world.calendar();
        return p.status() == PracticeStatus.ICO_RUN ? levers.icoPay() : calendar.salariedPay();
    }

    /** Utility constant of working for the ICO that runs {@code p} (0 if none, or GP-led). */
    double icoConstant(Practice p) {
        if (p.status() != PracticeStatus.ICO_RUN) return 0;
        Trust ico = memberships.icoOf(p);
        return ico != null && ico.leadership() == Leadership.HOSPITAL_LED ? -jobAversion : 0;
    }

    /**
     * A salaried post in an ICO's team: ICO pay, no liability, the flexibility of salaried work,
     * workload 1, and for a hospital-led ICO GPs' aversion to it; for a GP already there
     * ({@code staying}), staying with its inertia.
     */
    Post teamPost(Gp gp, Trust ico, boolean staying) {
        double aversion = ico.leadership() == Leadership.HOSPITAL_LED ? jobAversion : 0;
        return new Post(staying ? Post.Kind.STAY : Post.Kind.SALARIED, ico, levers.icoPay(), 0, 0.5, 0, TEAM_WORKLOAD,
                peers.share(gp, Role.SALARIED), (staying ? inertia : 0) - aversion);
    }

    /** Employs {@code gp} as a salaried GP in {@code ico}'s team. */
    void joinTeam(Gp gp, Trust ico) {
        Node old = world.network().employerOf(gp);
        if (old instanceof Practice && gp.role() == Role.PARTNER) ((Practice) old).partnerLost();
        world.network().employ(gp, ico);
        gp.takeRole(Role.SALARIED, sessions.fteFor(gp, Role.SALARIED, null));
        ico.fillIcoPost();
        if (old instanceof Practice) capacity.readStaff((Practice) old);
    }
}
