package org.icosim.model;

import java.util.Objects;

import org.icosim.model.england.RealEngland;

/**
 * The real England of April 2015 (ODD 6, 7): one economy per STP, the practices at their sites
 * with their lists and census GPs, the acute trusts at theirs, built by {@code RealEnglandBuilder}
 * from the data given. The parameters that describe a synthetic layout (economies, practices,
 * trusts, their sizes and spread) are not read.
 */
public final class RealEnglandWorld implements WorldSource {

    private static final long serialVersionUID = 1L;

    private final RealEngland data;

    public RealEnglandWorld(RealEngland data) {
        this.data = Objects.requireNonNull(data, "data");
    }

    public RealEngland data() {
        return data;
    }

    @Override
    public void build(Submodels sub) {
        new RealEnglandBuilder(sub, data).build();
    }

    @Override
    public String describe() {
        return "real England from " + data.source();
    }
}
