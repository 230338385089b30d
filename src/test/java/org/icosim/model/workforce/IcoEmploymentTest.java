package org.icosim.model.workforce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

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
import org.junit.jupiter.api.Test;

/**
 * ODD 8.22: ICO pay ({@code salariedPay x (1 + icoSalaryPremium)}: 78,800 x 1.05 = 82,740 in
 * 2015/16 by default), the aversion to a hospital-led ICO as an employer (0.5), team posts, and
 * joining a team.
 */
class IcoEmploymentTest {

    private WorkforceKit w;
    private Practice own;
    private Practice runByHospital;
    private Practice runByGps;
    private Practice alliance;
    private Trust hospitalLed;
    private Trust gpLed;

    private void world(Parameters params) {
        WorldKit kit = new WorldKit(params);
        Economy e = kit.economy();
        own = kit.practice(e, 0, 0);
        runByHospital = kit.practice(e, 5, 0);
        runByGps = kit.practice(e, 10, 0);
        alliance = kit.practice(e, 15, 0);
        hospitalLed = kit.trust(e, 20, 20, TrustKind.ACUTE);
        gpLed = kit.trust(e, 30, 20, TrustKind.ACUTE);
        kit.ready();
        w = new WorkforceKit(kit, WorkforceKit.Picker.kind(Post.Kind.STAY));
        hospitalLed.startForming(0, Leadership.HOSPITAL_LED, null);
        hospitalLed.startOperating(0);
        hospitalLed.setTeam(0, 2);
        gpLed.startForming(0, Leadership.GP_LED, own);
        gpLed.startOperating(0);
        gpLed.setTeam(0, 0);
        runByHospital.setStatus(PracticeStatus.ICO_RUN);
        kit.world.network().addMembership(runByHospital, hospitalLed);
        runByGps.setStatus(PracticeStatus.ICO_RUN);
        kit.world.network().addMembership(runByGps, gpLed);
        alliance.setStatus(PracticeStatus.ICO_ALLIANCE);
        kit.world.network().addMembership(alliance, hospitalLed);
        own.setPeerShares(0.5, 0.3, 0.2);
        kit.world.labourMarket().setEconomyRoleShares(new double[][] {{0.6, 0.25, 0.15}});
    }

    @Test
    void theIcoPaysItsSalariedGpsAtThePracticesItRunsButAnAllianceMemberPaysItsOwn() {
        world(new Parameters());
        assertEquals(82740, w.ico.salariedPayAt(runByHospital), 1e-9);
        assertEquals(82740, w.ico.salariedPayAt(runByGps), 1e-9);
        assertEquals(78800, w.ico.salariedPayAt(alliance), 1e-9);
        assertEquals(78800, w.ico.salariedPayAt(own), 1e-9);
        world(new Parameters().set(Parameters.ICO_SALARY_PREMIUM, 0.2));
        assertEquals(94560, w.ico.salariedPayAt(runByHospital), 1e-9, "78,800 x 1.2");
    }

    @Test
    void gpsAreAverseToWorkingForAHospitalLedIcoOnly() {
        world(new Parameters());
        assertEquals(-0.5, w.ico.icoConstant(runByHospital), 0);
        assertEquals(0, w.ico.icoConstant(runByGps), 0);
        assertEquals(0, w.ico.icoConstant(alliance), 0, "an alliance member keeps its own contract");
        assertEquals(0, w.ico.icoConstant(own), 0);
        world(new Parameters().set(Parameters.HOSPITAL_LED_JOB_AVERSION, 2));
        assertEquals(-2, w.ico.icoConstant(runByHospital), 0);
    }

    @Test
    void aTeamPostIsSalariedWorkAtIcoPayAndTheNormsWorkload() {
        world(new Parameters());
        Gp gp = w.kit.gp(own, Role.PARTNER, 1, 50);
        Post post = w.ico.teamPost(gp, hospitalLed, false);
        assertEquals(Post.Kind.SALARIED, post.kind());
        assertSame(hospitalLed, post.employer());
        assertEquals(82740, post.incomePerFte(), 1e-9);
        assertEquals(0, post.autonomy(), 0);
        assertEquals(0.5, post.flexibility(), 0);
        assertEquals(0, post.liability(), 0);
        assertEquals(1, post.workload(), 0);
        assertEquals(0.3, post.peerShare(), 0, "the salaried share of the GP's own practice's neighbourhood");
        assertEquals(-0.5, post.constant(), 0);
        assertEquals(0, w.ico.teamPost(gp, gpLed, false).constant(), 0);

        Gp team = w.kit.gp(hospitalLed, Role.SALARIED, 0.68, 40);
        Post stay = w.ico.teamPost(team, hospitalLed, true);
        assertEquals(Post.Kind.STAY, stay.kind());
        assertEquals(4.0, stay.constant(), 1e-12, "inertia 4.5 less the aversion 0.5");
        assertEquals(0.25, stay.peerShare(), 0, "a team GP's peers are its economy's");
        assertEquals(4.5, w.ico.teamPost(w.kit.gp(gpLed, Role.SALARIED, 0.68, 40), gpLed, true).constant(), 1e-12);
    }

    @Test
    void aPartnerJoiningATeamBecomesTheIcosSalariedGpAndIsLostToItsPartnership() {
        world(new Parameters());
        Gp gp = w.gp(own, Role.PARTNER, 1, 50 * 12, -1, 0, 0, 0, 0);
        w.kit.gp(own, Role.PARTNER, 0.5, 50);
        w.readStaff();
        w.ico.joinTeam(gp, hospitalLed);
        assertSame(hospitalLed, w.world.network().employerOf(gp));
        assertEquals(Role.SALARIED, gp.role());
        assertEquals(0.53, gp.fte(), 1e-12, "0.68 - 0.15");
        assertEquals(1, hospitalLed.openIcoPosts(), "2 - 1");
        assertEquals(1, own.partnersLostThisQuarter());
        assertEquals(1, own.partners(), "its old practice reads its staff again");
        assertEquals(0.5, own.partnerFte(), 0);

        Gp salaried = w.kit.gp(own, Role.SALARIED, 0.5, 40);
        w.readStaff();
        w.ico.joinTeam(salaried, gpLed);
        assertSame(gpLed, w.world.network().employerOf(salaried));
        assertEquals(1, own.partnersLostThisQuarter(), "a salaried GP is no partner lost");
        assertEquals(0, own.salaried());
        assertEquals(0, gpLed.openIcoPosts(), "no open post to fill: stays at 0");
    }
}
