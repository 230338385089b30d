package org.icosim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.icosim.network.Node;
import org.icosim.network.Tie;
import org.icosim.network.TieType;
import org.junit.jupiter.api.Test;

/** ICO formation, the year of care, membership, absorption, take-back and the fund, on hand-shaped tiny worlds. */
class IcoOperationsTest {

    /** The tiny world under Labour's levers: a strong push from the first month. */
    static Parameters strongPush() {
        return TinyWorld.parameters()
                .set(Parameters.POLICY_PUSH, 2)
                .set(Parameters.ICO_POLICY_START, Parameter.monthIndex(2015, 4));
    }

    static Trust acuteTrust(IcoSim sim) {
        for (Trust t : sim.trusts) if (t.kind() == TrustKind.ACUTE) return t;
        throw new AssertionError("no acute trust in the tiny world");
    }

    /** Makes {@code t} an operating hospital-led ICO from this month, as if it had formed. */
    static void operateAsIco(IcoSim sim, Trust t) {
        t.icoStatus = IcoStatus.ICO;
        t.formingSince = sim.month();
        t.icoSince = sim.month();
        t.leadership = Leadership.HOSPITAL_LED;
    }

    /**
     * A tiny world one month in, whose practices never move by themselves, with its acute trust
     * made an operating ICO by hand.
     */
    static IcoSim withOperatingIco(Parameters params, long seed) {
        IcoSim sim = TinyWorld.started(params, seed);
        sim.setPracticeMoveRule(TinyWorld.refusingRule());
        sim.runMonths(1);
        operateAsIco(sim, acuteTrust(sim));
        return sim;
    }

    static List<Practice> partnerLed(IcoSim sim) {
        List<Practice> out = new ArrayList<>();
        for (Practice p : sim.practices) if (p.isOpen() && p.status.partnerLed() && p.partners() > 0) out.add(p);
        return out;
    }

    @Test
    void aTrustWithNoPolicyPushNeverFormsAnIcoHoweverReadyItIs() {
        // Every formation lever at its most eager, but no push: the status quo.
        Parameters p = TinyWorld.parameters()
                .set(Parameters.ICO_INNOVATION, 1).set(Parameters.ICO_IMITATION, 10)
                .set(Parameters.FORMATION_SUPPORT_WEIGHT, 20).set(Parameters.FORMATION_INCOME_WEIGHT, 100)
                .set(Parameters.YEAR_OF_CARE_TARIFF, 100000).set(Parameters.HOSPITAL_LED_ONLY, 0);
        IcoSim sim = TinyWorld.started(p, 11);
        for (Trust t : sim.trusts) {
            assertEquals(0, sim.icoFormation.formationProbability(t, Leadership.HOSPITAL_LED, sim));
            assertEquals(0, sim.icoFormation.formationProbability(t, Leadership.GP_LED, sim));
        }
        sim.runMonths(60);
        for (Trust t : sim.trusts) assertEquals(IcoStatus.NONE, t.icoStatus(), t + " after 5 years without a push");
        for (Practice q : sim.practices) assertFalse(q.status().inIco());
        assertEquals(0, sim.metrics().get(59, org.icosim.metrics.Metric.icoPatientShare));
    }

    @Test
    void beforeThePolicyStartsNoTrustFormsAnIcoAndAfterItTheMandateMakesThemForm() {
        Parameters p = strongPush().set(Parameters.POLICY_PUSH, 3).set(Parameters.ICO_POLICY_START, Parameter.monthIndex(2016, 4))
                .set(Parameters.ICO_FORMING_MONTHS, 3);
        IcoSim sim = TinyWorld.started(p, 5);
        Trust acute = acuteTrust(sim);
        sim.runMonths(12);
        assertEquals(IcoStatus.NONE, acute.icoStatus(), "no ICO before April 2016");
        sim.runMonths(24);
        // Decisions are quarterly, at months 2, 5, 8, 11, 14...: the first after April 2016 (month 12) is month 14.
        assertEquals(14, acute.formingSince());
        assertEquals(IcoStatus.ICO, acute.icoStatus());
        assertEquals(17, acute.icoSince(), "operates icoFormingMonths after deciding");
        for (Trust t : sim.trusts) {
            if (t.kind() != TrustKind.ACUTE) assertEquals(IcoStatus.NONE, t.icoStatus(), "only acute trusts form ICOs");
        }
    }

    @Test
    void theFormationHazardRisesWithPeersSupportAndIncomeAndFallsWithDeficit() {
        IcoSim sim = TinyWorld.started(strongPush(), 2);
        sim.runMonths(1);
        Trust t = acuteTrust(sim);
        DiffusionIcoFormation rule = new DiffusionIcoFormation();
        double base = rule.formationProbability(t, Leadership.HOSPITAL_LED, sim);
        double gpLed = rule.formationProbability(t, Leadership.GP_LED, sim);
        assertTrue(gpLed > base, "GPs back a GP-led ICO more, so the trust is readier: " + gpLed + " vs " + base);
        t.balance = -0.5 * t.costBase;
        double inDeficit = rule.formationProbability(t, Leadership.HOSPITAL_LED, sim);
        assertTrue(inDeficit < base, "a deficit slows formation");
        t.balance = 0;
        sim.params.set(Parameters.YEAR_OF_CARE_TARIFF, 20000);
        assertTrue(rule.formationProbability(t, Leadership.HOSPITAL_LED, sim) > base, "more year-of-care income to gain");
        // The exact hazard with no peers: 1 - exp(-(p) x readiness).
        sim.params.set(Parameters.YEAR_OF_CARE_TARIFF, 1000);
        double support = sim.icoOperations.gpSupport(t, Leadership.HOSPITAL_LED);
        double gain = sim.icoOperations.potentialYearOfCareIncome(t) / t.costBase;
        double readiness = Math.exp(2.0 * (support - 0.5) + 3.0 * gain);
        assertEquals(1 - Math.exp(-0.1 * readiness), rule.formationProbability(t, Leadership.HOSPITAL_LED, sim), 1e-12);
    }

    @Test
    void underAMandateEveryAcuteTrustStartsFormingAtTheFirstQuarter() {
        IcoSim sim = TinyWorld.started(strongPush().set(Parameters.POLICY_PUSH, 3), 4);
        sim.runMonths(3);
        for (Trust t : sim.trusts) {
            assertEquals(t.kind() == TrustKind.ACUTE ? IcoStatus.FORMING : IcoStatus.NONE, t.icoStatus(), t.toString());
        }
    }

    @Test
    void anOperatingIcoIsPaidTheTariffForExactlyTheHighRiskPatientsOfItsMembers() {
        IcoSim sim = withOperatingIco(strongPush().set(Parameters.YEAR_OF_CARE_TARIFF, 1200), 8);
        Trust ico = acuteTrust(sim);
        List<Practice> practices = partnerLed(sim);
        Practice ally = practices.get(0);
        Practice run = practices.get(1);
        Practice outsider = practices.get(2);
        sim.reorganisation.joinIco(ally, ico);
        sim.reorganisation.absorb(run, ico);
        sim.icoOperations.monthly();

        // Count from the patient arrays themselves, not from the practices' case mix.
        Patients pt = ally.economy().patients();
        int high = 0;
        int highOutside = 0;
        for (int i = 0; i < pt.size(); i++) {
            int at = pt.practiceOf(i);
            if (pt.tierOf(i) != Demography.HIGH) continue;
            if (at == ally.id() || at == run.id()) high++;
            if (at == outsider.id()) highOutside++;
        }
        assertTrue(high > 0 && highOutside > 0, "the tiny world has high-risk patients inside and outside the ICO");
        double enrolled = (double) high * sim.patientScale();
        assertEquals(enrolled, ico.enrolled(), 1e-9);
        assertEquals(1200 * enrolled, ico.yearOfCareIncome(), 1e-6);
        // The alliance member gets its share of the tariff for its own enrolled patients, and only it.
        int allyHigh = 0;
        for (int i = 0; i < pt.size(); i++) if (pt.practiceOf(i) == ally.id() && pt.tierOf(i) == Demography.HIGH) allyHigh++;
        assertEquals(0.2 * 1200 * allyHigh * sim.patientScale(), sim.icoOperations.allianceIncome(ally), 1e-6);
        assertEquals(0, sim.icoOperations.allianceIncome(run));
        assertEquals(0, sim.icoOperations.allianceIncome(outsider));
    }

    @Test
    void theYearOfCareCanCoverRisingRiskPatientsToo() {
        IcoSim sim = TinyWorld.started(strongPush().set(Parameters.YEAR_OF_CARE_COVERAGE, 1), 8);
        Practice p = partnerLed(sim).get(0);
        Patients pt = p.economy().patients();
        int covered = 0;
        for (int i = 0; i < pt.size(); i++) if (pt.practiceOf(i) == p.id() && pt.tierOf(i) >= Demography.RISING) covered++;
        assertEquals(covered, sim.icoOperations.enrolledAgents(p));
    }

    @Test
    void absorbingAPracticeMovesItsPartnersToSalariedIcoPostsOrOut() {
        IcoSim sim = withOperatingIco(strongPush(), 9);
        Trust ico = acuteTrust(sim);
        Practice p = null;
        for (Practice q : partnerLed(sim)) if (q.partners() >= 2 && q.salaried() >= 1) p = q;
        assertNotNull(p, "a practice with partners and a salaried GP");
        List<Gp> partners = TinyWorld.staff(sim, p, Role.PARTNER);
        List<Gp> salaried = TinyWorld.staff(sim, p, Role.SALARIED);
        Federation federation = new Federation(99, p.economy());
        sim.network.add(federation);
        sim.network.addMembership(p, federation);

        sim.reorganisation.absorb(p, ico);

        assertEquals(PracticeStatus.ICO_RUN, p.status());
        assertEquals(List.of(ico), sim.network.membershipsOf(p), "run by the ICO, and out of its federation");
        assertEquals(0, TinyWorld.staff(sim, p, Role.PARTNER).size(), "no partner is left at an absorbed practice");
        int stayed = 0;
        for (Gp gp : partners) {
            boolean salariedHere = gp.isActive() && gp.role() == Role.SALARIED && sim.network.employerOf(gp) == p;
            boolean out = !gp.isActive() || sim.network.employerOf(gp) != p;
            assertTrue(salariedHere || out, gp + " is an ICO salaried GP at the practice, or gone from it");
            if (salariedHere) stayed++;
        }
        assertTrue(stayed > 0, "with the inertia of staying put, some partners stay on as ICO salaried GPs");
        for (Gp gp : salaried) assertSame(p, sim.network.employerOf(gp), "salaried GPs transfer to the ICO where they are");
        assertEquals(0, p.premisesLiability, "the ICO takes on the premises");
        sim.practiceOperations.monthly();
        assertTrue(p.offersSalaried, "an ICO-run practice recruits salaried GPs only");
        assertFalse(p.offersPartnership());
    }

    @Test
    void referralCaptureSendsAMembersReferralsToItsIcosTrust() {
        Parameters params = strongPush().set(Parameters.TRUSTS, 3).set(Parameters.ACUTE_TRUST_SHARE, 1);
        IcoSim sim = TinyWorld.started(params, 12);
        sim.setPracticeMoveRule(TinyWorld.refusingRule());
        sim.runMonths(1);
        // A practice whose nearest trust is not the ICO, so capture changes where it refers.
        Trust ico = sim.trusts.get(2);
        operateAsIco(sim, ico);
        Practice member = null;
        for (Practice p : partnerLed(sim)) {
            if (sim.network.targets(p, TieType.REFERS_TO).get(0) != ico) member = p;
        }
        assertNotNull(member);
        List<Node> before = sim.network.targets(member, TieType.REFERS_TO);
        assertTrue(before.size() > 1);
        sim.reorganisation.joinIco(member, ico);
        assertEquals(List.of(ico), sim.network.targets(member, TieType.REFERS_TO));

        double[] received = new double[sim.trusts.size()];
        sim.runMonths(1);
        Tie tie = sim.network.referralTiesOf(member).get(0);
        assertTrue(tie.weight() > 0, "the member referred this month");
        for (Trust t : sim.trusts) received[t.id()] = t.referralsThisMonth();
        assertTrue(received[ico.id()] >= tie.weight());

        sim.reorganisation.leaveIco(member);
        assertEquals(before, sim.network.targets(member, TieType.REFERS_TO), "leaving restores its nearest trusts");
        assertEquals(PracticeStatus.INDEPENDENT, member.status());
    }

    @Test
    void anIcosTeamLowersEnrolledPatientsAdmissionsAndTakesTheirAppointmentsOffMembers() {
        IcoSim sim = withOperatingIco(strongPush(), 13);
        Trust ico = acuteTrust(sim);
        Practice member = partnerLed(sim).get(0);
        Practice outsider = partnerLed(sim).get(1);
        sim.reorganisation.joinIco(member, ico);
        // A team GP, hired by hand.
        Gp gp = sim.gps.stream().filter(g -> g.role() == Role.SALARIED).findFirst().orElseThrow();
        sim.workforce.joinIcoTeam(gp, ico);
        sim.icoOperations.monthly();
        assertEquals(1 - 0.20, sim.enrolledAdmissionFactor[member.id()], 1e-12);
        assertEquals(1 - 0.40, sim.enrolledAeFactor[member.id()], 1e-12);
        assertEquals(1, sim.enrolledAdmissionFactor[outsider.id()]);
        assertTrue(member.icoSupport() > 0, "the team gives the member's enrolled patients appointments");
        assertEquals(0, outsider.icoSupport());
        assertEquals(gp.fte(), ico.mdtFte(), 1e-12);
        assertTrue(member.icoSupport() <= gp.fte() * sim.appointmentsPerFteMonth + 1e-9);
    }

    /** Federates practices referring mainly to {@code acute} until their lists reach 25,000 patients. */
    static Federation largeFederation(IcoSim sim, Trust acute) {
        Federation f = new Federation(sim.nextFederationId++, acute.economy());
        sim.federations.add(f);
        sim.network.add(f);
        double list = 0;
        for (Practice p : sim.icoOperations.mainlyReferring(acute)) {
            if (list >= 25000 || p.partners() == 0) continue;
            sim.network.addMembership(p, f);
            p.status = PracticeStatus.FEDERATED;
            list += p.listAgents() * sim.patientScale();
        }
        assertTrue(list >= 20000, "the tiny world has enough practices for a 20,000-patient federation");
        return f;
    }

    @Test
    void aGpLedIcoIsLedByALargeFederationWhoseMembersAreItsFirstAllianceMembers() {
        // A mandate makes formation certain, so the test is about leadership alone.
        Parameters params = strongPush().set(Parameters.POLICY_PUSH, 3).set(Parameters.HOSPITAL_LED_ONLY, 0)
                .set(Parameters.GP_LED_MIN_LIST, 20000).set(Parameters.ICO_FORMING_MONTHS, 0);
        IcoSim sim = TinyWorld.started(params, 14);
        sim.setPracticeMoveRule(TinyWorld.refusingRule());
        Trust acute = acuteTrust(sim);
        Federation f = largeFederation(sim, acute);
        assertSame(f, sim.icoOperations.gpLeadFor(acute));
        sim.runMonths(3);
        assertEquals(IcoStatus.ICO, acute.icoStatus());
        assertEquals(Leadership.GP_LED, acute.leadership());
        assertSame(f, acute.leadGroup());
        for (Node n : sim.network.membersOf(f)) {
            Practice p = (Practice) n;
            if (p.isOpen()) assertEquals(PracticeStatus.ICO_ALLIANCE, p.status(), p + " joined the ICO its federation leads");
        }

        // Where only hospitals may lead, the same world forms a hospital-led ICO with no members yet.
        IcoSim hospital = TinyWorld.started(params.set(Parameters.HOSPITAL_LED_ONLY, 1), 14);
        hospital.setPracticeMoveRule(TinyWorld.refusingRule());
        Trust trust = acuteTrust(hospital);
        largeFederation(hospital, trust);
        hospital.runMonths(3);
        assertEquals(IcoStatus.ICO, trust.icoStatus());
        assertEquals(Leadership.HOSPITAL_LED, trust.leadership());
        assertNull(trust.leadGroup());
        assertTrue(hospital.icoOperations.membersOf(trust).isEmpty());
    }

    @Test
    void anAllianceMemberThatValuesItsMembershipBelowNothingLeavesWhenItReconsiders() {
        IcoSim sim = TinyWorld.started(strongPush().set(Parameters.ALLIANCE_COST, 50), 15);
        sim.runMonths(1);
        Trust ico = acuteTrust(sim);
        operateAsIco(sim, ico);
        Practice p = partnerLed(sim).get(0);
        sim.reorganisation.joinIco(p, ico);
        p.partnersLostThisQuarter = 1; // a trigger: partners reconsider
        PracticeMove move = sim.practiceMoves.choose(p, sim);
        assertEquals(PracticeMove.Kind.LEAVE_ICO, move.kind());
        sim.reorganisation.carryOut(p, move);
        assertFalse(p.status().inIco());
        assertTrue(sim.network.membershipsOf(p).isEmpty());
    }

    @Test
    void theGpsOfAnIcoRunPracticeCanTakeItBack() {
        IcoSim sim = withOperatingIco(strongPush(), 16);
        Trust ico = acuteTrust(sim);
        Practice p = TinyWorld.practiceWithSalaried(sim);
        sim.reorganisation.absorb(p, ico);
        // A job rule that takes a partnership whenever one is offered.
        sim.setJobChoice((gp, options, s) -> {
            for (Post post : options) if (post.kind() == Post.Kind.PARTNERSHIP && post.employer() == p) return post;
            return options.get(0);
        });
        sim.reorganisation.offerTakeBack(p, ico);
        assertEquals(PracticeStatus.INDEPENDENT, p.status());
        assertTrue(p.partners() >= 1);
        assertFalse(sim.network.membershipsOf(p).contains(ico));
        assertFalse(p.takeBackOpen, "the offer closes");
    }

    @Test
    void failingPracticesReferringToAnIcoAreOfferedAbsorptionAndAllOthersAnAllianceInTheRound() {
        IcoSim sim = TinyWorld.started(strongPush(), 17);
        sim.setPracticeMoveRule(TinyWorld.refusingRule());
        sim.runMonths(2);
        for (Trust t : sim.trusts) if (t.kind() == TrustKind.ACUTE) operateAsIco(sim, t);
        Practice failing = partnerLed(sim).get(0);
        failing.vacancyMonths = 12;
        sim.icoOperations.monthly();
        for (Practice p : partnerLed(sim)) {
            assertNotNull(p.allianceOffer, p + " refers to an ICO and is offered an alliance in its first round");
            if (!ValueBasedPracticeMoves.failing(p, sim)) assertNull(p.absorptionOffer, p.toString());
        }
        assertNotNull(failing.absorptionOffer);
    }

    @Test
    void theTimeToCareFundAddsItsGpsOverTheFundYearsAndFundsPostsAtIcos() {
        Parameters params = strongPush().set(Parameters.TIME_TO_CARE_GPS, 80000).set(Parameters.FUND_YEARS, 1)
                .set(Parameters.TIME_TO_CARE_START, Parameter.monthIndex(2015, 4)).set(Parameters.FUND_ICO_SHARE, 1);
        IcoSim sim = TinyWorld.started(params, 18);
        Trust ico = acuteTrust(sim);
        operateAsIco(sim, ico);
        sim.runMonths(14);
        double share = sim.economies.get(0).populationShare;
        // 12 months of stochastic rounding of the same monthly figure: within 12 of the total.
        assertEquals(80000 * share, sim.fundGpsCum(), 12);
        assertEquals(sim.fundGpsCum() * sim.params.get(Parameters.SALARIED_MEAN_FTE), ico.fundedFte, 1e-6);
        long after = sim.fundGpsCum();
        sim.runMonths(6);
        assertEquals(after, sim.fundGpsCum(), "no fund GPs after the fund years");
    }

    @Test
    void aGpNeverHoldsTwoPostsUnderAnIcoPolicy() {
        IcoSim sim = TinyWorld.started(strongPush().set(Parameters.TIME_TO_CARE_GPS, 40000).set(Parameters.ICO_INNOVATION, 1)
                .set(Parameters.FORMATION_SUPPORT_WEIGHT, 0).set(Parameters.ICO_FORMING_MONTHS, 0), 19);
        for (int m = 0; m < 36; m++) {
            sim.runMonths(1);
            for (Node n : sim.network.graph().vertexSet()) {
                if (!(n instanceof Gp)) continue;
                int posts = 0;
                for (Tie t : sim.network.graph().outgoingEdgesOf(n)) if (t.type() == TieType.WORKS_AT) posts++;
                assertTrue(posts <= 1, n + " holds " + posts + " posts in month " + m);
            }
        }
        assertTrue(acuteTrust(sim).isIco());
        assertTrue(sim.metrics().get(35, org.icosim.metrics.Metric.icoSalariedFte) > 0, "the ICO employs salaried GPs");
    }

    @Test
    void theAccessGuaranteeRaisesDemandAndLowersAeFromItsStartMonth() {
        Parameters params = TinyWorld.parameters().set(Parameters.ACCESS_GUARANTEE, 1)
                .set(Parameters.ACCESS_GUARANTEE_START, Parameter.monthIndex(2015, 6));
        IcoSim sim = TinyWorld.started(params, 20);
        double demand = sim.rates.demandPerMonth[10];
        double ae = sim.rates.aePerMonth[10];
        sim.runMonths(2);
        assertEquals(demand, sim.rates.demandPerMonth[10]);
        sim.runMonths(2);
        assertEquals(demand * 1.05, sim.rates.demandPerMonth[10], 1e-15);
        assertEquals(ae * 0.97, sim.rates.aePerMonth[10], 1e-15);
    }
}
