package org.icosim.gui;

import java.awt.BasicStroke;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Point;
import java.awt.RenderingHints;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JViewport;
import javax.swing.SwingUtilities;

import org.icosim.model.IcoSim;
import org.icosim.model.world.Economy;
import org.icosim.model.world.Federation;
import org.icosim.model.world.Provider;
import org.icosim.model.world.Gp;
import org.icosim.model.world.Practice;
import org.icosim.model.world.PracticeStatus;
import org.icosim.model.world.Trust;
import org.icosim.network.Node;
import org.icosim.network.TieType;

import sim.display.Console;
import sim.display.Display2D;
import sim.display.GUIState;
import sim.field.continuous.Continuous2D;
import sim.field.network.Network;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.FieldPortrayal2D;
import sim.portrayal.Inspector;
import sim.portrayal.LocationWrapper;
import sim.portrayal.SimplePortrayal2D;
import sim.portrayal.continuous.ContinuousPortrayal2D;
import sim.portrayal.network.NetworkPortrayal2D;
import sim.portrayal.network.SimpleEdgePortrayal2D;
import sim.portrayal.network.SpatialNetwork2D;
import sim.portrayal.simple.OvalPortrayal2D;
import sim.portrayal.simple.RectanglePortrayal2D;
import sim.util.Bag;
import sim.util.Double2D;

/**
 * The map of the economies, in km on the model's plane (on the real England, the British
 * National Grid): practices sized by list and coloured by status, trusts coloured by ICO status,
 * federations at the centre of their members, GPs round their employer, the organisational
 * network's ties, and area names. Each is a layer with a tick box above the map; GPs start
 * hidden on a large world, every tie layer starts hidden. On a large world zoomed out, each area
 * (STP) is drawn as one pie of its practices by status instead of practice by practice.
 *
 * <p>The whole map fits the window when it opens (and with <i>Fit</i>); the wheel zooms about the
 * cursor, dragging moves the map, a bar gives the km. A single click inspects the agent under the
 * cursor (GPs, then trusts, federations, practices, areas; ties only when their layer is shown
 * and no agent is under the cursor).
 *
 * <p>The map mirrors the model: {@link #rebuild} runs after each month on the model's thread while
 * MASON holds the schedule's lock, and reads only what the shown layers need: practices and
 * trusts stay where they are, closed ones leave; GPs and ties are read only when their layer is on.
 */
final class EconomyMap {

    /** The map's layers, in drawing order (later ones on top), with the words of their tick box. */
    enum Layer {
        AREAS("Areas"), NEIGHBOUR("Ties: neighbour"), REFERS_TO("Ties: refers to"), MEMBER_OF("Ties: member of"),
        WORKS_AT("Ties: works at"), PRACTICES("Practices"), FEDERATIONS("Federations and providers"), TRUSTS("Trusts"), GPS("GPs"),
        NAMES("Area names");

        final String words;

        Layer(String words) {
            this.words = words;
        }

        TieType tie() {
            switch (this) {
                case NEIGHBOUR: return TieType.NEIGHBOUR;
                case REFERS_TO: return TieType.REFERS_TO;
                case MEMBER_OF: return TieType.MEMBER_OF;
                case WORKS_AT: return TieType.WORKS_AT;
                default: return null;
            }
        }
    }

    /** Which layers the map shows, by default, for a world of {@code practices} practices in {@code economies} areas. */
    static EnumMap<Layer, Boolean> defaultLayers(int practices, int economies) {
        EnumMap<Layer, Boolean> on = new EnumMap<>(Layer.class);
        for (Layer layer : Layer.values()) on.put(layer, true);
        for (Layer layer : Layer.values()) if (layer.tie() != null) on.put(layer, false);
        on.put(Layer.GPS, practices <= MapGeometry.LARGE_WORLD_PRACTICES);
        on.put(Layer.NAMES, economies > 1);
        return on;
    }

    private final GUIState gui;
    private final MapDisplay display;
    private final JFrame frame;
    private final JLabel monitor = new JLabel(" ");
    private final javax.swing.JComboBox<String> areaChoice = new javax.swing.JComboBox<>();
    private boolean fillingAreaChoice;
    private String monitorText = "";
    private final EnumMap<Layer, Boolean> shown = new EnumMap<>(Layer.class);
    private final EnumMap<Layer, JCheckBox> boxes = new EnumMap<>(Layer.class);
    private final EnumMap<Layer, FieldPortrayal2D> portrayals = new EnumMap<>(Layer.class);
    private final Map<TieType, Network> ties = new EnumMap<>(TieType.class);

    private MapGeometry geometry = new MapGeometry(0, 0, 1, 1);
    private Continuous2D practiceField = new Continuous2D(1, 1, 1);
    private Continuous2D trustField = new Continuous2D(1, 1, 1);
    private Continuous2D federationField = new Continuous2D(1, 1, 1);
    private Continuous2D gpField = new Continuous2D(1, 1, 1);
    private Continuous2D areaField = new Continuous2D(1, 1, 1);
    /** Every tie's ends, filled only while a tie layer is shown. */
    private Continuous2D tieField = new Continuous2D(1, 1, 1);

    private IcoSim model;
    /** Markers by model object: identity, because agents keep identity equality (STYLE.md). */
    private final Map<Object, Object> markers = new IdentityHashMap<>();
    private final List<AreaMarker> areas = new ArrayList<>();
    private double dotKm = 1;
    private Point dragFrom;
    /** Whether the map keeps fitting the window when it is resized: until the user zooms or drags, and again after Fit. */
    private boolean fitting = true;
    /** What the last click inspected (for tests). */
    private Object lastInspected;
    /** The practices ringed: the members of the organisation last clicked (of a practice: of its federation and ICO). */
    private final java.util.Set<Object> highlighted = java.util.Collections.newSetFromMap(new IdentityHashMap<>());

    EconomyMap(GUIState gui) {
        this.gui = gui;
        for (TieType type : TieType.values()) ties.put(type, new Network(true));
        display = new MapDisplay(MapGeometry.BASE_PIXELS, MapGeometry.BASE_PIXELS, gui);
        display.setBackdrop(Color.WHITE);
        display.setClipping(false);
        for (Layer layer : Layer.values()) {
            FieldPortrayal2D portrayal = layer.tie() != null ? new TieLayer(layer) : layer == Layer.AREAS
                    ? new PlaceLayer(layer) : layer == Layer.NAMES ? new NamesLayer() : new PlaceLayer(layer);
            portrayals.put(layer, portrayal);
            shown.put(layer, true);
            display.attach(portrayal, layer.words, true);
        }
        display.attach(new ScaleBar(), "Scale bar", true);
        frame = display.createFrame();
        frame.setTitle("Map of the economies");
        frame.getContentPane().add(toolbar(), BorderLayout.NORTH);
        JLabel legend = new JLabel(MapLegend.html());
        legend.setBorder(javax.swing.BorderFactory.createEmptyBorder(4, 8, 4, 8));
        frame.getContentPane().add(legend, BorderLayout.SOUTH);
        installMouse();
        frame.pack();
    }

    private JPanel toolbar() {
        JPanel bar = new JPanel(new BorderLayout());
        monitor.setBorder(javax.swing.BorderFactory.createEmptyBorder(2, 6, 2, 6));
        bar.add(monitor, BorderLayout.NORTH);
        JPanel layers = new JPanel(new java.awt.GridLayout(3, 0, 2, 0));
        JButton fit = new JButton("Fit");
        fit.setToolTipText("Zoom so the whole map fits the window (the wheel zooms, dragging moves the map)");
        fit.addActionListener(e -> fitToWindow());
        layers.add(fit);
        areaChoice.setToolTipText("Zoom to one area (an STP on the real England)");
        areaChoice.addActionListener(e -> {
            if (!fillingAreaChoice && areaChoice.getSelectedIndex() > 0) zoomToArea(areaChoice.getSelectedIndex() - 1);
            else if (!fillingAreaChoice && areaChoice.getSelectedIndex() == 0) fitToWindow();
        });
        layers.add(areaChoice);
        for (Layer layer : Layer.values()) {
            JCheckBox box = new JCheckBox(layer.words.replace("Ties: ", ""), true);
            box.setToolTipText(layer.tie() != null ? "Ties " + MapLegend.tieWords(layer.tie()) : "Show " + layer.words.toLowerCase());
            box.addActionListener(e -> setShown(layer, box.isSelected()));
            boxes.put(layer, box);
            layers.add(box);
        }
        bar.add(layers, BorderLayout.CENTER);
        return bar;
    }

    JFrame frame() {
        return frame;
    }

    Display2D display() {
        return display;
    }

    MapGeometry geometry() {
        return geometry;
    }

    boolean isShown(Layer layer) {
        return shown.get(layer);
    }

    /** Shows or hides a layer: a layer switched on is read from the model at once. */
    void setShown(Layer layer, boolean on) {
        shown.put(layer, on);
        JCheckBox box = boxes.get(layer);
        if (box != null && box.isSelected() != on) box.setSelected(on);
        if (model != null) {
            synchronized (gui.state.schedule) {
                rebuild();
            }
        }
        display.repaint();
    }

    /** The line above the map: the month as a date and the headline metrics. */
    void setMonitor(String text) {
        monitorText = text;
        int cut = text.indexOf("   ");
        monitor.setText(cut < 0 ? text : "<html><b>" + text.substring(0, cut) + "</b><br>"
                + text.substring(cut + 3).replace("   ", " &nbsp; | &nbsp; ") + "</html>");
    }

    String monitorText() {
        return monitorText;
    }

    // ---------------------------------------------------------------- the model

    /** Points the map at a model (new or restored from a checkpoint) and draws its current month. */
    void show(IcoSim newModel) {
        boolean sameWorld = model != null && newModel.practices().size() == model.practices().size()
                && newModel.economies().size() == model.economies().size();
        model = newModel;
        markers.clear();
        // What was clicked belongs to the last run's world.
        lastInspected = null;
        highlighted.clear();
        List<Practice> practices = model.practices();
        List<Trust> trusts = model.trusts();
        double[] xs = new double[practices.size() + trusts.size()];
        double[] ys = new double[xs.length];
        for (int i = 0; i < practices.size(); i++) {
            xs[i] = practices.get(i).x();
            ys[i] = practices.get(i).y();
        }
        for (int i = 0; i < trusts.size(); i++) {
            xs[practices.size() + i] = trusts.get(i).x();
            ys[practices.size() + i] = trusts.get(i).y();
        }
        geometry = MapGeometry.around(xs, ys);
        boolean large = practices.size() > MapGeometry.LARGE_WORLD_PRACTICES;
        // A practice of average list: a 70th of the map on a small world; on a large one 1.5 km, so a town's practices stay apart.
        dotKm = large ? 1.5 : Math.max(geometry.widthKm, geometry.heightKm) / 70;
        double w = geometry.widthKm;
        double h = geometry.heightKm;
        double bucket = Math.max(w, h) / 40;
        practiceField = new Continuous2D(bucket, w, h);
        trustField = new Continuous2D(bucket, w, h);
        federationField = new Continuous2D(bucket, w, h);
        gpField = new Continuous2D(bucket, w, h);
        areaField = new Continuous2D(bucket, w, h);
        tieField = new Continuous2D(bucket, w, h);
        for (Trust t : trusts) trustField.setObjectLocation(marker(t), at(t.x(), t.y()));
        areas.clear();
        for (Economy e : model.economies()) areas.add(new AreaMarker(e, model));
        if (!sameWorld) {
            EnumMap<Layer, Boolean> defaults = defaultLayers(practices.size(), model.economies().size());
            for (Layer layer : Layer.values()) {
                shown.put(layer, defaults.get(layer));
                JCheckBox box = boxes.get(layer);
                if (box != null) box.setSelected(defaults.get(layer));
            }
        }
        for (Layer layer : Layer.values()) {
            FieldPortrayal2D portrayal = portrayals.get(layer);
            if (portrayal instanceof PlaceLayer) ((PlaceLayer) portrayal).setField(fieldOf(layer));
            else if (portrayal instanceof TieLayer) {
                TieType type = layer.tie();
                ((TieLayer) portrayal).setField(new SpatialNetwork2D(tieField, ties.get(type)));
                ((TieLayer) portrayal).setPortrayalForAll(new SimpleEdgePortrayal2D(MapLegend.TIE_COLOURS.get(type), null));
            } else if (portrayal instanceof NamesLayer) ((NamesLayer) portrayal).setField(areaField);
        }
        rebuild();
        display.reset();
        if (!sameWorld) {
            fillingAreaChoice = true;
            areaChoice.removeAllItems();
            areaChoice.addItem("Whole map");
            for (AreaMarker area : areas) areaChoice.addItem(area.name());
            areaChoice.setVisible(areas.size() > 1);
            fillingAreaChoice = false;
            SwingUtilities.invokeLater(this::fitToWindow);
        }
        display.repaint();
    }

    private Continuous2D fieldOf(Layer layer) {
        switch (layer) {
            case PRACTICES: return practiceField;
            case TRUSTS: return trustField;
            case FEDERATIONS: return federationField;
            case GPS: return gpField;
            case AREAS: return areaField;
            default: return null;
        }
    }

    private Double2D at(double x, double y) {
        return new Double2D(geometry.fieldX(x), geometry.fieldY(y));
    }

    /**
     * Re-reads the model after a month: closed practices leave, federations move to the centre of
     * their members, areas recount; GPs and ties only while their layer is shown.
     */
    void rebuild() {
        if (model == null) return;
        for (Practice p : model.practices()) {
            Object m = marker(p);
            if (p.isOpen()) {
                if (practiceField.getObjectLocation(m) == null) practiceField.setObjectLocation(m, at(p.x(), p.y()));
            } else if (practiceField.getObjectLocation(m) != null) {
                practiceField.remove(m);
            }
        }
        federationField.clear();
        for (Federation f : model.federations()) {
            Double2D centre = centreOfMembers(f);
            if (centre != null) federationField.setObjectLocation(marker(f), centre);
        }
        // Large-scale providers (8.39) share the federations' layer: both are groups of practices.
        for (Provider pr : model.world().providers()) {
            if (!pr.isActive() || !model.network().contains(pr)) continue;
            Double2D centre = centreOfMembers(pr);
            if (centre != null) federationField.setObjectLocation(marker(pr), centre);
        }
        for (AreaMarker area : areas) {
            area.recount();
            if (area.centre() != null) areaField.setObjectLocation(area, at(area.centre().x, area.centre().y));
        }
        highlight(lastInspected);
        gpField.clear();
        boolean anyTies = false;
        for (Layer layer : Layer.values()) anyTies |= layer.tie() != null && shown.get(layer);
        if (shown.get(Layer.GPS) || (anyTies && shown.get(Layer.WORKS_AT))) placeGps();
        tieField.clear();
        for (Network network : ties.values()) network.clear();
        if (anyTies) {
            for (Object m : practiceField.getAllObjects()) tieField.setObjectLocation(m, practiceField.getObjectLocation(m));
            for (Object m : trustField.getAllObjects()) tieField.setObjectLocation(m, trustField.getObjectLocation(m));
            for (Object m : federationField.getAllObjects()) tieField.setObjectLocation(m, federationField.getObjectLocation(m));
            if (shown.get(Layer.WORKS_AT)) {
                for (Object m : gpField.getAllObjects()) tieField.setObjectLocation(m, gpField.getObjectLocation(m));
            }
            for (Layer layer : Layer.values()) if (layer.tie() != null && shown.get(layer)) readTies(layer.tie());
        }
    }

    private void readTies(TieType type) {
        Network network = ties.get(type);
        List<Node> from = new ArrayList<>();
        if (type == TieType.WORKS_AT) from.addAll(model.gps());
        else for (Practice p : model.practices()) if (p.isOpen()) from.add(p);
        for (Node node : from) {
            Object a = markers.get(node);
            if (a == null || tieField.getObjectLocation(a) == null) continue;
            for (Node target : model.network().targets(node, type)) {
                Object b = markers.get(target);
                if (b == null || tieField.getObjectLocation(b) == null) continue;
                network.addNode(a);
                network.addNode(b);
                network.addEdge(a, b, type);
            }
        }
    }

    /** Each GP on a small ring round the employer, in the employer's staff order, so staff stay put month to month. */
    private void placeGps() {
        List<Node> employers = new ArrayList<>();
        for (Practice p : model.practices()) if (p.isOpen()) employers.add(p);
        employers.addAll(model.trusts());
        for (Node employer : employers) {
            Object em = markers.get(employer);
            Double2D at = em == null ? null
                    : employer instanceof Trust ? trustField.getObjectLocation(em) : practiceField.getObjectLocation(em);
            if (at == null) continue;
            List<Node> staff = model.network().staffOf(employer);
            for (int i = 0; i < staff.size(); i++) {
                if (!(staff.get(i) instanceof Gp)) continue;
                double angle = 2 * Math.PI * i / staff.size();
                double radius = dotKm * (employer instanceof Trust ? 2.5 : 1.6);
                gpField.setObjectLocation(marker(staff.get(i)),
                        new Double2D(at.x + radius * Math.cos(angle), at.y + radius * Math.sin(angle)));
            }
        }
    }

    /** The centre of an organisation's open member practices, or {@code null} if it has none. */
    private Double2D centreOfMembers(Node organisation) {
        List<Node> members = model.network().sourcesView(organisation, TieType.MEMBER_OF);
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
        return n == 0 ? null : at(x / n, y / n);
    }

    private Object marker(Object agent) {
        Object marker = markers.get(agent);
        if (marker == null) {
            if (agent instanceof Practice) marker = new PracticeMarker((Practice) agent, model);
            else if (agent instanceof Trust) marker = new TrustMarker((Trust) agent, model);
            else if (agent instanceof Gp) marker = new GpMarker((Gp) agent, model);
            else if (agent instanceof Provider) marker = new ProviderMarker((Provider) agent, model);
            else marker = new FederationMarker((Federation) agent, model);
            markers.put(agent, marker);
        }
        return marker;
    }

    /** The marker drawn for a model object, or {@code null} if it is not on the map. */
    Object markerOf(Object agent) {
        Object marker = markers.get(agent);
        if (marker == null) return null;
        for (Continuous2D field : List.of(practiceField, trustField, federationField, gpField)) {
            if (field.getObjectLocation(marker) != null) return marker;
        }
        return null;
    }

    /** Where an agent is drawn, in the display's pixels, or {@code null} if it is not on the map (for tests and tools). */
    Point2D.Double pixelOf(Object agent) {
        Object marker = markerOf(agent);
        if (marker == null) return null;
        Layer layer = marker instanceof PracticeMarker ? Layer.PRACTICES : marker instanceof TrustMarker ? Layer.TRUSTS
                : marker instanceof GpMarker ? Layer.GPS : Layer.FEDERATIONS;
        PlaceLayer portrayal = (PlaceLayer) portrayals.get(layer);
        DrawInfo2D field = display.getDrawInfo2D(portrayal, new Point2D.Double(0, 0));
        return portrayal.getLocationPosition(fieldOf(layer).getObjectLocation(marker), field);
    }

    /** Ties drawn in a layer this month (0 while the layer is hidden). */
    int tiesShown(TieType type) {
        Network network = ties.get(type);
        int edges = 0;
        for (Object node : network.getAllNodes()) edges += network.getEdgesOut(node).size();
        return edges;
    }

    /** GPs placed on the map this month (0 while the GP and works-at layers are hidden). */
    int gpsShown() {
        return gpField.getAllObjects().size();
    }

    List<AreaMarker> areas() {
        return List.copyOf(areas);
    }

    /** Whether the map is drawn by area now (a large world, zoomed out). */
    boolean drawnByArea() {
        return model != null && MapGeometry.drawByArea(model.practices().size(), dotKm,
                geometry.pixelsPerKm(display.getScale()));
    }

    // ---------------------------------------------------------------- zoom, pan and picking

    /** The whole map in the window. */
    void fitToWindow() {
        fitting = true;
        JViewport view = display.display.getViewport();
        int w = Math.max(100, view.getWidth() - 4);
        int h = Math.max(100, view.getHeight() - 4);
        display.setScale(geometry.fitScale(w, h));
        display.display.revalidate();
        view.setViewPosition(new Point(0, 0));
        display.repaint();
    }

    /** Zooms so one area's open practices and trusts fill the window. */
    void zoomToArea(int index) {
        Economy economy = model.economies().get(index);
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (Practice p : economy.practices()) {
            if (!p.isOpen()) continue;
            minX = Math.min(minX, p.x());
            maxX = Math.max(maxX, p.x());
            minY = Math.min(minY, p.y());
            maxY = Math.max(maxY, p.y());
        }
        for (Trust t : economy.trusts()) {
            minX = Math.min(minX, t.x());
            maxX = Math.max(maxX, t.x());
            minY = Math.min(minY, t.y());
            maxY = Math.max(maxY, t.y());
        }
        if (minX > maxX) return;
        fitting = false;
        JViewport view = display.display.getViewport();
        double scale = geometry.scaleToShow(maxX - minX, maxY - minY, view.getWidth(), view.getHeight());
        display.setScale(scale);
        display.display.revalidate();
        Point corner = new Point((int) geometry.cornerToCentre(geometry.fieldX((minX + maxX) / 2), scale, view.getWidth()),
                (int) geometry.cornerToCentre(geometry.fieldY((minY + maxY) / 2), scale, view.getHeight()));
        SwingUtilities.invokeLater(() -> view.setViewPosition(corner));
        display.repaint();
    }

    /** Zooms by {@code notches} wheel notches, keeping the point under {@code cursor} (display pixels) where it is. */
    void zoom(int notches, Point cursor) {
        fitting = false;
        double from = display.getScale();
        double to = MapGeometry.wheelScale(from, notches);
        if (to == from) return;
        JViewport view = display.display.getViewport();
        Point corner = view.getViewPosition();
        display.setScale(to);
        display.display.revalidate();
        Point next = new Point((int) MapGeometry.keepUnderCursor(corner.x, cursor.x, from, to),
                (int) MapGeometry.keepUnderCursor(corner.y, cursor.y, from, to));
        SwingUtilities.invokeLater(() -> view.setViewPosition(next));
        display.repaint();
    }

    private void installMouse() {
        display.insideDisplay.addMouseWheelListener(e -> zoom(e.getWheelRotation(), e.getPoint()));
        // The display's own scroll pane would scroll instead of zooming.
        display.display.setWheelScrollingEnabled(false);
        display.display.getViewport().addComponentListener(new java.awt.event.ComponentAdapter() {
            @Override
            public void componentResized(java.awt.event.ComponentEvent e) {
                if (fitting) fitToWindow();
            }
        });
    }

    /** The display: single clicks inspect, drags move the map, the Scale field is rounded. */
    private final class MapDisplay extends Display2D {
        private static final long serialVersionUID = 1L;

        MapDisplay(double width, double height, GUIState gui) {
            super(width, height, gui);
            // At most two redraws a second, however fast the months go: MASON draws with the
            // schedule locked, so each redraw holds the model up. The last month is drawn when the run stops.
            updateRule = UPDATE_RULE_WALLCLOCK_TIME;
            wallInterval = IcoSimWithUI.CHART_REFRESH_MS;
        }

        @Override
        public void setScale(double scale) {
            super.setScale(scale);
            if (scaleField != null) scaleField.setValue(Double.parseDouble(Readable.scale(scale)));
        }

        @Override
        public boolean handleMouseEvent(java.awt.event.MouseEvent e) {
            switch (e.getID()) {
                case java.awt.event.MouseEvent.MOUSE_CLICKED:
                    if (SwingUtilities.isLeftMouseButton(e) && e.getClickCount() == 1) inspectAt(e.getPoint());
                    return true;
                case java.awt.event.MouseEvent.MOUSE_PRESSED:
                    dragFrom = e.getLocationOnScreen();
                    return true;
                case java.awt.event.MouseEvent.MOUSE_DRAGGED:
                    if (dragFrom != null) {
                        fitting = false;
                        Point now = e.getLocationOnScreen();
                        JViewport view = display.getViewport();
                        Point corner = view.getViewPosition();
                        int x = Math.max(0, Math.min(insideDisplay.getWidth() - view.getWidth(), corner.x - (now.x - dragFrom.x)));
                        int y = Math.max(0, Math.min(insideDisplay.getHeight() - view.getHeight(), corner.y - (now.y - dragFrom.y)));
                        view.setViewPosition(new Point(x, y));
                        dragFrom = now;
                    }
                    return true;
                case java.awt.event.MouseEvent.MOUSE_RELEASED:
                    dragFrom = null;
                    return true;
                default:
                    return super.handleMouseEvent(e);
            }
        }
    }

    /** What a single click at {@code point} (display pixels) picks, or {@code null}: see {@link #pickOrder}. */
    LocationWrapper pick(Point2D point) {
        Bag[] hits = display.objectsHitBy(point);
        for (Layer layer : pickOrder()) {
            Bag bag = hits[layer.ordinal()];
            if (bag == null || bag.isEmpty() || !shown.get(layer)) continue;
            LocationWrapper best = null;
            double bestDistance = Double.POSITIVE_INFINITY;
            for (Object o : bag) {
                LocationWrapper w = (LocationWrapper) o;
                double distance = 0;
                if (w.getLocation() instanceof Double2D) {
                    Point2D.Double px = ((FieldPortrayal2D) w.getFieldPortrayal()).getLocationPosition(w.getLocation(),
                            display.getDrawInfo2D((FieldPortrayal2D) w.getFieldPortrayal(), point));
                    distance = px == null ? 0 : px.distance(point);
                }
                if (distance < bestDistance) {
                    bestDistance = distance;
                    best = w;
                }
            }
            if (best != null) return best;
        }
        return null;
    }

    /** Agents before areas, and ties last: a tie is picked only if its layer is shown and nothing else is under the cursor. */
    static List<Layer> pickOrder() {
        return List.of(Layer.GPS, Layer.TRUSTS, Layer.FEDERATIONS, Layer.PRACTICES, Layer.AREAS,
                Layer.WORKS_AT, Layer.MEMBER_OF, Layer.REFERS_TO, Layer.NEIGHBOUR);
    }

    /** Opens the inspector of what {@link #pick} finds at {@code point} in the Console's Inspectors tab. */
    boolean inspectAt(Point2D point) {
        LocationWrapper picked = pick(point);
        if (picked == null) {
            lastInspected = null;
            highlight(null);
            display.repaint();
        }
        if (picked == null || !(gui.controller instanceof Console)) return false;
        Inspector inspector = picked.getFieldPortrayal().getInspector(picked, gui);
        if (inspector == null) return false;
        Bag inspectors = new Bag();
        inspectors.add(inspector);
        Bag names = new Bag();
        names.add(String.valueOf(picked.getObject()));
        ((Console) gui.controller).setInspectors(inspectors, names);
        lastInspected = picked.getObject();
        highlight(lastInspected);
        display.repaint();
        return true;
    }

    /**
     * Rings the members of the organisation {@code marker} stands for: a federation's or a
     * trust's (an ICO's alliance members and the practices it runs); for a practice, the members
     * of each organisation it belongs to, itself included; for a GP, the employer.
     */
    void highlight(Object marker) {
        highlighted.clear();
        if (model == null || marker == null) return;
        List<Node> organisations = new ArrayList<>();
        if (marker instanceof FederationMarker) organisations.add(((FederationMarker) marker).federation());
        else if (marker instanceof ProviderMarker) organisations.add(((ProviderMarker) marker).provider());
        else if (marker instanceof TrustMarker) organisations.add(((TrustMarker) marker).trust());
        else if (marker instanceof PracticeMarker) {
            Practice p = ((PracticeMarker) marker).practice();
            highlighted.add(marker);
            if (model.network().contains(p)) organisations.addAll(model.network().membershipView(p));
        } else if (marker instanceof GpMarker) {
            Gp gp = ((GpMarker) marker).gp();
            Node employer = gp.isActive() && model.network().contains(gp) ? model.network().employerOf(gp) : null;
            if (employer != null && markers.get(employer) != null) highlighted.add(markers.get(employer));
        }
        for (Node organisation : organisations) {
            if (!model.network().contains(organisation)) continue;
            for (Node member : model.network().memberView(organisation)) {
                Object m = markers.get(member);
                if (m != null) highlighted.add(m);
            }
        }
    }

    /** The markers ringed now (for tests). */
    java.util.Set<Object> highlighted() {
        return java.util.Collections.unmodifiableSet(highlighted);
    }

    // ---------------------------------------------------------------- layers

    /** A layer of places: skipped (drawn and hit) while hidden, and practice by practice only when not drawn by area. */
    private final class PlaceLayer extends ContinuousPortrayal2D {
        private static final long serialVersionUID = 1L;
        private final Layer layer;

        PlaceLayer(Layer layer) {
            this.layer = layer;
            setPortrayalForClass(PracticeMarker.class, new PracticePortrayal());
            setPortrayalForClass(TrustMarker.class, new TrustPortrayal());
            setPortrayalForClass(GpMarker.class, new GpPortrayal());
            setPortrayalForClass(FederationMarker.class, new RingPortrayal(Color.BLACK, 2.2, 1f));
            setPortrayalForClass(ProviderMarker.class, new RingPortrayal(MapLegend.PROVIDER, 3.2, 2.5f));
            setPortrayalForClass(AreaMarker.class, new AreaPortrayal());
        }

        private boolean active(DrawInfo2D info) {
            if (!shown.get(layer) || model == null) return false;
            boolean byArea = MapGeometry.drawByArea(model.practices().size(), dotKm, info.draw.width / geometry.widthKm);
            switch (layer) {
                case AREAS: return byArea;
                case PRACTICES:
                case FEDERATIONS:
                case GPS: return !byArea;
                default: return true;
            }
        }

        @Override
        public void draw(Object object, Graphics2D graphics, DrawInfo2D info) {
            if (active(info)) super.draw(object, graphics, info);
        }

        /** The inspector's Position in km on the model's plane, rounded to 10 m. */
        @Override
        public LocationWrapper getWrapper(Object object) {
            Continuous2D field = (Continuous2D) this.field;
            return new LocationWrapper(object, null, this) {
                @Override
                public Object getLocation() {
                    return field.getObjectLocation(getObject());
                }

                @Override
                public String getLocationName() {
                    Double2D at = field.getObjectLocation(getObject());
                    if (at == null) return "not on the map";
                    return String.format(java.util.Locale.ROOT, "x %.2f km, y %.2f km", at.x + geometry.minX, at.y + geometry.minY);
                }
            };
        }

        @Override
        public void hitObjects(DrawInfo2D range, Bag putInHere) {
            if (active(range)) super.hitObjects(range, putInHere);
        }
    }

    private final class TieLayer extends NetworkPortrayal2D {
        private static final long serialVersionUID = 1L;
        private final Layer layer;

        TieLayer(Layer layer) {
            this.layer = layer;
        }

        @Override
        public void draw(Object object, Graphics2D graphics, DrawInfo2D info) {
            if (shown.get(layer)) super.draw(object, graphics, info);
        }

        @Override
        public void hitObjects(DrawInfo2D range, Bag putInHere) {
            if (shown.get(layer)) super.hitObjects(range, putInHere);
        }
    }

    /** Area names at the centre of their practices, drawn in screen pixels so they stay readable at any zoom. */
    private final class NamesLayer extends FieldPortrayal2D {
        private static final long serialVersionUID = 1L;

        @Override
        public void draw(Object object, Graphics2D graphics, DrawInfo2D info) {
            if (!shown.get(Layer.NAMES) || model == null) return;
            double ppk = info.draw.width / geometry.widthKm;
            graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            graphics.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
            for (AreaMarker area : areas) {
                Double2D c = areaField.getObjectLocation(area);
                if (c == null) continue;
                float x = (float) (info.draw.x + c.x * ppk);
                float y = (float) (info.draw.y + c.y * ppk);
                String name = area.name();
                int width = graphics.getFontMetrics().stringWidth(name);
                graphics.setColor(new Color(255, 255, 255, 170));
                graphics.fillRect((int) x - width / 2 - 1, (int) y - 10, width + 2, 12);
                graphics.setColor(Color.DARK_GRAY);
                graphics.drawString(name, x - width / 2f, y);
            }
        }

        @Override
        public void hitObjects(DrawInfo2D range, Bag putInHere) {
        }
    }

    /** A km bar in the window's bottom-left corner, whatever the zoom and scroll. */
    private final class ScaleBar extends FieldPortrayal2D {
        private static final long serialVersionUID = 1L;

        ScaleBar() {
            setField(new Object());
        }

        @Override
        public void draw(Object object, Graphics2D graphics, DrawInfo2D info) {
            if (model == null) return;
            double ppk = info.draw.width / geometry.widthKm;
            double km = MapGeometry.scaleBarKm(ppk, 120);
            int length = (int) Math.round(km * ppk);
            java.awt.Rectangle visible = display.display.getViewport().getViewRect();
            int x = visible.x + 12;
            int y = visible.y + visible.height - 14;
            graphics.setColor(new Color(255, 255, 255, 200));
            graphics.fillRect(x - 4, y - 16, length + 50, 22);
            graphics.setColor(Color.BLACK);
            graphics.setStroke(new BasicStroke(2));
            graphics.drawLine(x, y, x + length, y);
            graphics.drawLine(x, y - 4, x, y + 2);
            graphics.drawLine(x + length, y - 4, x + length, y + 2);
            graphics.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
            graphics.drawString(MapGeometry.scaleBarLabel(km), x + length + 6, y + 4);
        }

        @Override
        public void hitObjects(DrawInfo2D range, Bag putInHere) {
        }
    }

    // ---------------------------------------------------------------- portrayals

    /** Area proportional to the list (a 7,300-patient practice is the standard dot), colour by status. */
    private final class PracticePortrayal extends OvalPortrayal2D {
        private static final long serialVersionUID = 1L;

        @Override
        public void draw(Object object, Graphics2D graphics, DrawInfo2D info) {
            PracticeMarker marker = (PracticeMarker) object;
            scale = dotKm * Math.sqrt(Math.max(500, marker.listSize()) / 7300.0);
            paint = MapLegend.STATUS_COLOURS.get(marker.status());
            super.draw(object, graphics, info);
            if (highlighted.contains(object)) ring(graphics, info, scale * info.draw.width + 6);
        }
    }

    /** The highlight ring, {@code diameter} pixels across, round a practice or an employer. */
    private static void ring(Graphics2D graphics, DrawInfo2D info, double diameter) {
        double d = Math.max(8, diameter);
        graphics.setColor(MapLegend.HIGHLIGHT);
        graphics.setStroke(new BasicStroke(2.5f));
        graphics.draw(new Ellipse2D.Double(info.draw.x - d / 2, info.draw.y - d / 2, d, d));
    }

    private final class TrustPortrayal extends RectanglePortrayal2D {
        private static final long serialVersionUID = 1L;

        @Override
        public void draw(Object object, Graphics2D graphics, DrawInfo2D info) {
            TrustMarker marker = (TrustMarker) object;
            scale = dotKm * 2.4;
            switch (marker.icoStatus()) {
                case ICO: paint = MapLegend.TRUST_ICO; break;
                case FORMING: paint = MapLegend.TRUST_FORMING; break;
                default: paint = MapLegend.TRUST_NONE; break;
            }
            super.draw(object, graphics, info);
            graphics.setColor(Color.BLACK);
            double side = Math.max(3, scale * info.draw.width);
            graphics.draw(new java.awt.geom.Rectangle2D.Double(info.draw.x - side / 2, info.draw.y - side / 2, side, side));
            if (highlighted.contains(object)) ring(graphics, info, side * 1.5 + 6);
        }
    }

    /**
     * A group of practices as a ring at the centre of its members, {@code size} times a practice
     * dot across: a federation's thin and black, a large-scale provider's thick, green and larger,
     * so one inside the other shows both.
     */
    private final class RingPortrayal extends OvalPortrayal2D {
        private static final long serialVersionUID = 1L;
        private final double size;
        private final float width;

        RingPortrayal(Color colour, double size, float width) {
            super(colour, 1, false);
            this.size = size;
            this.width = width;
        }

        @Override
        public void draw(Object object, Graphics2D graphics, DrawInfo2D info) {
            scale = dotKm * size;
            java.awt.Stroke before = graphics.getStroke();
            graphics.setStroke(new java.awt.BasicStroke(width));
            super.draw(object, graphics, info);
            graphics.setStroke(before);
        }
    }

    /** GP dots narrower than this many pixels are drawn as squares. */
    static final double SQUARE_DOT_PIXELS = 4;

    private final class GpPortrayal extends OvalPortrayal2D {
        private static final long serialVersionUID = 1L;

        @Override
        public void draw(Object object, Graphics2D graphics, DrawInfo2D info) {
            scale = dotKm * 0.45;
            paint = MapLegend.GP_COLOURS.get(((GpMarker) object).role());
            double d = scale * info.draw.width;
            if (d < SQUARE_DOT_PIXELS && !info.precise) {
                // A dot a few pixels across looks the same as a square, and a square is a plain
                // fill rather than a shape to rasterise: thousands of GPs are drawn each redraw.
                int side = Math.max(1, (int) Math.round(d));
                graphics.setPaint(paint);
                graphics.fillRect((int) Math.round(info.draw.x - side / 2.0), (int) Math.round(info.draw.y - side / 2.0), side, side);
                return;
            }
            super.draw(object, graphics, info);
        }
    }

    /** An area as a pie of its open practices by status, its area proportional to the patients. */
    private final class AreaPortrayal extends SimplePortrayal2D {
        private static final long serialVersionUID = 1L;

        private double diameterPixels(AreaMarker area, DrawInfo2D info) {
            // The largest area (about 3M patients) about 60 km across.
            double km = 60 * Math.sqrt(area.patients() / 3.0e6);
            return Math.max(6, km * info.draw.width);
        }

        @Override
        public void draw(Object object, Graphics2D graphics, DrawInfo2D info) {
            AreaMarker area = (AreaMarker) object;
            double d = diameterPixels(area, info);
            double x = info.draw.x - d / 2;
            double y = info.draw.y - d / 2;
            graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            int total = area.openPractices();
            double startAngle = 90;
            for (PracticeStatus status : MapLegend.OPEN_STATUSES) {
                int n = area.practices(status);
                if (n == 0 || total == 0) continue;
                double extent = 360.0 * n / total;
                graphics.setPaint(MapLegend.STATUS_COLOURS.get(status));
                graphics.fill(new Arc2D.Double(x, y, d, d, startAngle, -extent, Arc2D.PIE));
                startAngle -= extent;
            }
            graphics.setColor(Color.DARK_GRAY);
            graphics.draw(new Ellipse2D.Double(x, y, d, d));
        }

        @Override
        public boolean hitObject(Object object, DrawInfo2D range) {
            double d = diameterPixels((AreaMarker) object, range);
            return new Ellipse2D.Double(range.draw.x - d / 2, range.draw.y - d / 2, d, d).intersects(range.clip);
        }
    }

    Object lastInspected() {
        return lastInspected;
    }

    /** For tests: the scroll pane the map is in. */
    JScrollPane scrollPane() {
        return display.display;
    }
}
