package org.icosim.model.practice;

import java.util.List;

import org.icosim.model.parameters.ParameterValues;
import org.icosim.model.patients.Demography;
import org.icosim.model.policy.PolicyLevers;
import org.icosim.model.world.Memberships;
import org.icosim.model.world.Practice;
import org.icosim.model.world.Trust;
import org.icosim.model.world.World;
import org.icosim.network.Node;

/** The world as a {@link PracticeMoveRule} sees it: reads only, and the run's Gumbel draws. */
public final class PracticeMoveContext implements PracticeMoveRule.Context, java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private final World world;
    private final Memberships memberships;
    private final PolicyLevers levers;
    private final int enrolledTier;

    public PracticeMoveContext(World world, Memberships memberships, PolicyLevers levers) {
        this.world = world;
        this.memberships = memberships;
        this.levers = levers;
        enrolledTier = Demography.lowestEnrolledTier(world.params());
    }

    @Override public ParameterValues parameters() { return world.params(); }
    @Override public double gumbel() { return world.random().gumbel(); }
    @Override public Trust icoOf(Practice p) { return memberships.icoOf(p); }
    @Override public boolean mandated() { return levers.mandated(); }
    @Override public double icoPay() { return levers.icoPay(); }
    @Override public double salariedPay() { return world.calendar().salariedPay(); }
    @Override public double costIndex() { return world.calendar().costIndex(); }
    @Override public int patientScale() { return world.patientScale(); }
    @Override public int enrolledAgents(Practice p) { return p.agentsInTiersFrom(enrolledTier); }

    /** A live, unmodifiable view: valid until the network next changes. */
    @Override
    @SuppressWarnings("unchecked")
    public List<Practice> neighbours(Practice p) {
        // Every NEIGHBOUR tie ends at a practice, so the view of nodes is a view of practices.
        List<? extends Node> nodes = world.network().neighbourView(p);
        return (List<Practice>) nodes;
    }
}
