package org.icosim.model.workforce;

import org.icosim.model.parameters.Parameters;
import org.icosim.model.world.Gp;
import org.icosim.model.world.Practice;
import org.icosim.model.world.Role;
import org.icosim.network.Node;

/**
 * ODD 8.33, hours as a choice: with {@link Parameters#HOURS_AS_CHOICE} on, a GP chooses how many
 * sessions a week it works when it takes a post, and revisits the number every
 * {@link Parameters#SESSION_REVIEW_MONTHS} months (monthly while burnt out). The sessions it wants
 * are its role's mean shifted by its own taste (a z-score drawn at entry), scaled by its pay, and
 * reduced with age past {@link Parameters#SESSION_AGE_START}, with burnout and with the workload it
 * feels above the norm; they are rounded to whole sessions within [{@code minSessions},
 * {@code maxSessions}], and FTE is sessions over {@link Parameters#SESSIONS_PER_FTE}. A registrar
 * works full time. The rule draws no random number.
 */
public final class SessionChoice implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private final boolean on;
    private final double perFte;
    private final int min;
    private final int max;
    private final int reviewMonths;
    private final double ageStart;
    private final double ageSlope;
    private final double burnoutEffect;
    private final double workloadEffect;
    private final double payElasticity;
    private final double partnerMean;
    private final double salariedMean;
    private final double locumMean;
    private final double sd;
    private final double quit;
    private final double partnerLoadFactor;
    /**
     * Per role (partner, salaried, locum), the mean of the age, burnout and workload terms over the
     * GPs of the role in post at the reference (the first GP phase), in sessions; added back so that
     * the role's mean sessions at the reference are its mean FTE. Null until then.
     */
    private double[] reference;

    public SessionChoice(Parameters p) {
        on = p.getBoolean(Parameters.HOURS_AS_CHOICE);
        perFte = p.get(Parameters.SESSIONS_PER_FTE);
        min = p.getInt(Parameters.MIN_SESSIONS);
        max = p.getInt(Parameters.MAX_SESSIONS);
        reviewMonths = p.getInt(Parameters.SESSION_REVIEW_MONTHS);
        ageStart = p.get(Parameters.SESSION_AGE_START);
        ageSlope = p.get(Parameters.SESSION_AGE_SLOPE);
        burnoutEffect = p.get(Parameters.SESSION_BURNOUT_EFFECT);
        workloadEffect = p.get(Parameters.SESSION_WORKLOAD_EFFECT);
        payElasticity = p.get(Parameters.SESSION_PAY_ELASTICITY);
        partnerMean = p.get(Parameters.PARTNER_MEAN_FTE);
        salariedMean = p.get(Parameters.SALARIED_MEAN_FTE);
        locumMean = p.get(Parameters.LOCUM_MEAN_FTE);
        sd = p.get(Parameters.FTE_SD);
        quit = p.get(Parameters.BURNOUT_QUIT);
        partnerLoadFactor = p.get(Parameters.PARTNER_LOAD_FACTOR);
    }

    /** Whether sessions are chosen (the switch). */
    public boolean isOn() {
        return on;
    }

    /** Whether the reference has been set (the first GP phase); before it, FTE is the fixed rule's. */
    public boolean hasReference() {
        return reference != null;
    }

    /**
     * Sets the reference from the GPs in post now, once: per role, the mean of
     * {@link #effects} over its active GPs, each at the workload it feels at its employer
     * ({@code employerOf}).
     */
    public void setReference(Iterable<Gp> gps, java.util.function.Function<Gp, Node> employerOf) {
        if (reference != null) return;
        double[] sum = new double[3];
        int[] n = new int[3];
        for (Gp gp : gps) {
            int r = roleIndex(gp.role());
            if (!gp.isActive() || r < 0) continue;
            sum[r] += effects(gp.age(), gp.burnout(), feltWorkload(gp.role(), employerOf.apply(gp)));
            n[r]++;
        }
        reference = new double[3];
        for (int r = 0; r < 3; r++) reference[r] = n[r] > 0 ? sum[r] / n[r] : 0;
    }

    /** The reference term of a role in sessions (0 before the reference, and for registrars). */
    public double referenceEffect(Role role) {
        int r = roleIndex(role);
        return reference == null || r < 0 ? 0 : reference[r];
    }

    private static int roleIndex(Role role) {
        switch (role) {
            case PARTNER: return 0;
            case SALARIED: return 1;
            case LOCUM: return 2;
            default: return -1;
        }
    }

    /**
     * The sessions a GP gives up for age, burnout and felt workload:
     * {@code sessionAgeSlope * max(0, age - sessionAgeStart) + sessionBurnoutEffect * burnout
     * + sessionWorkloadEffect * max(0, felt - 1)}.
     */
    public double effects(double ageYears, double burnout, double felt) {
        return ageSlope * Math.max(0, ageYears - ageStart) + burnoutEffect * burnout + workloadEffect * Math.max(0, felt - 1);
    }

    /**
     * The sessions a week a GP chooses in {@code role}: {@code sessionsPerFte * (mean_role + fteSd * z)
     * * payIndex^sessionPayElasticity + reference_role - effects(age, burnout, felt)}, rounded half
     * up and clamped to [minSessions, maxSessions]. {@code payIndex} is the GP's pay per FTE relative
     * to its 2015/16 value (1 for a partner); {@code reference_role} is 0 before the reference.
     */
    public int sessions(Role role, double z, double ageYears, double burnout, double felt, double payIndex) {
        double mean;
        switch (role) {
            case PARTNER: mean = partnerMean; break;
            case LOCUM: mean = locumMean; break;
            case REGISTRAR: return (int) Math.round(perFte);
            default: mean = salariedMean; break;
        }
        double wanted = perFte * (mean + sd * z) * Math.pow(payIndex, payElasticity)
                + referenceEffect(role) - effects(ageYears, burnout, felt);
        int s = (int) Math.floor(wanted + 0.5);
        return s < min ? min : s > max ? max : s;
    }

    /** FTE of {@code sessions} a week; a registrar works 1.0. */
    public double fte(Role role, int sessions) {
        return role == Role.REGISTRAR ? 1.0 : sessions / perFte;
    }

    /**
     * Whether {@code gp} revisits its sessions this month: once every {@code sessionReviewMonths}
     * months in its role (staggered by its review offset), or every month while its burnout is above
     * {@code burnoutQuit}. Registrars do not.
     */
    public boolean revisitDue(Gp gp) {
        if (!on || reference == null || gp.role() == Role.REGISTRAR) return false;
        return gp.burnout() > quit || (gp.monthsInRole() + gp.reviewOffset()) % reviewMonths == 0;
    }

    /**
     * The workload a GP in {@code role} feels at {@code employer} (8.9): a partner the practice's
     * demand over capacity times {@code partnerLoadFactor}, a locum at most the norm, a salaried GP or
     * registrar the practice's; a GP at no practice (a trust, an ICO's team) the norm.
     */
    public static double feltWorkload(Role role, Node employer, double partnerLoadFactor) {
        if (!(employer instanceof Practice)) return 1;
        Practice p = (Practice) employer;
        switch (role) {
            case PARTNER: return p.workload() * partnerLoadFactor;
            case LOCUM: return Math.min(p.workload(), 1.0);
            default: return p.workload();
        }
    }

    /** {@link #feltWorkload(Role, Node, double)} with this run's partner load factor. */
    public double feltWorkload(Role role, Node employer) {
        return feltWorkload(role, employer, partnerLoadFactor);
    }
}
