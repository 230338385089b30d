package org.icosim.model.practice;

import org.icosim.model.world.Practice;
import org.icosim.model.world.World;
import org.icosim.network.Node;

/**
 * ODD 8.7, peers and switch targets: the shares of partners, salaried GPs and locums among the GPs
 * of each open practice and its neighbours (the network peers whose choices sway a GP), the same
 * shares over each economy for GPs outside practices, and where a practice's unhappy patients
 * would switch: the open neighbour with the best access, if more than {@value #SWITCH_MARGIN}
 * better than their own (ties to the nearer).
 */
public final class PeersAndSwitching implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    /** Margin of access a switch target must exceed. */
    static final double SWITCH_MARGIN = 0.05;

    private final World world;

    public PeersAndSwitching(World world) {
        this.world = world;
    }

    public void update() {
        int economies = world.economies().size();
        int[] switchTarget = world.signals().switchTarget;
        double[][] counts = new double[economies][3];
        for (Practice p : world.practices()) {
            if (!p.isOpen()) {
                switchTarget[p.id()] = -1;
                continue;
            }
            double partners = p.partners();
            double salaried = p.salaried();
            double locums = p.locums();
            int e = p.economy().id();
            counts[e][0] += p.partners();
            counts[e][1] += p.salaried();
            counts[e][2] += p.locums();
            Practice better = null;
            double bestAccess = p.accessProbability() + SWITCH_MARGIN;
            java.util.List<Node> neighbours = world.network().neighbourView(p);
            for (int k = 0; k < neighbours.size(); k++) {
                Practice q = (Practice) neighbours.get(k);
                partners += q.partners();
                salaried += q.salaried();
                locums += q.locums();
                if (q.isOpen() && q.accessProbability() > bestAccess) {
                    bestAccess = q.accessProbability();
                    better = q;
                }
            }
            double all = partners + salaried + locums;
            p.setPeerShares(all > 0 ? partners / all : 0, all > 0 ? salaried / all : 0, all > 0 ? locums / all : 0);
            switchTarget[p.id()] = better == null ? -1 : better.id();
        }
        double[][] shares = new double[economies][3];
        for (int e = 0; e < economies; e++) {
            double all = counts[e][0] + counts[e][1] + counts[e][2];
            for (int k = 0; k < 3; k++) shares[e][k] = all > 0 ? counts[e][k] / all : 0;
        }
        world.labourMarket().setEconomyRoleShares(shares);
    }
}
