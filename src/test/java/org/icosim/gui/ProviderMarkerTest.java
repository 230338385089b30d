package org.icosim.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.awt.GraphicsEnvironment;
import java.awt.geom.Point2D;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import javax.swing.SwingUtilities;

import org.icosim.model.IcoSim;
import org.icosim.model.parameters.Parameters;
import org.icosim.model.world.Practice;
import org.icosim.model.world.Provider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A large-scale provider (ODD 8.39) on the map: drawn at the centre of its open members, inspected
 * with its members and patients, its members ringed when clicked, and gone once dissolved. The
 * provider is made by hand on the tiny world (two practices tied to it with the network's own
 * mutator), so the expectations are exact.
 */
class ProviderMarkerTest {

    private EconomyMap map;

    @AfterEach
    void close() throws Exception {
        if (map != null) SwingUtilities.invokeAndWait(() -> map.frame().dispose());
    }

    @Test
    void aProviderIsDrawnAtItsMembersCentreInspectedAndRingedUntilItDissolves() throws Exception {
        assumeFalse(GraphicsEnvironment.isHeadless(), "needs a display: run under xvfb-run with -Dicosim.headless=false");
        Parameters tiny = new Parameters().set(Parameters.ECONOMIES, 1).set(Parameters.PRACTICES, 12).set(Parameters.TRUSTS, 2)
                .set(Parameters.TOWNS_PER_ECONOMY, 2).set(Parameters.ECONOMY_SIDE_KM, 20).set(Parameters.PATIENT_SCALE, 10);
        IcoSim model = new IcoSim(3, tiny, YearMonth.of(2015, 4));
        model.start();
        List<Practice> open = new ArrayList<>();
        for (Practice p : model.practices()) if (p.isOpen()) open.add(p);
        Practice a = open.get(0);
        Practice b = open.get(1);
        Provider provider = model.world().newProvider(a.economy());
        model.network().addMembership(a, provider);
        model.network().addMembership(b, provider);

        SwingUtilities.invokeAndWait(() -> {
            map = new EconomyMap(new sim.display.GUIState(model) { });
            map.show(model);
        });
        Object marker = map.markerOf(provider);
        assertTrue(marker instanceof ProviderMarker, "the provider is on the map: " + marker);
        assertEquals("Provider " + provider.id(), marker.toString());

        // At the centre of its two members (the map's projection is linear, so in pixels too).
        Point2D.Double at = map.pixelOf(provider);
        Point2D.Double pa = map.pixelOf(a);
        Point2D.Double pb = map.pixelOf(b);
        assertNotNull(at);
        assertEquals((pa.x + pb.x) / 2, at.x, 1e-6);
        assertEquals((pa.y + pb.y) / 2, at.y, 1e-6);

        // Its inspector: members and their patients.
        sim.util.Properties rows = ((ProviderMarker) marker).properties();
        assertEquals(2L, value(rows, "Member practices"));
        assertEquals((long) (a.listAgents() + b.listAgents()) * model.patientScale(), value(rows, "Patients"));
        assertEquals(0L, value(rows, "Practices recruited"));
        assertEquals("2015-04", value(rows, "Formed"));

        // A click on it rings its members, and only them.
        map.highlight(marker);
        Set<Object> members = Collections.newSetFromMap(new IdentityHashMap<>());
        members.add(map.markerOf(a));
        members.add(map.markerOf(b));
        assertEquals(members, map.highlighted());
        // A click on a member rings the members of its provider, itself included.
        map.highlight(map.markerOf(a));
        assertEquals(members, map.highlighted());

        // One member leaves and the provider dissolves (as LargeScaleProviders.tidy does): it leaves the map.
        model.network().removeMembership(b, provider);
        model.network().removeMembership(a, provider);
        provider.dissolve(model.month());
        SwingUtilities.invokeAndWait(map::rebuild);
        assertNull(map.markerOf(provider), "a dissolved provider is not drawn");
    }

    private static Object value(sim.util.Properties rows, String name) {
        for (int i = 0; i < rows.numProperties(); i++) if (rows.getName(i).equals(name)) return rows.getValue(i);
        throw new AssertionError("no row " + name);
    }
}
