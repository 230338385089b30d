package org.icosim.model.workforce;

import org.icosim.model.covid.CovidWorkforce;
import org.icosim.model.parameters.Parameter;
import org.icosim.model.parameters.Parameters;
import org.icosim.model.practice.PracticeCapacity;
import org.icosim.model.world.Gp;
import org.icosim.model.world.Practice;
import org.icosim.model.world.Role;
import org.icosim.model.world.World;
import org.icosim.network.Node;

/**
 * ODD 8.10, exits: a GP's monthly hazard of leaving NHS general practice is the base rate of its
 * age band times {@code exp(burnoutExitEffect x burnout)}; a GP who leaves is removed from the
 * network (its post ends) and counted as a leaver if fully qualified.
 */
public final class Exits implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    /** Lower ages of the exit bands: under 30, 30-39, 40-49, 50-54, 55-59, 60-64, 65+. */
    static final int[] BAND_FROM = {0, 30, 40, 50, 55, 60, 65};
    /** Cap on an annual leaver rate. */
    static final double MAX_ANNUAL = 0.99;

    private final World world;
    private final PracticeCapacity capacity;
    private final double[] monthlyExit = new double[BAND_FROM.length];
    private final double burnoutExitEffect;
    private final CovidWorkforce covid;
    private final PensionAllowance pension;
    private final ProfessionResponse profession;

    public Exits(World world, PracticeCapacity capacity) {
        this.world = world;
        this.capacity = capacity;
        Parameters p = world.params();
        double scale = p.get(Parameters.EXIT_HAZARD_SCALE);
        Parameter[] bands = {Parameters.LEAVER_UNDER_30, Parameters.LEAVER_30_39, Parameters.LEAVER_40_49,
            Parameters.LEAVER_50_54, Parameters.LEAVER_55_59, Parameters.LEAVER_60_64, Parameters.LEAVER_65_PLUS};
        for (int b = 0; b < bands.length; b++) {
            double annual = Math.min(MAX_ANNUAL, p.get(bands[b]) * scale);
            monthlyExit[b] = 1 - StrictMath.pow(1 - annual, 1.0 / 12);
        }
        burnoutExitEffect = p.get(Parameters.BURNOUT_EXIT_EFFECT);
        covid = new CovidWorkforce(world);
        pension = new PensionAllowance(world);
        profession = new ProfessionResponse(world);
    }

    /** The exit band of an age in years. */
    static int band(double age) {
        int b = 0;
        while (b + 1 < BAND_FROM.length && age >= BAND_FROM[b + 1]) b++;
        return b;
    }

    /**
     * Monthly hazard = base(age) x exp(c_burn x burnout) (x the pension factor of 8.38, when on; x
     * the profession's response of 8.40 near a hospital-led absorption), at most 1; under Covid
     * restrictions, x Covid's factor (ODD 8.29).
     */
    public double exitProbability(Gp gp) {
        double h = monthlyExit[band(gp.age())] * StrictMath.exp(burnoutExitEffect * gp.burnout());
        if (pension.on()) h *= pension.exitFactor(gp);
        h *= profession.exitFactor(gp);
        h = Math.min(1, h);
        double covidFactor = covid.exitFactor(gp);
        return covidFactor == 1 ? h : h * covidFactor;
    }

    /** One draw: whether {@code gp} leaves this month. */
    public boolean leavesThisMonth(Gp gp) {
        return world.random().nextDouble() < exitProbability(gp);
    }

    /** {@code gp} leaves NHS general practice; counted as a leaver if {@code countAsLeaver}. */
    public void leave(Gp gp, boolean countAsLeaver) {
        Node old = world.network().employerOf(gp);
        if (old instanceof Practice && gp.role() == Role.PARTNER) ((Practice) old).partnerLost();
        world.network().remove(gp);
        gp.deactivate();
        if (countAsLeaver) world.countLeaver();
        if (old instanceof Practice) capacity.readStaff((Practice) old);
    }
}
