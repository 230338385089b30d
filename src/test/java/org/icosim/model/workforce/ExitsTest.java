package org.icosim.model.workforce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;

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
 * ODD 8.10: the monthly exit hazard {@code min(1, m(band) exp(burnoutExitEffect burnout))} with
 * {@code m = 1 - (1 - min(0.99, rate x exitHazardScale))^(1/12)}, and what leaving does.
 */
class ExitsTest {

    /** The default A8 and assumed rates, unscaled: each band its own rate. */
    private static Parameters unscaled() {
        return new Parameters().set(Parameters.EXIT_HAZARD_SCALE, 1);
    }

    private static Gp gpAged(Economy e, int ageMonths, double burnout) {
        Gp gp = new Gp(0, e, ageMonths, Role.PARTNER, 0, 0, 0, 0, 0);
        gp.setBurnout(burnout);
        return gp;
    }

    @Test
    void eachAgeBandHasItsOwnMonthlyRateFromTheFirstMonthOfItsLowerAge() {
        WorldKit kit = new WorldKit(unscaled());
        Economy e = kit.economy();
        Exits exits = new Exits(kit.world, new org.icosim.model.practice.PracticeCapacity(kit.world));
        // m = 1 - (1 - annual)^(1/12) for each band's annual rate
        double under30 = 0.020074621775919343;   // 0.216
        double b30 = 0.006924382628299419;       // 0.08
        double b40 = 0.00505485926483451;        // 0.059
        double b50 = 0.006475736578073321;       // 0.075
        double b55 = 0.00984979783106954;        // 0.112
        double b60 = 0.029285530376777613;       // 0.30
        double b65 = 0.04859910100174769;        // 0.45
        int[] ageMonths = {24 * 12, 30 * 12 - 1, 30 * 12, 40 * 12 - 1, 40 * 12, 50 * 12 - 1, 50 * 12, 55 * 12 - 1,
            55 * 12, 60 * 12 - 1, 60 * 12, 65 * 12 - 1, 65 * 12, 80 * 12};
        double[] expected = {under30, under30, b30, b30, b40, b40, b50, b50, b55, b55, b60, b60, b65, b65};
        for (int i = 0; i < ageMonths.length; i++) {
            assertEquals(expected[i], exits.exitProbability(gpAged(e, ageMonths[i], 0)), 1e-15,
                    "aged " + ageMonths[i] / 12 + "y" + ageMonths[i] % 12 + "m");
        }
        assertEquals(0, Exits.band(29.99));
        assertEquals(1, Exits.band(30));
        assertEquals(2, Exits.band(40));
        assertEquals(3, Exits.band(54.99));
        assertEquals(4, Exits.band(55));
        assertEquals(5, Exits.band(64.99));
        assertEquals(6, Exits.band(65));
        assertEquals(6, Exits.band(100));
    }

    @Test
    void theHazardScaleMultipliesTheAnnualRateWhichIsCappedAt99PerCent() {
        WorldKit kit = new WorldKit(new Parameters().set(Parameters.EXIT_HAZARD_SCALE, 2).set(Parameters.LEAVER_60_64, 0.3)
                .set(Parameters.LEAVER_65_PLUS, 0.9).set(Parameters.LEAVER_40_49, 0.12));
        Economy e = kit.economy();
        Exits exits = new Exits(kit.world, new org.icosim.model.practice.PracticeCapacity(kit.world));
        // 0.3 x 2 = 0.6: 1 - 0.4^(1/12)
        assertEquals(0.07351512752093081, exits.exitProbability(gpAged(e, 62 * 12, 0)), 1e-15);
        // 0.9 x 2 = 1.8, capped at 0.99: 1 - 0.01^(1/12)
        assertEquals(0.31870793094203864, exits.exitProbability(gpAged(e, 70 * 12, 0)), 1e-15);
        // 0.12 x 2 = 0.24: 1 - 0.76^(1/12)
        assertEquals(0.02261020693073168, exits.exitProbability(gpAged(e, 45 * 12, 0)), 1e-15);
    }

    @Test
    void burnoutMultipliesTheHazardByExpOfItsEffectUpToCertainty() {
        WorldKit kit = new WorldKit(unscaled().set(Parameters.BURNOUT_EXIT_EFFECT, 1.5).set(Parameters.LEAVER_65_PLUS, 0.99));
        Economy e = kit.economy();
        Exits exits = new Exits(kit.world, new org.icosim.model.practice.PracticeCapacity(kit.world));
        // 55-59: 0.00984979783106954 x exp(1.5 x 0.4) = 0.00984979783106954 x 1.8221188003905089
        assertEquals(0.017947501808037468, exits.exitProbability(gpAged(e, 57 * 12, 0.4)), 1e-15);
        // 65+: 0.31870793094203864 x exp(1.5) = 1.428... -> 1
        assertEquals(1, exits.exitProbability(gpAged(e, 66 * 12, 1.0)), 0);
        assertTrue(exits.leavesThisMonth(gpAged(e, 66 * 12, 1.0)));
    }

    @Test
    void exitsHappenAsOftenAsTheHazardSaysOverManySeeds() {
        // 55-59 at burnout 0.4, effect 1.5: h = 0.017947501808037468 (above);
        // 60-64 at burnout 0.5, effect 1.5: h = 0.029285530376777613 x exp(0.75) = 0.0619973...
        double h57 = 0.017947501808037468;
        double h62 = 0.029285530376777613 * Math.exp(0.75);
        int seeds = 200;
        int perSeed = 100;
        int left57 = 0;
        int left62 = 0;
        for (int seed = 1; seed <= seeds; seed++) {
            WorldKit kit = new WorldKit(unscaled().set(Parameters.BURNOUT_EXIT_EFFECT, 1.5), YearMonth.of(2015, 4), seed);
            Economy e = kit.economy();
            Exits exits = new Exits(kit.world, new org.icosim.model.practice.PracticeCapacity(kit.world));
            Gp g57 = gpAged(e, 57 * 12, 0.4);
            Gp g62 = gpAged(e, 62 * 12, 0.5);
            for (int i = 0; i < perSeed; i++) {
                if (exits.leavesThisMonth(g57)) left57++;
                if (exits.leavesThisMonth(g62)) left62++;
            }
        }
        int n = seeds * perSeed;
        double se57 = Math.sqrt(n * h57 * (1 - h57));
        double se62 = Math.sqrt(n * h62 * (1 - h62));
        assertEquals(n * h57, left57, 4 * se57, "55-59: " + left57 + " of " + n);
        assertEquals(n * h62, left62, 4 * se62, "60-64: " + left62 + " of " + n);
        // the two bands are told apart: their expected counts differ by far more than the noise
        assertTrue(n * (h62 - h57) > 8 * (se57 + se62));
    }

    @Test
    void aPartnerWhoLeavesIsGoneFromTheNetworkCountedAndLostToItsPractice() {
        WorldKit kit = new WorldKit(new Parameters());
        Economy e = kit.economy();
        Practice p = kit.practice(e, 0, 0);
        kit.ready();
        WorkforceKit w = new WorkforceKit(kit, WorkforceKit.Picker.kind(Post.Kind.STAY));
        Gp leaver = kit.gp(p, Role.PARTNER, 1.0, 60);
        kit.gp(p, Role.PARTNER, 0.75, 50);
        w.readStaff();
        assertEquals(2, p.partners());
        w.exits.leave(leaver, true);
        assertFalse(kit.world.network().contains(leaver));
        assertNull(kit.world.network().employerOf(leaver), "a leaver works nowhere");
        assertFalse(leaver.isActive());
        assertEquals(1, kit.world.gpLeaversCum());
        assertEquals(1, p.partnersLostThisQuarter());
        assertEquals(1, p.partners(), "the practice's staff is read again");
        assertEquals(0.75, p.partnerFte(), 0);
        // capacity (0.75 x 1.1) x 5000 / 12 = 343.75 appointments a month
        assertEquals(343.75, p.capacity(), 1e-9);
        assertTrue(kit.world.gps().contains(leaver), "dropped from the GP list only by removeDeparted");
        kit.world.removeDeparted();
        assertFalse(kit.world.gps().contains(leaver));
    }

    @Test
    void onlyPartnersCountAsPartnersLostAndOnlyCountedLeaversAddToTheLeavers() {
        WorldKit kit = new WorldKit(new Parameters());
        Economy e = kit.economy();
        Practice p = kit.practice(e, 0, 0);
        Trust t = kit.trust(e, 10, 10, TrustKind.ACUTE);
        kit.ready();
        WorkforceKit w = new WorkforceKit(kit, WorkforceKit.Picker.kind(Post.Kind.STAY));
        Gp salaried = kit.gp(p, Role.SALARIED, 0.5, 40);
        Gp locum = kit.gp(p, Role.LOCUM, 0.5, 40);
        Gp registrar = kit.gp(t, Role.REGISTRAR, 1.0, 30);
        w.readStaff();
        w.exits.leave(salaried, true);
        assertEquals(0, p.partnersLostThisQuarter());
        assertEquals(0, p.salaried());
        assertEquals(1, kit.world.gpLeaversCum());
        w.exits.leave(locum, true);
        assertEquals(0, p.locums());
        assertEquals(2, kit.world.gpLeaversCum());
        w.exits.leave(registrar, false);
        assertFalse(kit.world.network().contains(registrar));
        assertEquals(2, kit.world.gpLeaversCum(), "not counted: not fully qualified");
        assertEquals(0, kit.world.network().staffOf(t).size());
    }
}
