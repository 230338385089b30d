package org.icosim.model.practice;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import org.icosim.model.parameters.ParameterValues;
import org.icosim.model.world.ModelRandom;
import org.icosim.model.world.Practice;
import org.icosim.model.world.Trust;

import ec.util.MersenneTwisterFast;

/**
 * A practice-move context that reads the world through a real one but draws its Gumbel errors
 * from a stream of its own (seeded, for runs over many seeds) or from a script of given values,
 * and counts the draws.
 */
final class DrawingContext implements PracticeMoveRule.Context {

    private final PracticeMoveRule.Context world;
    private final ModelRandom random;
    private final Deque<Double> script = new ArrayDeque<>();
    int draws;

    private DrawingContext(PracticeMoveRule.Context world, ModelRandom random) {
        this.world = world;
        this.random = random;
    }

    /** Gumbel draws from a stream seeded with {@code seed}. */
    static DrawingContext seeded(PracticeMoveRule.Context world, long seed) {
        return new DrawingContext(world, new ModelRandom(new MersenneTwisterFast(seed)));
    }

    /** The given values as the draws, in order; then 0. */
    static DrawingContext scripted(PracticeMoveRule.Context world, double... draws) {
        DrawingContext c = new DrawingContext(world, null);
        for (double d : draws) c.script.add(d);
        return c;
    }

    @Override
    public double gumbel() {
        draws++;
        if (random != null) return random.gumbel();
        return script.isEmpty() ? 0 : script.poll();
    }

    @Override public ParameterValues parameters() { return world.parameters(); }
    @Override public List<Practice> neighbours(Practice p) { return world.neighbours(p); }
    @Override public Trust icoOf(Practice p) { return world.icoOf(p); }
    @Override public boolean mandated() { return world.mandated(); }
    @Override public double icoPay() { return world.icoPay(); }
    @Override public double salariedPay() { return world.salariedPay(); }
    @Override public double costIndex() { return world.costIndex(); }
    @Override public int patientScale() { return world.patientScale(); }
    @Override public int enrolledAgents(Practice p) { return world.enrolledAgents(p); }
}
