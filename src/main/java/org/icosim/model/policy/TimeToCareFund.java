package org.icosim.model.policy;

import org.icosim.model.parameters.Parameters;
import org.icosim.model.workforce.Entry;
import org.icosim.model.world.Economy;
import org.icosim.model.world.Trust;
import org.icosim.model.world.World;

/**
 * ODD 8.23, the Time to Care fund: each month of the fund years, each economy its share of
 * {@link Parameters#TIME_TO_CARE_GPS} GPs enters the labour market (a fully qualified GP early in
 * their career, age 32, sd 3, in [27, 45]: an assumption) and chooses a post like a returner;
 * {@link Parameters#FUND_ICO_SHARE} of them bring a funded post to the largest ICO of their economy,
 * held until one operates there.
 */
public final class TimeToCareFund implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private final World world;
    private final Entry entry;
    private final double fundGps;
    private final double start;
    private final int months;
    private final double icoShare;
    private final double postFte;
    /** Per economy: funded ICO posts (FTE) waiting for an ICO to operate there. */
    private double[] pendingFundedFte = new double[0];
    private long fundGpsCum;

    public TimeToCareFund(World world, Entry entry) {
        this.world = world;
        this.entry = entry;
        Parameters p = world.params();
        fundGps = p.get(Parameters.TIME_TO_CARE_GPS);
        start = p.get(Parameters.TIME_TO_CARE_START);
        months = p.getInt(Parameters.FUND_YEARS) * 12;
        icoShare = p.get(Parameters.FUND_ICO_SHARE);
        postFte = p.get(Parameters.SALARIED_MEAN_FTE);
    }

    /** GPs the fund brought in since the start. */
    public long fundGpsCum() {
        return fundGpsCum;
    }

    /** Phase 0, after registrars and returners. */
    public void admitFundGps() {
        if (fundGps <= 0) return;
        double now = world.calendar().calendarMonth();
        if (now < start || now >= start + months) return;
        if (pendingFundedFte.length != world.economies().size()) pendingFundedFte = new double[world.economies().size()];
        for (Economy e : world.economies()) {
            int n = world.random().stochasticRound(fundGps * e.populationShare() / months);
            for (int k = 0; k < n; k++) {
                if (world.random().nextDouble() < icoShare) {
                    Trust ico = largestIco(e);
                    if (ico != null) ico.addFundedFte(postFte); else pendingFundedFte[e.id()] += postFte;
                }
                fundGpsCum++;
                double age = 32 + 3 * world.random().nextGaussian();
                age = age < 27 ? 27 : age > 45 ? 45 : age;
                entry.enterLabourMarket(e, (int) (age * 12));
            }
        }
    }

    /** 8.19: the funded posts waiting in economy {@code e}, handed to the ICO that starts operating there. */
    public double takePending(Economy e) {
        if (e.id() >= pendingFundedFte.length) return 0;
        double fte = pendingFundedFte[e.id()];
        pendingFundedFte[e.id()] = 0;
        return fte;
    }

    /** The operating ICO of the economy with the most enrolled patients (the first on ties), or {@code null}. */
    private static Trust largestIco(Economy e) {
        Trust best = null;
        for (Trust t : e.trusts()) if (t.isIco() && (best == null || t.enrolled() > best.enrolled())) best = t;
        return best;
    }
}
