package org.icosim.model;

/**
 * Where a run's April 2015 world comes from (ODD 6): the synthetic England drawn from the
 * parameters ({@link SyntheticWorld}, the default) or the real one built from the practices and
 * trusts of 2015 ({@link RealEnglandWorld}). A source builds the economies, trusts, practices,
 * patient agents and workforce into the run's world, ties them, and runs the first practice phase;
 * the same source, parameters and seed build the same world.
 */
public interface WorldSource extends java.io.Serializable {

    /** Builds the starting world into {@code sub.world}. */
    void build(Submodels sub);

    /** A short description for records and messages, e.g. {@code "synthetic"}. */
    String describe();
}
