package org.icosim.model.workforce;

import java.time.YearMonth;

import org.icosim.model.parameters.Parameters;
import org.icosim.model.practice.PracticeCapacity;
import org.icosim.model.world.Economy;
import org.icosim.model.world.Gp;
import org.icosim.model.world.Practice;
import org.icosim.model.world.Role;
import org.icosim.model.world.World;

/**
 * ODD 8.34, the locum market: with {@link Parameters#LOCUM_MARKET} on, each economy has a locum
 * rate (an index on the calendar's locum pay) that moves, by partial adjustment, towards a level
 * set by how tight the market is (practices' wanted cover over locums' FTE) relative to its tightness
 * in the first month, when the calendar's locum pay is taken to clear it (the price rule); practices
 * want cover for a share of their permanent gap that falls as the rate rises (the demand rule); and
 * from April 2017, when the off-payroll rule for public-sector work began (IR35, X111, X112), locums
 * take home {@link Parameters#IR35_LOCUM_PAY_CUT} less of what practices pay. Supply is the locums'
 * own choice: GPs choose locum work, or leave it, in the job choice (8.12) at the take-home pay, and
 * choose their sessions (8.33). Off, the market changes nothing and every index is 1.
 */
public final class LocumMarket implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * The off-payroll rule for public-sector engagers began on 6 April 2017 (inputs-2015-2025.csv,
     * ir35_public_sector_offpayroll, X111, X112); a month is the model's step, so it acts from April 2017.
     */
    static final YearMonth IR35_PUBLIC_SECTOR = YearMonth.of(2017, 4);
    /** FTE added to both demand and supply before their ratio is taken, so an economy with neither is in balance. */
    static final double BALANCE_FTE = 0.5;
    /** Bounds of the rate index: half to two and a half times the calendar's locum pay. */
    static final double MIN_INDEX = 0.5;
    static final double MAX_INDEX = 2.5;

    private final World world;
    private final PracticeCapacity capacity;
    private final boolean on;
    private final double adjustment;
    private final double rateElasticity;
    private final double elasticity;
    private final double ir35Cut;
    private double[] index = new double[0];
    /** Each economy's tightness at the first update, the reference of the price rule. */
    private double[] tightness0 = new double[0];

    public LocumMarket(World world, PracticeCapacity capacity) {
        this.world = world;
        this.capacity = capacity;
        Parameters p = world.params();
        on = p.getBoolean(Parameters.LOCUM_MARKET);
        adjustment = p.get(Parameters.LOCUM_PRICE_ADJUSTMENT);
        rateElasticity = p.get(Parameters.LOCUM_RATE_ELASTICITY);
        elasticity = p.get(Parameters.LOCUM_DEMAND_ELASTICITY);
        ir35Cut = p.get(Parameters.IR35_LOCUM_PAY_CUT);
    }

    public boolean isOn() {
        return on;
    }

    /**
     * Phase 2, before locums are placed: each economy's tightness {@code T = (D + 0.5) / (S + 0.5)},
     * with D the cover its practices want at the current index and S its locums' FTE; the rate
     * index moves by {@link #nextIndex}; then the indices and the locums' income factors (index
     * times the IR35 factor) are published to the labour market. The first update records each
     * economy's tightness as its reference.
     */
    public void updateRates() {
        if (!on) return;
        java.util.List<Economy> economies = world.economies();
        boolean first = index.length != economies.size();
        if (first) {
            index = new double[economies.size()];
            tightness0 = new double[economies.size()];
            java.util.Arrays.fill(index, 1.0);
        }
        double[] supply = new double[economies.size()];
        for (Gp gp : world.gps()) {
            if (gp.isActive() && gp.role() == Role.LOCUM) supply[gp.economy().id()] += gp.fte();
        }
        double[] income = new double[economies.size()];
        double ir35 = ir35Factor();
        for (Economy e : economies) {
            int id = e.id();
            double demand = 0;
            double share = coverShare(index[id]);
            for (Practice p : e.practices()) {
                if (p.isOpen()) demand += Math.max(0, capacity.permanentGap(p)) * share;
            }
            double tightness = (demand + BALANCE_FTE) / (supply[id] + BALANCE_FTE);
            if (first) tightness0[id] = tightness;
            index[id] = nextIndex(index[id], tightness / tightness0[id], rateElasticity, adjustment);
            income[id] = index[id] * ir35;
        }
        world.labourMarket().setLocumRates(index.clone(), income);
    }

    /**
     * The price rule: the log index moves {@code locumPriceAdjustment} of the way to its level,
     * {@code locumRateElasticity * ln(relativeTightness)}, within [0.5, 2.5]:
     * {@code clamp(exp((1 - a) ln index + a e ln(T / T0)), 0.5, 2.5)}.
     */
    static double nextIndex(double index, double relativeTightness, double elasticity, double adjustment) {
        double next = Math.exp((1 - adjustment) * Math.log(index) + adjustment * elasticity * Math.log(relativeTightness));
        return next < MIN_INDEX ? MIN_INDEX : next > MAX_INDEX ? MAX_INDEX : next;
    }

    /** The demand rule: the share of its permanent gap a practice wants covered at rate index {@code r}, {@code min(1, r^-elasticity)}. */
    double coverShare(double r) {
        return Math.min(1, Math.pow(r, -elasticity));
    }

    /** The share of its gap a practice of {@code e} wants covered this month (1 with the market off). */
    double coverShare(Economy e) {
        if (!on) return 1;
        return coverShare(world.labourMarket().locumRateIndex(e.id()));
    }

    /** What locums keep of the rate: {@code 1 - ir35LocumPayCut} from April 2017, else 1. */
    double ir35Factor() {
        return world.calendar().date().isBefore(IR35_PUBLIC_SECTOR) ? 1 : 1 - ir35Cut;
    }
}
