package org.icosim.model.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.icosim.model.WorldKit;
import org.icosim.model.parameters.Parameters;
import org.icosim.model.patients.Demography;
import org.icosim.model.policy.PolicyLevers;
import org.icosim.model.workforce.Post;
import org.icosim.model.world.Company;
import org.icosim.model.world.Economy;
import org.icosim.model.world.Gp;
import org.icosim.model.world.Practice;
import org.icosim.model.world.PracticeStatus;
import org.icosim.model.world.Role;
import org.icosim.model.world.TrustKind;
import org.icosim.network.Node;
import org.junit.jupiter.api.Test;

/**
 * ODD 8.43 on a hand-built pair: practice a (0 km) with one salaried GP and no partner, 30 patient
 * agents, and its neighbour b (5 km) with two partners and 10 agents, which takes a list over only
 * where a case says so; one trust; no caretaker. Tendering is made certain or impossible by
 * {@code corporateTender}, and bidding by {@code corporateMargin}, so each case knows its outcome.
 */
class CorporateProvidersTest {

    private static final class Pair {
        final WorldKit kit;
        final Practice a;
        final Practice b;
        final Gp salaried;
        final Wiring wiring;
        final ApmsContracts apms;
        final PickingJobChoice jobs;
        final ScriptedMoves rule;

        Pair(Parameters params) {
            this(params, 30, ScriptedMoves.refusing());
        }

        Pair(Parameters params, int agentsOfA) {
            this(params, agentsOfA, ScriptedMoves.refusing());
        }

        Pair(Parameters params, int agentsOfA, ScriptedMoves rule) {
            this.rule = rule;
            kit = new WorldKit(params.set(Parameters.NEIGHBOURS, 1).set(Parameters.CARETAKER_PROBABILITY, 0)
                    .set(Parameters.PATIENT_SCALE, 100));
            Economy e = kit.economy();
            a = kit.practice(e, 0, 0);
            b = kit.practice(e, 5, 0);
            kit.trust(e, 20, 5, TrustKind.ACUTE);
            kit.patients(a, 40, Demography.LOW, agentsOfA);
            kit.patients(b, 40, Demography.LOW, 10);
            salaried = kit.gp(a, Role.SALARIED, 1.0, 40);
            kit.gp(b, Role.PARTNER, 1.0, 50);
            kit.gp(b, Role.PARTNER, 1.0, 45);
            kit.ready();
            jobs = PickingJobChoice.preferring(Post.Kind.SALARIED);
            wiring = new Wiring(kit, rule, jobs).withNeighbours();
            wiring.practiceMonth();
            apms = new ApmsContracts(kit.world, wiring.handBack, wiring.companies, wiring.memberships);
            wiring.companies.start();
        }

        Company companyOfA() {
            return wiring.memberships.companyOf(a);
        }
    }

    /** Switched on, every contract tendered, and a bid at any margin of at least {@code least}. */
    private static Parameters on(double least) {
        return new Parameters().set(Parameters.CORPORATE_PROVIDERS, 1).set(Parameters.CORPORATE_TENDER, 1)
                .set(Parameters.CORPORATE_MARGIN, least).set(Parameters.CORPORATE_COMPANIES, 2)
                .set(Parameters.APMS_TERM_MONTHS, 60).set(Parameters.APMS_RENEWAL, 1);
    }

    @Test
    void whenOffThereIsNoCompanyAndTheListIsDispersedAsBefore() {
        Pair pair = new Pair(new Parameters());
        Pair twin = new Pair(new Parameters());
        assertTrue(pair.kit.world.companies().isEmpty());
        pair.wiring.handBack.endContract(pair.a);
        // The chain without a tender: the neighbour refuses, the caretaker's draw fails, it closes.
        twin.kit.world.random().nextDouble();
        twin.wiring.handBack.close(twin.a);
        assertEquals(PracticeStatus.CLOSED, pair.a.status());
        assertEquals(twin.kit.world.random().nextDouble(), pair.kit.world.random().nextDouble(), "no draw for a tender");
        assertEquals(0, pair.wiring.companies.tenderedCum());
    }

    @Test
    void aTenderedContractIsWonByACompanyThatRunsItWithItsSalariedGp() {
        Pair pair = new Pair(on(-0.5));
        pair.kit.world.calendar().setMonth(9);
        pair.wiring.handBack.endContract(pair.a);
        assertSame(PracticeStatus.COMPANY_RUN, pair.a.status());
        Company c = pair.companyOfA();
        assertTrue(c != null && pair.kit.world.companies().contains(c));
        assertEquals(1, c.contractsWon());
        assertEquals(1, pair.wiring.companies.wonCum());
        assertSame(pair.a, pair.kit.world.network().employerOf(pair.salaried), "the salaried GP stays");
        assertTrue(pair.a.apms(), "it holds an APMS contract");
        assertEquals(9 + 60, pair.a.contractEndMonth(), "for one term");
        assertEquals(0.15, pair.a.providerSaving(), 1e-15, "the company's back office (corporateSaving)");
        assertEquals(30, pair.a.listAgents(), "the list stays where it is");
        // A company's practice makes no decision of its own and offers salaried posts only.
        pair.wiring.practiceMonth();
        assertFalse(pair.a.offersPartnership());
        assertTrue(pair.a.status().run() && !pair.a.status().partnerLed());
    }

    @Test
    void noCompanyBidsBelowTheLeastMarginAndNoTenderMeansNoBid() {
        Pair high = new Pair(on(0.5));
        assertTrue(high.wiring.companies.expectedMargin(high.a) < 0.5, "the fixture's margin is below 0.5");
        high.wiring.handBack.endContract(high.a);
        assertEquals(PracticeStatus.CLOSED, high.a.status());
        assertEquals(1, high.wiring.companies.tenderedCum());
        assertEquals(0, high.wiring.companies.wonCum());
        Pair none = new Pair(on(-0.5).set(Parameters.CORPORATE_TENDER, 0));
        none.wiring.handBack.endContract(none.a);
        assertEquals(PracticeStatus.CLOSED, none.a.status());
        assertEquals(0, none.wiring.companies.tenderedCum());
    }

    @Test
    void companiesBidForLargeListsAndNotSmallOnes() {
        // The fixed costs of a site weigh on a small list: the margin rises with the list.
        Pair small = new Pair(on(0), 5);
        Pair large = new Pair(on(0), 120);
        double ms = small.wiring.companies.expectedMargin(small.a);
        double ml = large.wiring.companies.expectedMargin(large.a);
        assertTrue(ms < ml, ms + " < " + ml);
        double least = (ms + ml) / 2;
        Pair smallAtLeast = new Pair(on(least), 5);
        Pair largeAtLeast = new Pair(on(least), 120);
        smallAtLeast.wiring.handBack.endContract(smallAtLeast.a);
        largeAtLeast.wiring.handBack.endContract(largeAtLeast.a);
        assertEquals(PracticeStatus.CLOSED, smallAtLeast.a.status());
        assertEquals(PracticeStatus.COMPANY_RUN, largeAtLeast.a.status());
    }

    @Test
    void aPartnerStillThereChoosesAJobAndMayStayOnSalaried() {
        Pair pair = new Pair(on(-0.5));
        Gp partner = pair.kit.gp(pair.a, Role.PARTNER, 1.0, 55);
        pair.wiring.capacity.readStaff(pair.a);
        pair.wiring.handBack.endContract(pair.a);
        assertSame(PracticeStatus.COMPANY_RUN, pair.a.status());
        assertEquals(Role.SALARIED, partner.role(), "it took the salaried post at the practice (the fixture's choice)");
        assertSame(pair.a, pair.kit.world.network().employerOf(partner));
        assertEquals(0, pair.a.partners());
        boolean offeredToStay = false;
        for (Post post : pair.jobs.seen.get(0)) offeredToStay |= post.kind() == Post.Kind.SALARIED && post.employer() == pair.a;
        assertTrue(offeredToStay, "a salaried post at its own practice was among its options");
    }

    @Test
    void atTheEndOfATermAProfitableContractIsKeptAndRenewed() {
        Pair pair = new Pair(on(-0.5));
        pair.wiring.handBack.endContract(pair.a);
        Company c = pair.companyOfA();
        pair.a.setMoney(200000, 150000, 1);
        pair.kit.world.calendar().setMonth(59);
        pair.apms.quarterly();
        assertEquals(60, pair.a.contractEndMonth(), "not due yet");
        pair.kit.world.calendar().setMonth(62);
        pair.apms.quarterly();
        assertEquals(120, pair.a.contractEndMonth(), "renewed for a term");
        assertSame(c, pair.companyOfA());
        assertEquals(0, pair.apms.givenUpCum());
    }

    @Test
    void aLossMakingContractIsGivenUpAndWonByAnotherCompany() {
        // No costs but GPs', so the expected margin is high while the books (set below) show a loss.
        Pair pair = new Pair(on(-0.5).set(Parameters.FIXED_COST, 0).set(Parameters.VARIABLE_COST, 0));
        pair.wiring.handBack.endContract(pair.a);
        Company first = pair.companyOfA();
        pair.a.setMoney(400000, 760000, 1);
        assertTrue(pair.wiring.companies.expectedMargin(pair.a) > -0.5);
        pair.kit.world.calendar().setMonth(62);
        pair.apms.quarterly();
        assertEquals(1, pair.apms.givenUpCum());
        assertEquals(1, first.contractsGivenUp());
        Company second = pair.companyOfA();
        assertTrue(second != null && second != first, "the other company won it");
        assertSame(PracticeStatus.COMPANY_RUN, pair.a.status());
        assertEquals(62 + 60, pair.a.contractEndMonth());
        for (Node n : pair.kit.world.network().membershipView(pair.a)) assertFalse(n == first, "no tie to the first company");
    }

    @Test
    void aContractGivenUpIsNotWonBackByTheSameCompany() {
        Pair pair = new Pair(on(-0.5).set(Parameters.CORPORATE_COMPANIES, 1).set(Parameters.FIXED_COST, 0)
                .set(Parameters.VARIABLE_COST, 0));
        pair.wiring.handBack.endContract(pair.a);
        pair.a.setMoney(400000, 760000, 1);
        pair.kit.world.calendar().setMonth(62);
        pair.apms.quarterly();
        assertEquals(PracticeStatus.CLOSED, pair.a.status(), "the only company does not bid again; no caretaker");
        assertNull(pair.companyOfA());
        assertEquals(List.of(), pair.wiring.memberships.companyPractices(pair.kit.world.companies().get(0)).stream()
                .filter(Practice::isOpen).toList());
    }

    @Test
    void theTenderComesBeforeTheNeighboursAndANeighbourTakesWhatNoCompanyBidsFor() {
        Pair won = new Pair(on(-0.5), 30, ScriptedMoves.agreeing());
        won.wiring.handBack.endContract(won.a);
        assertSame(PracticeStatus.COMPANY_RUN, won.a.status());
        assertTrue(won.rule.asked.isEmpty(), "no neighbour was asked");
        assertEquals(10, won.b.listAgents());
        Pair unwanted = new Pair(on(0.5), 30, ScriptedMoves.agreeing());
        unwanted.wiring.handBack.endContract(unwanted.a);
        assertEquals(PracticeStatus.MERGED_INTO, unwanted.a.status());
        assertEquals(List.of(unwanted.b), unwanted.rule.asked);
        assertEquals(40, unwanted.b.listAgents(), "b has both lists");
    }

    @Test
    void theHazardOfAHandBackLeavesOutTheShareACompanyWouldWin() {
        // Partnerless and due, and no caretaker: without companies the hand-back ends it unless a
        // neighbour takes it over, which also ends it, so for sure; a tender of one half that a
        // company always wins halves it; one no company bids for leaves it as it was.
        Pair off = new Pair(new Parameters().set(Parameters.HAND_BACK_MONTHS, 1));
        Pair half = new Pair(on(-0.5).set(Parameters.HAND_BACK_MONTHS, 1).set(Parameters.CORPORATE_TENDER, 0.5));
        Pair unwanted = new Pair(on(0.5).set(Parameters.HAND_BACK_MONTHS, 1));
        for (Pair pair : List.of(off, half, unwanted)) pair.a.setVacancies(0, false, true, 1);
        assertEquals(1, hazard(off).endChance(off.a), 1e-15);
        assertEquals(0.5, hazard(half).endChance(half.a), 1e-15);
        assertEquals(1, hazard(unwanted).endChance(unwanted.a), 1e-15);
    }

    private static PracticeHazard hazard(Pair pair) {
        return new PracticeHazard(pair.kit.world, pair.wiring.memberships, pair.wiring.levers, pair.wiring.context,
                pair.wiring.companies);
    }
}
