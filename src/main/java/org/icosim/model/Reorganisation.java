package org.icosim.model;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.icosim.network.Node;
import org.icosim.network.TieType;

/**
 * Step 5 of the month, each quarter: partner-led practices decide their moves through the model's
 * {@link PracticeMoveRule}, and this class carries them out on the network: mergers (staff and
 * patients move, history kept as a MERGED_INTO tie), federations, hand-backs of contracts with no
 * partner left (a neighbour takes the list over, or a trust runs it as caretaker, or it closes and
 * its patients register with the nearest open practices). No practice is closed by policy.
 */
final class Reorganisation implements java.io.Serializable {

    private final IcoSim sim;

    Reorganisation(IcoSim sim) {
        this.sim = sim;
    }

    void quarterlyDecisions() {
        int handBackMonths = sim.params.getInt(Parameters.HAND_BACK_MONTHS);
        List<Practice> order = new ArrayList<>();
        for (Practice p : sim.practices) if (p.isOpen()) order.add(p);
        sim.shuffle(order);
        for (Practice p : order) {
            if (!p.isOpen()) continue;
            if (p.status == PracticeStatus.TRUST_RUN || p.status == PracticeStatus.ICO_RUN) {
                // A caretaker (or an ICO) gives up a practice it cannot staff at all.
                if (p.partners + p.salaried + p.locums == 0 && p.vacancyMonths >= handBackMonths) close(p);
                continue;
            }
            if (!p.status.partnerLed()) continue;
            if (p.partners == 0) {
                if (p.partnerlessMonths >= handBackMonths) handBack(p);
                continue;
            }
            PracticeMove move = sim.practiceMoves.choose(p, sim);
            // An offer is answered once, at the quarter's decision.
            p.allianceOffer = null;
            p.absorptionOffer = null;
            carryOut(p, move);
        }
        for (Practice p : sim.practices) {
            p.partnersLostThisQuarter = 0;
            // Offers a practice did not act on (no partner left, run by a trust) lapse with the quarter.
            p.allianceOffer = null;
            p.absorptionOffer = null;
        }
        sim.workforce.removeDeparted();
    }

    void carryOut(Practice p, PracticeMove move) {
        switch (move.kind()) {
            case MERGE: {
                Practice q = move.partner();
                if (q.isOpen() && sim.practiceMoves.acceptsMerger(q, p, sim)) {
                    if (absorbs(p, q)) merge(q, p); else merge(p, q);
                }
                break;
            }
            case FEDERATE:
                federate(p);
                break;
            case JOIN_ICO:
                if (move.ico().isIco()) joinIco(p, move.ico());
                break;
            case ICO_ABSORPTION:
                if (move.ico().isIco()) absorb(p, move.ico());
                break;
            case LEAVE_ICO:
                leaveIco(p);
                break;
            default:
                break;
        }
    }

    /** In a merger the larger list absorbs the smaller; ties go to the older (lower id) practice. */
    static boolean absorbs(Practice a, Practice b) {
        return a.listAgents > b.listAgents || (a.listAgents == b.listAgents && a.id() < b.id());
    }

    /** Joins a federated neighbour's federation, or founds one with a neighbour that agrees. */
    void federate(Practice p) {
        for (Node n : sim.network.neighboursOf(p)) {
            Practice q = (Practice) n;
            if (q.status == PracticeStatus.FEDERATED) {
                Federation f = federationOf(q);
                if (f != null) {
                    join(p, f);
                    return;
                }
            }
        }
        for (Node n : sim.network.neighboursOf(p)) {
            Practice q = (Practice) n;
            if (sim.practiceMoves.acceptsFederation(q, p, sim)) {
                Federation f = new Federation(sim.nextFederationId++, p.economy());
                sim.federations.add(f);
                sim.network.add(f);
                join(p, f);
                join(q, f);
                return;
            }
        }
    }

    private void join(Practice p, Federation f) {
        sim.network.addMembership(p, f);
        if (p.status == PracticeStatus.INDEPENDENT) p.status = PracticeStatus.FEDERATED;
    }

    Federation federationOf(Practice p) {
        for (Node n : sim.network.membershipsOf(p)) if (n instanceof Federation) return (Federation) n;
        return null;
    }

    /**
     * {@code absorbed} merges into {@code absorber}: its GPs keep their roles at the absorber, its
     * patients register there, its MPIG and premises go with them, and the merged practice runs
     * part of the absorbed site's fixed costs ({@link Parameters#MERGER_FIXED_SAVING} is saved).
     */
    void merge(Practice absorbed, Practice absorber) {
        for (Node n : sim.network.staffOf(absorbed)) sim.network.employ(n, absorber);
        Patients pt = absorbed.economy().patients;
        for (int i : absorbed.economy().patientsOf(absorbed)) pt.register(i, absorbed, absorber);
        absorber.mpig2015 += absorbed.mpig2015;
        absorber.premisesLiability += absorbed.premisesLiability;
        absorber.fixedCostUnits += absorbed.fixedCostUnits * (1 - sim.params.get(Parameters.MERGER_FIXED_SAVING));
        absorber.mergersAbsorbed++;
        Federation f = federationOf(absorbed);
        if (f != null && absorber.status == PracticeStatus.INDEPENDENT) join(absorber, f);
        Set<Practice> affected = detach(absorbed);
        sim.network.recordMerger(absorbed, absorber);
        absorbed.status = PracticeStatus.MERGED_INTO;
        absorbed.monthEnded = sim.month();
        sim.practiceMergersCum++;
        affected.add(absorber);
        rebuildNeighbours(affected);
        sim.practiceOperations.refreshStaff(absorber);
        sim.practiceOperations.refreshStaff(absorbed);
    }

    /**
     * A practice with no partner hands back its contract (MODEL.md section 6). First each of its
     * salaried GPs reviews their job with the practice's partnership among the options (they may
     * take it, stay salaried, or go); if none becomes its partner, a neighbour takes the list over
     * if one will; otherwise a trust runs it as caretaker, with probability
     * {@link Parameters#CARETAKER_PROBABILITY}; otherwise it closes.
     */
    void handBack(Practice p) {
        // First the practice's own salaried GPs are asked whether one of them will take the
        // contract on as a partner (the insider offer of the job choice).
        for (Node n : sim.network.staffOf(p)) {
            Gp gp = (Gp) n;
            if (gp.role() == Role.SALARIED && gp.active) {
                sim.workforce.chooseJob(gp, JobChoice.Occasion.REVIEW);
                if (gp.role() == Role.PARTNER && sim.network.employerOf(gp) == p) {
                    p.partnerlessMonths = 0;
                    return;
                }
            }
        }
        for (Node n : sim.network.neighboursOf(p)) {
            Practice q = (Practice) n;
            if (sim.practiceMoves.takesOver(q, p, sim)) {
                merge(p, q);
                return;
            }
        }
        // Under an ICO policy the ICO it refers to runs it (MODEL.md section 6: "the ICO or a trust
        // runs it as caretaker"), recruiting salaried GPs into it; an ICO gives up a practice it
        // cannot staff at all, as a caretaker trust does.
        Trust ico = sim.icoOperations.policyActive() ? sim.icoOperations.offeringIco(p) : null;
        if (ico != null) {
            absorb(p, ico);
            return;
        }
        if (sim.random.nextDouble() < sim.params.get(Parameters.CARETAKER_PROBABILITY)) {
            Trust caretaker = nearestTrust(p);
            if (caretaker != null) {
                Federation f = federationOf(p);
                if (f != null) sim.network.removeMembership(p, f);
                sim.network.addMembership(p, caretaker);
                p.status = PracticeStatus.TRUST_RUN;
                return;
            }
        }
        close(p);
    }

    // ---------------------------------------------------------------- ICO membership

    /**
     * {@code p} joins {@code ico} as an alliance member: it keeps its contract, partners and
     * federation, and refers all its patients to the ICO's trust (referral capture).
     */
    void joinIco(Practice p, Trust ico) {
        sim.network.addMembership(p, ico);
        p.status = PracticeStatus.ICO_ALLIANCE;
        sim.network.setReferralTies(p, List.of(ico));
    }

    /**
     * {@code ico} absorbs {@code p}: the practice is run by the ICO with salaried GPs (its
     * salaried GPs and locums stay, now employed by the ICO at ICO pay); the ICO takes on the
     * premises; each partner chooses between a salaried ICO post at the practice, another post,
     * locum work or leaving (MODEL.md section 6: "partners become ICO salaried GPs or retire").
     */
    void absorb(Practice p, Trust ico) {
        Federation f = federationOf(p);
        if (f != null) sim.network.removeMembership(p, f);
        Trust old = sim.icoOperations.icoOf(p);
        if (old != null) sim.network.removeMembership(p, old);
        sim.network.addMembership(p, ico);
        p.status = PracticeStatus.ICO_RUN;
        p.premisesLiability = 0;
        p.partnerlessMonths = 0;
        sim.network.setReferralTies(p, List.of(ico));
        for (Node n : sim.network.staffOf(p)) {
            Gp gp = (Gp) n;
            if (gp.active && gp.role() == Role.PARTNER) sim.workforce.chooseJob(gp, JobChoice.Occasion.ABSORBED);
        }
        sim.practiceOperations.refreshStaff(p);
    }

    /**
     * {@code p} leaves its ICO: an alliance member by its partners' choice, or a practice the ICO
     * ran whose GPs took it back. It refers again to its nearest trusts.
     */
    void leaveIco(Practice p) {
        Trust ico = sim.icoOperations.icoOf(p);
        if (ico != null) sim.network.removeMembership(p, ico);
        p.status = federationOf(p) != null ? PracticeStatus.FEDERATED : PracticeStatus.INDEPENDENT;
        sim.trustOperations.setReferralTies(p);
    }

    /**
     * The salaried GPs of a practice {@code ico} runs review their jobs with the practice's
     * partnership among their options; if one takes it, the GPs have taken the practice back from
     * the trust (it has happened: seed 004's page reports GPs in Swindon uniting "to take over two
     * practices run by hospital trust") and it
     * leaves the ICO with its salaried GPs now employed by the new partner.
     */
    void offerTakeBack(Practice p, Trust ico) {
        p.takeBackOpen = true;
        try {
            for (Node n : sim.network.staffOf(p)) {
                Gp gp = (Gp) n;
                if (!gp.active || gp.role() != Role.SALARIED) continue;
                sim.workforce.chooseJob(gp, JobChoice.Occasion.REVIEW);
                if (gp.role() == Role.PARTNER && sim.network.employerOf(gp) == p) {
                    leaveIco(p);
                    sim.practiceOperations.refreshStaff(p);
                    return;
                }
            }
        } finally {
            p.takeBackOpen = false;
        }
    }

    private Trust nearestTrust(Practice p) {
        Trust best = null;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (Trust t : p.economy().trusts) {
            double d = t.distanceTo(p.x(), p.y());
            if (d < bestDistance) {
                bestDistance = d;
                best = t;
            }
        }
        return best;
    }

    /**
     * Closes {@code p}: each patient registers with the open practice nearest their home among
     * {@code p}'s neighbours (or in the economy if none is open), and its GPs look for new posts.
     */
    void close(Practice p) {
        List<Practice> receivers = new ArrayList<>();
        for (Node n : sim.network.neighboursOf(p)) if (((Practice) n).isOpen()) receivers.add((Practice) n);
        if (receivers.isEmpty()) {
            for (Practice q : p.economy().practices) if (q.isOpen() && q != p) receivers.add(q);
        }
        Patients pt = p.economy().patients;
        if (!receivers.isEmpty()) {
            for (int i : p.economy().patientsOf(p)) {
                Practice nearest = receivers.get(0);
                double best = Double.POSITIVE_INFINITY;
                for (Practice q : receivers) {
                    double d = q.distanceTo(pt.x[i], pt.y[i]);
                    if (d < best) {
                        best = d;
                        nearest = q;
                    }
                }
                pt.register(i, p, nearest);
            }
        } else {
            // The last practice of an economy: its patients have nowhere to go and leave the model.
            int[] mine = p.economy().patientsOf(p);
            for (int k = mine.length - 1; k >= 0; k--) {
                pt.remove(mine[k], p);
                p.economy().registrationsOut++;
            }
        }
        List<Node> staff = sim.network.staffOf(p);
        for (Node n : staff) sim.network.unemploy(n);
        Set<Practice> affected = detach(p);
        p.status = PracticeStatus.CLOSED;
        p.monthEnded = sim.month();
        sim.practiceClosuresCum++;
        rebuildNeighbours(affected);
        sim.practiceOperations.refreshStaff(p);
        for (Node n : staff) {
            Gp gp = (Gp) n;
            if (gp.role() == Role.REGISTRAR) {
                sim.workforce.moveToTrainingPractice(gp);
            } else {
                sim.workforce.chooseJob(gp, JobChoice.Occasion.DISPLACED);
            }
        }
    }

    /** Removes a practice's current ties (keeping history); returns the practices that counted it a neighbour. */
    private Set<Practice> detach(Practice p) {
        Set<Practice> affected = new LinkedHashSet<>();
        for (Node n : sim.network.neighbouredBy(p)) affected.add((Practice) n);
        sim.network.removeOutgoing(p, TieType.NEIGHBOUR);
        sim.network.removeIncoming(p, TieType.NEIGHBOUR);
        sim.network.removeOutgoing(p, TieType.REFERS_TO);
        sim.network.removeOutgoing(p, TieType.MEMBER_OF);
        sim.accessProbability[p.id()] = 1;
        // Nobody may switch to a practice that is gone: clear every target that names it.
        int[] targets = sim.switchTarget;
        for (int i = 0; i < targets.length; i++) if (targets[i] == p.id() || i == p.id()) targets[i] = -1;
        return affected;
    }

    /** NEIGHBOUR ties of every open practice of an economy: its k nearest open practices. */
    void rebuildNeighbours(Economy e) {
        rebuildNeighbours(new LinkedHashSet<>(e.practices));
    }

    private void rebuildNeighbours(Set<Practice> practices) {
        int k = sim.params.getInt(Parameters.NEIGHBOURS);
        Economy economy = null;
        List<Practice> open = null;
        for (Practice p : practices) {
            if (!p.isOpen()) continue;
            if (p.economy() != economy) {
                economy = p.economy();
                open = economy.openPractices();
            }
            sim.network.setNeighbours(p, WorldBuilder.nearest(open, p, k));
        }
    }
}
