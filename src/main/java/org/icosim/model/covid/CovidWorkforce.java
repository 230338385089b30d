package org.icosim.model.covid;

import org.icosim.model.parameters.Parameters;
import org.icosim.model.world.Gp;
import org.icosim.model.world.World;

/**
 * ODD 8.29, Covid and GPs: with s the month's stringency (8.26, as set in {@link CovidState}), GPs
 * aged {@value #RETIREMENT_AGE} and over defer leaving, their exit hazard multiplied by
 * {@code 1 - covidRetirementDeferral x s}; and a GP at a practice feels {@code covidExtraLoad x s}
 * more workload, which raises burnout and so, through the burnout term of the exit hazard (8.10),
 * brings exits forward once restrictions ease. Both are exactly neutral while s is 0.
 */
public final class CovidWorkforce implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    /** Age from which leaving is taken to be retirement, the exit bands' 55-59 (8.10). */
    public static final int RETIREMENT_AGE = 55;

    private final World world;
    private final double deferral;
    private final double extraLoad;

    public CovidWorkforce(World world) {
        this.world = world;
        deferral = world.params().get(Parameters.COVID_RETIREMENT_DEFERRAL);
        extraLoad = world.params().get(Parameters.COVID_EXTRA_LOAD);
    }

    /** Multiplier of the GP's exit hazard this month: 1 but for GPs of 55 and over under restrictions. */
    public double exitFactor(Gp gp) {
        double s = world.covid().stringency();
        if (s <= 0 || gp.age() < RETIREMENT_AGE) return 1;
        return 1 - deferral * s;
    }

    /** Workload a GP at a practice feels this month on top of its practice's (0 without restrictions). */
    public double extraLoad() {
        return extraLoad * world.covid().stringency();
    }
}
