package org.icosim.gui;

import org.icosim.model.IcoSim;
import org.icosim.model.world.Gp;
import org.icosim.model.world.Role;
import org.icosim.network.Node;

/** A GP on the map, drawn beside the employer, and in its inspector: role, age, employer, hours and burnout. */
public final class GpMarker implements sim.util.Propertied {

    private final Gp gp;
    private final IcoSim model;

    GpMarker(Gp gp, IcoSim model) {
        this.gp = gp;
        this.model = model;
    }

    Gp gp() {
        return gp;
    }

    Role role() {
        return gp.role();
    }

    String employer() {
        Node employer = gp.isActive() ? model.network().employerOf(gp) : null;
        return employer == null ? "none" : MapNames.of(employer);
    }

    @Override
    public sim.util.Properties properties() {
        return new MarkerProperties(this)
                .text("Name", () -> MapNames.of(gp))
                .text("Role", () -> MapNames.words(gp.role()))
                .number("Age", "years", gp::age)
                .text("Employer", this::employer)
                .number("Hours", "FTE", gp::fte)
                .number("Burnout", "0 to 1", gp::burnout)
                .count("Months in role", () -> (long) gp.monthsInRole())
                .flag("Active", gp::isActive);
    }

    @Override
    public String toString() {
        return MapNames.of(gp);
    }
}
