package org.icosim.model.ico;

import org.icosim.model.parameters.ParameterValues;
import org.icosim.model.parameters.Parameters;
import org.icosim.model.world.Leadership;
import org.icosim.model.world.Trust;
import org.icosim.model.world.TrustKind;

/**
 * ICO formation as a diffusion hazard (ODD 8.18): each quarter a trust starts forming an
 * ICO with probability {@code 1 - exp(-rate)}, where
 * <pre>
 * rate      = push x (p + q x peers) x readiness
 * peers     = (share of the economy's other acute trusts that are ICOs
 *              + share of all other acute trusts that are ICOs) / 2
 * readiness = exp(w_support (support - 1/2) + w_income gain - w_deficit deficit)
 * </pre>
 * {@code p} and {@code q} are the innovation and imitation coefficients of the Bass (1969)
 * diffusion model, whose hazard gives the slow start, acceleration and saturation of an S-curve;
 * {@code push} is 1 for a STRONG policy and {@link Parameters#VOLUNTARY_PUSH} for a VOLUNTARY one.
 * {@code support} is the share of the practices that refer mainly to the trust that would accept
 * an alliance with it ({@link IcoFormationRule.Context#gpSupport}); {@code gain} is the
 * year-of-care income it would gain if they all joined, and {@code deficit} its accumulated
 * deficit, both over its annual running costs. A MANDATED policy makes every acute trust start at
 * once. Only acute trusts form ICOs: they hold the referral relationships the tariff and the
 * alliances are built on (a departure from MODEL.md, stated in the ODD).
 */
public final class DiffusionIcoFormation implements IcoFormationRule {

    private static final long serialVersionUID = 1L;

    @Override
    public double formationProbability(Trust trust, Leadership leadership, Context c) {
        if (trust.kind() != TrustKind.ACUTE) return 0;
        double push = c.pushLevel();
        if (push <= 0) return 0;
        if (c.mandated()) return 1;
        ParameterValues params = c.parameters();
        double peers = (peerShare(trust, c, true) + peerShare(trust, c, false)) / 2;
        double support = c.gpSupport(trust, leadership);
        double costs = Double.isNaN(trust.costBase()) || trust.costBase() <= 0 ? Double.POSITIVE_INFINITY : trust.costBase();
        double gain = c.potentialYearOfCareIncome(trust) / costs;
        double deficit = Math.max(0, -trust.balance()) / costs;
        double readiness = StrictMath.exp(params.get(Parameters.FORMATION_SUPPORT_WEIGHT) * (support - 0.5)
                + params.get(Parameters.FORMATION_INCOME_WEIGHT) * gain
                - params.get(Parameters.FORMATION_DEFICIT_WEIGHT) * deficit);
        double hazard = params.get(Parameters.ICO_INNOVATION) + params.get(Parameters.ICO_IMITATION) * peers;
        // No hazard, no formation, however ready (0 x an overflowing readiness would be NaN).
        if (hazard <= 0) return 0;
        double rate = push * hazard * readiness;
        return 1 - StrictMath.exp(-rate);
    }

    /** Share of the other acute trusts (of the economy, or of the whole model) operating as ICOs. */
    static double peerShare(Trust trust, Context c, boolean local) {
        int others = 0;
        int icos = 0;
        for (Trust t : local ? trust.economy().trusts() : c.trusts()) {
            if (t == trust || t.kind() != TrustKind.ACUTE) continue;
            others++;
            if (t.isIco()) icos++;
        }
        return others == 0 ? 0 : (double) icos / others;
    }
}
