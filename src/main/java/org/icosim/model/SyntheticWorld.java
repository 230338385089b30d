package org.icosim.model;

/**
 * The synthetic England of ODD 6 (the default world): economies on a grid, towns, practices and
 * trusts drawn from the parameters, built by {@code WorldBuilder}.
 */
public final class SyntheticWorld implements WorldSource {

    private static final long serialVersionUID = 1L;

    /** The one synthetic source: it holds nothing but the parameters it is given at build. */
    public static final SyntheticWorld INSTANCE = new SyntheticWorld();

    private SyntheticWorld() {
    }

    @Override
    public void build(Submodels sub) {
        new WorldBuilder(sub).build();
    }

    @Override
    public String describe() {
        return "synthetic";
    }

    private Object readResolve() {
        return INSTANCE;
    }
}
