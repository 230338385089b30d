package org.icosim.model.practice;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;

import org.icosim.model.parameters.Parameters;
import org.icosim.model.world.Economy;
import org.icosim.model.world.Practice;
import org.icosim.model.world.World;

/**
 * The NEIGHBOUR ties (ODD 3): each open practice's {@link Parameters#NEIGHBOURS} nearest open
 * practices of its economy, nearest first (ties by id). Set at the start and again for the
 * practices that counted a practice among their nearest when it merges away or closes.
 */
public final class Neighbours implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private final World world;
    private final int k;

    public Neighbours(World world) {
        this.world = world;
        this.k = world.params().getInt(Parameters.NEIGHBOURS);
    }

    /** The neighbours of every open practice of {@code e}. */
    public void rebuild(Economy e) {
        rebuild(new LinkedHashSet<>(e.practices()));
    }

    /** The neighbours of each open practice of {@code practices}, in that order. */
    public void rebuild(Collection<Practice> practices) {
        Economy economy = null;
        List<Practice> open = null;
        for (Practice p : practices) {
            if (!p.isOpen()) continue;
            if (p.economy() != economy) {
                economy = p.economy();
                open = openPractices(economy);
            }
            world.network().setNeighbours(p, nearest(open, p, k));
        }
    }

    /** Open practices of {@code e}, in creation order. */
    static List<Practice> openPractices(Economy e) {
        List<Practice> out = new ArrayList<>(e.practices().size());
        for (Practice p : e.practices()) if (p.isOpen()) out.add(p);
        return out;
    }

    /** The {@code k} practices of {@code candidates} nearest to {@code from} (not itself), nearest first; ties by id. */
    public static List<Practice> nearest(List<Practice> candidates, Practice from, int k) {
        // Partial selection: k passes over the candidates beat sorting them all for small k.
        List<Practice> out = new ArrayList<>(k);
        double lastDistance = -1;
        int lastId = -1;
        for (int round = 0; round < k; round++) {
            Practice best = null;
            double bestDistance = Double.POSITIVE_INFINITY;
            for (Practice c : candidates) {
                if (c == from) continue;
                double d = c.distanceTo(from);
                boolean afterLast = d > lastDistance || (d == lastDistance && c.id() > lastId);
                if (!afterLast) continue;
                if (d < bestDistance || (d == bestDistance && c.id() < best.id())) {
                    bestDistance = d;
                    best = c;
                }
            }
            if (best == null) break;
            out.add(best);
            lastDistance = bestDistance;
            lastId = best.id();
        }
        return out;
    }
}
