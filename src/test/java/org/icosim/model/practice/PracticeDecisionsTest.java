package org.icosim.model.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.icosim.model.WorldKit;
import org.icosim.model.parameters.Parameters;
import org.icosim.model.patients.Demography;
import org.icosim.model.workforce.Post;
import org.icosim.model.world.Economy;
import org.icosim.model.world.Federation;
import org.icosim.model.world.Gp;
import org.icosim.model.world.Leadership;
import org.icosim.model.world.Practice;
import org.icosim.model.world.PracticeStatus;
import org.icosim.model.world.Role;
import org.icosim.model.world.Trust;
import org.icosim.model.world.TrustKind;
import org.icosim.network.Node;
import org.junit.jupiter.api.Test;

/**
 * ODD 8.13 with a scripted rule. Practices in a row 1 km apart, 10 patient agents each: a
 * (independent, a partner), b (federated, two partners), c (an alliance member of an operating ICO,
 * a partner), d (independent, no partner, a salaried GP), g (run by a trust, no GP), h (run by the
 * ICO, a salaried GP) and x (closed). Hand-back after 6 partnerless months.
 */
class PracticeDecisionsTest {

    private static final class Quarter {
        final WorldKit kit;
        final Economy e;
        final Practice a;
        final Practice b;
        final Practice c;
        final Practice d;
        final Practice g;
        final Practice h;
        final Practice x;
        final Trust ico;
        final Trust caretaker;
        final ScriptedMoves rule;
        final Wiring w;

        Quarter(Parameters params, ScriptedMoves rule) {
            this.rule = rule;
            kit = new WorldKit(params.set(Parameters.NEIGHBOURS, 2));
            e = kit.economy();
            a = kit.practice(e, 0, 0);
            b = kit.practice(e, 1, 0);
            c = kit.practice(e, 2, 0);
            d = kit.practice(e, 3, 0);
            g = kit.practice(e, 4, 0);
            h = kit.practice(e, 5, 0);
            x = kit.practice(e, 6, 0);
            ico = kit.trust(e, 0, 5, TrustKind.ACUTE);
            caretaker = kit.trust(e, 4, 1, TrustKind.COMMUNITY);
            for (Practice p : kit.world.practices()) kit.patients(p, 30, Demography.LOW, 10);
            kit.gp(a, Role.PARTNER, 1.0, 50);
            kit.gp(b, Role.PARTNER, 1.0, 50);
            kit.gp(b, Role.PARTNER, 1.0, 50);
            kit.gp(c, Role.PARTNER, 1.0, 50);
            kit.gp(d, Role.SALARIED, 1.0, 40);
            kit.gp(h, Role.SALARIED, 1.0, 40);
            kit.ready();
            w = new Wiring(kit, rule, PickingJobChoice.preferring(Post.Kind.STAY, Post.Kind.SALARIED));
            ico.startForming(0, Leadership.HOSPITAL_LED, null);
            ico.startOperating(0);
            Federation f = kit.world.newFederation(e);
            kit.world.network().addMembership(b, f);
            b.setStatus(PracticeStatus.FEDERATED);
            kit.world.network().addMembership(c, ico);
            c.setStatus(PracticeStatus.ICO_ALLIANCE);
            kit.world.network().addMembership(g, caretaker);
            g.setStatus(PracticeStatus.TRUST_RUN);
            kit.world.network().addMembership(h, ico);
            h.setStatus(PracticeStatus.ICO_RUN);
            x.end(PracticeStatus.CLOSED, 0);
            w.withNeighbours();
            for (Practice p : kit.world.practices()) w.capacity.readStaff(p);
        }

        Quarter(ScriptedMoves rule) {
            this(new Parameters().set(Parameters.CARETAKER_PROBABILITY, 0).set(Parameters.ICO_MEMBERS_MAY_MERGE, 0), rule);
        }

        /** {@code months} months with an open post (and no partner, if it has none). */
        void vacantFor(Practice p, int months) {
            for (int m = 0; m < months; m++) p.setVacancies(1, false, true, p.partnerlessMonths());
        }

        void partnerlessFor(Practice p, int months) {
            p.setVacancies(0, true, true, months);
        }
    }

    @Test
    void onlyOpenPartnerLedPracticesWithAPartnerChoose() {
        Quarter q = new Quarter(ScriptedMoves.refusing());
        q.partnerlessFor(q.d, 5);
        q.vacantFor(q.g, 5);
        q.vacantFor(q.h, 6);
        q.w.decisions.quarterlyDecisions();
        assertEquals(Set.of(q.a, q.b, q.c), new HashSet<>(q.rule.chose));
        assertEquals(3, q.rule.chose.size(), "each once");
        for (Practice p : List.of(q.a, q.b, q.c, q.d, q.g, q.h)) assertTrue(p.isOpen(), p.toString());
        assertEquals(PracticeStatus.TRUST_RUN, q.g.status(), "5 months vacant: the caretaker keeps it");
        assertEquals(PracticeStatus.ICO_RUN, q.h.status(), "it has a GP: the ICO keeps it");
        assertTrue(q.rule.asked.isEmpty(), "d is partnerless only 5 months: no hand-back");
    }

    @Test
    void aPartnerlessPracticeHandsBackItsContractAfterHandBackMonths() {
        Quarter q = new Quarter(ScriptedMoves.refusing());
        q.partnerlessFor(q.d, 6);
        q.w.decisions.quarterlyDecisions();
        assertFalse(q.rule.chose.contains(q.d), "it does not choose");
        // Its neighbours are an ICO member (c) and a trust-run practice (g): neither can take a list
        // over, so the rule is not even asked (the world's own guard, whatever the rule).
        assertEquals(List.of(), q.rule.asked, "no neighbour that can take it over");
        assertEquals(PracticeStatus.CLOSED, q.d.status(), "no taker, no ICO policy, no caretaker");
        assertEquals(1, q.kit.world.practiceClosuresCum());
    }

    @Test
    void aTrustOrIcoGivesUpAPracticeItCannotStaffAtAll() {
        Quarter q = new Quarter(ScriptedMoves.refusing());
        q.vacantFor(q.g, 6);
        q.kit.world.network().unemploy(q.kit.world.network().staffOf(q.h).get(0));
        q.w.capacity.readStaff(q.h);
        q.vacantFor(q.h, 6);
        q.w.decisions.quarterlyDecisions();
        assertEquals(PracticeStatus.CLOSED, q.g.status());
        assertEquals(PracticeStatus.CLOSED, q.h.status());
        assertEquals(2, q.kit.world.practiceClosuresCum());
        assertEquals(0, q.g.listAgents() + q.h.listAgents());

        Quarter staffed = new Quarter(ScriptedMoves.refusing());
        Gp locum = staffed.kit.gp(staffed.g, Role.LOCUM, 0.3, 40);
        staffed.w.capacity.readStaff(staffed.g);
        staffed.vacantFor(staffed.g, 12);
        staffed.w.decisions.quarterlyDecisions();
        assertEquals(PracticeStatus.TRUST_RUN, staffed.g.status(), "a locum is enough to keep it");
        assertSame(staffed.g, staffed.kit.world.network().employerOf(locum));
    }

    /**
     * Documents the current rule (ODD 8.15 as written): the give-up test counts months with an open
     * post, and a list too small to open one (a gap under 0.4 FTE) never opens one, so a practice
     * a trust runs with no GP at all and a small list is kept for ever, its access 0.
     */
    @Test
    void anUnstaffedTrustRunPracticeTooSmallToOpenAPostIsNotGivenUp() {
        Quarter q = new Quarter(ScriptedMoves.refusing());
        // 10 agents: 10 x 2.58 / 12 = 2.15 requests a month, 0.005 FTE
        for (int month = 0; month < 12; month++) q.w.practiceMonth();
        assertEquals(0, q.g.openPosts());
        assertEquals(0, q.g.vacancyMonths());
        q.w.decisions.quarterlyDecisions();
        assertEquals(PracticeStatus.TRUST_RUN, q.g.status());
        assertEquals(0, q.g.accessProbability(), 1e-12);
    }

    @Test
    void offersAreAnsweredOnceAndLapseWithTheQuarter() {
        Quarter q = new Quarter(ScriptedMoves.refusing());
        q.a.offerAlliance(q.ico);
        q.a.partnerLost();
        q.d.offerAbsorption(q.ico);
        q.g.offerAbsorption(q.ico);
        q.w.decisions.quarterlyDecisions();
        assertTrue(q.rule.heldOffer.get(q.rule.chose.indexOf(q.a)), "a held its offer when it chose");
        assertFalse(q.rule.heldOffer.get(q.rule.chose.indexOf(q.b)));
        for (Practice p : List.of(q.a, q.d, q.g)) {
            assertNull(p.allianceOffer(), p.toString());
            assertNull(p.absorptionOffer(), p.toString());
        }
        assertEquals(0, q.a.partnersLostThisQuarter(), "triggers lapse with the quarter");
    }

    @Test
    void gpsWhoLeftAreDroppedFromTheListAtTheEndOfTheDecisions() {
        Quarter q = new Quarter(ScriptedMoves.refusing());
        Gp leaver = (Gp) q.kit.world.network().staffOf(q.a).get(0);
        q.w.exits.leave(leaver, true);
        assertTrue(q.kit.world.gps().contains(leaver));
        q.w.decisions.quarterlyDecisions();
        assertFalse(q.kit.world.gps().contains(leaver));
    }

    @Test
    void theProposedMoveIsCarriedOut() {
        ScriptedMoves rule = ScriptedMoves.agreeing();
        Quarter q = new Quarter(rule);
        rule.proposing(q.a, PracticeMove.FEDERATE).proposing(q.c, PracticeMove.FEDERATE);
        q.w.decisions.quarterlyDecisions();
        // a's nearest neighbour b is federated, so a joins b's federation; c is an alliance member,
        // and only an independent practice federates (the world refuses the move, whatever the rule)
        assertEquals(PracticeStatus.FEDERATED, q.a.status());
        Federation f = q.w.memberships.federationOf(q.b);
        assertSame(f, q.w.memberships.federationOf(q.a));
        assertNull(q.w.memberships.federationOf(q.c));
        assertEquals(1, q.kit.world.federations().size());
        assertEquals(PracticeStatus.ICO_ALLIANCE, q.c.status());
        assertTrue(rule.asked.isEmpty(), "joining a federation asks nobody");
    }

    @Test
    void withTheValueBasedRuleOnlyATriggeredPracticeMoves() {
        // Federating is worth 20 x 1,000 x 100 x 0.5 / 10,000 = 100 to the partner of a practice of
        // 100 patients (and to the neighbour asked to join); merging about 20 x 27,500 / 10,000
        // + 3 x 0.5 - 50 = 6.5. A triggered practice federates with its nearest neighbour but for
        // a chance of about e^-93.
        Parameters params = new Parameters().set(Parameters.NEIGHBOURS, 2)
                .set(Parameters.MONEY_WEIGHT, 20).set(Parameters.VARIABLE_COST, 1000).set(Parameters.FEDERATION_SAVING, 0.5)
                .set(Parameters.FEDERATION_COST, 0).set(Parameters.MERGER_COST, 50).set(Parameters.PROFIT_FLOOR, 0);
        for (long seed = 1; seed <= 20; seed++) {
            WorldKit kit = new WorldKit(params, java.time.YearMonth.of(2015, 4), seed);
            Economy e = kit.economy();
            Practice[] row = new Practice[4];
            for (int i = 0; i < 4; i++) {
                row[i] = kit.practice(e, i, 0);
                kit.patients(row[i], 30, Demography.LOW, 100);
                kit.gp(row[i], Role.PARTNER, 1.0, 50);
            }
            kit.ready();
            Wiring w = new Wiring(kit, new ValueBasedPracticeMoves()).withNeighbours();
            for (Practice p : row) w.capacity.readStaff(p);
            row[3].partnerLost();
            w.decisions.quarterlyDecisions();
            assertEquals(PracticeStatus.FEDERATED, row[3].status(), "seed " + seed);
            assertEquals(PracticeStatus.FEDERATED, row[2].status(), "its nearest neighbour joined");
            assertEquals(PracticeStatus.INDEPENDENT, row[0].status(), "nothing triggers it: it stays");
            assertEquals(PracticeStatus.INDEPENDENT, row[1].status());
            assertEquals(1, kit.world.federations().size());
        }
    }

    // ---------------------------------------------------------------- carrying out each kind

    @Test
    void carryingOutAMergerFederationOrStay() {
        Quarter stay = new Quarter(ScriptedMoves.agreeing());
        stay.w.decisions.carryOut(stay.a, PracticeMove.STAY);
        assertEquals(PracticeStatus.INDEPENDENT, stay.a.status());
        assertTrue(stay.rule.asked.isEmpty());

        Quarter merge = new Quarter(ScriptedMoves.agreeing());
        merge.w.decisions.carryOut(merge.a, PracticeMove.mergeWith(merge.b));
        assertEquals(List.of(merge.b), merge.rule.asked);
        // equal lists: a, the lower id, absorbs b and joins its federation
        assertEquals(PracticeStatus.MERGED_INTO, merge.b.status());
        assertEquals(PracticeStatus.FEDERATED, merge.a.status());
        assertEquals(20, merge.a.listAgents());

        Quarter refused = new Quarter(ScriptedMoves.refusing());
        refused.w.decisions.carryOut(refused.a, PracticeMove.mergeWith(refused.b));
        assertTrue(refused.a.isOpen() && refused.b.isOpen());

        Quarter federate = new Quarter(ScriptedMoves.agreeing());
        federate.w.decisions.carryOut(federate.a, PracticeMove.FEDERATE);
        assertEquals(PracticeStatus.FEDERATED, federate.a.status());
        assertSame(federate.w.memberships.federationOf(federate.b), federate.w.memberships.federationOf(federate.a));
    }

    @Test
    void carryingOutJoiningAnIcoOnlyWhileItOperates() {
        Quarter q = new Quarter(ScriptedMoves.refusing());
        Trust forming = q.kit.trust(q.e, 9, 9, TrustKind.ACUTE);
        forming.startForming(0, Leadership.GP_LED, q.b);
        q.w.decisions.carryOut(q.a, PracticeMove.joinIco(forming));
        assertEquals(PracticeStatus.INDEPENDENT, q.a.status(), "the ICO is still forming");
        assertTrue(q.kit.world.network().membershipsOf(q.a).isEmpty());

        q.w.decisions.carryOut(q.a, PracticeMove.joinIco(q.ico));
        assertEquals(PracticeStatus.ICO_ALLIANCE, q.a.status());
        assertSame(q.ico, q.w.memberships.icoOf(q.a));
        List<org.icosim.network.Tie> ties = q.kit.world.network().referralTiesOf(q.a);
        assertEquals(1, ties.size());
        assertSame(q.ico, q.kit.world.network().target(ties.get(0)), "its referrals are captured");
        assertEquals(1, q.a.partners(), "it keeps its contract and partner");
    }

    @Test
    void withVerticalIntegrationOnATrustsOwnOfferMakesThePracticeTrustRun() {
        Quarter q = new Quarter(new Parameters().set(Parameters.CARETAKER_PROBABILITY, 0)
                .set(Parameters.ICO_MEMBERS_MAY_MERGE, 0).set(Parameters.VERTICAL_INTEGRATION, 1), ScriptedMoves.refusing());
        Trust trust = q.kit.trust(q.e, 9, 9, TrustKind.ACUTE);
        List<Node> partners = q.kit.world.network().staffOf(q.b);
        q.b.offerAbsorption(trust);
        q.rule.proposing(q.b, PracticeMove.absorbedBy(trust));
        q.kit.world.calendar().setMonth(2);
        q.w.decisions.quarterlyDecisions();
        assertEquals(PracticeStatus.TRUST_RUN, q.b.status());
        assertEquals(List.of(trust), q.kit.world.network().membershipsOf(q.b), "its federation ended");
        for (Node n : partners) assertEquals(Role.SALARIED, ((Gp) n).role(), "each stayed on, salaried (the job choice's first)");
        assertEquals(1, q.w.integration.integratedCum());
        // A dissolved ICO's offer is not taken up as a trust's own.
        Trust dissolved = q.kit.trust(q.e, 9, 8, TrustKind.ACUTE);
        dissolved.startForming(0, Leadership.HOSPITAL_LED, null);
        dissolved.startOperating(0);
        dissolved.dissolve(1);
        q.w.decisions.carryOut(q.a, PracticeMove.absorbedBy(dissolved));
        assertEquals(PracticeStatus.INDEPENDENT, q.a.status());
    }

    @Test
    void carryingOutAnAbsorptionOnlyWhileTheIcoOperates() {
        Quarter q = new Quarter(ScriptedMoves.refusing());
        Trust forming = q.kit.trust(q.e, 9, 9, TrustKind.ACUTE);
        forming.startForming(0, Leadership.HOSPITAL_LED, null);
        q.w.decisions.carryOut(q.b, PracticeMove.absorbedBy(forming));
        assertEquals(PracticeStatus.FEDERATED, q.b.status());

        List<Node> partners = q.kit.world.network().staffOf(q.b);
        q.w.decisions.carryOut(q.b, PracticeMove.absorbedBy(q.ico));
        assertEquals(PracticeStatus.ICO_RUN, q.b.status());
        assertEquals(List.of(q.ico), q.kit.world.network().membershipsOf(q.b), "its federation ended");
        // each partner chose at ABSORBED; this job choice takes the first salaried option: staying on
        for (Node n : partners) {
            assertEquals(Role.SALARIED, ((Gp) n).role());
            assertSame(q.b, q.kit.world.network().employerOf(n));
        }
        assertEquals(0, q.b.partners());
        assertEquals(2, q.b.salaried());
    }

    @Test
    void carryingOutLeavingAnIco() {
        Quarter q = new Quarter(ScriptedMoves.refusing());
        q.w.decisions.carryOut(q.c, PracticeMove.LEAVE_ICO);
        assertEquals(PracticeStatus.INDEPENDENT, q.c.status());
        assertTrue(q.kit.world.network().membershipsOf(q.c).isEmpty());
        // its referrals go again to its nearest acute trusts: the only acute one is the ICO's
        assertEquals(1, q.kit.world.network().referralTiesOf(q.c).size());

        Quarter fed = new Quarter(ScriptedMoves.refusing());
        Federation f = fed.w.memberships.federationOf(fed.b);
        fed.w.icoMoves.joinIco(fed.b, fed.ico);
        assertEquals(PracticeStatus.ICO_ALLIANCE, fed.b.status());
        fed.w.decisions.carryOut(fed.b, PracticeMove.LEAVE_ICO);
        assertEquals(PracticeStatus.FEDERATED, fed.b.status(), "back to its federation");
        assertSame(f, fed.w.memberships.federationOf(fed.b));
    }
}
