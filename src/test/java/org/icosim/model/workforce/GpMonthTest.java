package org.icosim.model.workforce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.icosim.model.WorldKit;
import org.icosim.model.parameters.Parameters;
import org.icosim.model.world.Economy;
import org.icosim.model.world.Gp;
import org.icosim.model.world.Practice;
import org.icosim.model.world.Role;
import org.icosim.model.world.Trust;
import org.icosim.model.world.TrustKind;
import org.junit.jupiter.api.Test;

/**
 * ODD 8.9: a GP's month (ageing, burnout, then training, exit or review) and the month of all GPs
 * in random order. Burnout: {@code b' = clamp(b + gain (L - 1) - recovery b, 0, 1)}, here with
 * the default gain 0.05, recovery 0.05 and partner load factor 1.15 unless a test says otherwise.
 */
class GpMonthTest {

    private WorkforceKit w;
    private Economy e;
    private Practice p;
    private Trust trust;

    /** One practice at workload 1.4 and a trust; nobody ever leaves unless the parameters say so. */
    private WorkforceKit world(Parameters params, JobChoice rule) {
        WorldKit kit = new WorldKit(params);
        e = kit.economy();
        p = kit.practice(e, 0, 0);
        trust = kit.trust(e, 10, 10, TrustKind.ACUTE);
        kit.ready();
        p.setWorkloadAndAccess(1.4, 1 / 1.4);
        w = new WorkforceKit(kit, rule);
        return w;
    }

    private static Parameters noExits() {
        return new Parameters().set(Parameters.EXIT_HAZARD_SCALE, 0);
    }

    /** Burnout neither builds nor recovers. */
    private static Parameters steadyBurnout(Parameters p) {
        return p.set(Parameters.BURNOUT_GAIN, 0).set(Parameters.BURNOUT_RECOVERY, 0);
    }

    private double burnoutAfterOneMonth(Gp gp, double before) {
        gp.setBurnout(before);
        w.month.updateBurnout(gp);
        return gp.burnout();
    }

    @Test
    void eachRoleFeelsItsOwnWorkload() {
        world(noExits(), WorkforceKit.Picker.kind(Post.Kind.STAY));
        assertEquals(1.61, w.month.workloadFelt(w.kit.gp(p, Role.PARTNER, 1, 50)), 1e-12, "1.4 x 1.15");
        assertEquals(1.4, w.month.workloadFelt(w.kit.gp(p, Role.SALARIED, 1, 40)), 0);
        assertEquals(1.0, w.month.workloadFelt(w.kit.gp(p, Role.LOCUM, 1, 40)), 0, "min(1.4, 1)");
        assertEquals(1.4, w.month.workloadFelt(w.kit.gp(p, Role.REGISTRAR, 1, 30)), 0);
        assertEquals(1.0, w.month.workloadFelt(w.kit.gp(trust, Role.REGISTRAR, 1, 28)), 0, "at a trust: the norm");
        assertEquals(1.0, w.month.workloadFelt(w.kit.gp(trust, Role.SALARIED, 1, 40)), 0, "in an ICO's team: the norm");
        p.setWorkloadAndAccess(0.6, 1);
        assertEquals(0.6, w.month.workloadFelt(w.kit.gp(p, Role.LOCUM, 1, 40)), 1e-12, "min(0.6, 1)");
        assertEquals(0.69, w.month.workloadFelt(w.kit.gp(p, Role.PARTNER, 1, 50)), 1e-12, "0.6 x 1.15");
    }

    @Test
    void burnoutRisesWithTheWorkloadFeltAboveTheNormAndRecoversTowardsZero() {
        world(noExits(), WorkforceKit.Picker.kind(Post.Kind.STAY));
        // partner: 0.2 + 0.05 x (1.61 - 1) - 0.05 x 0.2 = 0.2 + 0.0305 - 0.01
        assertEquals(0.2205, burnoutAfterOneMonth(w.kit.gp(p, Role.PARTNER, 1, 50), 0.2), 1e-12);
        // salaried: 0.2 + 0.05 x 0.4 - 0.01
        assertEquals(0.21, burnoutAfterOneMonth(w.kit.gp(p, Role.SALARIED, 1, 40), 0.2), 1e-12);
        // locum at the norm and a GP at a trust: recovery only, 0.2 - 0.01
        assertEquals(0.19, burnoutAfterOneMonth(w.kit.gp(p, Role.LOCUM, 1, 40), 0.2), 1e-12);
        assertEquals(0.19, burnoutAfterOneMonth(w.kit.gp(trust, Role.SALARIED, 1, 40), 0.2), 1e-12);
        p.setWorkloadAndAccess(0.6, 1);
        // locum below the norm: 0.2 + 0.05 x (0.6 - 1) - 0.01 = 0.17
        assertEquals(0.17, burnoutAfterOneMonth(w.kit.gp(p, Role.LOCUM, 1, 40), 0.2), 1e-12);
    }

    @Test
    void burnoutStaysWithinZeroAndOne() {
        world(noExits(), WorkforceKit.Picker.kind(Post.Kind.STAY));
        Gp partner = w.kit.gp(p, Role.PARTNER, 1, 50);
        Gp salaried = w.kit.gp(p, Role.SALARIED, 1, 40);
        p.setWorkloadAndAccess(0.5, 1);
        // 0.01 + 0.05 x (0.5 - 1) - 0.0005 = -0.0155 -> 0
        assertEquals(0, burnoutAfterOneMonth(salaried, 0.01), 0);
        p.setWorkloadAndAccess(5, 0.2);
        // 0.99 + 0.05 x (5 x 1.15 - 1) - 0.0495 = 1.178 -> 1
        assertEquals(1, burnoutAfterOneMonth(partner, 0.99), 0);
    }

    @Test
    void aMonthAgesTheGpAndItsTimeInRole() {
        world(noExits(), WorkforceKit.Picker.kind(Post.Kind.STAY));
        Gp gp = w.kit.gp(p, Role.SALARIED, 0.7, 40);
        for (int m = 0; m < 13; m++) w.month.step(gp);
        assertEquals(40 * 12 + 13, gp.ageMonths());
        assertEquals(13, gp.monthsInRole());
        assertEquals(41 + 1 / 12.0, gp.age(), 1e-12);
    }

    @Test
    void aReviewIsDueEveryReviewMonthsCountedWithTheGpsOffset() {
        WorkforceKit.Picker picker = WorkforceKit.Picker.kind(Post.Kind.STAY);
        world(steadyBurnout(noExits()), picker);
        Gp gp = w.gp(p, Role.SALARIED, 0.7, 40 * 12, 0, 0, 0, 0, 5);
        gp.setBurnout(0.6);   // at burnoutQuit, not above it: the schedule alone
        List<Integer> reviewed = new ArrayList<>();
        for (int m = 1; m <= 70; m++) {
            int before = picker.calls();
            w.month.step(gp);
            if (picker.calls() > before) reviewed.add(m);
        }
        // (monthsInRole + 5) mod 24 == 0 at 19, 43, 67 months in role
        assertEquals(List.of(19, 43, 67), reviewed);
        assertEquals(Post.Kind.STAY, picker.last().get(0).kind(), "a review offers staying first");
    }

    @Test
    void aGpBurntOutAboveBurnoutQuitReviewsEveryMonth() {
        WorkforceKit.Picker picker = WorkforceKit.Picker.kind(Post.Kind.STAY);
        world(steadyBurnout(noExits()), picker);
        Gp gp = w.kit.gp(p, Role.PARTNER, 1, 50);
        gp.setBurnout(0.61);
        for (int m = 0; m < 10; m++) w.month.step(gp);
        assertEquals(10, picker.calls());
    }

    @Test
    void aRegistrarTrainsAndNeitherLeavesNorReviewsUntilItCompletes() {
        // every fully qualified GP at burnout 1 leaves for certain: exp(10) x m > 1 in every band
        Parameters certain = steadyBurnout(new Parameters()).set(Parameters.BURNOUT_EXIT_EFFECT, 10);
        WorkforceKit.Picker picker = WorkforceKit.Picker.kind(Post.Kind.LEAVE);
        world(certain, picker);
        w.kit.gp(p, Role.PARTNER, 1, 50).setBurnout(0);
        w.kit.gp(p, Role.PARTNER, 1, 50).setBurnout(0);
        w.readStaff();
        Gp registrar = w.kit.gp(trust, Role.REGISTRAR, 1, 30);
        registrar.setBurnout(1);
        registrar.setTrainingMonthsLeft(19);
        w.month.step(registrar);
        assertEquals(18, registrar.trainingMonthsLeft());
        assertSame(p, w.world.network().employerOf(registrar), "half of 36 months left: to a training practice");
        for (int m = 0; m < 17; m++) w.month.step(registrar);
        assertEquals(1, registrar.trainingMonthsLeft());
        assertTrue(registrar.isActive());
        assertEquals(0, picker.calls(), "no review while training, burnt out or not");
        w.month.step(registrar);
        assertEquals(1, picker.calls(), "the completion choice");
        assertSame(registrar, picker.gps.get(0));
        assertFalse(registrar.isActive(), "it chose to leave");
        assertEquals(0, w.world.gpLeaversCum(), "a registrar leaving is not a fully qualified leaver");

        Gp qualified = w.kit.gp(p, Role.SALARIED, 1, 45);
        qualified.setBurnout(1);
        w.month.step(qualified);
        assertFalse(qualified.isActive(), "the same burnout makes a qualified GP leave");
        assertEquals(1, picker.calls(), "and a leaver does not review");
        assertEquals(1, w.world.gpLeaversCum());
    }

    @Test
    void theMonthDropsTheGpsWhoLeft() {
        // 60-64: min(0.99, 1) -> m = 0.3187, x exp(10) at burnout 1 -> certain; 40-49: rate 0, never
        Parameters params = steadyBurnout(new Parameters()).set(Parameters.BURNOUT_EXIT_EFFECT, 10)
                .set(Parameters.LEAVER_60_64, 1).set(Parameters.LEAVER_40_49, 0);
        world(params, WorkforceKit.Picker.kind(Post.Kind.STAY));
        Gp leaver = w.kit.gp(p, Role.PARTNER, 1, 62);
        leaver.setBurnout(1);
        Gp stayer = w.kit.gp(p, Role.SALARIED, 1, 45);
        w.readStaff();
        w.month.step();
        assertEquals(List.of(stayer), w.world.gps());
        assertFalse(w.world.network().contains(leaver));
        assertEquals(1, w.world.gpLeaversCum());
        assertEquals(1, p.partnersLostThisQuarter());
        assertEquals(0, p.partners());
        assertEquals(45 * 12 + 1, stayer.ageMonths());
    }

    @Test
    void gpsTakeTheirMonthInARandomOrder() {
        WorkforceKit.Picker picker = WorkforceKit.Picker.kind(Post.Kind.STAY);
        world(steadyBurnout(noExits()), picker);
        List<Gp> gps = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Gp gp = w.kit.gp(p, Role.SALARIED, 0.5, 40);
            gp.setBurnout(0.9);   // reviews every month: the picker sees the order
            gps.add(gp);
        }
        int months = 600;
        int[] first = new int[3];
        Map<List<Gp>, Integer> orders = new HashMap<>();
        for (int m = 0; m < months; m++) {
            int from = picker.calls();
            w.month.step();
            List<Gp> order = List.copyOf(picker.gps.subList(from, picker.calls()));
            assertEquals(3, order.size(), "every GP once a month");
            first[gps.indexOf(order.get(0))]++;
            orders.merge(order, 1, Integer::sum);
        }
        // each GP first a third of the time: binomial standard error sqrt(600 x 1/3 x 2/3) = 11.5
        double se = Math.sqrt(months / 3.0 * 2 / 3);
        for (int i = 0; i < 3; i++) assertEquals(months / 3.0, first[i], 4 * se, "GP " + i + " first");
        assertEquals(6, orders.size(), "all six orders occur");
    }
}
