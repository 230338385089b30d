package org.icosim.model.ico;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.icosim.model.Submodels;
import org.icosim.model.WorldKit;
import org.icosim.model.parameters.Parameters;
import org.icosim.model.patients.Demography;
import org.icosim.model.rules.Rules;
import org.icosim.model.workforce.JobChoice;
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
import org.icosim.network.TieType;
import org.junit.jupiter.api.Test;

/**
 * ODD 8.21 on a hand-built economy: a practice at the origin with nearest acute trusts A (1 km)
 * and B (2 km), and the ICO's trust T 30 km away; job choices made by a rule the test sets.
 */
class IcoMovesTest {

    private final List<Gp> asked = new ArrayList<>();

    private final class Fixture {
        final WorldKit kit = new WorldKit(new Parameters().set(Parameters.PATIENT_SCALE, 10));
        final Economy e = kit.economy();
        final Trust a = kit.trust(e, 1, 0, TrustKind.ACUTE);
        final Trust b = kit.trust(e, 2, 0, TrustKind.ACUTE);
        final Trust t = kit.trust(e, 30, 0, TrustKind.ACUTE);
        final Practice p;
        final Federation f;
        final Submodels sub;

        /** Partners, salaried GPs and a locum at a practice with premises liability £250,000; jobs chosen by {@code rule}. */
        Fixture(int partners, int salaried, JobChoice rule) {
            p = new Practice(0, e, 0, 0, true, 250000, kit.world.signals());
            kit.world.addPractice(p);
            kit.patients(p, 30, Demography.LOW, 100);
            for (int k = 0; k < partners; k++) kit.gp(p, Role.PARTNER, 1.0, 50);
            for (int k = 0; k < salaried; k++) kit.gp(p, Role.SALARIED, 0.5, 40);
            kit.gp(p, Role.LOCUM, 0.4, 35);
            kit.ready();
            sub = kit.submodels(Rules.JOB_CHOICE, (gp, options, c) -> {
                asked.add(gp);
                return rule.choose(gp, options, c);
            });
            sub.trusts.setReferralTies(p);
            sub.capacity.readStaff(p);
            f = kit.world.newFederation(e);
            kit.world.network().addMembership(p, f);
            p.setStatus(PracticeStatus.FEDERATED);
            t.startForming(0, Leadership.HOSPITAL_LED, null);
            t.startOperating(0);
        }

        List<Node> referralTargets() {
            return kit.world.network().targets(p, TieType.REFERS_TO);
        }

        List<Gp> staff(Role role) {
            List<Gp> out = new ArrayList<>();
            for (Node n : kit.world.network().staffOf(p)) if (((Gp) n).role() == role) out.add((Gp) n);
            return out;
        }
    }

    private static JobChoice first() {
        return (gp, options, c) -> options.get(0);
    }

    private static JobChoice pick(Post.Kind kind) {
        return (gp, options, c) -> {
            for (Post post : options) if (post.kind() == kind) return post;
            throw new AssertionError("no " + kind + " among " + options);
        };
    }

    @Test
    void anAllianceMemberKeepsItsFederationAndStaffAndRefersOnlyToItsIco() {
        Fixture w = new Fixture(2, 1, first());
        assertEquals(List.of(w.a, w.b, w.t), w.referralTargets());
        w.sub.icoMoves.joinIco(w.p, w.t);
        assertEquals(PracticeStatus.ICO_ALLIANCE, w.p.status());
        assertEquals(List.of(w.f, w.t), w.kit.world.network().membershipsOf(w.p));
        assertEquals(List.of(w.t), w.referralTargets(), "referral capture: though A and B are nearer");
        assertEquals(2, w.staff(Role.PARTNER).size());
        assertEquals(250000, w.p.premisesLiability());
        assertTrue(asked.isEmpty(), "nobody chooses a job");
    }

    @Test
    void aMembersPatientsGoToItsIcosTrust() {
        Fixture w = new Fixture(1, 0, first());
        w.sub.icoMoves.joinIco(w.p, w.t);
        w.kit.world.signals().ae[w.p.id()] = 3;
        w.kit.world.signals().met[w.p.id()] = 50;
        w.sub.trusts.monthly();
        assertEquals(30, w.t.aeThisMonth());
        assertEquals(0, w.a.aeThisMonth() + w.a.referralsThisMonth() + w.b.referralsThisMonth());
        assertTrue(w.t.referralsThisMonth() > 0);
    }

    @Test
    void leavingEndsTheMembershipAndRefersAgainToTheNearestTrusts() {
        Fixture w = new Fixture(2, 1, first());
        w.sub.icoMoves.joinIco(w.p, w.t);
        w.sub.icoMoves.leaveIco(w.p);
        assertEquals(PracticeStatus.FEDERATED, w.p.status(), "still in its federation");
        assertEquals(List.of(w.f), w.kit.world.network().membershipsOf(w.p));
        assertEquals(List.of(w.a, w.b, w.t), w.referralTargets());
        for (org.icosim.network.Tie tie : w.kit.world.network().referralTiesOf(w.p)) assertEquals(1, tie.weight(), "new ties");

        Fixture alone = new Fixture(1, 0, first());
        alone.kit.world.network().removeMembership(alone.p, alone.f);
        alone.sub.icoMoves.joinIco(alone.p, alone.t);
        alone.sub.icoMoves.leaveIco(alone.p);
        assertEquals(PracticeStatus.INDEPENDENT, alone.p.status());
    }

    @Test
    void anAbsorbedPracticeLeavesItsFederationAndOtherIcoAndItsPartnersChoose() {
        Fixture w = new Fixture(2, 1, pick(Post.Kind.SALARIED));
        Trust other = w.a;
        other.startForming(0, Leadership.HOSPITAL_LED, null);
        other.startOperating(0);
        w.sub.icoMoves.joinIco(w.p, other);
        for (int m = 0; m < 4; m++) w.p.setVacancies(1, true, false, m + 1);
        List<Gp> partners = w.staff(Role.PARTNER);
        List<Gp> salaried = w.staff(Role.SALARIED);
        Gp locum = w.staff(Role.LOCUM).get(0);

        w.sub.icoMoves.absorb(w.p, w.t);

        assertEquals(PracticeStatus.ICO_RUN, w.p.status());
        assertEquals(List.of(w.t), w.kit.world.network().membershipsOf(w.p), "out of its federation and its other ICO");
        assertEquals(List.of(w.t), w.referralTargets());
        assertEquals(0, w.p.premisesLiability(), "the ICO takes on the premises");
        assertEquals(0, w.p.partnerlessMonths());
        assertEquals(partners, asked, "each partner chose, and nobody else");
        for (Gp gp : partners) {
            assertEquals(Role.SALARIED, gp.role(), "stayed on as an ICO salaried GP");
            assertSame(w.p, w.kit.world.network().employerOf(gp));
        }
        for (Gp gp : salaried) {
            assertEquals(Role.SALARIED, gp.role());
            assertEquals(0.5, gp.fte(), "unchanged");
            assertSame(w.p, w.kit.world.network().employerOf(gp));
        }
        assertEquals(Role.LOCUM, locum.role());
        assertEquals(0, w.p.partners(), "the practice read its staff again");
        assertEquals(3, w.p.salaried());
    }

    @Test
    void partnersWhoLeaveAtAbsorptionLeaveNhsGeneralPractice() {
        Fixture w = new Fixture(2, 0, pick(Post.Kind.LEAVE));
        List<Gp> partners = w.staff(Role.PARTNER);
        w.sub.icoMoves.absorb(w.p, w.t);
        for (Gp gp : partners) {
            assertFalse(gp.isActive());
            assertFalse(w.kit.world.network().contains(gp));
        }
        assertEquals(0, w.p.partners());
    }

    @Test
    void theFirstSalariedGpToTakeThePartnershipTakesThePracticeBackAndNobodyIsAskedAfter() {
        List<Gp> order = new ArrayList<>();
        JobChoice secondTakesIt = (gp, options, c) -> {
            order.add(gp);
            for (Post post : options) {
                if (order.size() == 2 && post.kind() == Post.Kind.PARTNERSHIP) return post;
            }
            return options.get(0); // staying
        };
        Fixture w = new Fixture(0, 3, secondTakesIt);
        w.kit.world.network().removeMembership(w.p, w.f);
        w.sub.icoMoves.absorb(w.p, w.t);
        List<Gp> salaried = w.staff(Role.SALARIED);
        w.sub.icoMoves.offerTakeBack(w.p, w.t);
        assertEquals(salaried.subList(0, 2), order, "in the order they joined; the third is not asked");
        assertEquals(Role.PARTNER, salaried.get(1).role());
        assertSame(w.p, w.kit.world.network().employerOf(salaried.get(1)));
        assertEquals(PracticeStatus.INDEPENDENT, w.p.status());
        assertEquals(1, w.p.partners());
        assertFalse(w.kit.world.network().membershipsOf(w.p).contains(w.t));
        assertEquals(List.of(w.a, w.b, w.t), w.referralTargets());
        assertFalse(w.p.takeBackOpen(), "the offer closes");
    }

    @Test
    void whenNobodyTakesThePartnershipThePracticeStaysRunAndTheOfferCloses() {
        Fixture w = new Fixture(0, 2, first());
        w.sub.icoMoves.absorb(w.p, w.t);
        w.sub.icoMoves.offerTakeBack(w.p, w.t);
        assertEquals(PracticeStatus.ICO_RUN, w.p.status());
        assertEquals(List.of(w.t), w.kit.world.network().membershipsOf(w.p));
        assertFalse(w.p.takeBackOpen());
        assertEquals(2, asked.size(), "both salaried GPs reviewed their jobs");
    }
}
