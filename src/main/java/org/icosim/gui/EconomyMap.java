package org.icosim.gui;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Graphics2D;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import javax.swing.JFrame;
import javax.swing.JLabel;

import org.icosim.model.world.Economy;
import org.icosim.model.world.Federation;
import org.icosim.model.world.Gp;
import org.icosim.model.IcoSim;
import org.icosim.model.world.Practice;
import org.icosim.model.world.PracticeStatus;
import org.icosim.model.world.Trust;
import org.icosim.network.Node;
import org.icosim.network.Tie;
import org.icosim.network.TieType;

import sim.display.Display2D;
import sim.display.GUIState;
import sim.field.continuous.Continuous2D;
import sim.field.network.Network;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.continuous.ContinuousPortrayal2D;
import sim.portrayal.network.NetworkPortrayal2D;
import sim.portrayal.network.SimpleEdgePortrayal2D;
import sim.portrayal.network.SpatialNetwork2D;
import sim.portrayal.simple.OvalPortrayal2D;
import sim.portrayal.simple.RectanglePortrayal2D;
import sim.util.Double2D;

/**
 * The map of the economies: practices sized by list and coloured by status, trusts coloured by
 * ICO status, GPs beside their employer, federations at the centre of their members, and the
 * organisational network's ties in layers switched on and off from the display's Layers menu
 * (works at, member of, refers to, neighbour). Positions are the model's, in km. Clicking a
 * practice, GP, trust or federation opens its inspector.
 *
 * <p>The map mirrors the model: {@link #rebuild} reads the network after each month, on the
 * model's thread, while MASON holds the schedule's lock so the display never draws half a month.
 */
final class EconomyMap {

    /** Colours of practice status, in {@link PracticeStatus} order (Okabe and Ito, 2008, as the charts). */
    static final Map<PracticeStatus, Color> STATUS_COLOURS = new EnumMap<>(PracticeStatus.class);
    static {
        STATUS_COLOURS.put(PracticeStatus.INDEPENDENT, new Color(0x0072B2));
        STATUS_COLOURS.put(PracticeStatus.FEDERATED, new Color(0xE69F00));
        STATUS_COLOURS.put(PracticeStatus.ICO_ALLIANCE, new Color(0x009E73));
        STATUS_COLOURS.put(PracticeStatus.ICO_RUN, new Color(0xCC79A7));
        STATUS_COLOURS.put(PracticeStatus.TRUST_RUN, new Color(0xD55E00));
        STATUS_COLOURS.put(PracticeStatus.MERGED_INTO, Color.LIGHT_GRAY);
        STATUS_COLOURS.put(PracticeStatus.CLOSED, Color.LIGHT_GRAY);
    }
    static final Color TRUST_NONE = new Color(0x555555);
    static final Color TRUST_FORMING = new Color(0xF0E442);
    static final Color TRUST_ICO = new Color(0x009E73);

    /** Layer names, as the display's Layers menu lists them. */
    static final String NEIGHBOUR_LAYER = "Ties: neighbour";
    static final String REFERS_TO_LAYER = "Ties: refers to";
    static final String MEMBER_OF_LAYER = "Ties: member of";
    static final String WORKS_AT_LAYER = "Ties: works at";

    /** The display's side at scale 1, in pixels. */
    static final int DISPLAY_PIXELS = 720;

    private Continuous2D places = new Continuous2D(1, 1, 1);
    private final Map<TieType, Network> ties = new EnumMap<>(TieType.class);
    private final Map<TieType, NetworkPortrayal2D> tiePortrayals = new EnumMap<>(TieType.class);
    private final ContinuousPortrayal2D placePortrayal = new ContinuousPortrayal2D();
    private final Display2D display;
    private final JFrame frame;

    private IcoSim model;
    /** Markers by model object: identity, because agents keep identity equality (STYLE.md). */
    private final Map<Object, Object> markers = new IdentityHashMap<>();
    private double dotKm = 1;

    EconomyMap(GUIState gui) {
        for (TieType type : TieType.values()) {
            ties.put(type, new Network(true));
            NetworkPortrayal2D portrayal = new NetworkPortrayal2D();
            tiePortrayals.put(type, portrayal);
        }
        display = new Display2D(DISPLAY_PIXELS, DISPLAY_PIXELS, gui);
        display.setBackdrop(Color.WHITE);
        display.setClipping(false);
        display.attach(tiePortrayals.get(TieType.NEIGHBOUR), NEIGHBOUR_LAYER, false);
        display.attach(tiePortrayals.get(TieType.REFERS_TO), REFERS_TO_LAYER, true);
        display.attach(tiePortrayals.get(TieType.MEMBER_OF), MEMBER_OF_LAYER, true);
        display.attach(tiePortrayals.get(TieType.WORKS_AT), WORKS_AT_LAYER, false);
        display.attach(placePortrayal, "Practices, trusts, federations and GPs");
        frame = display.createFrame();
        frame.setTitle("Map of the economies");
        frame.getContentPane().add(legend(), BorderLayout.SOUTH);
        frame.pack();
    }

    private static JLabel legend() {
        StringBuilder html = new StringBuilder("<html><small>Practices (area = list): ");
        for (PracticeStatus status : List.of(PracticeStatus.INDEPENDENT, PracticeStatus.FEDERATED,
                PracticeStatus.ICO_ALLIANCE, PracticeStatus.ICO_RUN, PracticeStatus.TRUST_RUN)) {
            html.append(swatch(STATUS_COLOURS.get(status))).append(status.name().toLowerCase().replace('_', ' ')).append(" &nbsp;");
        }
        html.append("<br>Trusts (squares): ").append(swatch(TRUST_NONE)).append("no ICO &nbsp;")
                .append(swatch(TRUST_FORMING)).append("forming an ICO &nbsp;").append(swatch(TRUST_ICO))
                .append("operating an ICO. Federations: black rings. GPs: small dots by role.")
                .append("<br>Layers menu: ties works at / member of / refers to / neighbour.</small></html>");
        JLabel label = new JLabel(html.toString());
        label.setBorder(javax.swing.BorderFactory.createEmptyBorder(4, 8, 4, 8));
        return label;
    }

    private static String swatch(Color colour) {
        return String.format("<font color=\"#%06x\">&#9632;</font> ", colour.getRGB() & 0xFFFFFF);
    }

    JFrame frame() {
        return frame;
    }

    Display2D display() {
        return display;
    }

    /** Points the map at a model (new or restored from a checkpoint) and draws its current month. */
    void show(IcoSim newModel) {
        model = newModel;
        markers.clear();
        double width = 1;
        double height = 1;
        for (Economy e : model.economies()) {
            width = Math.max(width, e.originX() + e.side());
            height = Math.max(height, e.originY() + e.side());
        }
        // A practice of average list is a dot of about a 70th of the map, visible on England's 42 economies too.
        dotKm = Math.max(width, height) / 70;
        places = new Continuous2D(Math.max(width, height) / 20, width, height);
        placePortrayal.setField(places);
        placePortrayal.setPortrayalForClass(PracticeMarker.class, new PracticePortrayal());
        placePortrayal.setPortrayalForClass(TrustMarker.class, new TrustPortrayal());
        placePortrayal.setPortrayalForClass(GpMarker.class, new GpPortrayal());
        placePortrayal.setPortrayalForClass(FederationMarker.class, new OvalPortrayal2D(Color.BLACK, dotKm * 2.2, false));
        rebuild();
        tiePortrayals.get(TieType.NEIGHBOUR).setPortrayalForAll(new SimpleEdgePortrayal2D(new Color(0xBBBBBB), null));
        tiePortrayals.get(TieType.REFERS_TO).setPortrayalForAll(new SimpleEdgePortrayal2D(new Color(0x56B4E9), null));
        tiePortrayals.get(TieType.MEMBER_OF).setPortrayalForAll(new SimpleEdgePortrayal2D(new Color(0x009E73), null));
        tiePortrayals.get(TieType.WORKS_AT).setPortrayalForAll(new SimpleEdgePortrayal2D(new Color(0x999999), null));
        for (TieType type : TieType.values()) {
            tiePortrayals.get(type).setField(new SpatialNetwork2D(places, ties.get(type)));
        }
        display.reset();
        display.repaint();
    }

    /** Re-reads positions and ties from the model after a month: staff move, practices close, ICOs sign members. */
    void rebuild() {
        places.clear();
        for (Network network : ties.values()) network.clear();
        for (Practice p : model.practices()) {
            if (!p.isOpen()) continue;
            places.setObjectLocation(marker(p), new Double2D(p.x(), p.y()));
        }
        for (Trust t : model.trusts()) places.setObjectLocation(marker(t), new Double2D(t.x(), t.y()));
        for (Federation f : model.federations()) {
            Double2D centre = centreOfMembers(f);
            if (centre != null) places.setObjectLocation(marker(f), centre);
        }
        placeGps();
        for (Tie tie : model.network().graph().edgeSet()) {
            Object from = markers.get(model.network().source(tie));
            Object to = markers.get(model.network().target(tie));
            if (from == null || to == null || places.getObjectLocation(from) == null
                    || places.getObjectLocation(to) == null) {
                continue;
            }
            Network network = ties.get(tie.type());
            network.addNode(from);
            network.addNode(to);
            network.addEdge(from, to, tie);
        }
    }

    /** Each GP on a small ring round the employer, in the employer's staff order, so staff stay put month to month. */
    private void placeGps() {
        List<Node> employers = new ArrayList<>();
        for (Practice p : model.practices()) if (p.isOpen()) employers.add(p);
        employers.addAll(model.trusts());
        for (Node employer : employers) {
            Double2D at = places.getObjectLocation(markers.get(employer));
            if (at == null) continue;
            List<Node> staff = model.network().staffOf(employer);
            for (int i = 0; i < staff.size(); i++) {
                if (!(staff.get(i) instanceof Gp)) continue;
                double angle = 2 * Math.PI * i / staff.size();
                double radius = dotKm * (employer instanceof Trust ? 2.5 : 1.6);
                places.setObjectLocation(marker(staff.get(i)),
                        new Double2D(at.x + radius * Math.cos(angle), at.y + radius * Math.sin(angle)));
            }
        }
    }

    private Double2D centreOfMembers(Federation f) {
        List<Node> members = model.network().sources(f, TieType.MEMBER_OF);
        double x = 0;
        double y = 0;
        int n = 0;
        for (Node member : members) {
            if (member instanceof Practice && ((Practice) member).isOpen()) {
                x += ((Practice) member).x();
                y += ((Practice) member).y();
                n++;
            }
        }
        return n == 0 ? null : new Double2D(x / n, y / n);
    }

    private Object marker(Object agent) {
        Object marker = markers.get(agent);
        if (marker == null) {
            if (agent instanceof Practice) marker = new PracticeMarker((Practice) agent, model);
            else if (agent instanceof Trust) marker = new TrustMarker((Trust) agent, model);
            else if (agent instanceof Gp) marker = new GpMarker((Gp) agent, model);
            else marker = new FederationMarker((Federation) agent, model);
            markers.put(agent, marker);
        }
        return marker;
    }

    /** The marker drawn for a model object, or {@code null} if it is not on the map. */
    Object markerOf(Object agent) {
        Object marker = markers.get(agent);
        return marker != null && places.getObjectLocation(marker) != null ? marker : null;
    }

    /** Where an agent is drawn, in the display's pixels, or {@code null} if it is not on the map (for tests and tools). */
    java.awt.geom.Point2D.Double pixelOf(Object agent) {
        Object marker = markerOf(agent);
        if (marker == null) return null;
        DrawInfo2D field = display.getDrawInfo2D(placePortrayal, new java.awt.geom.Point2D.Double(0, 0));
        return placePortrayal.getLocationPosition(places.getObjectLocation(marker), field);
    }

    /** Ties drawn in a layer this month. */
    int tiesShown(TieType type) {
        Network network = ties.get(type);
        int edges = 0;
        for (Object node : network.getAllNodes()) edges += network.getEdgesOut(node).size();
        return edges;
    }

    // ---------------------------------------------------------------- portrayals

    /** Area proportional to the list (a 7,300-patient practice is the standard dot), colour by status. */
    private final class PracticePortrayal extends OvalPortrayal2D {
        private static final long serialVersionUID = 1L;

        @Override
        public void draw(Object object, Graphics2D graphics, DrawInfo2D info) {
            PracticeMarker marker = (PracticeMarker) object;
            scale = dotKm * Math.sqrt(Math.max(500, marker.getListSize()) / 7300.0);
            paint = STATUS_COLOURS.get(marker.getStatus());
            super.draw(object, graphics, info);
        }
    }

    private final class TrustPortrayal extends RectanglePortrayal2D {
        private static final long serialVersionUID = 1L;

        @Override
        public void draw(Object object, Graphics2D graphics, DrawInfo2D info) {
            TrustMarker marker = (TrustMarker) object;
            scale = dotKm * 2.4;
            switch (marker.getIcoStatus()) {
                case ICO: paint = TRUST_ICO; break;
                case FORMING: paint = TRUST_FORMING; break;
                default: paint = TRUST_NONE; break;
            }
            super.draw(object, graphics, info);
        }
    }

    /** GPs as small dots: partners dark, salaried orange, locums light blue, registrars grey. */
    private final class GpPortrayal extends OvalPortrayal2D {
        private static final long serialVersionUID = 1L;

        @Override
        public void draw(Object object, Graphics2D graphics, DrawInfo2D info) {
            GpMarker marker = (GpMarker) object;
            scale = dotKm * 0.45;
            switch (marker.getRole()) {
                case PARTNER: paint = new Color(0x000000); break;
                case SALARIED: paint = new Color(0xE69F00); break;
                case LOCUM: paint = new Color(0x56B4E9); break;
                default: paint = new Color(0x999999); break;
            }
            super.draw(object, graphics, info);
        }
    }
}
