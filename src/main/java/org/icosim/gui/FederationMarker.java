package org.icosim.gui;

import org.icosim.model.IcoSim;
import org.icosim.model.world.Federation;
import org.icosim.network.TieType;

/** A federation, drawn at the centre of its member practices. */
public final class FederationMarker implements sim.util.Propertied {

    private final Federation federation;
    private final IcoSim model;

    FederationMarker(Federation federation, IcoSim model) {
        this.federation = federation;
        this.model = model;
    }

    Federation federation() {
        return federation;
    }

    @Override
    public sim.util.Properties properties() {
        return new MarkerProperties(this)
                .text("Name", () -> MapNames.of(federation))
                .text("Area (STP)", () -> federation.economy().name())
                .count("Member practices", () -> (long) model.network().sources(federation, TieType.MEMBER_OF).size())
                .money("Savings to date", "£", federation::savingsCum);
    }

    @Override
    public String toString() {
        return MapNames.of(federation);
    }
}
