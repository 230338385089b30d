package org.icosim.gui;

import org.icosim.model.world.Federation;
import org.icosim.model.IcoSim;
import org.icosim.network.TieType;

/** A federation, drawn at the centre of its member practices. */
public final class FederationMarker {

    private final Federation federation;
    private final IcoSim model;

    FederationMarker(Federation federation, IcoSim model) {
        this.federation = federation;
        this.model = model;
    }

    Federation federation() {
        return federation;
    }

    public String getName() { return MapNames.of(federation); }
    public int getEconomy() { return federation.economy().id(); }
    public int getMemberPractices() { return model.network().sources(federation, TieType.MEMBER_OF).size(); }
    public double getSavingsToDate() { return federation.savingsCum(); }

    @Override
    public String toString() {
        return getName();
    }
}
