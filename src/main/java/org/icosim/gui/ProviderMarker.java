package org.icosim.gui;

import org.icosim.model.IcoSim;
import org.icosim.model.world.Practice;
import org.icosim.model.world.Provider;
import org.icosim.network.Node;
import org.icosim.network.TieType;

/**
 * A large-scale provider (ODD 8.39), drawn at the centre of its open member practices; its
 * inspector gives what the provider did since it formed.
 */
public final class ProviderMarker implements sim.util.Propertied {

    private final Provider provider;
    private final IcoSim model;

    ProviderMarker(Provider provider, IcoSim model) {
        this.provider = provider;
        this.model = model;
    }

    Provider provider() {
        return provider;
    }

    /** Its open members' registered patients (real patients: agents times the patient scale). */
    long patients() {
        if (!model.network().contains(provider)) return 0;
        long agents = 0;
        for (Node member : model.network().sourcesView(provider, TieType.MEMBER_OF)) {
            if (member instanceof Practice && ((Practice) member).isOpen()) agents += ((Practice) member).listAgents();
        }
        return agents * model.patientScale();
    }

    @Override
    public sim.util.Properties properties() {
        return new MarkerProperties(this)
                .text("Name", () -> MapNames.of(provider))
                .text("Area (STP)", () -> provider.economy().name())
                .text("Formed", () -> model.startMonth().plusMonths(provider.monthFormed()).toString())
                .count("Member practices", () -> model.network().contains(provider)
                        ? (long) model.network().sources(provider, TieType.MEMBER_OF).size() : 0L)
                .count("Patients", this::patients)
                .count("Practices recruited", () -> (long) provider.recruited())
                .count("Contracts taken on", () -> (long) provider.contractsTakenOn())
                .count("Partners lent", () -> (long) provider.partnersLent());
    }

    @Override
    public String toString() {
        return MapNames.of(provider);
    }
}
