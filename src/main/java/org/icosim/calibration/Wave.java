package org.icosim.calibration;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The design of the next wave of history matching, inside the region the waves so far have not
 * ruled out (Vernon, Goldstein and Bower 2010, section 5; Andrianakis et al. 2015): Latin
 * hypercubes in the bounding box of the current non-implausible points (widened by {@link
 * #MARGIN} on each side, since a sample's bounding box is smaller than the region's), keeping
 * the candidates in the region, until at least {@code 5 n} are kept or {@link #MAX_ROUNDS}
 * rounds are drawn; then a maximin subset of n of them. Deterministic given the seed.
 */
public final class Wave {

    /** The widening of the bounding box on each side, as a fraction of its width. */
    public static final double MARGIN = 0.1;

    /** The most Latin hypercubes drawn for one design. */
    public static final int MAX_ROUNDS = 20;

    /**
     * @param points     the next wave's design points, where the simulator should be run
     * @param candidates every candidate found in the region: a sample of it, for the next
     *                   bounding box and for plots
     * @param drawn      candidates drawn in the bounding box
     * @param box        the bounding box sampled
     */
    public record Design(double[][] points, double[][] candidates, int drawn, ParameterSpace box) {

        /** @return the share of drawn candidates in the region, an estimate of its share of the box */
        public double acceptance() {
            return (double) candidates.length / drawn;
        }
    }

    private Wave() {
    }

    /**
     * @param region         the region not yet ruled out
     * @param nonImplausible points known to be in the region (e.g. the previous screening's
     *                       survivors), at least one; they set the box to sample
     * @param n              design points, at least 1
     * @param perRound       candidates per Latin hypercube, at least n
     * @param seed           the seed of every draw
     * @throws IllegalStateException if fewer than n candidates are found in the region
     */
    public static Design nextDesign(NonImplausibleRegion region, double[][] nonImplausible, int n, int perRound, long seed) {
        Check.atLeast("design points", n, 1);
        if (perRound < n) throw new IllegalArgumentException("candidates per round: got " + perRound + ", expected at least the " + n + " design points");
        Design sample = sample(region, nonImplausible, 5 * n, perRound, seed);
        if (sample.candidates().length < n) {
            throw new IllegalStateException("found " + sample.candidates().length + " non-implausible candidates in " + sample.drawn()
                    + " drawn, fewer than the " + n + " design points; draw more per round or relax the cut-off");
        }
        return new Design(Designs.maximinSubset(region.space(), sample.candidates(), n), sample.candidates(), sample.drawn(), sample.box());
    }

    /**
     * Candidates in the region, drawn as {@link #nextDesign} draws them (Latin hypercubes in the
     * widened bounding box of the known points) until at least {@code wanted} are kept or
     * {@link #MAX_ROUNDS} rounds are drawn; the design's points are every candidate kept, in the
     * order found, possibly fewer than wanted (none when the region is too small to hit).
     *
     * @param wanted   candidates to keep, at least 1
     * @param perRound candidates per Latin hypercube, at least 1
     */
    public static Design sample(NonImplausibleRegion region, double[][] nonImplausible, int wanted, int perRound, long seed) {
        if (region == null) throw new IllegalArgumentException("region: got null, expected the non-implausible region");
        ParameterSpace space = region.space();
        Check.atLeast("candidates wanted", wanted, 1);
        Check.atLeast("candidates per round", perRound, 1);
        ParameterSpace box = Designs.boundingBox(space, nonImplausible, MARGIN);
        SplittableRandom seeds = new SplittableRandom(seed);
        List<double[]> kept = new ArrayList<>();
        int drawn = 0;
        for (int round = 0; round < MAX_ROUNDS && kept.size() < wanted; round++) {
            for (double[] x : Designs.latinHypercube(box, perRound, seeds.nextLong())) if (region.contains(x)) kept.add(x);
            drawn += perRound;
        }
        double[][] candidates = kept.toArray(new double[0][]);
        return new Design(candidates, candidates, drawn, box);
    }
}
