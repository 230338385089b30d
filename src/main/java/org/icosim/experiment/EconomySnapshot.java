package org.icosim.experiment;

import java.util.ArrayList;
import java.util.List;

import org.icosim.model.world.Economy;
import org.icosim.model.IcoSim;
import org.icosim.model.world.Practice;

/**
 * One economy at the end of a month: its open practices, its registered patients and the share
 * of them whose practice is in an ICO (an alliance member or run by one). Counted as the model's
 * observer counts {@code icoPatientShare}, so on a one-economy model the snapshot and the metric
 * agree exactly.
 *
 * @param economy         the economy's id
 * @param code            its code: the STP's in a real world, the id in a synthetic one
 * @param name            its name: the STP's, or "economy N"
 * @param practices       open practices
 * @param patients        registered patients, in real people (agents times the patient scale)
 * @param icoPatientShare ICO patients over registered patients; NaN with no registered patient
 */
public record EconomySnapshot(int economy, String code, String name, int practices, double patients,
        double icoPatientShare) {

    /** An economy of a synthetic world, named as {@link Economy} names one without an identity. */
    public EconomySnapshot(int economy, int practices, double patients, double icoPatientShare) {
        this(economy, Integer.toString(economy), "economy " + economy, practices, patients, icoPatientShare);
    }

    /** Every economy of a started model, in economy order. */
    public static List<EconomySnapshot> of(IcoSim sim) {
        List<Economy> economies = sim.economies();
        int[] open = new int[economies.size()];
        double[] patients = new double[economies.size()];
        double[] icoPatients = new double[economies.size()];
        int scale = sim.patientScale();
        // Practices in the model's order, as the observer adds them, so sums match it bit for bit.
        for (Practice p : sim.practices()) {
            if (!p.isOpen()) continue;
            int e = indexOf(economies, p.economy());
            double list = (double) p.listAgents() * scale;
            open[e]++;
            patients[e] += list;
            if (p.status().inIco()) icoPatients[e] += list;
        }
        List<EconomySnapshot> snapshots = new ArrayList<>(economies.size());
        for (int e = 0; e < economies.size(); e++) {
            double share = patients[e] > 0 ? icoPatients[e] / patients[e] : Double.NaN;
            Economy economy = economies.get(e);
            snapshots.add(new EconomySnapshot(economy.id(), economy.code(), economy.name(), open[e], patients[e], share));
        }
        return snapshots;
    }

    private static int indexOf(List<Economy> economies, Economy economy) {
        // Economies are numbered 0, 1, ... in list order by the world builder; search if not.
        int id = economy.id();
        if (id >= 0 && id < economies.size() && economies.get(id) == economy) return id;
        for (int e = 0; e < economies.size(); e++) {
            if (economies.get(e) == economy) return e;
        }
        throw new IllegalStateException("practice in an economy the model does not list: " + economy);
    }
}
