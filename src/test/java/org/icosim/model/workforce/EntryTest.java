package org.icosim.model.workforce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;

import org.icosim.model.WorldKit;
import org.icosim.model.parameters.Parameters;
import org.icosim.model.patients.Demography;
import org.icosim.model.world.Economy;
import org.icosim.model.world.Gp;
import org.icosim.model.world.Practice;
import org.icosim.model.world.PracticeStatus;
import org.icosim.model.world.Role;
import org.icosim.model.world.Trust;
import org.icosim.model.world.TrustKind;
import org.icosim.network.Node;
import org.junit.jupiter.api.Test;

/** ODD 8.11: the intake of registrars and returners, training, and the tastes of new GPs. */
class EntryTest {

    /** Registrars admitted in economy {@code e} by one call of admitNewGps. */
    private static Map<Economy, Integer> admitted(WorkforceKit w) {
        int before = w.world.gps().size();
        w.entry.admitNewGps();
        Map<Economy, Integer> n = new HashMap<>();
        for (Gp gp : w.world.gps().subList(before, w.world.gps().size())) n.merge(gp.economy(), 1, Integer::sum);
        return n;
    }

    @Test
    void theIntakeRisesLinearlyFromApril2015ToApril2021AndEachEconomyTakesItsShare() {
        // intake 1920 -> 4224 a year; shares 1/16 and 1/8: economy 0 admits
        // (1920 + 2304 x clamp(months since April 2015 / 72, 0, 1)) / 16 / 12 = 10 + months / 6 a month
        // (whole numbers at every sixth month, so stochastic rounding has nothing to round), economy 1 twice that
        Parameters params = new Parameters().set(Parameters.TRAINING_INTAKE_2015, 1920).set(Parameters.TRAINING_INTAKE_2021, 4224)
                .set(Parameters.RETURNERS_PER_YEAR, 0);
        WorldKit kit = new WorldKit(params, YearMonth.of(2015, 1), 1);
        Economy e0 = kit.economy();
        Economy e1 = kit.economy();
        kit.trust(e0, 10, 10, TrustKind.ACUTE);
        kit.trust(e1, 10, 10, TrustKind.ACUTE);
        kit.ready();
        e0.setPopulationShare(1.0 / 16);
        e1.setPopulationShare(1.0 / 8);
        WorkforceKit w = new WorkforceKit(kit, WorkforceKit.Picker.kind(Post.Kind.LEAVE));
        int[] monthsSinceJanuary2015 = {0, 3, 9, 15, 39, 69, 75, 111};
        int[] expected = {10, 10, 11, 12, 16, 21, 22, 22};
        String[] when = {"Jan 2015 (before the ramp)", "Apr 2015", "Oct 2015", "Apr 2016", "Apr 2018", "Oct 2020", "Apr 2021",
            "Apr 2024 (after the ramp)"};
        for (int i = 0; i < expected.length; i++) {
            kit.world.calendar().setMonth(monthsSinceJanuary2015[i]);
            Map<Economy, Integer> n = admitted(w);
            assertEquals(expected[i], n.get(e0), when[i]);
            assertEquals(2 * expected[i], n.get(e1), when[i]);
        }
        for (Gp gp : kit.world.gps()) {
            assertEquals(Role.REGISTRAR, gp.role());
            assertEquals(36, gp.trainingMonthsLeft());
            assertEquals(1.0, gp.fte(), 0);
            assertTrue(kit.world.network().employerOf(gp) instanceof Trust, "new registrars start at a trust");
        }
    }

    @Test
    void aFractionOfAGpIsAdmittedWithThatProbability() {
        // 1968 / 16 / 12 = 10.25 registrars and 48 / 16 / 12 = 0.25 returners a month
        Parameters params = new Parameters().set(Parameters.TRAINING_INTAKE_2015, 1968).set(Parameters.TRAINING_INTAKE_2021, 1968)
                .set(Parameters.RETURNERS_PER_YEAR, 48);
        WorldKit kit = new WorldKit(params);
        Economy e = kit.economy();
        kit.practice(e, 0, 0);
        kit.trust(e, 10, 10, TrustKind.ACUTE);
        kit.ready();
        e.setPopulationShare(1.0 / 16);
        WorkforceKit.Picker picker = WorkforceKit.Picker.kind(Post.Kind.LOCUM);
        WorkforceKit w = new WorkforceKit(kit, picker);
        int months = 400;
        int elevens = 0;
        for (int m = 0; m < months; m++) {
            int before = kit.world.gps().size();
            int returnersBefore = picker.calls();
            w.entry.admitNewGps();
            int returners = picker.calls() - returnersBefore;
            int registrars = kit.world.gps().size() - before - returners;
            assertTrue(registrars == 10 || registrars == 11, "whole part, plus one with probability the fraction");
            assertTrue(returners == 0 || returners == 1);
            if (registrars == 11) elevens++;
        }
        int returners = picker.calls();
        double se = Math.sqrt(months * 0.25 * 0.75);
        assertEquals(0.25 * months, elevens, 4 * se);
        assertEquals(0.25 * months, returners, 4 * se);
    }

    @Test
    void returnersAreFortyPlusSevenStandardNormalYearsOldWithinThirtyAndSixty() {
        // 19200 / 16 / 12 = 100 returners a month, no registrars
        Parameters params = new Parameters().set(Parameters.TRAINING_INTAKE_2015, 0).set(Parameters.TRAINING_INTAKE_2021, 0)
                .set(Parameters.RETURNERS_PER_YEAR, 19200);
        WorldKit kit = new WorldKit(params);
        Economy e = kit.economy();
        Practice p = kit.practice(e, 0, 0);
        kit.trust(e, 10, 10, TrustKind.ACUTE);
        kit.ready();
        e.setPopulationShare(1.0 / 16);
        WorkforceKit.Picker picker = WorkforceKit.Picker.kind(Post.Kind.LOCUM);
        WorkforceKit w = new WorkforceKit(kit, picker);
        for (int m = 0; m < 40; m++) w.entry.admitNewGps();
        int n = picker.calls();
        assertEquals(4000, n);
        int atThirty = 0;
        int atSixty = 0;
        int underForty = 0;
        for (int i = 0; i < n; i++) {
            Gp gp = picker.gps.get(i);
            assertTrue(gp.ageMonths() >= 360 && gp.ageMonths() <= 720, gp.ageMonths() + " months");
            if (gp.ageMonths() == 360) atThirty++;
            if (gp.ageMonths() == 720) atSixty++;
            if (gp.ageMonths() < 480) underForty++;
            assertFalse(picker.offered.get(i).stream().anyMatch(o -> o.kind() == Post.Kind.LEAVE), "a returner has chosen to come back");
            assertSame(p, kit.world.network().employerOf(gp), "took locum work at the only practice");
        }
        // P(40 + 7Z < 30) = Phi(-10/7) = 0.07656; P(40 + 7Z > 60) = 1 - Phi(20/7) = 0.00214; P(< 40) = 1/2
        assertShare(0.07656372550983481, atThirty, n);
        assertShare(0.002137366980086264, atSixty, n);
        assertShare(0.5, underForty, n);
    }

    private static void assertShare(double p, int count, int n) {
        double se = Math.sqrt(p * (1 - p) / n);
        assertEquals(p, count / (double) n, 4 * se);
    }

    /** An economy with training practices of known weight (list agents + 1). */
    private static final class Training {
        final WorkforceKit w;
        final Economy e;
        final Trust trust;
        final Practice a;
        final Practice b;
        final Practice single;
        final Practice icoRun;
        final Practice alliance;

        Training(Parameters params, WorkforceKit.Picker picker) {
            WorldKit kit = new WorldKit(params);
            e = kit.economy();
            a = kit.practice(e, 0, 0);          // 2 partners, 99 agents: weight 100
            b = kit.practice(e, 5, 0);          // 3 partners, 299 agents: weight 300
            single = kit.practice(e, 10, 0);    // 1 partner: not a training practice
            icoRun = kit.practice(e, 15, 0);    // ICO-run: not partner-led
            alliance = kit.practice(e, 20, 0);  // ICO alliance member, 2 partners, 99 agents: weight 100
            trust = kit.trust(e, 25, 25, TrustKind.ACUTE);
            kit.patients(a, 40, Demography.LOW, 99);
            kit.patients(b, 40, Demography.LOW, 299);
            kit.patients(single, 40, Demography.LOW, 999);
            kit.patients(icoRun, 40, Demography.LOW, 999);
            kit.patients(alliance, 40, Demography.LOW, 99);
            kit.ready();
            for (int i = 0; i < 2; i++) kit.gp(a, Role.PARTNER, 1, 50);
            for (int i = 0; i < 3; i++) kit.gp(b, Role.PARTNER, 1, 50);
            kit.gp(single, Role.PARTNER, 1, 50);
            for (int i = 0; i < 3; i++) kit.gp(icoRun, Role.PARTNER, 1, 50);
            for (int i = 0; i < 2; i++) kit.gp(alliance, Role.PARTNER, 1, 50);
            icoRun.setStatus(PracticeStatus.ICO_RUN);
            alliance.setStatus(PracticeStatus.ICO_ALLIANCE);
            w = new WorkforceKit(kit, picker);
            w.readStaff();
        }
    }

    @Test
    void registrarsTrainAtATrustUntilHalfWayThenAtATrainingPracticeThenChoose() {
        WorkforceKit.Picker picker = WorkforceKit.Picker.kind(Post.Kind.SALARIED);
        Training t = new Training(new Parameters(), picker);
        Entry entry = t.w.entry;
        assertEquals(18, entry.trainingPracticeMonths(), "36 / 2");
        Gp early = entry.enrolRegistrar(t.e, 36);
        assertSame(t.trust, t.w.world.network().employerOf(early));
        assertEquals(36, early.trainingMonthsLeft());
        Gp late = entry.enrolRegistrar(t.e, 18);
        Node at = t.w.world.network().employerOf(late);
        assertTrue(at == t.a || at == t.b || at == t.alliance, "at most half left: straight to a training practice");

        Gp r = entry.enrolRegistrar(t.e, 19);
        assertSame(t.trust, t.w.world.network().employerOf(r));
        entry.progressTraining(r);
        assertEquals(18, r.trainingMonthsLeft());
        Node practice = t.w.world.network().employerOf(r);
        assertTrue(practice == t.a || practice == t.b || practice == t.alliance);
        for (int m = 18; m > 1; m--) {
            entry.progressTraining(r);
            assertSame(practice, t.w.world.network().employerOf(r), "it stays at its training practice");
        }
        assertEquals(1, r.trainingMonthsLeft());
        assertEquals(0, picker.calls());
        // its practice offers a salaried post: on completing, it takes it (the picker's choice)
        Practice own = (Practice) practice;
        own.setVacancies(1, false, true, 0);
        t.w.world.labourMarket().setOpenPostPractices(java.util.List.of(java.util.List.of(own)));
        entry.progressTraining(r);
        assertEquals(1, picker.calls(), "completion: a job choice");
        assertTrue(picker.last().stream().anyMatch(o -> o.kind() == Post.Kind.LEAVE), "a completer may leave");
        assertFalse(picker.last().stream().anyMatch(o -> o.kind() == Post.Kind.STAY), "a completer has no post to stay in");
        assertEquals(Role.SALARIED, r.role());
        assertSame(own, t.w.world.network().employerOf(r));
        assertEquals(0, own.openPosts(), "its registrar was not in the permanent FTE: the post is filled");
    }

    @Test
    void registrarsAgeWithTheTrainingTheyHaveDone() {
        Training t = new Training(new Parameters(), WorkforceKit.Picker.kind(Post.Kind.LEAVE));
        int n = 2000;
        double fresh = 0;
        double halfWay = 0;
        for (int i = 0; i < n; i++) {
            Gp f = t.w.entry.enrolRegistrar(t.e, 36);
            Gp h = t.w.entry.enrolRegistrar(t.e, 18);
            assertTrue(f.ageMonths() >= 24 * 12);
            fresh += f.age();
            halfWay += h.age();
        }
        // 29 + 2 N(0, 1) years, plus the 18 months already trained; truncating to whole months
        // takes off half a month on average; standard error 2 / sqrt(2000)
        double se = 2 / Math.sqrt(n);
        assertEquals(29 - 0.5 / 12, fresh / n, 4 * se);
        assertEquals(30.5 - 0.5 / 12, halfWay / n, 4 * se);
    }

    @Test
    void trainingPracticesArePartnerLedWithTwoPartnersDrawnByListSize() {
        Training t = new Training(new Parameters(), WorkforceKit.Picker.kind(Post.Kind.LEAVE));
        Gp r = t.w.entry.enrolRegistrar(t.e, 36);
        int n = 4000;
        Map<Node, Integer> count = new HashMap<>();
        for (int i = 0; i < n; i++) {
            t.w.entry.moveToTrainingPractice(r);
            count.merge(t.w.world.network().employerOf(r), 1, Integer::sum);
        }
        assertEquals(n, count.getOrDefault(t.a, 0) + count.getOrDefault(t.b, 0) + count.getOrDefault(t.alliance, 0),
                "never a single-handed or an ICO-run practice");
        // weights 100 : 300 : 100
        assertShare(0.2, count.getOrDefault(t.a, 0), n);
        assertShare(0.6, count.getOrDefault(t.b, 0), n);
        assertShare(0.2, count.getOrDefault(t.alliance, 0), n);
    }

    @Test
    void withoutATrainingPracticeAnyOpenPracticeTrainsAndWithoutOneTheRegistrarStays() {
        WorldKit kit = new WorldKit(new Parameters());
        Economy e = kit.economy();
        Practice x = kit.practice(e, 0, 0);        // 1 partner, no patients: weight 1
        Practice y = kit.practice(e, 5, 0);        // no partner, 2 agents: weight 3
        Practice closed = kit.practice(e, 10, 0);  // 3 partners but closed
        Trust trust = kit.trust(e, 25, 25, TrustKind.ACUTE);
        kit.patients(y, 40, Demography.LOW, 2);
        kit.ready();
        kit.gp(x, Role.PARTNER, 1, 50);
        for (int i = 0; i < 3; i++) kit.gp(closed, Role.PARTNER, 1, 50);
        WorkforceKit w = new WorkforceKit(kit, WorkforceKit.Picker.kind(Post.Kind.LEAVE));
        w.readStaff();
        closed.end(PracticeStatus.CLOSED, 0);
        Gp r = kit.gp(trust, Role.REGISTRAR, 1, 30);
        int n = 4000;
        int atY = 0;
        for (int i = 0; i < n; i++) {
            w.entry.moveToTrainingPractice(r);
            Node at = kit.world.network().employerOf(r);
            assertTrue(at == x || at == y);
            if (at == y) atY++;
        }
        assertShare(0.75, atY, n);
        x.end(PracticeStatus.MERGED_INTO, 0);
        y.end(PracticeStatus.CLOSED, 0);
        kit.world.network().employ(r, trust);
        w.entry.moveToTrainingPractice(r);
        assertSame(trust, kit.world.network().employerOf(r), "no open practice: it stays where it is");
    }

    @Test
    void tastesFavourARoleByItsNonMoneyAttributes() {
        // partner lean = autonomy - flexibility / 2 - risk
        assertTrue(Entry.favours(Role.PARTNER, 0.5, 0, 0));          // 0.5
        assertFalse(Entry.favours(Role.PARTNER, 0, 0, 0.5));         // -0.5
        assertFalse(Entry.favours(Role.PARTNER, 0.2, 0.2, 0.2));     // 0.2 - 0.1 - 0.2 = -0.1
        assertTrue(Entry.favours(Role.SALARIED, 0.2, 0.2, 0.2));
        assertTrue(Entry.favours(Role.LOCUM, 0.2, 0.2, 0.2));         // flexible and leaning away from partnership
        assertFalse(Entry.favours(Role.LOCUM, 0, -0.1, 0.5));        // lean -0.45, but no taste for flexibility
        assertFalse(Entry.favours(Role.SALARIED, 0.8, 0.4, 0.1));    // 0.8 - 0.2 - 0.1 = 0.5
        // a lean of exactly 0 favours neither partnership nor salaried work
        assertFalse(Entry.favours(Role.PARTNER, 0.5, 1.0, 0));
        assertFalse(Entry.favours(Role.SALARIED, 0.5, 1.0, 0));
        assertTrue(Entry.favours(Role.REGISTRAR, -5, -5, 5), "any tastes suit a registrar");
    }

    @Test
    void theStartingWorkforceHoldsRolesItsTastesFavourWhileRegistrarsTastesAreFresh() {
        WorldKit kit = new WorldKit(new Parameters());
        Economy e = kit.economy();
        Practice p = kit.practice(e, 0, 0);
        Trust trust = kit.trust(e, 25, 25, TrustKind.ACUTE);
        kit.ready();
        WorkforceKit w = new WorkforceKit(kit, WorkforceKit.Picker.kind(Post.Kind.LEAVE));
        int n = 300;
        double burnout = 0;
        for (Role role : new Role[] {Role.PARTNER, Role.SALARIED, Role.LOCUM}) {
            for (int i = 0; i < n; i++) {
                Gp gp = w.entry.hireAtStart(p, role, 45 * 12);
                assertTrue(Entry.favours(role, gp.autonomyTaste(), gp.flexibilityTaste(), gp.riskTaste()), role + " " + i);
                assertSame(p, kit.world.network().employerOf(gp));
                assertEquals(role, gp.role());
                assertTrue(Math.abs(gp.sessionsZ()) <= 2.5, "the sessions z-score is clamped to 2.5");
                assertEquals(w.sessions.fteFor(role, gp.sessionsZ()), gp.fte(), 0);
                assertTrue(gp.burnout() >= 0 && gp.burnout() < 0.3);
                assertTrue(gp.reviewOffset() >= 0 && gp.reviewOffset() < 24);
                burnout += gp.burnout();
            }
        }
        // burnout uniform on [0, 0.3): mean 0.15, standard deviation 0.3 / sqrt(12)
        int hired = 3 * n;
        assertEquals(0.15, burnout / hired, 4 * 0.3 / Math.sqrt(12.0 * hired));
        // registrars draw fresh tastes: by symmetry half lean towards partnership
        int m = 2000;
        int partnerLean = 0;
        for (int i = 0; i < m; i++) {
            Gp r = w.entry.enrolRegistrar(e, 36);
            assertSame(trust, kit.world.network().employerOf(r));
            if (Entry.favours(Role.PARTNER, r.autonomyTaste(), r.flexibilityTaste(), r.riskTaste())) partnerLean++;
        }
        assertShare(0.5, partnerLean, m);
    }
}
