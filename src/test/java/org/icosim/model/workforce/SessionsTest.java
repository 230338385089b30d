package org.icosim.model.workforce;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.icosim.model.parameters.Parameters;
import org.icosim.model.world.Role;
import org.junit.jupiter.api.Test;

/** The FTE a GP works in a role: the role's mean plus fteSd times its own z-score, within [0.2, 1.2]. */
class SessionsTest {

    /** Default means: partner 0.886, salaried 0.68, locum 0.5; fteSd 0.15. */
    private final Sessions sessions = new Sessions(new Parameters());

    @Test
    void theRoleMeanShiftedByTheGpsOwnTasteForSessions() {
        assertEquals(0.886, sessions.fteFor(Role.PARTNER, 0), 1e-12);
        assertEquals(0.68, sessions.fteFor(Role.SALARIED, 0), 1e-12);
        assertEquals(0.5, sessions.fteFor(Role.LOCUM, 0), 1e-12);
        // 0.886 + 0.15 * 1 = 1.036; 0.68 - 0.15 * 2 = 0.38; 0.5 + 0.15 * 1.5 = 0.725
        assertEquals(1.036, sessions.fteFor(Role.PARTNER, 1), 1e-12);
        assertEquals(0.38, sessions.fteFor(Role.SALARIED, -2), 1e-12);
        assertEquals(0.725, sessions.fteFor(Role.LOCUM, 1.5), 1e-12);
    }

    @Test
    void theFteStaysWithinAFifthAndOnePointTwo() {
        // 0.5 - 0.15 * 3 = 0.05 -> 0.2; 0.886 + 0.15 * 3 = 1.336 -> 1.2
        assertEquals(0.2, sessions.fteFor(Role.LOCUM, -3), 0);
        assertEquals(1.2, sessions.fteFor(Role.PARTNER, 3), 0);
        // just inside the bounds: 0.68 - 0.15 * 3 = 0.23; 0.68 + 0.15 * 3.4 = 1.19
        assertEquals(0.23, sessions.fteFor(Role.SALARIED, -3), 1e-12);
        assertEquals(1.19, sessions.fteFor(Role.SALARIED, 3.4), 1e-12);
    }

    @Test
    void aRegistrarWorksFullTimeWhateverItsTaste() {
        assertEquals(1.0, sessions.fteFor(Role.REGISTRAR, 0), 0);
        assertEquals(1.0, sessions.fteFor(Role.REGISTRAR, -2.5), 0);
        assertEquals(1.0, sessions.fteFor(Role.REGISTRAR, 2.5), 0);
    }

    @Test
    void theMeansAndSpreadAreReadFromTheParameters() {
        Sessions s = new Sessions(new Parameters().set(Parameters.PARTNER_MEAN_FTE, 0.75).set(Parameters.SALARIED_MEAN_FTE, 0.6)
                .set(Parameters.LOCUM_MEAN_FTE, 0.4).set(Parameters.FTE_SD, 0.1));
        // 0.75 + 0.1 * 2 = 0.95; 0.6 - 0.1 = 0.5; 0.4 + 0.1 * 0.5 = 0.45
        assertEquals(0.95, s.fteFor(Role.PARTNER, 2), 1e-12);
        assertEquals(0.5, s.fteFor(Role.SALARIED, -1), 1e-12);
        assertEquals(0.45, s.fteFor(Role.LOCUM, 0.5), 1e-12);
    }
}
