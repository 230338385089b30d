package org.icosim.model.world;

import java.util.List;

import org.icosim.model.patients.PatientRandom;

import ec.util.MersenneTwisterFast;

/**
 * The run's stream for agent decisions: MASON's generator, seeded from the run's 64-bit seed, and
 * the draws the submodels share (a stochastic rounding, the Gumbel error of the logit choices, a
 * Fisher-Yates shuffle). Maths that must give the same bits on every machine uses
 * {@link StrictMath}.
 */
public final class ModelRandom implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private final MersenneTwisterFast random;

    public ModelRandom(MersenneTwisterFast random) {
        this.random = random;
    }

    public double nextDouble() { return random.nextDouble(); }
    public double nextGaussian() { return random.nextGaussian(); }
    public int nextInt(int n) { return random.nextInt(n); }
    public long nextLong() { return random.nextLong(); }

    /** The whole part of {@code x}, plus one with probability its fraction. */
    public int stochasticRound(double x) {
        int whole = (int) Math.floor(x);
        return whole + (random.nextDouble() < x - whole ? 1 : 0);
    }

    /** As {@link #stochasticRound(double)}, drawing from a patient stream. */
    public static int stochasticRound(PatientRandom rng, double x) {
        int whole = (int) Math.floor(x);
        return whole + (rng.nextDouble() < x - whole ? 1 : 0);
    }

    /** A Gumbel draw {@code -ln(-ln U)}, U uniform on (0, 1): the error term of the logit choices. */
    public double gumbel() {
        double u = random.nextDouble(false, false);
        return -StrictMath.log(-StrictMath.log(u));
    }

    /** Shuffles in place (Fisher-Yates). */
    public <T> void shuffle(List<T> list) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            T t = list.get(i);
            list.set(i, list.get(j));
            list.set(j, t);
        }
    }
}
