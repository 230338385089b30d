package org.icosim.model.workforce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.icosim.model.Submodels;
import org.icosim.model.WorldKit;
import org.icosim.model.parameters.Parameters;
import org.icosim.model.world.Economy;
import org.icosim.model.world.Gp;
import org.icosim.model.world.Leadership;
import org.icosim.model.world.Practice;
import org.icosim.model.world.Role;
import org.icosim.model.world.Trust;
import org.icosim.model.world.TrustKind;
import org.junit.jupiter.api.Test;

/**
 * ODD 8.40 on a hand-built economy: practice A, absorbed by an ICO; B, which counts A among its
 * neighbours, and A among B's; C, 40 km away and no one's neighbour. A GP aged 45 at each of B and
 * C, a partner at A. The response lasts 24 months.
 */
class ProfessionResponseTest {

    private static final double EPS = 1e-12;

    private static final class Fixture {
        final WorldKit kit;
        final Practice a;
        final Practice b;
        final Practice c;
        final Gp atB;
        final Gp atC;
        final Trust ico;
        final Submodels sub;

        Fixture(double exitEffect, double partnerAversion, Leadership leadership) {
            kit = new WorldKit(new Parameters().set(Parameters.ABSORPTION_EXIT_EFFECT, exitEffect)
                    .set(Parameters.ABSORPTION_PARTNER_AVERSION, partnerAversion).set(Parameters.ABSORPTION_RESPONSE_MONTHS, 24)
                    .set(Parameters.EXIT_HAZARD_SCALE, 1));
            Economy e = kit.economy();
            a = kit.practice(e, 0, 0);
            b = kit.practice(e, 1, 0);
            c = kit.practice(e, 40, 0);
            kit.gp(a, Role.PARTNER, 1.0, 50);
            atB = kit.gp(b, Role.PARTNER, 1.0, 45);
            atC = kit.gp(c, Role.PARTNER, 1.0, 45);
            ico = kit.trust(e, 2, 0, TrustKind.ACUTE);
            kit.ready();
            kit.world.network().setNeighbours(a, List.of(b));
            kit.world.network().setNeighbours(b, List.of(a));
            kit.world.network().setNeighbours(c, List.of());
            sub = kit.submodels();
            for (Practice p : List.of(a, b, c)) sub.capacity.readStaff(p);
            ico.startForming(0, leadership, leadership == Leadership.GP_LED ? b : null);
            ico.startOperating(0);
            kit.world.calendar().setMonth(10);
        }
    }

    @Test
    void aHospitalLedAbsorptionRaisesTheExitHazardNearbyForItsMonthsOnly() {
        Fixture w = new Fixture(Math.log(2), 0, Leadership.HOSPITAL_LED);
        double base = w.sub.exits.exitProbability(w.atC);
        assertEquals(base, w.sub.exits.exitProbability(w.atB), EPS, "before the absorption, B's GP is as C's");
        w.sub.icoMoves.absorb(w.a, w.ico);
        assertEquals(10, w.a.nearbyAbsorptionMonth());
        assertEquals(10, w.b.nearbyAbsorptionMonth(), "A's neighbour is marked");
        assertEquals(-1, w.c.nearbyAbsorptionMonth(), "C is no one's neighbour");
        assertEquals(2 * base, w.sub.exits.exitProbability(w.atB), EPS, "exp(ln 2): twice the hazard");
        assertEquals(base, w.sub.exits.exitProbability(w.atC), EPS);
        w.kit.world.calendar().setMonth(10 + 23);
        assertEquals(2 * base, w.sub.exits.exitProbability(w.atB), EPS, "the 24th month of the response");
        w.kit.world.calendar().setMonth(10 + 24);
        assertEquals(base, w.sub.exits.exitProbability(w.atB), EPS, "over after 24 months");
    }

    @Test
    void aPartnershipNearbyIsWorthTheAversionLessWhileTheResponseLasts() {
        Fixture w = new Fixture(0, 1.5, Leadership.HOSPITAL_LED);
        Gp looking = w.atC;
        assertEquals(0.0, w.sub.jobs.partnershipPost(looking, w.b).constant(), 0.0);
        w.sub.icoMoves.absorb(w.a, w.ico);
        assertEquals(-1.5, w.sub.jobs.partnershipPost(looking, w.b).constant(), 0.0);
        assertEquals(0.0, w.sub.jobs.partnershipPost(looking, w.c).constant(), 0.0, "far from the absorption");
        w.kit.world.calendar().setMonth(10 + 24);
        assertEquals(0.0, w.sub.jobs.partnershipPost(looking, w.b).constant(), 0.0);
    }

    @Test
    void aGpLedIcoMarksNothingAndTheNullSettingChangesNothing() {
        Fixture gpLed = new Fixture(Math.log(2), 1.5, Leadership.GP_LED);
        double base = gpLed.sub.exits.exitProbability(gpLed.atB);
        gpLed.sub.icoMoves.absorb(gpLed.a, gpLed.ico);
        assertEquals(-1, gpLed.b.nearbyAbsorptionMonth());
        assertEquals(base, gpLed.sub.exits.exitProbability(gpLed.atB), EPS);

        Fixture none = new Fixture(0, 0, Leadership.HOSPITAL_LED);
        double before = none.sub.exits.exitProbability(none.atB);
        none.sub.icoMoves.absorb(none.a, none.ico);
        assertTrue(new ProfessionResponse(none.kit.world).responding(none.b), "marked, as always");
        assertEquals(before, none.sub.exits.exitProbability(none.atB), 0.0, "but with the null setting the hazard is the same");
        assertFalse(Double.compare(-0.0, none.sub.jobs.partnershipPost(none.atC, none.b).constant()) == 0,
                "and the partnership's constant is +0, as without the switch");
    }
}
