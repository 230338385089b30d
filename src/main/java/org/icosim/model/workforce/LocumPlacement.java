package org.icosim.model.workforce;

import org.icosim.model.practice.PracticeCapacity;
import org.icosim.model.world.Economy;
import org.icosim.model.world.Gp;
import org.icosim.model.world.Practice;
import org.icosim.model.world.Role;
import org.icosim.model.world.World;

/**
 * ODD 8.8, locum placement: each month locums go where the need is, each in turn (in the order of
 * the GP list) to the open practice of its economy with the largest gap between the FTE its demand
 * needs and its partners' and salaried GPs' FTE, which the locum's FTE then narrows. What need is
 * left uncovered in an economy is its locum work for the job market.
 */
public final class LocumPlacement implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private final World world;
    private final PracticeCapacity capacity;

    public LocumPlacement(World world, PracticeCapacity capacity) {
        this.world = world;
        this.capacity = capacity;
    }

    /**
     * The open practice of {@code e} with the largest need not yet covered (the first on ties), or
     * {@code null}: by {@code remaining} FTE if given, else by the permanent gap less its locums.
     */
    Practice placement(Economy e, double[] remaining) {
        Practice best = null;
        double bestGap = Double.NEGATIVE_INFINITY;
        for (Practice p : e.practices()) {
            if (!p.isOpen()) continue;
            double gap = remaining != null ? remaining[p.id()] : capacity.permanentGap(p) - p.locumFte();
            if (gap > bestGap) {
                bestGap = gap;
                best = p;
            }
        }
        return best;
    }

    /** Phase 2, after demand: every locum to where the need is. */
    public void placeLocums() {
        int n = world.practices().size();
        double[] remaining = new double[n];
        for (Practice p : world.practices()) {
            remaining[p.id()] = p.isOpen() ? capacity.permanentGap(p) : Double.NEGATIVE_INFINITY;
        }
        for (Gp gp : world.gps()) {
            if (!gp.isActive() || gp.role() != Role.LOCUM) continue;
            Practice target = placement(gp.economy(), remaining);
            if (target == null) continue;
            world.network().employ(gp, target);
            remaining[target.id()] -= gp.fte();
        }
        double[] locumDemand = new double[world.economies().size()];
        for (Practice p : world.practices()) {
            if (p.isOpen() && remaining[p.id()] > 0) locumDemand[p.economy().id()] += remaining[p.id()];
        }
        world.labourMarket().setLocumDemandFte(locumDemand);
    }
}
