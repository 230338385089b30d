package org.icosim.model.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.icosim.model.WorldKit;
import org.icosim.model.parameters.Parameters;
import org.icosim.model.patients.Demography;
import org.icosim.model.world.Economy;
import org.icosim.model.world.Practice;
import org.icosim.model.world.PracticeStatus;
import org.icosim.model.world.Role;
import org.icosim.model.world.TrustKind;
import org.junit.jupiter.api.Test;

/**
 * ODD 8.42 on a hand-built pair: an APMS practice a (0 km, one partner) and a GMS practice b (5 km,
 * two partners), neighbours, 10 patient agents each, one trust, no caretaker. Renewal is made
 * certain or impossible by the parameter, so each case knows its outcome.
 */
class ApmsContractsTest {

    private static final class Pair {
        final WorldKit kit;
        final Practice a;
        final Practice b;
        final ScriptedMoves rule;
        final Wiring wiring;
        final ApmsContracts apms;

        Pair(Parameters params, ScriptedMoves rule) {
            kit = new WorldKit(params.set(Parameters.NEIGHBOURS, 1).set(Parameters.CARETAKER_PROBABILITY, 0));
            Economy e = kit.economy();
            a = kit.practice(e, 0, 0);
            b = kit.practice(e, 5, 0);
            kit.trust(e, 20, 5, TrustKind.ACUTE);
            for (Practice p : List.of(a, b)) kit.patients(p, 40, Demography.LOW, 10);
            kit.gp(a, Role.PARTNER, 1.0, 50);
            kit.gp(b, Role.PARTNER, 1.0, 50);
            kit.gp(b, Role.PARTNER, 1.0, 45);
            a.setApms(true);
            kit.ready();
            this.rule = rule;
            wiring = new Wiring(kit, rule).withNeighbours();
            wiring.practiceMonth();
            apms = new ApmsContracts(kit.world, wiring.handBack, wiring.companies, wiring.memberships);
        }

        void atMonth(int month) {
            kit.world.calendar().setMonth(month);
        }
    }

    private static Parameters on(double renewal) {
        return new Parameters().set(Parameters.APMS_CONTRACTS, 1).set(Parameters.APMS_TERM_MONTHS, 60).set(Parameters.APMS_RENEWAL, renewal);
    }

    @Test
    void atTheStartOnlyTheApmsContractGetsAnEndWithinOneTerm() {
        Pair pair = new Pair(on(1).set(Parameters.APMS_TERM_MONTHS, 12), ScriptedMoves.refusing());
        java.util.Set<Integer> seen = new java.util.TreeSet<>();
        for (int draw = 0; draw < 400; draw++) {
            pair.apms.start();
            seen.add(pair.a.contractEndMonth());
            assertEquals(-1, pair.b.contractEndMonth(), "a GMS contract does not end");
        }
        // Uniform over months 1-12: in 400 draws each month comes up (a month is missed with chance under 1e-14).
        assertEquals(new java.util.TreeSet<>(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12)), seen);
    }

    @Test
    void whenOffNothingIsDrawnAndNoContractEnds() {
        Pair pair = new Pair(on(0).set(Parameters.APMS_CONTRACTS, 0), ScriptedMoves.agreeing());
        Pair twin = new Pair(on(0).set(Parameters.APMS_CONTRACTS, 0), ScriptedMoves.agreeing());
        pair.apms.start();
        pair.a.setContractEndMonth(0);
        pair.atMonth(2);
        pair.apms.quarterly();
        assertEquals(twin.kit.world.random().nextDouble(), pair.kit.world.random().nextDouble(), "no random number drawn");
        assertTrue(pair.a.isOpen());
        assertEquals(0, pair.apms.endedCum());
    }

    @Test
    void aRenewedContractRunsAnotherTermAndNothingElseChanges() {
        Pair pair = new Pair(on(1), ScriptedMoves.agreeing());
        pair.a.setContractEndMonth(5);
        pair.atMonth(2);
        pair.apms.quarterly();
        assertEquals(5, pair.a.contractEndMonth(), "not due yet");
        assertEquals(0, pair.apms.renewedCum());
        pair.atMonth(5);
        pair.apms.quarterly();
        assertEquals(65, pair.a.contractEndMonth());
        assertEquals(1, pair.apms.renewedCum());
        assertEquals(PracticeStatus.INDEPENDENT, pair.a.status());
        assertTrue(pair.rule.asked.isEmpty(), "no neighbour asked");
    }

    @Test
    void anEndedContractsListGoesToTheNeighbourThatTakesItOver() {
        Pair pair = new Pair(on(0), ScriptedMoves.agreeing());
        pair.a.setContractEndMonth(3);
        pair.atMonth(5);
        pair.apms.quarterly();
        assertEquals(1, pair.apms.endedCum());
        assertFalse(pair.a.isOpen());
        assertEquals(PracticeStatus.MERGED_INTO, pair.a.status());
        assertEquals(List.of(pair.b), pair.rule.asked, "the neighbour is asked");
        assertEquals(20, pair.b.listAgents(), "b has both lists");
    }

    @Test
    void anEndedContractNobodyTakesOverClosesAndTheGmsNeighbourIsUntouched() {
        Pair pair = new Pair(on(0), ScriptedMoves.refusing());
        pair.a.setContractEndMonth(3);
        pair.b.setContractEndMonth(3);
        pair.atMonth(5);
        pair.apms.quarterly();
        assertEquals(PracticeStatus.CLOSED, pair.a.status());
        assertEquals(20, pair.b.listAgents(), "a's patients registered with the open neighbour");
        assertTrue(pair.b.isOpen(), "b holds no APMS contract, whatever its end month says");
        assertEquals(1, pair.apms.endedCum());
    }

    @Test
    void aCaretakerRunPracticeIsLeftToTheCaretaker() {
        Pair pair = new Pair(on(0), ScriptedMoves.agreeing());
        pair.a.setStatus(PracticeStatus.TRUST_RUN);
        pair.a.setContractEndMonth(3);
        pair.atMonth(5);
        pair.apms.quarterly();
        assertSame(PracticeStatus.TRUST_RUN, pair.a.status());
        assertEquals(0, pair.apms.endedCum());
    }
}
