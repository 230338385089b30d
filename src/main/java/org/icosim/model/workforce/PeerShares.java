package org.icosim.model.workforce;

import org.icosim.model.world.Gp;
import org.icosim.model.world.Practice;
import org.icosim.model.world.Role;
import org.icosim.model.world.World;
import org.icosim.network.Node;

/**
 * The share of a GP's network peers in a role (ODD 8.7, read by 8.12): the peers of its practice
 * and the practice's neighbours, or, for a GP at no practice, the whole economy's.
 */
public final class PeerShares implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private final World world;

    public PeerShares(World world) {
        this.world = world;
    }

    public double share(Gp gp, Role asRole) {
        Node employer = world.network().employerOf(gp);
        if (employer instanceof Practice) {
            Practice base = (Practice) employer;
            switch (asRole) {
                case PARTNER: return base.peerPartnerShare();
                case LOCUM: return base.peerLocumShare();
                default: return base.peerSalariedShare();
            }
        }
        int e = gp.economy().id();
        switch (asRole) {
            case PARTNER: return world.labourMarket().economyRoleShare(e, 0);
            case LOCUM: return world.labourMarket().economyRoleShare(e, 2);
            default: return world.labourMarket().economyRoleShare(e, 1);
        }
    }
}
