package org.icosim.model.workforce;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.icosim.model.WorldKit;
import org.icosim.model.parameters.Parameters;
import org.icosim.model.world.Economy;
import org.icosim.model.world.Gp;
import org.icosim.model.world.Practice;
import org.icosim.model.world.Role;
import org.icosim.model.world.Trust;
import org.icosim.model.world.TrustKind;
import org.junit.jupiter.api.Test;

/** The peer share of a role a GP sees: its practice's neighbourhood, or else its economy's. */
class PeerSharesTest {

    @Test
    void aGpAtAPracticeReadsItsPracticesNeighbourhoodShares() {
        WorldKit kit = new WorldKit(new Parameters());
        Economy e = kit.economy();
        Practice p = kit.practice(e, 0, 0);
        kit.ready();
        p.setPeerShares(0.5, 0.3, 0.2);
        kit.world.labourMarket().setEconomyRoleShares(new double[][] {{0.9, 0.05, 0.05}});
        Gp gp = kit.gp(p, Role.SALARIED, 0.7, 40);
        PeerShares peers = new PeerShares(kit.world);
        assertEquals(0.5, peers.share(gp, Role.PARTNER), 0);
        assertEquals(0.3, peers.share(gp, Role.SALARIED), 0);
        assertEquals(0.2, peers.share(gp, Role.LOCUM), 0);
        assertEquals(0.3, peers.share(gp, Role.REGISTRAR), 0, "any other role reads the salaried share");
    }

    @Test
    void aGpAtNoPracticeReadsItsOwnEconomysShares() {
        WorldKit kit = new WorldKit(new Parameters());
        Economy e0 = kit.economy();
        Economy e1 = kit.economy();
        Practice p = kit.practice(e1, 0, 0);
        Trust t0 = kit.trust(e0, 10, 10, TrustKind.ACUTE);
        Trust t1 = kit.trust(e1, 10, 10, TrustKind.ACUTE);
        kit.ready();
        p.setPeerShares(0.9, 0.05, 0.05);
        PeerShares peers = new PeerShares(kit.world);
        Gp atTrust0 = kit.gp(t0, Role.REGISTRAR, 1, 29);
        Gp atTrust1 = kit.gp(t1, Role.SALARIED, 0.7, 40);
        assertEquals(0, peers.share(atTrust0, Role.PARTNER), 0, "no shares before the first practice phase");
        kit.world.labourMarket().setEconomyRoleShares(new double[][] {{0.6, 0.25, 0.15}, {0.4, 0.35, 0.25}});
        assertEquals(0.6, peers.share(atTrust0, Role.PARTNER), 0);
        assertEquals(0.25, peers.share(atTrust0, Role.SALARIED), 0);
        assertEquals(0.15, peers.share(atTrust0, Role.LOCUM), 0);
        assertEquals(0.4, peers.share(atTrust1, Role.PARTNER), 0);
        assertEquals(0.35, peers.share(atTrust1, Role.SALARIED), 0);
        assertEquals(0.25, peers.share(atTrust1, Role.LOCUM), 0);
        // a GP in no post at all (a returner choosing) reads its economy too
        kit.world.network().unemploy(atTrust1);
        assertEquals(0.4, peers.share(atTrust1, Role.PARTNER), 0);
        assertEquals(0.35, peers.share(atTrust1, Role.REGISTRAR), 0);
    }
}
