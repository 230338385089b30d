package org.icosim.model.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.icosim.model.WorldKit;
import org.icosim.model.parameters.Parameters;
import org.icosim.model.patients.Demography;
import org.icosim.model.world.Economy;
import org.icosim.model.world.Federation;
import org.icosim.model.world.Gp;
import org.icosim.model.world.Practice;
import org.icosim.model.world.PracticeStatus;
import org.icosim.model.world.Role;
import org.icosim.model.world.Trust;
import org.icosim.model.world.TrustKind;
import org.icosim.network.TieType;
import org.junit.jupiter.api.Test;

/**
 * ODD 8.14 with a rule that always agrees, always refuses, or agrees only for chosen practices,
 * so that the mechanics are seen apart from the decisions.
 */
class MergersAndFederationsTest {

    private static final int LOW_30 = Demography.cell(30, Demography.LOW);
    private static final int HIGH_70 = Demography.cell(70, Demography.HIGH);

    /**
     * Practices in a row: big (0 km; 50 agents, 2 partners, MPIG £5,000, premises £100,000), small
     * (1 km; 30 + 10 agents, a partner, a salaried GP, a locum and a registrar, MPIG £3,000,
     * premises £60,000), c (3 km) and d (10 km), 10 agents each. Two neighbours each; a fixed-cost
     * saving of 40% in a merger.
     */
    private static final class Row {
        final WorldKit kit;
        final Economy e;
        final Practice big;
        final Practice small;
        final Practice c;
        final Practice d;
        final Trust trust;
        final Gp smallPartner;
        final Gp salaried;
        final Gp locum;
        final Gp registrar;
        final ScriptedMoves rule;
        final Wiring w;

        Row(ScriptedMoves rule) {
            this(rule, 0, 1);
        }

        Row(ScriptedMoves rule, double smallerSurvives) {
            this(rule, smallerSurvives, 1);
        }

        /** With {@link Parameters#MERGER_SMALLER_SURVIVES} and the generator's seed. */
        Row(ScriptedMoves rule, double smallerSurvives, long seed) {
            kit = new WorldKit(new Parameters().set(Parameters.NEIGHBOURS, 2).set(Parameters.MERGER_FIXED_SAVING, 0.4)
                    .set(Parameters.MERGER_SMALLER_SURVIVES, smallerSurvives), java.time.YearMonth.of(2015, 4), seed);
            e = kit.economy();
            big = kit.practiceOwningPremises(e, 0, 0, 100000);
            small = kit.practiceOwningPremises(e, 1, 0, 60000);
            c = kit.practice(e, 3, 0);
            d = kit.practice(e, 10, 0);
            trust = kit.trust(e, 0, 5, TrustKind.ACUTE);
            this.rule = rule;
            kit.patients(big, 30, Demography.LOW, 50);
            kit.patients(small, 30, Demography.LOW, 30);
            kit.patients(small, 70, Demography.HIGH, 10);
            kit.patients(c, 30, Demography.LOW, 10);
            kit.patients(d, 30, Demography.LOW, 10);
            kit.gp(big, Role.PARTNER, 1.0, 50);
            kit.gp(big, Role.PARTNER, 1.0, 48);
            smallPartner = kit.gp(small, Role.PARTNER, 0.8, 60);
            salaried = kit.gp(small, Role.SALARIED, 0.6, 40);
            locum = kit.gp(small, Role.LOCUM, 0.5, 35);
            registrar = kit.gp(small, Role.REGISTRAR, 1.0, 29);
            kit.gp(c, Role.PARTNER, 1.0, 50);
            kit.gp(d, Role.PARTNER, 1.0, 50);
            big.setMpig2015(5000);
            small.setMpig2015(3000);
            kit.ready();
            w = new Wiring(kit, rule).withNeighbours();
            for (Practice p : kit.world.practices()) {
                w.capacity.readStaff(p);
                kit.world.network().setReferralTies(p, List.of(trust));
            }
        }
    }

    @Test
    void inAMergerTheAbsorberTakesTheStaffPatientsMpigPremisesAndPartOfTheFixedCost() {
        Row r = new Row(ScriptedMoves.agreeing());
        r.kit.world.calendar().setMonth(7);
        int[] smallAgents = r.e.patients().indicesAt(r.small.id());
        assertEquals(List.of(r.small, r.c), r.kit.world.network().neighboursOf(r.big));
        assertEquals(List.of(r.small, r.big), r.kit.world.network().neighboursOf(r.c));

        r.w.mergers.proposeMerger(r.small, r.big);

        assertEquals(PracticeStatus.MERGED_INTO, r.small.status());
        assertEquals(7, r.small.monthEnded());
        assertEquals(PracticeStatus.INDEPENDENT, r.big.status());
        assertEquals(List.of(r.big), r.kit.world.network().targets(r.small, TieType.MERGED_INTO));
        assertEquals(1, r.kit.world.practiceMergersCum());
        assertEquals(0, r.kit.world.practiceClosuresCum());
        assertEquals(1, r.big.mergersAbsorbed());
        // staff in their roles
        for (Gp gp : List.of(r.smallPartner, r.salaried, r.locum, r.registrar)) {
            assertSame(r.big, r.kit.world.network().employerOf(gp));
        }
        assertEquals(Role.REGISTRAR, r.registrar.role());
        assertEquals(3, r.big.partners());
        assertEquals(1, r.big.salaried());
        assertEquals(1, r.big.locums());
        assertEquals(0, r.small.partners() + r.small.salaried() + r.small.locums());
        assertTrue(r.kit.world.network().staffOf(r.small).isEmpty());
        // patients: 50 + 30 in the low cell, 10 in the high cell
        assertEquals(90, r.big.listAgents());
        assertEquals(80, r.big.caseMix(LOW_30));
        assertEquals(10, r.big.caseMix(HIGH_70));
        assertEquals(0, r.small.listAgents());
        for (int cell = 0; cell < Demography.CELLS; cell++) assertEquals(0, r.small.caseMix(cell));
        assertEquals(0, r.e.patients().indicesAt(r.small.id()).length);
        for (int i : smallAgents) assertEquals(r.big.id(), r.e.patients().practiceOf(i));
        assertEquals(90, r.e.patients().indicesAt(r.big.id()).length);
        // contract: MPIG 5,000 + 3,000; premises 100,000 + 60,000; units 1 + 1 x (1 - 0.4)
        assertEquals(8000, r.big.mpig2015(), 1e-9);
        assertEquals(160000, r.big.premisesLiability(), 1e-9);
        assertEquals(1.6, r.big.fixedCostUnits(), 1e-12);
        // ties: the absorbed practice keeps only its MERGED_INTO tie
        assertTrue(r.kit.world.network().neighboursOf(r.small).isEmpty());
        assertTrue(r.kit.world.network().neighbouredBy(r.small).isEmpty());
        assertTrue(r.kit.world.network().referralTiesOf(r.small).isEmpty());
        assertEquals(1, r.kit.world.network().referralTiesOf(r.big).size());
        // neighbours rebuilt over the open practices, for the absorber and those that counted the absorbed
        assertEquals(List.of(r.c, r.d), r.kit.world.network().neighboursOf(r.big));
        assertEquals(List.of(r.big, r.d), r.kit.world.network().neighboursOf(r.c));
    }

    @Test
    void unitsCarriedThroughASecondMerger() {
        Row r = new Row(ScriptedMoves.agreeing());
        r.w.mergers.proposeMerger(r.big, r.small); // big (1.6 units, 90 agents) after this
        Practice huge = r.c;
        WorldKit kit = r.kit;
        kit.patients(huge, 30, Demography.LOW, 100); // c now lists 110 agents
        r.w.mergers.proposeMerger(r.big, huge);
        assertEquals(PracticeStatus.MERGED_INTO, r.big.status(), "the larger list absorbs the smaller");
        // 1 + 1.6 x (1 - 0.4)
        assertEquals(1.96, huge.fixedCostUnits(), 1e-12);
        assertEquals(8000, huge.mpig2015(), 1e-9);
        assertEquals(200, huge.listAgents());
        assertEquals(2, kit.world.practiceMergersCum());
        assertEquals(List.of(huge), kit.world.network().targets(r.big, TieType.MERGED_INTO));
    }

    @Test
    void theLargerListAbsorbsWhoeverProposes() {
        Row proposedBySmall = new Row(ScriptedMoves.agreeing());
        proposedBySmall.w.mergers.proposeMerger(proposedBySmall.small, proposedBySmall.big);
        assertEquals(PracticeStatus.MERGED_INTO, proposedBySmall.small.status());
        Row proposedByBig = new Row(ScriptedMoves.agreeing());
        proposedByBig.w.mergers.proposeMerger(proposedByBig.big, proposedByBig.small);
        assertEquals(PracticeStatus.MERGED_INTO, proposedByBig.small.status());
        assertTrue(proposedByBig.big.isOpen());
    }

    @Test
    void whenTheSmallerAlwaysGoesOnItAbsorbsTheLarger() {
        Row r = new Row(ScriptedMoves.agreeing(), 1.0);
        r.w.mergers.proposeMerger(r.big, r.small);
        assertEquals(PracticeStatus.MERGED_INTO, r.big.status(), "the larger list's practice ends");
        assertTrue(r.small.isOpen());
        assertEquals(90, r.small.listAgents());
        assertEquals(3, r.small.partners());
        assertEquals(List.of(r.small), r.kit.world.network().targets(r.big, TieType.MERGED_INTO));
        // units: the small site's 1 plus the big site's 1 x (1 - 0.4)
        assertEquals(1.6, r.small.fixedCostUnits(), 1e-12);
    }

    @Test
    void theSmallerGoesOnInTheShareOfMergersItsChanceSays() {
        // 400 worlds with their own seeds: a binomial count with sd sqrt(400 x 0.3 x 0.7) = 9.2
        int flipped = 0;
        int n = 400;
        for (int seed = 1; seed <= n; seed++) {
            Row r = new Row(ScriptedMoves.agreeing(), 0.3, seed);
            r.w.mergers.proposeMerger(r.small, r.big);
            if (r.small.isOpen()) flipped++;
            assertTrue(r.small.isOpen() != r.big.isOpen(), "exactly one of the two ends");
        }
        assertEquals(0.3 * n, flipped, 4 * Math.sqrt(n * 0.3 * 0.7), "smaller went on in " + flipped + " of " + n);
    }

    @Test
    void withTheDefaultNoNumberIsDrawn() {
        Row merged = new Row(ScriptedMoves.agreeing());
        Row untouched = new Row(ScriptedMoves.agreeing());
        merged.w.mergers.proposeMerger(merged.small, merged.big);
        assertEquals(untouched.kit.world.random().nextDouble(), merged.kit.world.random().nextDouble(), 0);
    }

    @Test
    void onEqualListsTheLowerIdAbsorbs() {
        for (boolean lowerProposes : new boolean[] {true, false}) {
            Row r = new Row(ScriptedMoves.agreeing());
            // c (id 2) and d (id 3) list 10 agents each
            if (lowerProposes) r.w.mergers.proposeMerger(r.c, r.d); else r.w.mergers.proposeMerger(r.d, r.c);
            assertEquals(PracticeStatus.MERGED_INTO, r.d.status());
            assertEquals(20, r.c.listAgents());
        }
    }

    @Test
    void aMergerNeedsTheOtherPracticeToAgreeAndToBeOpen() {
        Row refused = new Row(ScriptedMoves.refusing());
        refused.w.mergers.proposeMerger(refused.small, refused.big);
        assertEquals(List.of(refused.big), refused.rule.asked, "the other practice is asked");
        assertTrue(refused.small.isOpen() && refused.big.isOpen(), "it refused: nothing happens");
        assertEquals(40, refused.small.listAgents());
        assertEquals(0, refused.kit.world.practiceMergersCum());

        Row gone = new Row(ScriptedMoves.agreeing());
        gone.d.end(PracticeStatus.CLOSED, 0);
        gone.w.mergers.proposeMerger(gone.c, gone.d);
        assertTrue(gone.rule.asked.isEmpty(), "a practice that has ended is not asked");
        assertEquals(10, gone.c.listAgents());
        assertEquals(0, gone.kit.world.practiceMergersCum());
    }

    @Test
    void anIndependentAbsorberJoinsTheAbsorbedPracticesFederation() {
        Row r = new Row(ScriptedMoves.agreeing());
        Federation f = r.kit.world.newFederation(r.e);
        r.kit.world.network().addMembership(r.small, f);
        r.kit.world.network().addMembership(r.d, f);
        r.small.setStatus(PracticeStatus.FEDERATED);
        r.d.setStatus(PracticeStatus.FEDERATED);
        r.w.mergers.proposeMerger(r.big, r.small);
        assertEquals(PracticeStatus.FEDERATED, r.big.status());
        assertSame(f, r.w.memberships.federationOf(r.big));
        assertEquals(List.of(r.d, r.big), r.w.memberships.federationMembers(f));
        assertTrue(r.kit.world.network().membershipsOf(r.small).isEmpty());
    }

    @Test
    void aFederatedAbsorberKeepsItsOwnFederation() {
        Row r = new Row(ScriptedMoves.agreeing());
        Federation mine = r.kit.world.newFederation(r.e);
        Federation theirs = r.kit.world.newFederation(r.e);
        r.kit.world.network().addMembership(r.big, mine);
        r.kit.world.network().addMembership(r.small, theirs);
        r.big.setStatus(PracticeStatus.FEDERATED);
        r.small.setStatus(PracticeStatus.FEDERATED);
        r.w.mergers.proposeMerger(r.small, r.big);
        assertEquals(List.of(mine), r.kit.world.network().membershipsOf(r.big));
        assertTrue(r.w.memberships.federationMembers(theirs).isEmpty());
    }

    @Test
    void detachingClearsTheSwitchTargetsThatNameThePracticeAndItsOwn() {
        Row r = new Row(ScriptedMoves.agreeing());
        int[] target = r.kit.world.signals().switchTarget;
        target[r.c.id()] = r.small.id();
        target[r.small.id()] = r.big.id();
        target[r.d.id()] = r.big.id();
        r.w.mergers.proposeMerger(r.small, r.big);
        assertEquals(-1, target[r.c.id()]);
        assertEquals(-1, target[r.small.id()]);
        assertEquals(r.big.id(), target[r.d.id()], "a target naming another practice stays");
    }

    /** p at the origin, n1 1 km east, n2 2 km west, far 5 km east; two neighbours each; 10 agents and a partner each. */
    private static final class Line {
        final WorldKit kit = new WorldKit(new Parameters().set(Parameters.NEIGHBOURS, 2));
        final Economy e = kit.economy();
        final Practice p = kit.practice(e, 0, 0);
        final Practice n1 = kit.practice(e, 1, 0);
        final Practice n2 = kit.practice(e, -2, 0);
        final Practice far = kit.practice(e, 5, 0);
        final ScriptedMoves rule;
        final Wiring w;

        Line(ScriptedMoves rule) {
            this.rule = rule;
            for (Practice q : kit.world.practices()) {
                kit.patients(q, 30, Demography.LOW, 10);
                kit.gp(q, Role.PARTNER, 1.0, 50);
            }
            kit.ready();
            w = new Wiring(kit, rule).withNeighbours();
            for (Practice q : kit.world.practices()) w.capacity.readStaff(q);
        }

        Federation federated(Practice... members) {
            Federation f = kit.world.newFederation(e);
            for (Practice q : members) {
                kit.world.network().addMembership(q, f);
                q.setStatus(PracticeStatus.FEDERATED);
            }
            return f;
        }
    }

    @Test
    void aPracticeJoinsItsNearestFederatedNeighboursFederationWithoutAsking() {
        Line l = new Line(ScriptedMoves.refusing());
        assertEquals(List.of(l.n1, l.n2), l.kit.world.network().neighboursOf(l.p));
        Federation farther = l.federated(l.n2, l.far);
        l.w.mergers.federate(l.p);
        assertEquals(PracticeStatus.FEDERATED, l.p.status());
        assertSame(farther, l.w.memberships.federationOf(l.p));
        assertEquals(List.of(l.n2, l.far, l.p), l.w.memberships.federationMembers(farther));
        assertTrue(l.rule.asked.isEmpty(), "no consent is asked to join a federation");

        Line both = new Line(ScriptedMoves.refusing());
        Federation nearer = both.federated(both.n1);
        both.federated(both.n2);
        both.w.mergers.federate(both.p);
        assertSame(nearer, both.w.memberships.federationOf(both.p), "the nearest federated neighbour's");
        assertEquals(1, both.kit.world.network().membershipsOf(both.p).size());
    }

    @Test
    void withNoFederatedNeighbourAPracticeFoundsAFederationWithTheFirstNeighbourThatAgrees() {
        Line l = new Line(ScriptedMoves.refusing());
        l.w.mergers.federate(l.p);
        assertEquals(List.of(l.n1, l.n2), l.rule.asked, "neighbours asked nearest first");
        assertEquals(PracticeStatus.INDEPENDENT, l.p.status());
        assertTrue(l.kit.world.federations().isEmpty(), "nobody agreed: no federation");

        Set<Practice> willing = new HashSet<>();
        Line second = new Line(ScriptedMoves.onlyWith(willing));
        willing.add(second.n2);
        second.w.mergers.federate(second.p);
        assertEquals(List.of(second.n1, second.n2), second.rule.asked);
        assertEquals(1, second.kit.world.federations().size());
        Federation f = second.kit.world.federations().get(0);
        assertEquals(List.of(second.p, second.n2), second.w.memberships.federationMembers(f));
        assertEquals(PracticeStatus.FEDERATED, second.p.status());
        assertEquals(PracticeStatus.FEDERATED, second.n2.status());
        assertEquals(PracticeStatus.INDEPENDENT, second.n1.status());
        assertNull(second.w.memberships.federationOf(second.n1));

        Line first = new Line(ScriptedMoves.agreeing());
        first.w.mergers.federate(first.p);
        assertEquals(List.of(first.n1), first.rule.asked, "the first that agrees ends the asking");
        assertEquals(List.of(first.p, first.n1), first.w.memberships.federationMembers(first.kit.world.federations().get(0)));
    }
}
