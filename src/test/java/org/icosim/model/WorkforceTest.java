package org.icosim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.icosim.network.Node;
import org.junit.jupiter.api.Test;

/** Exits, posts, liability and the rule that a GP holds one post. */
class WorkforceTest {

    @Test
    void exitHazardIsTheAgeRateTimesExpOfBurnout() {
        Parameters p = TinyWorld.parameters().set(Parameters.EXIT_HAZARD_SCALE, 1).set(Parameters.BURNOUT_EXIT_EFFECT, 1.5)
                .set(Parameters.LEAVER_55_59, 0.112);
        IcoSim sim = TinyWorld.started(p, 1);
        Gp gp = new Gp(1, sim.economies.get(0), 57 * 12, Role.PARTNER, 0, 0, 0, 0, 0);
        double base = 1 - Math.pow(1 - 0.112, 1.0 / 12);
        gp.setBurnout(0);
        assertEquals(base, sim.workforce.exitProbability(gp), 1e-12);
        gp.setBurnout(0.4);
        assertEquals(base * Math.exp(1.5 * 0.4), sim.workforce.exitProbability(gp), 1e-12);
    }

    @Test
    void partnershipLiabilityRisesAsPartnersFall() {
        IcoSim sim = TinyWorld.started();
        Practice p = sim.practices.get(0);
        double previous = Double.POSITIVE_INFINITY;
        for (int partners = 1; partners <= 6; partners++) {
            double liability = sim.workforce.partnershipLiability(p, partners, false);
            assertTrue(liability < previous, "last person standing: fewer partners, more liability");
            assertEquals(p.premisesLiability / partners / 200000 + 1.0 / partners, liability, 1e-12);
            previous = liability;
        }
    }

    @Test
    void aGpNeverHoldsTwoPosts() {
        IcoSim sim = TinyWorld.started();
        Practice a = sim.practices.get(0);
        Practice b = sim.practices.get(1);
        Gp gp = TinyWorld.staff(sim, a, Role.PARTNER).get(0);
        sim.workforce.move(gp, b, Role.SALARIED);
        assertEquals(b, sim.network().employerOf(gp));
        assertEquals(Role.SALARIED, gp.role());
        int posts = 0;
        for (Practice p : sim.practices) if (sim.network().staffOf(p).contains(gp)) posts++;
        assertEquals(1, posts);
        assertEquals(1, a.partnersLostThisQuarter, "a partner moving away counts as a partner lost");
    }

    @Test
    void aLeaverIsRemovedFromTheNetworkAndCounted() {
        IcoSim sim = TinyWorld.started();
        Practice a = sim.practices.get(0);
        Gp gp = TinyWorld.staff(sim, a, Role.PARTNER).get(0);
        int partners = a.partners();
        long leavers = sim.gpLeaversCum();
        sim.workforce.leave(gp, true);
        assertFalse(sim.network().contains(gp));
        assertNull(sim.network().employerOf(gp), "a leaver works nowhere");
        assertEquals(leavers + 1, sim.gpLeaversCum());
        assertEquals(partners - 1, a.partners());
        sim.workforce.removeDeparted();
        assertFalse(sim.gps().contains(gp));
    }

    @Test
    void onlyPracticesWithOpenPostsAppearAmongTheOptionsAndLeavingIsAlwaysOneAtReview() {
        IcoSim sim = TinyWorld.started();
        Gp gp = TinyWorld.staff(sim, TinyWorld.practiceWithSalaried(sim), Role.SALARIED).get(0);
        List<Post> options = sim.workforce.options(gp, JobChoice.Occasion.REVIEW);
        assertEquals(Post.Kind.STAY, options.get(0).kind());
        assertTrue(options.stream().anyMatch(o -> o.kind() == Post.Kind.LEAVE));
        for (Post o : options) {
            if (o.kind() == Post.Kind.SALARIED) assertTrue(((Practice) o.employer()).openPosts() > 0);
        }
        Gp returner = new Gp(5000, sim.economies.get(0), 40 * 12, Role.LOCUM, 0, 0, 0, 0, 0);
        assertFalse(sim.workforce.options(returner, JobChoice.Occasion.RETURN).stream().anyMatch(o -> o.kind() == Post.Kind.LEAVE),
                "a returner has chosen to come back");
    }

    @Test
    void registrarsTrainAtATrustThenAPracticeAndThenChoose() {
        IcoSim sim = TinyWorld.started();
        Economy e = sim.economies.get(0);
        Gp early = sim.workforce.enrolRegistrar(e, sim.params.getInt(Parameters.TRAINING_MONTHS));
        assertTrue(sim.network().employerOf(early) instanceof Trust);
        Gp late = sim.workforce.enrolRegistrar(e, 3);
        Node employer = sim.network().employerOf(late);
        assertNotNull(employer);
        assertTrue(employer instanceof Practice);
        assertTrue(((Practice) employer).partners() >= 2, "training practices have at least two partners");
    }

    @Test
    void atTheStartRegistrarsInPracticesTrainWherePartnersCanSuperviseThem() {
        IcoSim sim = TinyWorld.started();
        int inPractices = 0;
        for (Gp gp : sim.gps()) {
            if (gp.role() != Role.REGISTRAR) continue;
            Node employer = sim.network().employerOf(gp);
            if (employer instanceof Practice) {
                inPractices++;
                assertTrue(((Practice) employer).partners() >= 2);
            }
        }
        assertTrue(inPractices > 0);
    }

    @Test
    void aReturnerIsOfferedLocumWorkWhenThereIsAny() {
        IcoSim sim = TinyWorld.started();
        sim.workforce.locumDemandFte = new double[] {5};
        Gp returner = new Gp(5001, sim.economies.get(0), 40 * 12, Role.LOCUM, 0, 0, 0, 0, 0);
        assertTrue(sim.workforce.options(returner, JobChoice.Occasion.RETURN).stream().anyMatch(o -> o.kind() == Post.Kind.LOCUM));
        assertFalse(sim.workforce.options(returner, JobChoice.Occasion.REVIEW).stream().anyMatch(o -> o.kind() == Post.Kind.LOCUM),
                "a locum at review has locum work as staying");
    }

    @Test
    void tastesOfThe2015WorkforceFavourTheRoleTheyHold() {
        assertTrue(Workforce.favours(Role.PARTNER, 0.5, 0, 0));
        assertFalse(Workforce.favours(Role.PARTNER, 0, 0, 0.5));
        assertTrue(Workforce.favours(Role.SALARIED, 0, 0, 0.5));
        assertFalse(Workforce.favours(Role.LOCUM, 0, -0.1, 0.5));
        IcoSim sim = TinyWorld.started();
        int consistent = 0;
        int partners = 0;
        for (Gp gp : sim.gps()) {
            if (gp.role() != Role.PARTNER) continue;
            partners++;
            if (Workforce.favours(Role.PARTNER, gp.autonomyTaste, gp.flexibilityTaste, gp.riskTaste)) consistent++;
        }
        assertEquals(partners, consistent);
    }
}
