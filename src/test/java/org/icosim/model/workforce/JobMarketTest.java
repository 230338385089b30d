package org.icosim.model.workforce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.icosim.model.WorldKit;
import org.icosim.model.parameters.Parameters;
import org.icosim.model.world.Economy;
import org.icosim.model.world.Gp;
import org.icosim.model.world.Leadership;
import org.icosim.model.world.Practice;
import org.icosim.model.world.PracticeStatus;
import org.icosim.model.world.Role;
import org.icosim.model.world.Trust;
import org.icosim.model.world.TrustKind;
import org.icosim.network.Node;
import org.junit.jupiter.api.Test;

/**
 * ODD 8.12: the options a GP is offered on each occasion, the attributes of each, and carrying
 * out the choice. Prices are those of 2015/16: salaried pay 78,800, ICO pay 78,800 x 1.05 =
 * 82,740, locum pay 95,000, outside income 70,000; partnerMeanFte 0.886, buy-in 50,000.
 */
class JobMarketTest {

    /**
     * One economy: the GP's home practice (owned premises, liability 300,000; 2 partners and a
     * salaried GP; profit 200,000; workload 1.2; peer shares 0.5 / 0.3 / 0.2) offering both kinds
     * of post; q1 (1 partner, profit 10,000, workload 0.9) offering both; q2 (no partner, profit
     * 150,000, workload 1.5) offering a partnership only; a practice with no post left, a closed
     * one and one not on the list of open posts, never offered; a hospital-led ICO with 2 open
     * team posts, a GP-led one with 1, and one with none; uncovered need 1.0 FTE.
     */
    static final class Market {
        final WorkforceKit w;
        final WorkforceKit.Picker picker;
        final Economy e;
        final Practice home;
        final Practice q1;
        final Practice q2;
        final Practice full;
        final Practice closed;
        final Practice unlisted;
        final Trust ico;
        final Trust gpLedIco;
        final Trust fullIco;
        final Trust hospital;
        final Gp partner;
        final Gp otherPartner;
        final Gp salaried;

        Market(Parameters params, Predicate<Post> pick) {
            WorldKit kit = new WorldKit(params.set(Parameters.JOB_OFFERS_SEEN, 10));
            e = kit.economy();
            home = kit.practice(e, 0, 0, 300000);
            q1 = kit.practice(e, 5, 0);
            q2 = kit.practice(e, 10, 0);
            full = kit.practice(e, 15, 0);
            closed = kit.practice(e, 20, 0);
            unlisted = kit.practice(e, 25, 0);
            ico = kit.trust(e, 30, 30, TrustKind.ACUTE);
            gpLedIco = kit.trust(e, 35, 30, TrustKind.ACUTE);
            fullIco = kit.trust(e, 40, 30, TrustKind.ACUTE);
            hospital = kit.trust(e, 45, 30, TrustKind.ACUTE);
            kit.ready();
            picker = new WorkforceKit.Picker(pick);
            w = new WorkforceKit(kit, picker);
            partner = w.gp(home, Role.PARTNER, 1.0, 50 * 12, 1, 0, 0, 0, 0);
            otherPartner = kit.gp(home, Role.PARTNER, 1.0, 55);
            salaried = w.gp(home, Role.SALARIED, 0.5, 40 * 12, 1, 0, 0, 0, 0);
            kit.gp(q1, Role.PARTNER, 1.0, 50);
            w.readStaff();
            home.setMoney(300000, 100000, 1);   // 100,000 a partner
            q1.setMoney(110000, 100000, 1);     // 10,000 a partner
            q2.setMoney(250000, 100000, 1);     // 150,000, no partner
            home.setWorkloadAndAccess(1.2, 1);
            q1.setWorkloadAndAccess(0.9, 1);
            q2.setWorkloadAndAccess(1.5, 1);
            home.setPeerShares(0.5, 0.3, 0.2);
            q1.setPeerShares(0.1, 0.1, 0.1);
            kit.world.labourMarket().setEconomyRoleShares(new double[][] {{0.6, 0.25, 0.15}});
            home.setVacancies(1, true, true, 0);
            q1.setVacancies(2, true, true, 0);
            q2.setVacancies(1, true, false, 0);
            full.setVacancies(0, true, true, 0);
            closed.setVacancies(1, true, true, 0);
            closed.end(PracticeStatus.CLOSED, 0);
            unlisted.setVacancies(1, true, true, 0);
            ico.startForming(0, Leadership.HOSPITAL_LED, null);
            ico.startOperating(0);
            ico.setTeam(0, 2);
            gpLedIco.startForming(0, Leadership.GP_LED, q1);
            gpLedIco.startOperating(0);
            gpLedIco.setTeam(0, 1);
            fullIco.startForming(0, Leadership.HOSPITAL_LED, null);
            fullIco.startOperating(0);
            fullIco.setTeam(0, 0);
            kit.world.labourMarket().setOpenPostPractices(List.of(List.of(home, q1, q2, full, closed)));
            kit.world.labourMarket().setOpenIcoPosts(List.of(List.of(ico, gpLedIco, fullIco)));
            kit.world.labourMarket().setLocumDemandFte(new double[] {1.0});
        }

        Market() {
            this(new Parameters(), p -> p.kind() == Post.Kind.STAY);
        }

        List<Post> options(Gp gp, JobChoice.Occasion occasion) {
            return w.jobs.options(gp, occasion);
        }

        /** A GP of this economy who is in the network but works nowhere yet (a returner). */
        Gp outsider(Role role) {
            Gp gp = new Gp(w.world.nextGpId(), e, 40 * 12, role, 0, 0, 0, 0, 0);
            gp.takeRole(role, role == Role.REGISTRAR ? 1 : 0.5);
            w.world.addGp(gp);
            w.world.network().add(gp);
            return gp;
        }

        /** Makes {@code p} a practice {@code by} runs. */
        void icoRuns(Practice p, Trust by) {
            p.setStatus(PracticeStatus.ICO_RUN);
            w.world.network().addMembership(p, by);
        }
    }

    private static List<Post.Kind> kinds(List<Post> options) {
        List<Post.Kind> out = new ArrayList<>();
        for (Post o : options) out.add(o.kind());
        return out;
    }

    /** The employers of the options of a kind at practices ({@code atPractice}) or at trusts. */
    private static Set<Node> employers(List<Post> options, Post.Kind kind, boolean atPractice) {
        Set<Node> out = new HashSet<>();
        for (Post o : options) {
            if (o.kind() == kind && (o.employer() instanceof Practice) == atPractice) out.add(o.employer());
        }
        return out;
    }

    private static Post find(List<Post> options, Post.Kind kind, Node employer) {
        for (Post o : options) if (o.kind() == kind && o.employer() == employer) return o;
        throw new AssertionError("no " + kind + " at " + employer + " among " + options);
    }

    private static void assertPost(Post post, double income, double autonomy, double flexibility, double liability,
            double workload, double peerShare, double constant) {
        assertEquals(income, post.incomePerFte(), 1e-6, post + " income");
        assertEquals(autonomy, post.autonomy(), 0, post + " autonomy");
        assertEquals(flexibility, post.flexibility(), 0, post + " flexibility");
        assertEquals(liability, post.liability(), 1e-12, post + " liability");
        assertEquals(workload, post.workload(), 0, post + " workload");
        assertEquals(peerShare, post.peerShare(), 0, post + " peer share");
        assertEquals(constant, post.constant(), 1e-12, post + " constant");
    }

    // ---------------------------------------------------------------- the options of each occasion

    @Test
    void aPartnerAtReviewMayStayOrTakeAnyPostOnOfferElsewhereOrLocumWorkOrLeave() {
        Market m = new Market();
        List<Post> o = m.options(m.partner, JobChoice.Occasion.REVIEW);
        assertEquals(List.of(Post.Kind.STAY, Post.Kind.PARTNERSHIP, Post.Kind.PARTNERSHIP, Post.Kind.SALARIED, Post.Kind.SALARIED,
                Post.Kind.SALARIED, Post.Kind.SALARIED, Post.Kind.LOCUM, Post.Kind.LEAVE), kinds(o));
        assertSame(m.home, o.get(0).employer());
        assertEquals(Set.of(m.q1, m.q2), employers(o, Post.Kind.PARTNERSHIP, true), "not its own, nor a full, closed or unlisted practice");
        assertEquals(Set.of(m.home, m.q1), employers(o, Post.Kind.SALARIED, true), "a partner may go salaried at its own practice");
        assertEquals(Set.of(m.ico, m.gpLedIco), employers(o, Post.Kind.SALARIED, false), "ICOs with open team posts");

        // staying a partner: 100,000 / 0.886; liability 300,000 / 2 / 200,000 + 1/2; inertia 4.5 + exit cost 3
        assertPost(o.get(0), 112866.8171557562, 1, 0, 1.25, 1.2, 0.5, 7.5);
        // q1: profit 10,000 a partner, floored at 20,000; liability (0 / 2 + 50,000) / 200,000 + 1/2
        assertPost(find(o, Post.Kind.PARTNERSHIP, m.q1), 22573.36343115124, 1, 0, 0.75, 0.9, 0.5, 0);
        // q2: no partner, its profit 150,000; n = 1: 50,000 / 200,000 + 1
        assertPost(find(o, Post.Kind.PARTNERSHIP, m.q2), 169300.22573363432, 1, 0, 1.25, 1.5, 0.5, 0);
        assertPost(find(o, Post.Kind.SALARIED, m.home), 78800, 0, 0.5, 0, 1.2, 0.3, 0);
        assertPost(find(o, Post.Kind.SALARIED, m.q1), 78800, 0, 0.5, 0, 0.9, 0.3, 0);
        // team posts: ICO pay, workload 1; the hospital-led one carries the aversion 0.5
        assertPost(find(o, Post.Kind.SALARIED, m.ico), 82740, 0, 0.5, 0, 1, 0.3, -0.5);
        assertPost(find(o, Post.Kind.SALARIED, m.gpLedIco), 82740, 0, 0.5, 0, 1, 0.3, 0);
        assertPost(o.get(7), 95000, 0.5, 1, 0.8, 1, 0.2, 0);
        assertNull(o.get(7).employer());
        assertPost(o.get(8), 70000, 0.5, 1, 0, 1, 0, -0.5);
    }

    @Test
    void aSalariedGpWhosePracticeOffersAPartnershipIsOfferedItAsAnInsider() {
        Market m = new Market();
        List<Post> o = m.options(m.salaried, JobChoice.Occasion.REVIEW);
        assertEquals(List.of(Post.Kind.STAY, Post.Kind.PARTNERSHIP, Post.Kind.PARTNERSHIP, Post.Kind.PARTNERSHIP, Post.Kind.SALARIED,
                Post.Kind.SALARIED, Post.Kind.SALARIED, Post.Kind.LOCUM, Post.Kind.LEAVE), kinds(o));
        assertPost(o.get(0), 78800, 0, 0.5, 0, 1.2, 0.3, 4.5);
        // the insider partnership comes right after staying: n = 2 + 1: (300,000 / 3 + 50,000) / 200,000 + 1/3
        assertSame(m.home, o.get(1).employer());
        assertPost(o.get(1), 112866.8171557562, 1, 0, 1.0833333333333333, 1.2, 0.5, 0);
        assertEquals(Set.of(m.home, m.q1, m.q2), employers(o, Post.Kind.PARTNERSHIP, true));
        assertEquals(Set.of(m.q1), employers(o, Post.Kind.SALARIED, true), "not a salaried post where it already has one");

        m.home.setVacancies(1, false, true, 0);
        List<Post> noOffer = m.options(m.salaried, JobChoice.Occasion.REVIEW);
        assertEquals(Set.of(m.q1, m.q2), employers(noOffer, Post.Kind.PARTNERSHIP, true), "no partnership offered at home");
    }

    @Test
    void theSalariedGpsOfAnIcoRunPracticeOfferedBackAreOfferedItsPartnership() {
        Market m = new Market();
        m.icoRuns(m.home, m.ico);
        m.home.setVacancies(0, false, false, 0);
        m.home.setTakeBackOpen(true);
        List<Post> o = m.options(m.salaried, JobChoice.Occasion.REVIEW);
        // staying: ICO pay, inertia 4.5 less the hospital-led aversion 0.5
        assertPost(o.get(0), 82740, 0, 0.5, 0, 1.2, 0.3, 4.0);
        assertEquals(Post.Kind.PARTNERSHIP, o.get(1).kind());
        assertSame(m.home, o.get(1).employer());
        m.home.setTakeBackOpen(false);
        assertEquals(Set.of(m.q1, m.q2), employers(m.options(m.salaried, JobChoice.Occasion.REVIEW), Post.Kind.PARTNERSHIP, true));
    }

    @Test
    void aLocumAtReviewHasLocumWorkAsStaying() {
        Market m = new Market();
        Gp locum = m.w.kit.gp(m.home, Role.LOCUM, 0.5, 40);
        List<Post> o = m.options(locum, JobChoice.Occasion.REVIEW);
        assertEquals(Post.Kind.STAY, o.get(0).kind());
        assertPost(o.get(0), 95000, 0.5, 1, 0.8, 1, 0.2, 4.5);
        assertFalse(kinds(o).contains(Post.Kind.LOCUM));
        assertEquals(Post.Kind.LEAVE, o.get(o.size() - 1).kind());
        assertEquals(Set.of(m.q1, m.q2), employers(o, Post.Kind.PARTNERSHIP, true));
        assertEquals(Set.of(m.home, m.q1), employers(o, Post.Kind.SALARIED, true));
    }

    @Test
    void anIcoTeamGpAtReviewMayStayInItsTeamOrTakeAnotherIcosPost() {
        Market m = new Market();
        Gp team = m.w.kit.gp(m.ico, Role.SALARIED, 0.68, 40);
        List<Post> o = m.options(team, JobChoice.Occasion.REVIEW);
        assertEquals(Post.Kind.STAY, o.get(0).kind());
        assertSame(m.ico, o.get(0).employer());
        // its peers are its economy's: salaried share 0.25; inertia 4.5 less the aversion 0.5
        assertPost(o.get(0), 82740, 0, 0.5, 0, 1, 0.25, 4.0);
        assertEquals(Set.of(m.gpLedIco), employers(o, Post.Kind.SALARIED, false), "its own ICO is not a new post");
        assertPost(find(o, Post.Kind.PARTNERSHIP, m.q1), 22573.36343115124, 1, 0, 0.75, 0.9, 0.6, 0);
        assertEquals(Set.of(m.home, m.q1), employers(o, Post.Kind.SALARIED, true));
    }

    @Test
    void aPartnerWhosePracticeIsAbsorbedMayStayOnAsTheIcosSalariedGp() {
        Market m = new Market();
        m.icoRuns(m.home, m.ico);
        List<Post> o = m.options(m.partner, JobChoice.Occasion.ABSORBED);
        assertFalse(kinds(o).contains(Post.Kind.STAY), "its partnership is gone");
        assertEquals(Post.Kind.SALARIED, o.get(0).kind());
        assertSame(m.home, o.get(0).employer());
        // ICO pay; inertia 4.5 without the partner's exit cost, less the hospital-led aversion 0.5
        assertPost(o.get(0), 82740, 0, 0.5, 0, 1.2, 0.3, 4.0);
        assertEquals(1, o.stream().filter(p -> p.employer() == m.home).count(), "its own practice once, not again from the sample");
        assertEquals(Set.of(m.q1, m.q2), employers(o, Post.Kind.PARTNERSHIP, true));
        assertEquals(Post.Kind.LEAVE, o.get(o.size() - 1).kind());
    }

    @Test
    void aReturnerChoosesAmongAllPostsAndLocumWorkButMayNotLeave() {
        Market m = new Market();
        Gp returner = m.outsider(Role.LOCUM);
        List<Post> o = m.options(returner, JobChoice.Occasion.RETURN);
        assertEquals(List.of(Post.Kind.PARTNERSHIP, Post.Kind.PARTNERSHIP, Post.Kind.PARTNERSHIP, Post.Kind.SALARIED, Post.Kind.SALARIED,
                Post.Kind.SALARIED, Post.Kind.SALARIED, Post.Kind.LOCUM), kinds(o));
        assertEquals(Set.of(m.home, m.q1, m.q2), employers(o, Post.Kind.PARTNERSHIP, true));
        // peer shares of its economy: 0.6 partners, 0.25 salaried, 0.15 locums
        assertPost(find(o, Post.Kind.PARTNERSHIP, m.home), 112866.8171557562, 1, 0, 1.0833333333333333, 1.2, 0.6, 0);
        assertPost(o.get(7), 95000, 0.5, 1, 0.8, 1, 0.15, 0);
    }

    @Test
    void aCompletingRegistrarHasNoPostToStayInAndMayLeave() {
        Market m = new Market();
        Gp registrar = m.w.kit.gp(m.home, Role.REGISTRAR, 1, 31);
        List<Post> o = m.options(registrar, JobChoice.Occasion.COMPLETION);
        assertEquals(List.of(Post.Kind.PARTNERSHIP, Post.Kind.PARTNERSHIP, Post.Kind.SALARIED, Post.Kind.SALARIED, Post.Kind.SALARIED,
                Post.Kind.SALARIED, Post.Kind.LOCUM, Post.Kind.LEAVE), kinds(o));
        assertEquals(Set.of(m.q1, m.q2), employers(o, Post.Kind.PARTNERSHIP, true), "not a partnership at its training practice");
        assertEquals(Set.of(m.home, m.q1), employers(o, Post.Kind.SALARIED, true), "but a salaried post there");
        List<Post> displaced = m.options(m.partner, JobChoice.Occasion.DISPLACED);
        assertFalse(kinds(displaced).contains(Post.Kind.STAY));
        assertEquals(Post.Kind.LEAVE, displaced.get(displaced.size() - 1).kind());
    }

    @Test
    void locumWorkIsOfferedWhenMoreThanAThirdOfAnFteIsUncoveredOrWhenNothingElseIs() {
        Market m = new Market();
        m.w.world.labourMarket().setLocumDemandFte(new double[] {0.3});
        assertFalse(kinds(m.options(m.partner, JobChoice.Occasion.REVIEW)).contains(Post.Kind.LOCUM), "0.3 is not above 0.3");
        m.w.world.labourMarket().setLocumDemandFte(new double[] {0.31});
        assertTrue(kinds(m.options(m.partner, JobChoice.Occasion.REVIEW)).contains(Post.Kind.LOCUM));

        m.w.world.labourMarket().setLocumDemandFte(new double[] {0});
        m.w.world.labourMarket().setOpenPostPractices(List.of(List.of()));
        m.w.world.labourMarket().setOpenIcoPosts(List.of(List.of()));
        assertEquals(List.of(Post.Kind.LOCUM), kinds(m.options(m.outsider(Role.LOCUM), JobChoice.Occasion.RETURN)),
                "a returner with nothing on offer has locum work");
        assertEquals(List.of(Post.Kind.LOCUM, Post.Kind.LEAVE), kinds(m.options(m.outsider(Role.REGISTRAR), JobChoice.Occasion.COMPLETION)));
        assertEquals(List.of(Post.Kind.STAY, Post.Kind.LEAVE), kinds(m.options(m.partner, JobChoice.Occasion.REVIEW)));
    }

    @Test
    void aGpSeesAtMostJobOffersSeenPostsOfEachKindDrawnAtRandom() {
        // six practices offering both kinds and three ICOs with team posts; each GP sees 2 of each
        WorldKit kit = new WorldKit(new Parameters().set(Parameters.JOB_OFFERS_SEEN, 2));
        Economy e = kit.economy();
        List<Practice> practices = new ArrayList<>();
        for (int i = 0; i < 6; i++) practices.add(kit.practice(e, 5 * i, 0));
        List<Trust> icos = new ArrayList<>();
        for (int i = 0; i < 3; i++) icos.add(kit.trust(e, 5 * i, 10, TrustKind.ACUTE));
        kit.ready();
        WorkforceKit w = new WorkforceKit(kit, WorkforceKit.Picker.kind(Post.Kind.STAY));
        for (Practice p : practices) p.setVacancies(1, true, true, 0);
        for (Trust t : icos) {
            t.startForming(0, Leadership.GP_LED, null);
            t.startOperating(0);
            t.setTeam(0, 1);
        }
        kit.world.labourMarket().setOpenPostPractices(List.of(practices));
        kit.world.labourMarket().setOpenIcoPosts(List.of(icos));
        Gp locum = kit.gp(practices.get(0), Role.LOCUM, 0.5, 40);
        int n = 3000;
        Map<Node, Integer> partnership = new HashMap<>();
        Map<Node, Integer> salaried = new HashMap<>();
        Map<Node, Integer> team = new HashMap<>();
        for (int i = 0; i < n; i++) {
            List<Post> o = w.jobs.options(locum, JobChoice.Occasion.REVIEW);
            Set<Node> ps = employers(o, Post.Kind.PARTNERSHIP, true);
            Set<Node> ss = employers(o, Post.Kind.SALARIED, true);
            Set<Node> ts = employers(o, Post.Kind.SALARIED, false);
            assertEquals(2, ps.size());
            assertEquals(2, ss.size());
            assertEquals(2, ts.size());
            for (Node p : ps) partnership.merge(p, 1, Integer::sum);
            for (Node p : ss) salaried.merge(p, 1, Integer::sum);
            for (Node t : ts) team.merge(t, 1, Integer::sum);
        }
        assertFalse(partnership.containsKey(practices.get(0)), "never a partnership at its own practice");
        // 2 of the other 5: 2/5; 2 of all 6 salaried posts: 1/3; 2 of 3 ICOs: 2/3
        for (Practice p : practices.subList(1, 6)) assertDrawn(0.4, partnership.getOrDefault(p, 0), n);
        for (Practice p : practices) assertDrawn(1.0 / 3, salaried.getOrDefault(p, 0), n);
        for (Trust t : icos) assertDrawn(2.0 / 3, team.getOrDefault(t, 0), n);
    }

    private static void assertDrawn(double p, int count, int n) {
        assertEquals(p, count / (double) n, 4 * Math.sqrt(p * (1 - p) / n));
    }

    @Test
    void pricesAreThoseOfTheContractYear() {
        // April 2017, two pay rises of 1%: locum 95,000 x 1.0201, outside 70,000 x 1.0201, salaried 78,800 x 1.0201
        WorldKit kit = new WorldKit(new Parameters(), YearMonth.of(2017, 4), 1);
        Economy e = kit.economy();
        Practice p = kit.practice(e, 0, 0);
        kit.ready();
        WorkforceKit w = new WorkforceKit(kit, WorkforceKit.Picker.kind(Post.Kind.STAY));
        Gp gp = kit.gp(p, Role.SALARIED, 0.68, 40);
        kit.world.labourMarket().setLocumDemandFte(new double[] {1});
        List<Post> o = w.jobs.options(gp, JobChoice.Occasion.REVIEW);
        assertEquals(List.of(Post.Kind.STAY, Post.Kind.LOCUM, Post.Kind.LEAVE), kinds(o));
        assertEquals(80383.88, o.get(0).incomePerFte(), 1e-6);
        assertEquals(96909.5, o.get(1).incomePerFte(), 1e-6);
        assertEquals(71407, o.get(2).incomePerFte(), 1e-6);
    }

    @Test
    void aPostMustPaySomething() {
        assertThrows(IllegalArgumentException.class, () -> new Post(Post.Kind.SALARIED, null, 0, 0, 0, 0, 1, 0, 0));
    }

    // ---------------------------------------------------------------- carrying out the choice

    @Test
    void stayingChangesNothing() {
        Market m = new Market();
        m.w.jobs.chooseJob(m.partner, JobChoice.Occasion.REVIEW);
        assertEquals(1, m.picker.calls());
        assertSame(m.home, m.w.world.network().employerOf(m.partner));
        assertEquals(Role.PARTNER, m.partner.role());
        assertEquals(1.0, m.partner.fte(), 0);
        assertEquals(1, m.home.openPosts());
        assertEquals(0, m.home.partnersLostThisQuarter());
    }

    @Test
    void aGpTakingAPostElsewhereFillsItAndBothPracticesReadTheirStaffAgain() {
        Market m = new Market();
        m.picker.pick = p -> p.kind() == Post.Kind.PARTNERSHIP && p.employer() == m.q1;
        m.w.jobs.chooseJob(m.salaried, JobChoice.Occasion.REVIEW);
        assertSame(m.q1, m.w.world.network().employerOf(m.salaried));
        assertEquals(Role.PARTNER, m.salaried.role());
        assertEquals(1.036, m.salaried.fte(), 1e-12, "0.886 + 0.15 x its z of 1");
        assertEquals(1, m.q1.openPosts(), "2 - 1");
        assertEquals(2, m.q1.partners());
        assertEquals(0, m.home.salaried());
        assertEquals(1, m.home.openPosts());
        assertEquals(0, m.home.partnersLostThisQuarter(), "it was not a partner");
        assertEquals(1, m.w.world.network().staffOf(m.q1).stream().filter(n -> n == m.salaried).count());
        assertFalse(m.w.world.network().staffOf(m.home).contains(m.salaried), "a GP never holds two posts");
    }

    @Test
    void aPartnerWhoLeavesItsPartnershipIsAPartnerLost() {
        Market elsewhere = new Market();
        elsewhere.picker.pick = p -> p.kind() == Post.Kind.SALARIED && p.employer() == elsewhere.q1;
        elsewhere.w.jobs.chooseJob(elsewhere.partner, JobChoice.Occasion.REVIEW);
        assertSame(elsewhere.q1, elsewhere.w.world.network().employerOf(elsewhere.partner));
        assertEquals(Role.SALARIED, elsewhere.partner.role());
        assertEquals(0.83, elsewhere.partner.fte(), 1e-12, "0.68 + 0.15");
        assertEquals(1, elsewhere.home.partnersLostThisQuarter());
        assertEquals(1, elsewhere.home.partners());
        assertEquals(1, elsewhere.q1.openPosts());

        Market partnerElsewhere = new Market();
        partnerElsewhere.picker.pick = p -> p.kind() == Post.Kind.PARTNERSHIP && p.employer() == partnerElsewhere.q2;
        partnerElsewhere.w.jobs.chooseJob(partnerElsewhere.partner, JobChoice.Occasion.REVIEW);
        assertSame(partnerElsewhere.q2, partnerElsewhere.w.world.network().employerOf(partnerElsewhere.partner));
        assertEquals(1, partnerElsewhere.home.partnersLostThisQuarter(), "a partnership elsewhere is a partner lost here");
        assertEquals(0, partnerElsewhere.q2.openPosts());
        assertEquals(1, partnerElsewhere.q2.partners());

        Market atHome = new Market();
        atHome.picker.pick = p -> p.kind() == Post.Kind.SALARIED && p.employer() == atHome.home;
        atHome.w.jobs.chooseJob(atHome.partner, JobChoice.Occasion.REVIEW);
        assertSame(atHome.home, atHome.w.world.network().employerOf(atHome.partner));
        assertEquals(Role.SALARIED, atHome.partner.role());
        assertEquals(1, atHome.home.partnersLostThisQuarter(), "going salaried at its own practice leaves the partnership");
        assertEquals(1, atHome.home.openPosts(), "it was already in the practice's permanent FTE: no post filled");
        assertEquals(1, atHome.home.partners());
        assertEquals(2, atHome.home.salaried());
    }

    @Test
    void anAbsorbedPartnerStayingOnIsAPartnerLostButFillsNoPost() {
        Market m = new Market();
        m.icoRuns(m.home, m.ico);
        m.picker.pick = p -> p.kind() == Post.Kind.SALARIED && p.employer() == m.home;
        m.w.jobs.chooseJob(m.partner, JobChoice.Occasion.ABSORBED);
        assertSame(m.home, m.w.world.network().employerOf(m.partner));
        assertEquals(Role.SALARIED, m.partner.role());
        assertEquals(1, m.home.partnersLostThisQuarter());
        assertEquals(1, m.home.openPosts());
    }

    @Test
    void anInsiderBecomingAPartnerFillsNoPostButItsLocumOrRegistrarTakingOneDoes() {
        Market insider = new Market();
        insider.picker.pick = p -> p.kind() == Post.Kind.PARTNERSHIP && p.employer() == insider.home;
        insider.w.jobs.chooseJob(insider.salaried, JobChoice.Occasion.REVIEW);
        assertEquals(Role.PARTNER, insider.salaried.role());
        assertEquals(3, insider.home.partners());
        assertEquals(1, insider.home.openPosts(), "already in the permanent FTE");
        assertEquals(0, insider.home.partnersLostThisQuarter());

        Market locum = new Market();
        Gp l = locum.w.kit.gp(locum.home, Role.LOCUM, 0.5, 40);
        locum.picker.pick = p -> p.kind() == Post.Kind.SALARIED && p.employer() == locum.home;
        locum.w.jobs.chooseJob(l, JobChoice.Occasion.REVIEW);
        assertEquals(Role.SALARIED, l.role());
        assertEquals(0, locum.home.openPosts(), "a locum was not in the permanent FTE");

        Market registrar = new Market();
        Gp r = registrar.w.kit.gp(registrar.home, Role.REGISTRAR, 1, 31);
        registrar.picker.pick = p -> p.kind() == Post.Kind.SALARIED && p.employer() == registrar.home;
        registrar.w.jobs.chooseJob(r, JobChoice.Occasion.COMPLETION);
        assertEquals(Role.SALARIED, r.role());
        assertEquals(0.68, r.fte(), 1e-12);
        assertEquals(0, registrar.home.openPosts(), "nor was a registrar");
    }

    @Test
    void locumWorkIsTakenAtTheLargestGapAndWithoutAnOpenPracticeTheGpLeaves() {
        Market m = new Market(new Parameters(), p -> p.kind() == Post.Kind.LOCUM);
        // permanent gaps: home 2 - 2 x 1.1 - 0.5 = -0.7; q1 2 - 1.1 = 0.9; q2 0.5; full, unlisted 0; closed never
        m.home.setDemand(0, 2);
        m.q1.setDemand(0, 2);
        m.q2.setDemand(0, 0.5);
        m.w.jobs.chooseJob(m.partner, JobChoice.Occasion.REVIEW);
        assertSame(m.q1, m.w.world.network().employerOf(m.partner));
        assertEquals(Role.LOCUM, m.partner.role());
        assertEquals(0.65, m.partner.fte(), 1e-12, "0.5 + 0.15");
        assertEquals(2, m.q1.openPosts(), "locum work fills no post");
        assertEquals(1, m.q1.locums());
        assertEquals(1, m.home.partnersLostThisQuarter());
        assertEquals(1, m.home.partners());

        // now q2's 0.5 is the largest gap less locums: q1 0.9 - 0.65 = 0.25, home 2 - 1.1 - 0.5 = 0.4
        Gp next = m.outsider(Role.LOCUM);
        m.w.jobs.chooseJob(next, JobChoice.Occasion.RETURN);
        assertSame(m.q2, m.w.world.network().employerOf(next));

        for (Practice p : m.e.practices()) if (p.isOpen()) p.end(PracticeStatus.CLOSED, 0);
        Gp returner = m.outsider(Role.LOCUM);
        m.w.jobs.chooseJob(returner, JobChoice.Occasion.RETURN);
        assertFalse(returner.isActive(), "no open practice to work at: it leaves");
        assertEquals(1, m.w.world.gpLeaversCum());
    }

    @Test
    void leavingRemovesTheGpAndCountsItIfFullyQualified() {
        Market m = new Market(new Parameters(), p -> p.kind() == Post.Kind.LEAVE);
        m.w.jobs.chooseJob(m.partner, JobChoice.Occasion.REVIEW);
        assertFalse(m.w.world.network().contains(m.partner));
        assertEquals(1, m.w.world.gpLeaversCum());
        assertEquals(1, m.home.partnersLostThisQuarter());
        assertEquals(1, m.home.partners());
        Gp registrar = m.w.kit.gp(m.hospital, Role.REGISTRAR, 1, 31);
        m.w.jobs.chooseJob(registrar, JobChoice.Occasion.COMPLETION);
        assertFalse(registrar.isActive());
        assertEquals(1, m.w.world.gpLeaversCum(), "a registrar leaving at completion is not counted");
    }

    @Test
    void aGpTakingAnIcoTeamPostJoinsTheTeam() {
        Market m = new Market();
        m.picker.pick = p -> p.employer() == m.gpLedIco;
        m.w.jobs.chooseJob(m.partner, JobChoice.Occasion.REVIEW);
        assertSame(m.gpLedIco, m.w.world.network().employerOf(m.partner));
        assertEquals(Role.SALARIED, m.partner.role());
        assertEquals(0.83, m.partner.fte(), 1e-12, "0.68 + 0.15");
        assertEquals(0, m.gpLedIco.openIcoPosts());
        assertEquals(1, m.home.partnersLostThisQuarter());
        assertEquals(1, m.home.partners());
        assertEquals(1, m.home.openPosts());
    }

    /**
     * A salaried GP's own practice is left out of its salaried options, but only after the draw:
     * when its own practice is among the {@code jobOffersSeen} drawn, it sees one post fewer.
     * Current behaviour, pinned here and reported: the partnership and ICO samples leave the
     * GP's own out before drawing, and ODD 8.12's wording ("drawn at random from those offering
     * a salaried post (the GP's own practice excluded ...)") reads the same way, which would give
     * 2 options every time here.
     */
    @Test
    void aSalariedGpsOwnPracticeTakesUpOneOfItsSalariedDrawsBeforeItIsLeftOut() {
        WorldKit kit = new WorldKit(new Parameters().set(Parameters.JOB_OFFERS_SEEN, 2));
        Economy e = kit.economy();
        List<Practice> practices = new ArrayList<>();
        for (int i = 0; i < 6; i++) practices.add(kit.practice(e, 5 * i, 0));
        kit.ready();
        WorkforceKit w = new WorkforceKit(kit, WorkforceKit.Picker.kind(Post.Kind.STAY));
        for (Practice p : practices) p.setVacancies(1, false, true, 0);
        kit.world.labourMarket().setOpenPostPractices(List.of(practices));
        Gp salaried = kit.gp(practices.get(0), Role.SALARIED, 0.5, 40);
        int n = 3000;
        int onlyOne = 0;
        for (int i = 0; i < n; i++) {
            Set<Node> seen = employers(w.jobs.options(salaried, JobChoice.Occasion.REVIEW), Post.Kind.SALARIED, true);
            assertFalse(seen.contains(practices.get(0)));
            assertTrue(seen.size() == 1 || seen.size() == 2);
            if (seen.size() == 1) onlyOne++;
        }
        // its own practice is one of the 2 drawn from 6 with probability 1 - (5/6)(4/5) = 1/3
        assertDrawn(1.0 / 3, onlyOne, n);
    }
}
