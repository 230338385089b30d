package org.icosim.gui;

import java.util.EnumMap;
import java.util.Map;

import org.icosim.model.IcoSim;
import org.icosim.model.world.Economy;
import org.icosim.model.world.IcoStatus;
import org.icosim.model.world.Practice;
import org.icosim.model.world.PracticeStatus;
import org.icosim.model.world.Trust;
import sim.util.Double2D;

/**
 * One area (an economy; an STP on the real England) as the map draws it zoomed out on a large
 * world: its open practices counted by status, its patients, and the centre of its practices.
 * Counted once a month by {@link #recount}, a pass over the area's practices (never its GPs).
 */
public final class AreaMarker implements sim.util.Propertied {

    private final Economy economy;
    private final IcoSim model;
    private final Map<PracticeStatus, Integer> counts = new EnumMap<>(PracticeStatus.class);
    private long patients;
    private int open;
    private Double2D centre;

    AreaMarker(Economy economy, IcoSim model) {
        this.economy = economy;
        this.model = model;
        recount();
    }

    /** Counts the area's open practices by status and their patients (real patients, whatever the patient scale). */
    void recount() {
        counts.clear();
        patients = 0;
        open = 0;
        double x = 0;
        double y = 0;
        for (Practice p : economy.practices()) {
            if (!p.isOpen()) continue;
            counts.merge(p.status(), 1, Integer::sum);
            patients += (long) p.listAgents() * model.patientScale();
            x += p.x();
            y += p.y();
            open++;
        }
        centre = open == 0 ? null : new Double2D(x / open, y / open);
    }

    String name() {
        return economy.name();
    }

    int practices(PracticeStatus status) {
        return counts.getOrDefault(status, 0);
    }

    int openPractices() {
        return open;
    }

    long patients() {
        return patients;
    }

    /** The centre of the open practices on the model's plane (km), or {@code null} if none is open. */
    Double2D centre() {
        return centre;
    }

    /** The share of the area's open practices in an ICO (alliance members or run by one). */
    double icoPracticeShare() {
        return open == 0 ? Double.NaN
                : (practices(PracticeStatus.ICO_ALLIANCE) + practices(PracticeStatus.ICO_RUN)) / (double) open;
    }

    private long trusts(IcoStatus status) {
        long n = 0;
        for (Trust t : economy.trusts()) if (t.icoStatus() == status) n++;
        return n;
    }

    @Override
    public sim.util.Properties properties() {
        MarkerProperties rows = new MarkerProperties(this)
                .text("Area (STP)", economy::name)
                .count("Open practices", () -> (long) open)
                .count("Patients", () -> patients);
        for (PracticeStatus status : MapLegend.OPEN_STATUSES) {
            rows.count("Practices: " + MapLegend.statusWords(status), () -> (long) practices(status));
        }
        rows.number("Practices in an ICO", "share", this::icoPracticeShare)
                .count("Trusts", () -> (long) economy.trusts().size())
                .count("Trusts operating an ICO", () -> trusts(IcoStatus.ICO))
                .count("Trusts forming an ICO", () -> trusts(IcoStatus.FORMING));
        return rows;
    }

    @Override
    public String toString() {
        return "Area " + economy.name();
    }
}
