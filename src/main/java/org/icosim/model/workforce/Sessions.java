package org.icosim.model.workforce;

import org.icosim.model.parameters.Parameters;
import org.icosim.model.world.Role;

/**
 * The FTE a GP works in a role (ODD 2.3): the role's mean shifted by the GP's own taste for
 * sessions (a z-score drawn at entry), within [0.2, 1.2]; a registrar works full time.
 */
public final class Sessions implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    static final double MIN_FTE = 0.2;
    static final double MAX_FTE = 1.2;

    private final double partnerMean;
    private final double locumMean;
    private final double salariedMean;
    private final double sd;

    public Sessions(Parameters p) {
        partnerMean = p.get(Parameters.PARTNER_MEAN_FTE);
        locumMean = p.get(Parameters.LOCUM_MEAN_FTE);
        salariedMean = p.get(Parameters.SALARIED_MEAN_FTE);
        sd = p.get(Parameters.FTE_SD);
    }

    public double fteFor(Role role, double sessionsZ) {
        double mean;
        switch (role) {
            case PARTNER: mean = partnerMean; break;
            case LOCUM: mean = locumMean; break;
            case REGISTRAR: return 1.0;
            default: mean = salariedMean; break;
        }
        double f = mean + sd * sessionsZ;
        return f < MIN_FTE ? MIN_FTE : f > MAX_FTE ? MAX_FTE : f;
    }
}
