package org.icosim.model.england;

import java.util.List;

/**
 * A practice's fully qualified GPs at the start of a real world (ODD 6): how many, and how many of
 * them are partners. The census of September 2015 gives each practice's GP FTE but not the split
 * into partners and salaried GPs (the practice-level file with roles was not published for 2015),
 * and the model's GPs are people whose FTE follows from their role and taste (ODD 2.3), so:
 * <ul>
 * <li>FTE: the census's; where it has none (blank, or 0: the practice was open, so its GPs went
 * unrecorded), the practice's list times the FTE per patient of the practices it did count;</li>
 * <li>head count: that FTE over the mean FTE of a GP (partners' and salaried GPs' means weighted
 * by the partner share), rounded, at least 1;</li>
 * <li>partners: round(q x head count), at least min(m, head count) and at most the head count, the
 * rest salaried: every practice has a partner holding its contract, so a single-handed practice is
 * partner-led; with m of 2 ({@code minPartners}), a practice of two or more GPs is a partnership of
 * at least two; one factor q for all practices, the smallest that brings the partners to the
 * national share of the head count (24,491 partners and 10,270 salaried GPs, G1 and N1: 0.705).</li>
 * </ul>
 * The census head count is read and checked but not used: the head count follows from the FTE so
 * that each practice's GP FTE, what its capacity is made of, is the census's.
 */
public final class GpSplit {

    private GpSplit() {
    }

    /**
     * The FTE of every practice, in the order given: the census's, or the list at the counted
     * practices' FTE per patient. With no practice counted, {@code fallbackPerPatient} is the rate.
     */
    public static double[] fte(List<PracticeSite> practices, double fallbackPerPatient) {
        double fte = 0;
        long patients = 0;
        for (PracticeSite p : practices) {
            if (!counted(p)) continue;
            fte += p.gpFte();
            patients += p.patients();
        }
        double perPatient = patients > 0 ? fte / patients : fallbackPerPatient;
        double[] out = new double[practices.size()];
        for (int i = 0; i < out.length; i++) {
            PracticeSite p = practices.get(i);
            out[i] = counted(p) ? p.gpFte() : p.patients() * perPatient;
        }
        return out;
    }

    /**
     * Whether the practice has no GP record in the September 2015 census at all (FTE blank, not
     * 0): the census counted every practice then open, so one missing from it was most likely
     * closing (ODD 6, {@code censusAbsentHandBack}).
     */
    public static boolean absentFromCensus(PracticeSite p) {
        return Double.isNaN(p.gpFte());
    }

    /** Whether the census counted GP FTE at the practice. */
    public static boolean counted(PracticeSite p) {
        return p.gpFte() > 0;
    }

    /** Head counts from FTE: round(fte / meanFte), at least 1. */
    public static int[] headcounts(double[] fte, double meanFte) {
        if (!(meanFte > 0)) throw new IllegalArgumentException("mean FTE " + meanFte + ", expected above 0");
        int[] out = new int[fte.length];
        for (int i = 0; i < out.length; i++) out[i] = Math.max(1, (int) Math.floor(fte[i] / meanFte + 0.5));
        return out;
    }

    /** Partners of a practice of {@code headcount} GPs at factor {@code q}: round(q h), in [1, h]. */
    public static int partners(int headcount, double q) {
        return partners(headcount, q, 1);
    }

    /** Partners of a practice of {@code headcount} GPs at factor {@code q}: round(q h), in [min(m, h), h]. */
    public static int partners(int headcount, double q, int m) {
        if (headcount < 1) throw new IllegalArgumentException("head count " + headcount + ", expected at least 1");
        if (m < 1) throw new IllegalArgumentException("fewest partners " + m + ", expected at least 1");
        int p = (int) Math.floor(q * headcount + 0.5);
        int least = Math.min(m, headcount);
        return p < least ? least : p > headcount ? headcount : p;
    }

    /**
     * The factor q when the practices marked {@code without} have no partner: the smallest whose
     * partners at the other practices reach {@code share} of every practice's head count (their
     * own head count at most); 0 if none is left to carry them.
     */
    public static double factorWithout(int[] headcounts, double share, boolean[] without) {
        return factorWithout(headcounts, share, without, 1);
    }

    /** {@link #factorWithout(int[], double, boolean[])} with at least min(m, h) partners at a practice of h GPs. */
    public static double factorWithout(int[] headcounts, double share, boolean[] without, int m) {
        if (without.length != headcounts.length) throw new IllegalArgumentException(without.length + " marks for " + headcounts.length + " practices");
        long all = 0;
        int[] rest = new int[headcounts.length];
        int k = 0;
        for (int i = 0; i < headcounts.length; i++) {
            all += headcounts[i];
            if (!without[i]) rest[k++] = headcounts[i];
        }
        long restTotal = 0;
        for (int i = 0; i < k; i++) restTotal += rest[i];
        return restTotal == 0 ? 0 : factor(java.util.Arrays.copyOf(rest, k), Math.min(1, share * all / restTotal), m);
    }

    /** The partners of all practices at factor {@code q}. */
    public static long totalPartners(int[] headcounts, double q) {
        return totalPartners(headcounts, q, 1);
    }

    /** The partners of all practices at factor {@code q}, at least min(m, h) at a practice of h GPs. */
    public static long totalPartners(int[] headcounts, double q, int m) {
        long n = 0;
        for (int h : headcounts) n += partners(h, q, m);
        return n;
    }

    /**
     * The smallest factor q in [0, 1] (to 1e-12) whose partners reach {@code share} of the total
     * head count; 0 if the one partner every practice has already reaches it.
     */
    public static double factor(int[] headcounts, double share) {
        return factor(headcounts, share, 1);
    }

    /**
     * The smallest factor q in [0, 1] (to 1e-12) whose partners, at least min(m, h) at a practice
     * of h GPs, reach {@code share} of the total head count; 0 if the fewest partners already reach it.
     */
    public static double factor(int[] headcounts, double share, int m) {
        if (!(share >= 0 && share <= 1)) throw new IllegalArgumentException("partner share " + share + ", expected in [0, 1]");
        long total = 0;
        for (int h : headcounts) total += h;
        double target = share * total;
        if (totalPartners(headcounts, 0, m) >= target) return 0;
        double lo = 0;
        double hi = 1;
        for (int i = 0; i < 60 && hi - lo > 1e-12; i++) {
            double mid = (lo + hi) / 2;
            if (totalPartners(headcounts, mid, m) >= target) hi = mid; else lo = mid;
        }
        return hi;
    }
}
