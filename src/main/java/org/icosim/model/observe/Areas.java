package org.icosim.model.observe;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.icosim.metrics.Area;
import org.icosim.metrics.Metric;
import org.icosim.model.world.Economy;
import org.icosim.model.world.Gp;
import org.icosim.model.world.Practice;
import org.icosim.model.world.PracticeSignals;
import org.icosim.model.world.World;
import org.icosim.network.Node;

/**
 * Metrics by area (ODD 8.25): the practice, GP and appointment metrics of {@link #METRICS} for each
 * economy (an STP in a real world) and, in a real world, each CCG, tallied in the observer's own
 * pass by {@link Tally} as the national ones are. A practice counts in its economy and its CCG; a
 * GP counts in the economy it belongs to, and in the CCG of the practice employing it (GPs of an
 * ICO's team at a trust, and GPs without a post this month, count in their economy only). So the
 * economies' rows add up to the national metrics, and the CCGs' rows to the practices' share.
 */
final class Areas implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    /** The metrics reported per area, in column order. */
    static final List<Metric> METRICS = List.of(
            Metric.practices, Metric.practicesIndependent, Metric.practicesFederated, Metric.practicesIcoAlliance,
            Metric.practicesIcoRun, Metric.practicesTrustRun, Metric.practiceClosuresCum, Metric.practiceMergersCum,
            Metric.patients, Metric.meanListSize, Metric.icoPatientShare, Metric.meanPartnerProfit,
            Metric.meanPracticeWorkload, Metric.gpHeadcount, Metric.gpFte, Metric.partnerHeadcount, Metric.partnerFte,
            Metric.salariedFte, Metric.salariedHeadcount, Metric.icoSalariedFte, Metric.locumFte, Metric.registrars,
            Metric.partnerShareFte, Metric.meanBurnout, Metric.appointmentsMet, Metric.accessWithin48h,
            Metric.aeAttendances, Metric.emergencyAdmissions);

    private final List<Area> areas;
    private final Tally[] tallies;
    private final int[] economyOfPractice;
    /** The CCG area of each practice, -1 in a synthetic world. */
    private final int[] ccgOfPractice;

    private Areas(List<Area> areas, int[] economyOfPractice, int[] ccgOfPractice) {
        this.areas = Collections.unmodifiableList(areas);
        this.economyOfPractice = economyOfPractice;
        this.ccgOfPractice = ccgOfPractice;
        this.tallies = new Tally[areas.size()];
        for (int a = 0; a < tallies.length; a++) tallies[a] = new Tally();
    }

    /**
     * The areas of a built world: its economies in order ("STP" when its practices carry a CCG,
     * as a real world's do, else "economy"), then its CCGs in order of code.
     */
    static Areas of(World world) {
        List<Economy> economies = world.economies();
        List<Practice> practices = world.practices();
        boolean real = false;
        for (Practice p : practices) real |= p.ccgCode() != null;
        List<Area> areas = new ArrayList<>();
        for (Economy e : economies) areas.add(new Area(real ? Area.STP : Area.ECONOMY, e.code(), e.name()));
        Map<String, String> ccgNames = new TreeMap<>();
        for (Practice p : practices) if (p.ccgCode() != null) ccgNames.putIfAbsent(p.ccgCode(), p.ccgName());
        Map<String, Integer> ccgIndex = new TreeMap<>();
        for (Map.Entry<String, String> ccg : ccgNames.entrySet()) {
            ccgIndex.put(ccg.getKey(), areas.size());
            areas.add(new Area(Area.CCG, ccg.getKey(), ccg.getValue() == null ? "" : ccg.getValue()));
        }
        int[] economyOf = new int[practices.size()];
        int[] ccgOf = new int[practices.size()];
        for (Practice p : practices) {
            economyOf[p.id()] = economyIndex(economies, p.economy());
            ccgOf[p.id()] = p.ccgCode() == null ? -1 : ccgIndex.get(p.ccgCode());
        }
        return new Areas(areas, economyOf, ccgOf);
    }

    /** The economy's place in the world's list: its id when the builder numbered them so, else searched. */
    static int economyIndex(List<Economy> economies, Economy economy) {
        int id = economy.id();
        if (id >= 0 && id < economies.size() && economies.get(id) == economy) return id;
        for (int e = 0; e < economies.size(); e++) if (economies.get(e) == economy) return e;
        throw new IllegalStateException("an economy the world does not list: " + economy);
    }

    List<Area> areas() {
        return areas;
    }

    void clear() {
        for (Tally t : tallies) t.clear();
    }

    void addPractice(Practice p, int scale) {
        tallies[economyOfPractice[p.id()]].addPractice(p, scale);
        int ccg = ccgOfPractice[p.id()];
        if (ccg >= 0) tallies[ccg].addPractice(p, scale);
    }

    void addGp(Gp gp, Node employer, List<Economy> economies) {
        tallies[economyIndex(economies, gp.economy())].addGp(gp, employer);
        if (employer instanceof Practice) {
            int ccg = ccgOfPractice[((Practice) employer).id()];
            if (ccg >= 0) tallies[ccg].addGp(gp, employer);
        }
    }

    void addSignals(PracticeSignals signals, int i) {
        if (i >= economyOfPractice.length) return;
        tallies[economyOfPractice[i]].addSignals(signals, i);
        int ccg = ccgOfPractice[i];
        if (ccg >= 0) tallies[ccg].addSignals(signals, i);
    }

    /** One row a area of the {@link #METRICS}, from the tallies just made. */
    double[][] rows(int scale) {
        double[] full = new double[Metric.values().length];
        double[][] rows = new double[tallies.length][METRICS.size()];
        for (int a = 0; a < tallies.length; a++) {
            tallies[a].fill(full, scale);
            for (int k = 0; k < METRICS.size(); k++) rows[a][k] = full[METRICS.get(k).ordinal()];
        }
        return rows;
    }
}
