package org.icosim.model.workforce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.icosim.model.WorldKit;
import org.icosim.model.parameters.Parameters;
import org.icosim.model.world.Economy;
import org.icosim.model.world.Gp;
import org.icosim.model.world.Practice;
import org.icosim.model.world.Role;
import org.icosim.model.world.TrustKind;
import org.junit.jupiter.api.Test;

/**
 * ODD 8.33: the sessions a GP chooses from its role, taste, pay, age, burnout and felt workload,
 * rounded half up within [minSessions, maxSessions]; revisited when due, and then its practice's
 * FTE follows. Defaults: 9 sessions an FTE, role means 0.886 / 0.68 / 0.5, taste sd 0.15 FTE.
 */
class SessionChoiceTest {

    private static final Parameters ON = new Parameters().set(Parameters.HOURS_AS_CHOICE, 1);

    private final SessionChoice choice = new SessionChoice(ON);

    @Test
    void theRoleMeanInSessionsIsRoundedHalfUp() {
        // partner 9 * 0.886 = 7.974; salaried 9 * 0.68 = 6.12; locum 9 * 0.5 = 4.5 (half up: 5)
        assertEquals(8, choice.sessions(Role.PARTNER, 0, 45, 0, 1, 1));
        assertEquals(6, choice.sessions(Role.SALARIED, 0, 45, 0, 1, 1));
        assertEquals(5, choice.sessions(Role.LOCUM, 0, 45, 0, 1, 1));
        assertEquals(9, choice.sessions(Role.REGISTRAR, 2, 60, 1, 3, 1));
        assertEquals(1.0, choice.fte(Role.REGISTRAR, 9));
        assertEquals(6 / 9.0, choice.fte(Role.SALARIED, 6));
    }

    @Test
    void tasteAgeBurnoutAndWorkloadMoveTheSessions() {
        // taste: 9 * (0.68 + 0.15) = 7.47 -> 7
        assertEquals(7, choice.sessions(Role.SALARIED, 1, 45, 0, 1, 1));
        // age 60: 6.12 - 0.15 * 5 = 5.37 -> 5; age 55 or younger: no effect
        assertEquals(5, choice.sessions(Role.SALARIED, 0, 60, 0, 1, 1));
        assertEquals(6, choice.sessions(Role.SALARIED, 0, 55, 0, 1, 1));
        // burnout 0.5: 6.12 - 2 * 0.5 = 5.12 -> 5
        assertEquals(5, choice.sessions(Role.SALARIED, 0, 45, 0.5, 1, 1));
        // felt workload 1.6: 6.12 - 0.6 = 5.52 -> 6; 2.0: 5.12 -> 5; below the norm: no effect
        assertEquals(6, choice.sessions(Role.SALARIED, 0, 45, 0, 1.6, 1));
        assertEquals(5, choice.sessions(Role.SALARIED, 0, 45, 0, 2.0, 1));
        assertEquals(6, choice.sessions(Role.SALARIED, 0, 45, 0, 0.5, 1));
        // a partner feeling workload 2: 7.974 - 1 = 6.974 -> 7
        assertEquals(7, choice.sessions(Role.PARTNER, 0, 45, 0, 2.0, 1));
        // all at once: 7.47 - 0.75 - 1 - 1 = 4.72 -> 5
        assertEquals(5, choice.sessions(Role.SALARIED, 1, 60, 0.5, 2.0, 1));
    }

    @Test
    void payScalesTheSessionsOfThosePaidBySessionWithItsElasticity() {
        SessionChoice elastic = new SessionChoice(new Parameters(ON).set(Parameters.SESSION_PAY_ELASTICITY, 1));
        // 6.12 * 1.5 = 9.18 -> 9; 6.12 * 0.5 = 3.06 -> 3
        assertEquals(9, elastic.sessions(Role.SALARIED, 0, 45, 0, 1, 1.5));
        assertEquals(3, elastic.sessions(Role.SALARIED, 0, 45, 0, 1, 0.5));
        // default elasticity 0.1: 4.5 * 0.5^0.1 = 4.199 -> 4 (a locum whose pay halved)
        assertEquals(4, choice.sessions(Role.LOCUM, 0, 45, 0, 1, 0.5));
    }

    @Test
    void sessionsStayWithinTheirBounds() {
        // locum with the lowest taste: 9 * (0.5 - 0.375) = 1.125 -> 1, floor 2
        assertEquals(2, choice.sessions(Role.LOCUM, -2.5, 45, 0, 1, 1));
        // partner with the highest: 9 * (0.886 + 0.375) = 11.349 -> 11, the ceiling; at most 10 if so set
        assertEquals(11, choice.sessions(Role.PARTNER, 2.5, 45, 0, 1, 1));
        SessionChoice tight = new SessionChoice(new Parameters(ON).set(Parameters.MAX_SESSIONS, 10).set(Parameters.MIN_SESSIONS, 4));
        assertEquals(10, tight.sessions(Role.PARTNER, 2.5, 45, 0, 1, 1));
        assertEquals(4, tight.sessions(Role.LOCUM, -2.5, 45, 0, 1, 1));
    }

    @Test
    void aGpRevisitsItsSessionsWhenDueAndItsPracticeFollows() {
        WorldKit kit = new WorldKit(ON);
        Economy e = kit.economy();
        Practice p = kit.practice(e, 0, 0);
        kit.trust(e, 25, 25, TrustKind.ACUTE);
        kit.ready();
        WorkforceKit w = new WorkforceKit(kit, WorkforceKit.Picker.kind(Post.Kind.STAY));
        Gp gp = w.gp(p, Role.SALARIED, 0.5, 40 * 12, 0, 0, 0, 0, 0);
        w.readStaff();
        p.setWorkloadAndAccess(1.0, 1.0);
        assertFalse(w.sessions.choice().revisitDue(gp), "not before the reference");
        // the reference: a salaried GP of 40, no burnout, at the norm: 0
        w.jobs.referenceSessions();
        assertEquals(0, w.sessions.choice().referenceEffect(Role.SALARIED));
        p.setWorkloadAndAccess(2.0, 0.5);
        // months in role 0, offset 0: due; 6.12 - 1 * (2 - 1) = 5.12 -> 5 sessions
        assertTrue(w.sessions.choice().revisitDue(gp));
        w.jobs.revisitSessions(gp);
        assertEquals(5 / 9.0, gp.fte());
        assertEquals(5 / 9.0, p.salariedFte(), "the practice reads its staff again");
        // a month on: not due, nothing changes even if the workload does
        gp.ageOneMonth();
        p.setWorkloadAndAccess(1.0, 1.0);
        assertFalse(w.sessions.choice().revisitDue(gp));
        w.jobs.revisitSessions(gp);
        assertEquals(5 / 9.0, gp.fte());
        // burnt out (above burnoutQuit 0.6): due every month; 6.12 - 2 * 0.7 = 4.72 -> 5; workload 1.5 more: 4.22 -> 4
        gp.setBurnout(0.7);
        p.setWorkloadAndAccess(1.5, 1.0);
        assertTrue(w.sessions.choice().revisitDue(gp));
        w.jobs.revisitSessions(gp);
        assertEquals(4 / 9.0, gp.fte());
        // twelve months in role: due again
        gp.setBurnout(0);
        p.setWorkloadAndAccess(1.0, 1.0);
        for (int i = 1; i < 12; i++) gp.ageOneMonth();
        assertEquals(12, gp.monthsInRole());
        w.jobs.revisitSessions(gp);
        assertEquals(6 / 9.0, gp.fte());
    }

    @Test
    void aGpTakingAPostChoosesItsSessionsForThatPractice() {
        WorldKit kit = new WorldKit(ON);
        Economy e = kit.economy();
        Practice from = kit.practice(e, 0, 0);
        Practice to = kit.practice(e, 5, 0);
        kit.trust(e, 25, 25, TrustKind.ACUTE);
        kit.ready();
        WorkforceKit w = new WorkforceKit(kit, WorkforceKit.Picker.kind(Post.Kind.STAY));
        Gp gp = w.gp(from, Role.SALARIED, 0.5, 58 * 12, 0, 0, 0, 0, 0);
        w.readStaff();
        w.jobs.referenceSessions();   // no partner: the partners' reference is 0
        to.setWorkloadAndAccess(1.4, 0.7);
        w.jobs.move(gp, to, Role.PARTNER);
        // partner: felt 1.4 * 1.15 = 1.61; 7.974 - 0.15 * 3 - 0.61 = 6.914 -> 7
        assertEquals(7 / 9.0, gp.fte());
    }

    @Test
    void theReferenceMakesEachRolesMeanSessionsItsMeanFteAtTheStart() {
        WorldKit kit = new WorldKit(ON);
        Economy e = kit.economy();
        Practice p = kit.practice(e, 0, 0);
        kit.trust(e, 25, 25, TrustKind.ACUTE);
        kit.ready();
        WorkforceKit w = new WorkforceKit(kit, WorkforceKit.Picker.kind(Post.Kind.STAY));
        Gp old = w.gp(p, Role.SALARIED, 0.5, 60 * 12, 0, 0, 0, 0, 0);
        Gp young = w.gp(p, Role.SALARIED, 0.5, 50 * 12, 0, 0, 0, 0, 0);
        w.readStaff();
        p.setWorkloadAndAccess(1.4, 0.7);
        // before the reference, a GP taking a post works the fixed rule's FTE
        assertEquals(0.68, w.sessions.fteFor(old, Role.SALARIED, p), 0);
        // terms at the reference: 0.15 * 5 + 0.4 = 1.15 and 0.4: mean 0.775 sessions
        w.jobs.referenceSessions();
        assertEquals(0.775, w.sessions.choice().referenceEffect(Role.SALARIED), 1e-12);
        assertEquals(0, w.sessions.choice().referenceEffect(Role.PARTNER), "no partner");
        // 6.12 + 0.775 - 1.15 = 5.745 -> 6; 6.12 + 0.775 - 0.4 = 6.495 -> 6: the mean stays about 0.68
        w.jobs.revisitSessions(old);
        w.jobs.revisitSessions(young);
        assertEquals(6 / 9.0, old.fte());
        assertEquals(6 / 9.0, young.fte());
        // the reference is set once: later GPs and states do not move it
        young.setBurnout(1);
        w.jobs.referenceSessions();
        assertEquals(0.775, w.sessions.choice().referenceEffect(Role.SALARIED), 1e-12);
    }

    @Test
    void offTheFteIsTheRolesMeanShiftedByTasteAndNothingIsRevisited() {
        WorldKit kit = new WorldKit(new Parameters());
        Economy e = kit.economy();
        Practice p = kit.practice(e, 0, 0);
        kit.trust(e, 25, 25, TrustKind.ACUTE);
        kit.ready();
        WorkforceKit w = new WorkforceKit(kit, WorkforceKit.Picker.kind(Post.Kind.STAY));
        Gp gp = w.gp(p, Role.SALARIED, 0.5, 60 * 12, 1, 0, 0, 0, 0);
        p.setWorkloadAndAccess(3.0, 0.3);
        gp.setBurnout(0.9);
        assertFalse(w.sessions.choice().revisitDue(gp));
        w.jobs.revisitSessions(gp);
        assertEquals(0.5, gp.fte());
        assertEquals(0.68 + 0.15, w.sessions.fteFor(gp, Role.SALARIED, p), 1e-15);
    }
}
