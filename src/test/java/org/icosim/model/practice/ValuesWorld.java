package org.icosim.model.practice;

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

/**
 * A hand-built world for the values of practice decisions, in April 2016 (contract year 1: cost
 * index 1.1), 10 real patients per agent:
 * <ul>
 * <li>s, a single-hander at the origin: 1 partner, profit £80,000, 280 low-risk and 20 high-risk
 * agents (3,000 patients, 200 of them enrolled), premises liability £100,000, independent;
 * <li>g, a group 1 km east: 3 partners, profit £330,000, 700 agents, federated;
 * <li>m, 1.5 km north: 1 partner, 100 agents, an alliance member of the hospital-led ICO that has
 * absorbed a practice before;
 * <li>h, 20 km east: no partner, income £300,000, 200 agents (a list handed back);
 * <li>z, far away, the practice m absorbed (still open: only m's count matters here).
 * </ul>
 * Two neighbours each: s counts g and m, g counts s and m. Weights: money 0.5, cover 3, peers 2;
 * merger cost 6, size penalty 0.5; fixed cost £100,000 with half saved in a merger; variable cost
 * £60, federation saving 10%, federation cost 1.5; tariff £1,000 with a 20% alliance share,
 * alliance cost 1.5, absorption cost 3, hospital-led aversion 1.5; ICO pay £80,000 x 1.25, a
 * partner's mean FTE 0.9.
 */
final class ValuesWorld {

    final WorldKit kit;
    final Practice s;
    final Practice g;
    final Practice m;
    final Practice h;
    final Practice z;
    final Trust ico;
    final Gp sPartner;
    final Wiring w;

    static Parameters params() {
        return new Parameters()
                .set(Parameters.PATIENT_SCALE, 10).set(Parameters.NEIGHBOURS, 2)
                .set(Parameters.MONEY_WEIGHT, 0.5).set(Parameters.COVER_WEIGHT, 3).set(Parameters.PRACTICE_PEER_WEIGHT, 2)
                .set(Parameters.MERGER_COST, 6).set(Parameters.MERGER_SIZE_PENALTY, 0.5)
                .set(Parameters.FIXED_COST, 100000).set(Parameters.MERGER_FIXED_SAVING, 0.5)
                .set(Parameters.COST_INFLATION, 0.1)
                .set(Parameters.VARIABLE_COST, 60).set(Parameters.FEDERATION_SAVING, 0.1).set(Parameters.FEDERATION_COST, 1.5)
                .set(Parameters.YEAR_OF_CARE_TARIFF, 1000).set(Parameters.ALLIANCE_TARIFF_SHARE, 0.2)
                .set(Parameters.ALLIANCE_COST, 1.5).set(Parameters.ABSORPTION_COST, 3).set(Parameters.HOSPITAL_LED_AVERSION, 1.5)
                .set(Parameters.SALARIED_PAY, 80000).set(Parameters.PAY_GROWTH, 0).set(Parameters.ICO_SALARY_PREMIUM, 0.25)
                .set(Parameters.PARTNER_MEAN_FTE, 0.9)
                .set(Parameters.PROFIT_FLOOR, 70000).set(Parameters.BURNOUT_QUIT, 0.6)
                // m, an alliance member, is outside the merger market here; tests of the rule
                // that lets members merge (8.14) turn it on.
                .set(Parameters.ICO_MEMBERS_MAY_MERGE, 0);
    }

    ValuesWorld() {
        this(params());
    }

    ValuesWorld(Parameters params) {
        kit = new WorldKit(params);
        kit.world.calendar().setMonth(12);
        Economy e = kit.economy();
        s = kit.practiceOwningPremises(e, 0, 0, 100000);
        g = kit.practice(e, 1, 0);
        m = kit.practice(e, 0, 1.5);
        h = kit.practice(e, 20, 0);
        z = kit.practice(e, 40, 40);
        ico = kit.trust(e, 5, 5, TrustKind.ACUTE);
        kit.patients(s, 30, Demography.LOW, 280);
        kit.patients(s, 30, Demography.HIGH, 20);
        kit.patients(g, 30, Demography.LOW, 700);
        kit.patients(m, 30, Demography.LOW, 100);
        kit.patients(h, 30, Demography.LOW, 200);
        sPartner = kit.gp(s, Role.PARTNER, 1.0, 50);
        for (int i = 0; i < 3; i++) kit.gp(g, Role.PARTNER, 1.0, 50);
        kit.gp(m, Role.PARTNER, 1.0, 50);
        kit.ready();
        w = new Wiring(kit, new ValueBasedPracticeMoves()).withNeighbours();
        for (Practice p : kit.world.practices()) w.capacity.readStaff(p);
        s.setMoney(80000, 0, 1);
        g.setMoney(330000, 0, 1);
        m.setMoney(200000, 0, 1);
        h.setMoney(300000, 0, 1);
        z.setMoney(200000, 0, 1);
        g.setStatus(PracticeStatus.FEDERATED);
        m.absorbContract(z, 0.5);
        ico.startForming(0, Leadership.HOSPITAL_LED, null);
        ico.startOperating(0);
        kit.world.network().addMembership(m, ico);
        m.setStatus(PracticeStatus.ICO_ALLIANCE);
    }

    PracticeMoveRule.Context context() {
        return w.context;
    }
}
