package org.icosim.calibration;

import java.util.ArrayList;
import java.util.List;

/**
 * The part of the parameter space not yet ruled out: the points of the box that are
 * non-implausible under every wave's {@link Implausibility} so far (Vernon, Goldstein and Bower
 * 2010: each wave's emulators are built, and trusted, only inside the previous waves' region, so a
 * point must pass them all). Immutable; {@link #and} adds a wave.
 */
public final class NonImplausibleRegion {

    private final ParameterSpace space;
    private final List<Implausibility> waves;

    private NonImplausibleRegion(ParameterSpace space, List<Implausibility> waves) {
        this.space = space;
        this.waves = List.copyOf(waves);
    }

    /** The whole box, before any wave. */
    public static NonImplausibleRegion whole(ParameterSpace space) {
        if (space == null) throw new IllegalArgumentException("parameter space: got null, expected the parameters' ranges");
        return new NonImplausibleRegion(space, List.of());
    }

    /** @return this region cut down by one more wave's implausibility */
    public NonImplausibleRegion and(Implausibility wave) {
        if (wave == null) throw new IllegalArgumentException("wave: got null, expected an implausibility measure");
        if (wave.dimension() != space.dimension()) {
            throw new IllegalArgumentException("wave has " + wave.dimension() + " inputs, expected " + space.dimension());
        }
        List<Implausibility> w = new ArrayList<>(waves);
        w.add(wave);
        return new NonImplausibleRegion(space, w);
    }

    /** @return whether x lies in the box and is non-implausible under every wave */
    public boolean contains(double[] x) {
        if (!space.contains(x)) return false;
        for (Implausibility w : waves) if (!w.isNonImplausible(x)) return false;
        return true;
    }

    /** @return the candidates in the region and their share */
    public Screening screen(double[][] candidates) {
        double[][] pts = Check.points("candidates", candidates, space.dimension());
        List<double[]> kept = new ArrayList<>();
        for (double[] x : pts) if (contains(x)) kept.add(x);
        return new Screening(kept.toArray(new double[0][]), pts.length, (double) kept.size() / pts.length);
    }

    public ParameterSpace space() {
        return space;
    }

    /** @return the number of waves so far */
    public int waves() {
        return waves.size();
    }
}
