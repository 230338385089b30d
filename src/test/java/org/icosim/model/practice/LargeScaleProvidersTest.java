package org.icosim.model.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.util.List;

import org.icosim.io.GraphMlExport;
import org.icosim.model.WorldKit;
import org.icosim.model.parameters.Parameter;
import org.icosim.model.parameters.Parameters;
import org.icosim.model.patients.Demography;
import org.icosim.model.workforce.Post;
import org.icosim.model.world.Economy;
import org.icosim.model.world.Gp;
import org.icosim.model.world.Practice;
import org.icosim.model.world.PracticeStatus;
import org.icosim.model.world.Provider;
import org.icosim.model.world.Role;
import org.icosim.model.world.TrustKind;
import org.icosim.network.TieType;
import org.junit.jupiter.api.Test;

/**
 * ODD 8.39 on a hand-built line of practices, two neighbours each: a (0 km, two partners), b (5 km,
 * one partner), c (10 km, three partners), d (40 km, one partner), 10 patient agents each, one
 * trust. Joining is made certain or impossible by the values (autonomy cost 0 with half the fixed
 * costs saved, or the catalogue's highest autonomy cost), so no test hangs on a draw.
 */
class LargeScaleProvidersTest {

    private static final class Line {
        final WorldKit kit;
        final Economy econ;
        final Practice a;
        final Practice b;
        final Practice c;
        final Practice d;
        final Gp aFirst;
        final Gp aSecond;
        final ScriptedMoves rule;
        final Wiring wiring;

        Line(Parameters params, boolean bHasPartner) {
            kit = new WorldKit(params.set(Parameters.NEIGHBOURS, 2));
            econ = kit.economy();
            a = kit.practice(econ, 0, 0);
            b = kit.practice(econ, 5, 0);
            c = kit.practice(econ, 10, 0);
            d = kit.practice(econ, 40, 0);
            kit.trust(econ, 20, 5, TrustKind.ACUTE);
            for (Practice p : List.of(a, b, c, d)) kit.patients(p, 40, Demography.LOW, 10);
            aFirst = kit.gp(a, Role.PARTNER, 1.0, 50);
            aSecond = kit.gp(a, Role.PARTNER, 1.0, 45);
            if (bHasPartner) kit.gp(b, Role.PARTNER, 1.0, 50); else kit.gp(b, Role.SALARIED, 1.0, 40);
            for (int k = 0; k < 3; k++) kit.gp(c, Role.PARTNER, 1.0, 50 + k);
            kit.gp(d, Role.PARTNER, 1.0, 50);
            kit.ready();
            rule = ScriptedMoves.refusing();
            wiring = new Wiring(kit, rule, PickingJobChoice.preferring(Post.Kind.STAY, Post.Kind.SALARIED, Post.Kind.LEAVE))
                    .withNeighbours();
            wiring.practiceMonth();
        }

        LargeScaleProviders providers() { return wiring.providers; }

        Provider providerOf(Practice p) { return wiring.memberships.providerOf(p); }

        /** a and b in one provider, as a founding would leave them. */
        Provider aAndB() {
            Provider pr = kit.world.newProvider(econ);
            kit.world.network().addMembership(a, pr);
            kit.world.network().addMembership(b, pr);
            return pr;
        }
    }

    private static Parameters on() {
        return new Parameters().set(Parameters.LARGE_SCALE_PROVIDERS, 1).set(Parameters.PROVIDER_REVIEW_RATE, 1);
    }

    /** Every review joins: no autonomy lost and half the fixed costs saved. */
    private static Parameters certain() {
        return on().set(Parameters.PROVIDER_AUTONOMY_COST, 0).set(Parameters.PROVIDER_SAVING, 0.5)
                .set(Parameters.COVER_WEIGHT, 50).set(Parameters.MONEY_WEIGHT, 20);
    }

    /** No review joins: the catalogue's highest autonomy cost. */
    private static Parameters never() {
        return on().set(Parameters.PROVIDER_AUTONOMY_COST, 50);
    }

    @Test
    void theValueOfJoiningIsTheSavingPerPartnerAndTheCoverLessTheAutonomyLost() {
        Line l = new Line(on(), true);
        double costIndex = l.wiring.context.costIndex();
        // a: two partners, one fixed-cost unit; a provider of three other partners.
        double saving = 110000 * costIndex * 1 * 0.15;
        double expected = 0.5 * saving / 2 / 10000 + 3.0 * (1.0 / 2 - 1.0 / 5) - 2.0;
        assertEquals(expected, l.providers().joinValue(l.a, 3), 1e-12);
    }

    @Test
    void whenOffNothingFormsAndNothingIsDrawn() {
        Line l = new Line(new Parameters().set(Parameters.PROVIDER_REVIEW_RATE, 1).set(Parameters.PROVIDER_AUTONOMY_COST, 0), true);
        Line twin = new Line(new Parameters().set(Parameters.PROVIDER_REVIEW_RATE, 1).set(Parameters.PROVIDER_AUTONOMY_COST, 0), true);
        l.providers().quarterly();
        assertTrue(l.kit.world.providers().isEmpty());
        for (Practice p : l.kit.world.practices()) assertEquals(0, p.providerSaving());
        assertEquals(twin.kit.world.random().nextDouble(), l.kit.world.random().nextDouble(), "no random number drawn");
        Provider pr = l.aAndB();
        assertFalse(l.providers().lendPartner(l.b), "off: no partner is lent even inside a provider");
        assertFalse(l.providers().takeOn(l.d));
        assertSame(pr, l.providerOf(l.a));
    }

    @Test
    void beforeTheStartMonthNothingForms() {
        Line l = new Line(certain().set(Parameters.PROVIDER_START, Parameter.monthIndex(2016, 4)), true);
        l.providers().quarterly();
        assertTrue(l.kit.world.providers().isEmpty());
    }

    @Test
    void whenEveryReviewJoinsTheLineBecomesOneProvider() {
        Line l = new Line(certain(), true);
        l.providers().quarterly();
        // Whoever reviews first founds with its nearest neighbour; every later one finds a neighbour in it.
        assertEquals(1, l.kit.world.providers().size());
        Provider pr = l.kit.world.providers().get(0);
        for (Practice p : List.of(l.a, l.b, l.c, l.d)) {
            assertSame(pr, l.providerOf(p));
            assertEquals(0.5, p.providerSaving());
        }
        assertEquals(4, l.kit.world.network().membersOf(pr).size());
        assertEquals(7, l.providers().partnersOf(pr));
        assertTrue(l.kit.world.network().contains(pr));
    }

    @Test
    void whenNoReviewJoinsNothingForms() {
        Line l = new Line(never(), true);
        for (int q = 0; q < 8; q++) l.providers().quarterly();
        assertTrue(l.kit.world.providers().isEmpty());
    }

    @Test
    void aMemberInvitesItsNearestNeighbourThatMayJoinAndOnlyItsNeighbours() {
        // No practice reviews on its own; every member invites each quarter and every invitation is accepted.
        Line l = new Line(certain().set(Parameters.PROVIDER_REVIEW_RATE, 0).set(Parameters.PROVIDER_RECRUIT_RATE, 1), true);
        Provider pr = l.aAndB();
        l.providers().quarterly();
        // a's neighbours are b (a member) and c: c joins. b's are a and c, both members by then.
        assertSame(pr, l.providerOf(l.c));
        assertEquals(0.5, l.c.providerSaving());
        assertEquals(1, pr.recruited());
        for (int q = 0; q < 4; q++) l.providers().quarterly();
        // d (40 km) is no member's neighbour (c's are b and a): it is never invited.
        assertNull(l.providerOf(l.d));
        assertEquals(List.of(l.a, l.b, l.c), l.wiring.memberships.providerMembers(pr));
        assertEquals(1, pr.recruited());
    }

    @Test
    void anInvitationIsRefusedWhenJoiningIsNotWorthTheAutonomy() {
        Line l = new Line(never().set(Parameters.PROVIDER_REVIEW_RATE, 0).set(Parameters.PROVIDER_RECRUIT_RATE, 1), true);
        Provider pr = l.aAndB();
        for (int q = 0; q < 4; q++) l.providers().quarterly();
        assertNull(l.providerOf(l.c));
        assertEquals(0, pr.recruited());
    }

    @Test
    void withoutRecruitingTheProviderStaysAsItWas() {
        Line l = new Line(certain().set(Parameters.PROVIDER_REVIEW_RATE, 0).set(Parameters.PROVIDER_RECRUIT_RATE, 0), true);
        Provider pr = l.aAndB();
        for (int q = 0; q < 4; q++) l.providers().quarterly();
        assertNull(l.providerOf(l.c));
        assertEquals(List.of(l.a, l.b), l.wiring.memberships.providerMembers(pr));
        assertEquals(0, pr.recruited());
    }

    @Test
    void aMemberPaysItsFixedCostsLessTheSaving() {
        Line l = new Line(on(), true);
        double costIndex = l.wiring.context.costIndex();
        l.wiring.money.update(l.a);
        double before = l.a.costs();
        l.a.setProviderSaving(0.15);
        l.wiring.money.update(l.a);
        assertEquals(110000 * costIndex * 0.15, before - l.a.costs(), 1e-6);
    }

    @Test
    void aMemberLeftWithoutAPartnerGetsTheLastPartnerOfTheMemberWithMost() {
        Line l = new Line(on().set(Parameters.CARETAKER_PROBABILITY, 1), false);
        Provider pr = l.aAndB();
        assertEquals(0, l.b.partners());
        l.b.setVacancies(1, true, true, 9);
        l.wiring.handBack.handBack(l.b);
        assertSame(l.b, l.kit.world.network().employerOf(l.aSecond), "a's most recently joined partner moves");
        assertSame(l.a, l.kit.world.network().employerOf(l.aFirst));
        assertEquals(1, l.a.partners());
        assertEquals(1, l.b.partners());
        assertEquals(0, l.b.partnerlessMonths());
        assertEquals(PracticeStatus.INDEPENDENT, l.b.status());
        assertTrue(l.rule.asked.isEmpty(), "no neighbour is asked");
        assertEquals(1, pr.partnersLent());
        // Now neither member has two partners to spare.
        assertFalse(l.providers().lendPartner(l.a));
    }

    @Test
    void withNoPartnerToSpareTheHandBackGoesOnAndTheCaretakerEndsTheMembership() {
        Line l = new Line(on().set(Parameters.CARETAKER_PROBABILITY, 1), false);
        l.kit.world.network().unemploy(l.aSecond);
        l.wiring.capacity.readStaff(l.a);
        Provider pr = l.aAndB();
        l.b.setProviderSaving(0.15);
        l.wiring.handBack.handBack(l.b);
        assertEquals(List.of(l.a, l.c), l.rule.asked, "the neighbours are asked, and refuse");
        assertEquals(PracticeStatus.TRUST_RUN, l.b.status());
        assertNull(l.providerOf(l.b));
        assertEquals(0, l.b.providerSaving());
        l.providers().tidy();
        assertFalse(pr.isActive(), "one member left: dissolved");
        assertNull(l.providerOf(l.a));
        assertFalse(l.kit.world.network().contains(pr));
    }

    @Test
    void aNeighboursProviderTakesOnAHandedBackContractWhenItValuesIt() {
        Parameters params = on().set(Parameters.CARETAKER_PROBABILITY, 0).set(Parameters.MERGER_COST, 0)
                .set(Parameters.MONEY_WEIGHT, 20).set(Parameters.PATIENT_SCALE, 1000)
                .set(Parameters.VARIABLE_COST, 0).set(Parameters.FIXED_COST, 0);
        Line l = new Line(params, false);
        l.wiring.money.update(l.b);
        assertTrue(l.b.income() > 0);
        Provider pr = l.kit.world.newProvider(l.econ);
        l.kit.world.network().addMembership(l.a, pr);
        l.kit.world.network().addMembership(l.c, pr);
        // Income only and no cost: the value is at least income / 5 partners, far above any draw.
        double value = l.providers().takeOnValue(pr, l.b);
        assertEquals(20 * l.b.income() / 5 / 10000, value, 1e-9);
        assertTrue(value > 50, "value " + value);
        l.b.setVacancies(1, true, true, 9);
        l.wiring.handBack.handBack(l.b);
        assertSame(pr, l.providerOf(l.b));
        assertEquals(1, pr.contractsTakenOn());
        assertEquals(1, l.b.partners(), "a partner of c, the member with most");
        assertEquals(2, l.c.partners());
        assertEquals(PracticeStatus.INDEPENDENT, l.b.status());
        assertEquals(0, l.kit.world.practiceClosuresCum());

        Line refusing = new Line(on().set(Parameters.CARETAKER_PROBABILITY, 0).set(Parameters.MERGER_COST, 50), false);
        Provider other = refusing.kit.world.newProvider(refusing.econ);
        refusing.kit.world.network().addMembership(refusing.a, other);
        refusing.kit.world.network().addMembership(refusing.c, other);
        refusing.b.setVacancies(1, true, true, 9);
        refusing.wiring.handBack.handBack(refusing.b);
        assertEquals(PracticeStatus.CLOSED, refusing.b.status(), "not valued: no caretaker, so it closes");
        assertEquals(0, other.contractsTakenOn());
    }

    @Test
    void aMergerKeepsTheListInTheProviderAndAClosureEndsTheMembership() {
        Line l = new Line(on(), true);
        Provider pr = l.aAndB();
        l.wiring.mergers.merge(l.b, l.c);
        assertEquals(PracticeStatus.MERGED_INTO, l.b.status());
        assertSame(pr, l.providerOf(l.c), "the absorber in no provider joins the absorbed one's");
        assertEquals(List.of(l.a, l.c), l.wiring.memberships.providerMembers(pr));

        l.wiring.handBack.close(l.a);
        assertNull(l.providerOf(l.a));
        l.providers().tidy();
        assertFalse(pr.isActive());
        assertNull(l.providerOf(l.c));
    }

    @Test
    void theGraphMlCarriesTheProviderAndItsMemberships() throws Exception {
        Line l = new Line(on(), true);
        l.aAndB();
        StringWriter out = new StringWriter();
        GraphMlExport.write(l.kit.world.network().graph(), out);
        String xml = out.toString();
        assertTrue(xml.contains("provider-0"), xml);
        assertTrue(xml.contains(">PROVIDER<"), "its kind");
        assertEquals(2, l.kit.world.network().count(TieType.MEMBER_OF));
    }
}
