package org.icosim.gui;

import org.icosim.model.world.Gp;
import org.icosim.model.IcoSim;
import org.icosim.model.world.Role;
import org.icosim.network.Node;

/** A GP on the map, drawn beside the employer, and in its inspector: role, age, employer, hours and burnout. */
public final class GpMarker {

    private final Gp gp;
    private final IcoSim model;

    GpMarker(Gp gp, IcoSim model) {
        this.gp = gp;
        this.model = model;
    }

    Gp gp() {
        return gp;
    }

    public String getName() { return MapNames.of(gp); }
    public Role getRole() { return gp.role(); }
    public double getAge() { return gp.age(); }
    public String getEmployer() {
        Node employer = gp.isActive() ? model.network().employerOf(gp) : null;
        return employer == null ? "none" : MapNames.of(employer);
    }
    public double getFte() { return gp.fte(); }
    public double getBurnout() { return gp.burnout(); }
    public int getMonthsInRole() { return gp.monthsInRole(); }
    public boolean isActive() { return gp.isActive(); }

    @Override
    public String toString() {
        return getName() + " (" + gp.role() + ")";
    }
}
