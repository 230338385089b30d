package org.icosim.model.world;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;

import org.icosim.model.WorldKit;
import org.icosim.model.parameters.Parameters;
import org.icosim.network.OrgNetwork;
import org.icosim.network.Tie;
import org.junit.jupiter.api.Test;

/** Network questions answered from the ties: federations, ICOs, owners, offering ICOs, main referrers, nearest trusts. */
class MembershipsTest {

    private final WorldKit kit = new WorldKit(new Parameters());
    private final Economy e = kit.economy();
    private final Trust near = kit.trust(e, 1, 0, TrustKind.ACUTE);
    private final Trust far = kit.trust(e, 9, 0, TrustKind.ACUTE);
    private final Trust caretaker = kit.trust(e, 5, 5, TrustKind.COMMUNITY);
    private final Practice a = kit.practice(e, 0, 0);
    private final Practice b = kit.practice(e, 10, 0);
    private final Practice c = kit.practice(e, 5, 4);
    private final OrgNetwork net = kit.world.network();
    private final Memberships m = new Memberships(net);

    {
        kit.ready();
    }

    private static void operate(Trust t) {
        t.startForming(0, Leadership.HOSPITAL_LED, null);
        t.startOperating(0);
    }

    @Test
    void aPracticesFederationAndIco() {
        Federation f = kit.world.newFederation(e);
        assertNull(m.federationOf(a));
        net.addMembership(a, f);
        net.addMembership(a, near);
        assertSame(f, m.federationOf(a));
        assertNull(m.icoOf(a), "a membership tie without an ICO status is not an ICO membership");
        a.setStatus(PracticeStatus.ICO_ALLIANCE);
        assertSame(near, m.icoOf(a));
        net.addMembership(b, f);
        assertEquals(List.of(a, b), m.federationMembers(f), "in the order they joined");
    }

    @Test
    void theRunningTrustIsTheLastTrustThePracticeIsAMemberOf() {
        assertNull(m.runningTrust(c));
        net.addMembership(c, caretaker);
        c.setStatus(PracticeStatus.TRUST_RUN);
        assertSame(caretaker, m.runningTrust(c));
        assertNull(m.icoOf(c), "a caretaker is not an ICO");
        net.addMembership(c, far);
        assertSame(far, m.runningTrust(c));
    }

    @Test
    void anIcosMembersAreItsOpenMembersInAnIcoStatusInTheOrderTheyJoined() {
        operate(near);
        for (Practice p : List.of(b, a, c)) net.addMembership(p, near);
        b.setStatus(PracticeStatus.ICO_RUN);
        a.setStatus(PracticeStatus.ICO_ALLIANCE);
        c.setStatus(PracticeStatus.ICO_ALLIANCE);
        assertEquals(List.of(b, a, c), m.icoMembers(near));
        c.end(PracticeStatus.CLOSED, 0);
        a.setStatus(PracticeStatus.FEDERATED);
        assertEquals(List.of(b), m.icoMembers(near));
    }

    @Test
    void theOfferingIcoIsTheOperatingReferralTrustWithTheMostReferralsTheNearerOnTies() {
        List<Tie> ties = net.setReferralTies(a, List.of(near, far));
        assertNull(m.offeringIco(a), "no ICO among its referral trusts");
        operate(far);
        assertSame(far, m.offeringIco(a));
        operate(near);
        assertSame(near, m.offeringIco(a), "equal weights (1 each): the first tie");
        ties.get(0).recordMonth(0, 3);
        ties.get(1).recordMonth(0, 4);
        assertSame(far, m.offeringIco(a));
    }

    @Test
    void mainReferrersAreTheOpenPracticesWhoseFirstTieGoesToTheTrust() {
        net.setReferralTies(a, List.of(near, far));
        net.setReferralTies(b, List.of(far, near));
        net.setReferralTies(c, List.of(near));
        assertEquals(List.of(a, c), m.mainlyReferring(near));
        assertEquals(List.of(b), m.mainlyReferring(far));
        c.end(PracticeStatus.CLOSED, 0);
        assertEquals(List.of(a), m.mainlyReferring(near));
        assertEquals(List.of(), m.mainlyReferring(caretaker));
    }

    @Test
    void theNearestTrustOfAnyKindTheFirstOnTies() {
        assertSame(near, m.nearestTrust(a));
        assertSame(far, m.nearestTrust(b));
        assertSame(caretaker, m.nearestTrust(c));
        Trust twin = kit.trust(e, 10, 0, TrustKind.ACUTE); // at b's own site
        assertSame(twin, m.nearestTrust(b));
        kit.trust(e, 10, 0, TrustKind.ACUTE);
        assertSame(twin, m.nearestTrust(b), "the first of two at the same distance");
    }
}
