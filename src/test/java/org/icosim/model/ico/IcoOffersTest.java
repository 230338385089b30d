package org.icosim.model.ico;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.icosim.model.Submodels;
import org.icosim.model.WorldKit;
import org.icosim.model.parameters.Parameter;
import org.icosim.model.parameters.Parameters;
import org.icosim.model.parameters.PolicyPush;
import org.icosim.model.patients.Demography;
import org.icosim.model.rules.Rules;
import org.icosim.model.workforce.JobChoice;
import org.icosim.model.workforce.Post;
import org.icosim.model.world.Economy;
import org.icosim.model.world.Gp;
import org.icosim.model.world.Leadership;
import org.icosim.model.world.Practice;
import org.icosim.model.world.PracticeStatus;
import org.icosim.model.world.Role;
import org.icosim.model.world.Trust;
import org.icosim.model.world.TrustKind;
import org.junit.jupiter.api.Test;

/**
 * ODD 8.20, the offers: acute trust T operating as an ICO since month 0 (annual rounds), acute
 * trust U forming one; practices that refer mainly to T (one only to U), healthy (profit £200,000 a partner) unless
 * said otherwise.
 */
class IcoOffersTest {

    private static Parameters params(PolicyPush push) {
        return new Parameters().set(Parameters.POLICY_PUSH, push.ordinal())
                .set(Parameters.ICO_POLICY_START, Parameter.monthIndex(2015, 4));
    }

    /** Takes the partnership of an ICO-run practice when it is offered, else the first option (staying). */
    private static final JobChoice TAKES_IT_BACK = (gp, options, c) -> {
        for (Post post : options) {
            if (post.kind() == Post.Kind.PARTNERSHIP && post.employer() instanceof Practice
                    && ((Practice) post.employer()).takeBackOpen()) return post;
        }
        return options.get(0);
    };

    private static final class Fixture {
        final WorldKit kit;
        final Economy e;
        final Trust t;
        final Trust u;
        final Practice healthy;
        final Practice failing;
        final Practice member;
        final Practice run;
        final Practice noPartner;
        final Practice trustRun;
        final Practice nearU;
        final Submodels sub;

        Fixture(Parameters params) {
            kit = new WorldKit(params);
            e = kit.economy();
            t = kit.trust(e, 0, 0, TrustKind.ACUTE);
            u = kit.trust(e, 40, 0, TrustKind.ACUTE);
            healthy = practice(1, 1, 200000);
            failing = practice(1, 1, 0);
            member = practice(1, 1, 200000);
            run = practice(0, 1, 0);
            noPartner = practice(0, 0, 0);
            trustRun = practice(1, 1, 0);
            nearU = practice(1, 39, 200000);
            kit.ready();
            sub = kit.submodels(Rules.JOB_CHOICE, TAKES_IT_BACK);
            for (Practice p : kit.world.practices()) {
                sub.trusts.setReferralTies(p);
                sub.capacity.readStaff(p);
                p.setMoney(100000 + p.partners() * (double) profitOf(p), 100000, 1);
            }
            kit.world.network().setReferralTies(nearU, List.of(u)); // U only
            t.startForming(0, Leadership.HOSPITAL_LED, null);
            t.startOperating(0);
            u.startForming(0, Leadership.HOSPITAL_LED, null);
            sub.icoMoves.joinIco(member, t);
            kit.world.network().addMembership(run, t);
            run.setStatus(PracticeStatus.ICO_RUN);
            kit.world.network().addMembership(trustRun, t);
            trustRun.setStatus(PracticeStatus.TRUST_RUN);
        }

        private final java.util.Map<Practice, Integer> profit = new java.util.HashMap<>();

        private int profitOf(Practice p) {
            return profit.get(p);
        }

        private Practice practice(int partners, int salaried, int profitPerPartner) {
            Practice p = kit.practice(e, 1 + kit.world.practices().size() * 0.1, 0);
            kit.patients(p, 30, Demography.LOW, 50);
            for (int k = 0; k < partners; k++) kit.gp(p, Role.PARTNER, 1.0, 50);
            for (int k = 0; k < salaried; k++) kit.gp(p, Role.SALARIED, 1.0, 40);
            profit.put(p, profitPerPartner);
            return p;
        }

        void offers(int month) {
            kit.world.calendar().setMonth(month);
            sub.icoOffers.makeOffers();
        }
    }

    @Test
    void inARoundThatIsNotAQuarterEndEveryPartnerLedPracticeOutsideAnIcoIsOfferedAnAlliance() {
        Fixture w = new Fixture(params(PolicyPush.STRONG));
        w.offers(0); // T's first round; month 0 is not a quarter end
        assertSame(w.t, w.healthy.allianceOffer());
        assertSame(w.t, w.failing.allianceOffer());
        assertNull(w.failing.absorptionOffer(), "absorption only at a quarter end");
        assertNull(w.member.allianceOffer(), "already a member");
        assertNull(w.noPartner.allianceOffer(), "no partner to decide");
        assertNull(w.trustRun.allianceOffer(), "not partner-led");
        assertNull(w.run.allianceOffer());
        assertNull(w.nearU.allianceOffer(), "its one referral trust, U, is forming, not operating");
    }

    @Test
    void atAQuarterEndOutsideARoundFailingPracticesAreOfferedAbsorptionOnly() {
        Fixture w = new Fixture(params(PolicyPush.STRONG));
        w.offers(2);
        assertSame(w.t, w.failing.absorptionOffer(), "profit per partner 0, under the floor");
        assertNull(w.failing.allianceOffer(), "month 2 is not one of T's rounds");
        assertNull(w.healthy.absorptionOffer());
        assertNull(w.healthy.allianceOffer());
        assertNull(w.member.absorptionOffer());
        assertNull(w.noPartner.absorptionOffer());
    }

    @Test
    void aPracticeFailsByAnUnfilledPostByItsProfitOrByBurntOutPartners() {
        Fixture w = new Fixture(params(PolicyPush.STRONG));
        for (int m = 0; m < 6; m++) w.member.setVacancies(1, false, true, 0);
        Gp partner = (Gp) w.kit.world.network().staffOf(w.healthy).get(0);
        partner.setBurnout(0.61);
        w.sub.capacity.readStaff(w.healthy);
        w.offers(5);
        assertSame(w.t, w.member.absorptionOffer(), "a post unfilled for 6 months; an alliance member, from its own ICO");
        assertSame(w.t, w.healthy.absorptionOffer(), "mean partner burnout 0.61, over burnoutQuit 0.6");
        assertNull(w.nearU.absorptionOffer());
    }

    @Test
    void roundsComeEveryIcoOfferMonthsFromTheMonthTheIcoBeganOperating() {
        Fixture w = new Fixture(params(PolicyPush.STRONG));
        assertTrue(w.sub.icoOffers.offerRound(w.t));
        for (int m : new int[] {1, 11, 13}) {
            w.kit.world.calendar().setMonth(m);
            assertFalse(w.sub.icoOffers.offerRound(w.t), "month " + m);
        }
        w.kit.world.calendar().setMonth(24);
        assertTrue(w.sub.icoOffers.offerRound(w.t));
        w.u.startOperating(5);
        w.kit.world.calendar().setMonth(17);
        assertTrue(w.sub.icoOffers.offerRound(w.u), "12 months after it began in month 5");
        assertFalse(w.sub.icoOffers.offerRound(w.t));
    }

    @Test
    void theIcoThatOffersIsTheOperatingReferralTrustReferredToMost() {
        Fixture w = new Fixture(params(PolicyPush.STRONG));
        w.u.startOperating(0);
        List<org.icosim.network.Tie> ties = w.kit.world.network().setReferralTies(w.healthy, List.of(w.u, w.t));
        ties.get(0).recordMonth(0, 5);
        ties.get(1).recordMonth(0, 9);
        w.offers(0);
        assertSame(w.t, w.healthy.allianceOffer(), "9 referrals to T against 5 to U");
        ties.get(0).recordMonth(0, 9);
        w.healthy.clearOffers();
        w.offers(0);
        assertSame(w.u, w.healthy.allianceOffer(), "on equal weights the first tie (the nearer trust)");
    }

    @Test
    void underAMandateEachRoundOffersAbsorptionToEveryPartnerLedPracticeAndNoAlliance() {
        Fixture w = new Fixture(params(PolicyPush.MANDATED));
        w.offers(0);
        for (Practice p : List.of(w.healthy, w.failing, w.member)) {
            assertSame(w.t, p.absorptionOffer(), p.toString());
            assertNull(p.allianceOffer(), p.toString());
        }
        assertNull(w.noPartner.absorptionOffer());
        assertNull(w.trustRun.absorptionOffer());
        assertNull(w.run.absorptionOffer());
    }

    @Test
    void inTheRoundOfTheIcoThatRunsAPracticeItsGpsMayTakeItBack() {
        Fixture w = new Fixture(params(PolicyPush.STRONG));
        w.offers(1);
        assertEquals(PracticeStatus.ICO_RUN, w.run.status(), "not a round");
        w.offers(12);
        assertEquals(PracticeStatus.INDEPENDENT, w.run.status(), "its salaried GP took the partnership");
        assertEquals(1, w.run.partners());
        assertFalse(w.run.takeBackOpen(), "the offer closes");

        Fixture barred = new Fixture(params(PolicyPush.STRONG).set(Parameters.INDEPENDENT_CONTRACTOR_KEPT, 0));
        barred.offers(12);
        assertEquals(PracticeStatus.ICO_RUN, barred.run.status(), "no new partnerships while the policy ends contractor status");
    }
}
