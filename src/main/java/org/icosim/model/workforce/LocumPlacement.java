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
    /** 8.34: rates and the cover practices want (changes nothing when off). */
    private final LocumMarket market;

    public LocumPlacement(World world, PracticeCapacity capacity) {
        this.world = world;
        this.capacity = capacity;
        this.market = new LocumMarket(world, capacity);
    }

    /** The locum market of the run (8.34). */
    public LocumMarket market() {
        return market;
    }

    /**
     * The cover practice {@code p} wants: its permanent gap (8.6), of which, with the locum market
     * on, only the share its economy's rate makes worth paying for when the gap is positive (8.34).
     */
    double wantedCover(Practice p) {
        double gap = capacity.permanentGap(p);
        return market.isOn() && gap > 0 ? gap * market.coverShare(p.economy()) : gap;
    }

    /**
     * Where a GP who chose locum work goes: the open practice of {@code e} with the largest
     * permanent gap less its locums' FTE (the first on ties), or {@code null}.
     */
    Practice placement(Economy e) {
        Practice best = null;
        double bestGap = Double.NEGATIVE_INFINITY;
        for (Practice p : e.practices()) {
            if (!p.isOpen()) continue;
            double gap = wantedCover(p) - p.locumFte();
            if (gap > bestGap) {
                bestGap = gap;
                best = p;
            }
        }
        return best;
    }

    /** Phase 2, after demand: the locum market's rates move (8.34), then every locum goes to where the need is. */
    public void placeLocums() {
        market.updateRates();
        int n = world.practices().size();
        double[] remaining = new double[n];
        for (Practice p : world.practices()) {
            remaining[p.id()] = p.isOpen() ? wantedCover(p) : Double.NEGATIVE_INFINITY;
        }
        // Per economy, a tournament tree over its practices (in the economy's order) finds the
        // largest remaining gap, the first on ties, as a scan would, in log time.
        java.util.List<Economy> economies = world.economies();
        Tournament[] trees = new Tournament[economies.size()];
        for (Economy e : economies) trees[e.id()] = new Tournament(e, remaining);
        for (Gp gp : world.gps()) {
            if (!gp.isActive() || gp.role() != Role.LOCUM) continue;
            Tournament tree = trees[gp.economy().id()];
            int best = tree.best();
            if (best < 0) continue;
            Practice target = gp.economy().practices().get(best);
            world.network().employ(gp, target);
            remaining[target.id()] -= gp.fte();
            tree.changed(best);
        }
        double[] locumDemand = new double[economies.size()];
        for (Practice p : world.practices()) {
            if (p.isOpen() && remaining[p.id()] > 0) locumDemand[p.economy().id()] += remaining[p.id()];
        }
        world.labourMarket().setLocumDemandFte(locumDemand);
    }

    /**
     * The open practice of an economy with the largest remaining gap, the first in the economy's
     * order on ties: a binary tree whose leaves are the practices and whose nodes hold the winner
     * of their two halves (the left one unless the right one's gap is strictly larger).
     */
    private static final class Tournament {
        private final java.util.List<Practice> practices;
        private final double[] remaining;
        private final int leaves;
        /** Winner of each node as a position in {@code practices}, -1 for none; the root is node 1. */
        private final int[] winner;

        Tournament(Economy e, double[] remaining) {
            this.practices = e.practices();
            this.remaining = remaining;
            int size = 1;
            while (size < Math.max(1, practices.size())) size <<= 1;
            this.leaves = size;
            this.winner = new int[2 * size];
            java.util.Arrays.fill(winner, -1);
            for (int i = 0; i < practices.size(); i++) if (practices.get(i).isOpen()) winner[size + i] = i;
            for (int node = size - 1; node >= 1; node--) winner[node] = play(winner[2 * node], winner[2 * node + 1]);
        }

        private int play(int left, int right) {
            if (left < 0) return right;
            if (right < 0) return left;
            return gap(right) > gap(left) ? right : left;
        }

        private double gap(int i) {
            return remaining[practices.get(i).id()];
        }

        /** The winner's position in the economy's practices, or -1 if none is open. */
        int best() {
            return winner[1];
        }

        /** The gap of the practice at position {@code i} has changed: replay the matches on its path to the root. */
        void changed(int i) {
            for (int node = (leaves + i) >> 1; node >= 1; node >>= 1) winner[node] = play(winner[2 * node], winner[2 * node + 1]);
        }
    }
}
