package org.icosim.model.policy;

import org.icosim.model.parameters.Parameters;
import org.icosim.model.world.World;

/**
 * ODD 8.24, the 48-hour access guarantee: once, in the first month at or after its start, every
 * cell's appointment demand rises by {@link Parameters#GUARANTEE_DEMAND_EFFECT} and its A&E rate
 * falls by {@link Parameters#GUARANTEE_AE_EFFECT}, for the rest of the run.
 */
public final class AccessGuarantee implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private final World world;
    private final boolean on;
    private final double start;
    private boolean applied;

    public AccessGuarantee(World world) {
        this.world = world;
        on = world.params().getBoolean(Parameters.ACCESS_GUARANTEE);
        start = world.params().get(Parameters.ACCESS_GUARANTEE_START);
    }

    /** Phase 0. */
    public void beginMonth() {
        if (on && !applied && world.calendar().calendarMonth() >= start) {
            applied = true;
            world.rates().applyAccessGuarantee(1 + world.params().get(Parameters.GUARANTEE_DEMAND_EFFECT),
                    1 - world.params().get(Parameters.GUARANTEE_AE_EFFECT));
        }
    }

    public boolean applied() {
        return applied;
    }
}
