package org.icosim.model;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.icosim.network.Node;

/** Small worlds for tests: one economy of a few practices, built and started, plus helpers to shape it by hand. */
final class TinyWorld {

    private TinyWorld() {
    }

    static Parameters parameters() {
        return new Parameters()
                .set(Parameters.ECONOMIES, 1)
                .set(Parameters.PRACTICES, 12)
                .set(Parameters.TRUSTS, 2)
                .set(Parameters.TOWNS_PER_ECONOMY, 2)
                .set(Parameters.ECONOMY_SIDE_KM, 20)
                .set(Parameters.PATIENT_SCALE, 10);
    }

    static IcoSim started(Parameters p, long seed) {
        IcoSim sim = new IcoSim(seed, p, YearMonth.of(2015, 4));
        sim.start();
        return sim;
    }

    static IcoSim started() {
        return started(parameters(), 7);
    }

    /** A population that neither grows nor shrinks, so counts of patients can be exact. */
    static Parameters closedPopulation() {
        return parameters().set(Parameters.BIRTH_RATE, 0).set(Parameters.DEATH_RATE_SCALE, 0)
                .set(Parameters.NET_REGISTRATION_INFLOW, 0);
    }

    static List<Gp> staff(IcoSim sim, Practice p, Role role) {
        List<Gp> out = new ArrayList<>();
        for (Node n : sim.network().staffOf(p)) if (((Gp) n).role() == role) out.add((Gp) n);
        return out;
    }

    static Practice practiceWithSalaried(IcoSim sim) {
        for (Practice p : sim.practices) if (p.isOpen() && p.salaried > 0 && p.partners > 0) return p;
        throw new AssertionError("no practice with salaried GPs in the tiny world");
    }

    /** A rule that never moves and never agrees: isolates the mechanism under test. */
    static PracticeMoveRule refusingRule() {
        return fixedRule(false);
    }

    /** A rule that never proposes but always agrees. */
    static PracticeMoveRule agreeingRule() {
        return fixedRule(true);
    }

    private static PracticeMoveRule fixedRule(boolean agree) {
        return new PracticeMoveRule() {
            public PracticeMove choose(Practice practice, IcoSim sim) { return PracticeMove.STAY; }
            public boolean acceptsMerger(Practice practice, Practice proposer, IcoSim sim) { return agree; }
            public boolean acceptsFederation(Practice practice, Practice proposer, IcoSim sim) { return agree; }
            public boolean takesOver(Practice practice, Practice handedBack, IcoSim sim) { return agree; }
            public double allianceAcceptance(Practice practice, Trust ico, Leadership leadership, IcoSim sim) { return agree ? 1 : 0; }
        };
    }

    /** Counts the patient agents whose registration names {@code p}, from the arrays themselves. */
    static int registeredAt(IcoSim sim, Practice p) {
        Patients pt = p.economy().patients();
        int n = 0;
        for (int i = 0; i < pt.size(); i++) if (pt.practiceOf(i) == p.id()) n++;
        return n;
    }
}
