package org.icosim.model.trust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.icosim.metrics.Metric;
import org.icosim.model.Submodels;
import org.icosim.model.WorldKit;
import org.icosim.model.parameters.Parameters;
import org.icosim.model.patients.Demography;
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
 * ODD 8.44 on a hand-built economy (patientScale 100). Acute trust t at the origin and acute trust
 * u 100 km east, community trust c beside t. Practices, one partner each, referring to their
 * nearest acute trust: p1 (failing, access 0.6), p2 (failing, access 0.5), p3 (failing, access 0.1,
 * 20,000 patients, over viMaxList), p4 (not failing, access 0.2), p5 (failing, federated, access
 * 0.55), all near t; p6 (failing, access 0.3) near u. A practice fails by its profit per partner
 * (below profitFloor, 70,000).
 */
class VerticalIntegrationTest {

    private static final class Town {
        final WorldKit kit;
        final Submodels sub;
        final Trust t;
        final Trust u;
        final Practice[] p = new Practice[7];

        Town(Parameters params) {
            kit = new WorldKit(params.set(Parameters.PATIENT_SCALE, 100));
            Economy e = kit.economy();
            t = kit.trust(e, 0, 0, TrustKind.ACUTE);
            kit.trust(e, 0, 1, TrustKind.COMMUNITY);
            u = kit.trust(e, 100, 0, TrustKind.ACUTE);
            double[] x = {0, 1, 2, 3, 4, 5, 99};
            int[] agents = {0, 20, 20, 200, 20, 20, 20};
            for (int i = 1; i < p.length; i++) {
                p[i] = kit.practice(e, x[i], 0);
                kit.patients(p[i], 40, Demography.LOW, agents[i]);
                kit.gp(p[i], Role.PARTNER, 1.0, 50);
            }
            kit.ready();
            sub = kit.submodels();
            double[] access = {0, 0.6, 0.5, 0.1, 0.2, 0.55, 0.3};
            for (int i = 1; i < p.length; i++) {
                sub.trusts.setReferralTies(p[i]);
                sub.capacity.readStaff(p[i]);
                p[i].setWorkloadAndAccess(1, access[i]);
                p[i].setMoney(i == 4 ? 300000 : 150000, 100000, 1);
            }
            kit.world.network().addMembership(p[5], kit.world.newFederation(e));
            p[5].setStatus(PracticeStatus.FEDERATED);
            kit.world.calendar().setMonth(2);
        }
    }

    private static Parameters on(double rate) {
        return new Parameters().set(Parameters.VERTICAL_INTEGRATION, 1).set(Parameters.VI_OFFER_RATE, rate);
    }

    @Test
    void eachAcuteTrustOffersToRunTheEligiblePracticeReferringToItWithTheLowestAccess() {
        Town w = new Town(on(1));
        w.sub.verticalIntegration.makeOffers();
        assertSame(w.t, w.p[2].absorptionOffer(), "p2: failing, small, access 0.5");
        for (int i : new int[] {1, 3, 4, 5}) assertNull(w.p[i].absorptionOffer(), "p" + i);
        assertSame(w.u, w.p[6].absorptionOffer(), "u's own practice");
        assertEquals(2, w.sub.verticalIntegration.offersCum(), "the community trust makes none");
        // A second round: p2 holds an offer, so t's next choice is p5 (federated, access 0.55).
        w.sub.verticalIntegration.makeOffers();
        assertSame(w.t, w.p[5].absorptionOffer());
    }

    @Test
    void offRateZeroBeforeTheStartOrAnIcoNoOfferIsMade() {
        Town off = new Town(new Parameters());
        Town twin = new Town(new Parameters());
        off.sub.verticalIntegration.makeOffers();
        assertEquals(twin.kit.world.random().nextDouble(), off.kit.world.random().nextDouble(), "no draw when off");
        Town never = new Town(on(0));
        never.sub.verticalIntegration.makeOffers();
        Town early = new Town(on(1).set(Parameters.VI_START, org.icosim.model.parameters.Parameter.monthIndex(2016, 4)));
        early.sub.verticalIntegration.makeOffers();
        Town ico = new Town(on(1));
        ico.t.startForming(0, Leadership.HOSPITAL_LED, null);
        ico.t.startOperating(0);
        ico.sub.verticalIntegration.makeOffers();
        for (Town w : List.of(off, never, early)) {
            for (int i = 1; i < 7; i++) assertNull(w.p[i].absorptionOffer());
        }
        assertNull(ico.p[2].absorptionOffer(), "an operating ICO makes the policy's offers, not these");
        assertSame(ico.u, ico.p[6].absorptionOffer());
    }

    @Test
    void anAcceptedOfferMakesThePracticeTrustRunWithItsReferralsToTheTrust() {
        Town w = new Town(on(1));
        Gp partner = (Gp) w.kit.world.network().staffOf(w.p[5]).get(0);
        w.sub.verticalIntegration.integrate(w.p[5], w.t);
        assertSame(PracticeStatus.TRUST_RUN, w.p[5].status());
        assertSame(w.t, w.sub.memberships.runningTrust(w.p[5]));
        assertNull(w.sub.memberships.federationOf(w.p[5]), "its federation membership ended");
        List<Node> referrals = w.kit.world.network().targets(w.p[5], org.icosim.network.TieType.REFERS_TO);
        assertEquals(List.of(w.t), referrals);
        assertEquals(0, w.p[5].partners(), "the partner chose a job: no partner is left");
        assertTrue(partner.role() != Role.PARTNER || w.kit.world.network().employerOf(partner) != w.p[5]);
        assertEquals(1, w.sub.verticalIntegration.integratedCum());
        double[] row = w.sub.observer.observe();
        assertEquals(1, row[Metric.trustsRunningPractices.ordinal()]);
        assertEquals(1, row[Metric.practicesIntegratedCum.ordinal()]);
        assertEquals(1, row[Metric.practicesTrustRun.ordinal()]);
    }
}
