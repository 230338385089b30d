package org.icosim.model.workforce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.LocalDate;
import java.time.YearMonth;

import org.icosim.model.WorldKit;
import org.icosim.model.parameters.Parameters;
import org.icosim.model.world.Economy;
import org.icosim.model.world.Gp;
import org.icosim.model.world.Practice;
import org.icosim.model.world.Role;
import org.icosim.model.world.Trust;
import org.icosim.model.world.TrustKind;
import org.junit.jupiter.api.Test;

/**
 * ODD 8.34: the locum rate moves with the tightness of the market relative to April 2015 (the price rule), practices want cover
 * for less of their gap as it rises (the demand rule), and from April 2017 locums keep
 * 1 - ir35LocumPayCut of it (IR35); off, nothing moves.
 */
class LocumMarketTest {

    private static final Parameters ON = new Parameters().set(Parameters.LOCUM_MARKET, 1);

    @Test
    void thePriceRuleMovesTheRateTowardsItsLevelForTheTightnessRelativeToTheStart() {
        // tightness 2.5 times the start's, elasticity 0.5, a tenth of the way: 2.5^0.05
        assertEquals(Math.exp(0.1 * 0.5 * Math.log(2.5)), LocumMarket.nextIndex(1, 2.5, 0.5, 0.1), 1e-15);
        assertEquals(Math.exp(0.9 * Math.log(1.2) + 0.05 * Math.log(0.2)), LocumMarket.nextIndex(1.2, 0.2, 0.5, 0.1), 1e-15);
        assertEquals(1, LocumMarket.nextIndex(1, 1, 0.5, 0.1), 0, "as tight as at the start: the start's rate");
        assertEquals(Math.pow(1.3, 0.9), LocumMarket.nextIndex(1.3, 1, 0.5, 0.1), 1e-15, "and a higher rate falls back towards it");
        assertEquals(2.5, LocumMarket.nextIndex(2.4, 1e6, 5, 1), 0, "at most 2.5");
        assertEquals(0.5, LocumMarket.nextIndex(0.6, 1e-6, 5, 1), 0, "at least 0.5");
    }

    /** One economy: practice A with a permanent gap of 2.0 FTE, practice B with none. */
    private static final class Market {
        final WorkforceKit w;
        final Practice a;
        final Practice b;
        final Trust t;

        Market(Parameters params, YearMonth start) {
            WorldKit kit = new WorldKit(params, start, 1);
            Economy e = kit.economy();
            a = kit.practice(e, 0, 0);
            b = kit.practice(e, 5, 0);
            t = kit.trust(e, 25, 25, TrustKind.ACUTE);
            kit.ready();
            w = new WorkforceKit(kit, WorkforceKit.Picker.kind(Post.Kind.STAY));
            kit.gp(a, Role.SALARIED, 1.0, 40);
            kit.gp(b, Role.SALARIED, 1.0, 40);
            w.readStaff();
            a.setDemand(0, 3.0);   // gap 3.0 - 1.0 = 2.0
            b.setDemand(0, 1.0);   // gap 0
        }
    }

    @Test
    void aTighterMarketRaisesTheRateAndPracticesWantCoverForLessOfTheirGap() {
        Market m = new Market(ON, YearMonth.of(2015, 4));
        Gp locum = m.w.kit.gp(m.t, Role.LOCUM, 0.5, 40);
        m.w.locums.placeLocums();
        // first month: demand 2.0, supply 0.5, tightness 2.5 / 1.0 is the reference; the index stays 1
        assertEquals(1, m.w.world.labourMarket().locumRateIndex(0), 0);
        assertSame(m.a, m.w.world.network().employerOf(locum));
        assertEquals(1.5, m.w.world.labourMarket().locumDemandFte(0), 1e-15);
        // A's need doubles: demand 4.0 at index 1, tightness 4.5, relative 1.8: index 1.8^(0.1 * 0.5)
        m.a.setDemand(0, 5.0);
        m.w.locums.placeLocums();
        double index = Math.exp(0.05 * Math.log(1.8));
        assertEquals(index, m.w.world.labourMarket().locumRateIndex(0), 1e-15);
        assertEquals(index, m.w.world.labourMarket().locumIncomeFactor(0), 1e-15, "before April 2017 locums keep all of it");
        // A now wants 4.0 * index^-0.5 of cover; the locum covers 0.5 of it, the rest is locum work
        assertEquals(4.0 * Math.pow(index, -0.5) - 0.5, m.w.world.labourMarket().locumDemandFte(0), 1e-12);
        // the locum option pays the calendar's locum pay times the income factor
        assertEquals(95000 * index, m.w.jobs.locumPost(locum).incomePerFte(), 1e-9);
        // the next month, demand is taken at the higher rate: 4.0 * index^-0.5
        m.w.locums.placeLocums();
        double relative = (4.0 * Math.pow(index, -0.5) + 0.5) / 1.0 / 2.5;
        double next = Math.exp(0.9 * Math.log(index) + 0.05 * Math.log(relative));
        assertEquals(next, m.w.world.labourMarket().locumRateIndex(0), 1e-12);
    }

    @Test
    void fromApril2017LocumsKeepLessOfTheRateThatPracticesPay() {
        Market m = new Market(ON, YearMonth.of(2017, 3));
        m.w.locums.placeLocums();
        double index = m.w.world.labourMarket().locumRateIndex(0);
        assertEquals(index, m.w.world.labourMarket().locumIncomeFactor(0), 0, "March 2017: before the change");
        m.w.world.calendar().setMonth(1);
        assertEquals(YearMonth.of(2017, 4), m.w.world.calendar().date());
        m.w.locums.placeLocums();
        double after = m.w.world.labourMarket().locumRateIndex(0);
        assertEquals(after * 0.97, m.w.world.labourMarket().locumIncomeFactor(0), 1e-15, "April 2017: 3% less");
    }

    @Test
    void offTheRateIsTheCalendarsAndPracticesWantTheirWholeGap() {
        Market m = new Market(new Parameters(), YearMonth.of(2018, 4));
        Gp locum = m.w.kit.gp(m.t, Role.LOCUM, 0.5, 40);
        m.w.locums.placeLocums();
        assertEquals(1, m.w.world.labourMarket().locumRateIndex(0), 0);
        assertEquals(1, m.w.world.labourMarket().locumIncomeFactor(0), 0);
        assertEquals(1.5, m.w.world.labourMarket().locumDemandFte(0), 0);
        assertEquals(m.w.world.calendar().locumPay(), m.w.jobs.locumPost(locum).incomePerFte(), 0);
    }

    @Test
    void theIr35DateIsTheInputFilesRow() throws Exception {
        org.icosim.model.InputsFile inputs = new org.icosim.model.InputsFile();
        org.icosim.model.InputsFile.Row row = inputs.all().stream().filter(r -> r.item().equals("ir35_public_sector_offpayroll"))
                .findFirst().orElseThrow();
        LocalDate date = LocalDate.parse(row.year());
        assertEquals(YearMonth.from(date), LocumMarket.IR35_PUBLIC_SECTOR);
        assertEquals(LocalDate.of(2017, 4, 6), date);
        assertEquals("X111;X112", row.source());
        // the full-time week of 9 sessions (sessionsPerFte) is the salaried range's note (X41)
        org.icosim.model.InputsFile.Row range = inputs.rows("2019/20", "salaried_gp_range_min").get(0);
        assertEquals(true, range.note().contains("9 sessions") && range.source().contains("X41"), range.toString());
        assertEquals(9, Parameters.SESSIONS_PER_FTE.defaultValue());
    }
}
