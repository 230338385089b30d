package org.icosim.gui;

import java.awt.Dimension;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

import javax.swing.JFileChooser;
import javax.swing.JFrame;
import javax.swing.JMenu;
import javax.swing.JMenuItem;
import javax.swing.JOptionPane;
import javax.swing.SwingUtilities;
import javax.swing.filechooser.FileNameExtensionFilter;

import org.icosim.io.AtomicFiles;
import org.icosim.io.ExperimentFile;
import org.icosim.io.InputException;
import org.icosim.io.MetricsCsv;
import org.icosim.metrics.MetricsSeries;
import org.icosim.model.IcoSim;
import org.icosim.report.MetricChart;

import sim.display.Console;
import sim.display.Controller;
import sim.display.GUIState;
import sim.engine.SimState;
import sim.engine.Steppable;
import sim.portrayal.Inspector;
import sim.portrayal.SimpleInspector;

/**
 * The model in MASON's Console (STYLE.md: a separate {@code GUIState}, as MASON's HeatBugsWithUI):
 * <ul>
 * <li>the map of the economies ({@link EconomyMap}) with switchable layers of ties and inspectors
 * for practices, GPs, trusts and federations;</li>
 * <li>five live charts ({@link MetricChart}: ICO adoption, workforce by role, practices by status,
 * access and A&amp;E, partner share), each in a window registered with the Console, given one
 * point a month from the run's own metrics by name;</li>
 * <li>every parameter in the Model tab ({@link ParameterProperties}); changes apply when a run
 * starts;</li>
 * <li>an Experiment menu: save the settings as an experiment file that {@code run} reproduces with
 * the run's seed, open another experiment file (or one run of a sweep), save every chart as PNG and
 * SVG;</li>
 * <li>MASON's own checkpoints (File, Save As and Open): the whole model, metrics included, is
 * written and read back, and the map, charts and Model tab follow the restored run.</li>
 * </ul>
 * The run stops after the experiment's months, as {@code run} would.
 */
public final class IcoSimWithUI extends GUIState {

    /** How often the charts, monitors and map take the months the model has run (the charts redraw every {@link #CHART_REDRAW_MS}), ms: often enough to follow, rarely enough not to slow it (MASON waits for the Swing thread before every month, so each redraw can hold the model up). */
    static final int CHART_REFRESH_MS = 500;
    /**
     * How often the charts are redrawn while a run goes, ms: each redraw of the five charts keeps
     * the Swing thread busy, and MASON's Console waits for the Swing thread after every month.
     */
    static final int CHART_REDRAW_MS = 1000;
    /** When the charts were last redrawn (System.nanoTime); Swing thread only. */
    private long chartsDrawnAt;

    private final ExperimentSettings settings;
    private final ExperimentSettings.Loader loader;
    private final List<ChartWindow> charts = new ArrayList<>();
    private EconomyMap map;
    /** Months already sent to the charts; read and written on the model's thread (and in {@link #follow}). */
    private int monthsSent;
    /** One per run followed: rows of an older run waiting in {@link #pending} are dropped, a newer run clears the charts. */
    private final AtomicInteger generation = new AtomicInteger();
    /** The generation the charts show; Swing thread only. */
    private int charted = -1;
    /** Metrics rows from the model's thread, taken by the Swing thread every {@link #CHART_REFRESH_MS}. */
    private final ConcurrentLinkedQueue<ChartRow> pending = new ConcurrentLinkedQueue<>();
    private javax.swing.Timer chartTimer;
    private String lastMonitor = "";

    /** One month for the charts ({@code index} -1: a new run starts, nothing to draw yet). */
    private record ChartRow(int generation, int index, String date, double[] row, int monthsToRun, YearMonth start) {
    }

    public IcoSimWithUI(ExperimentSettings settings, ExperimentSettings.Loader loader) {
        super(new IcoSim(settings.seed(), settings.values(), settings.start()));
        ((IcoSim) state).setRules(settings.rules());
        ((IcoSim) state).setWorldSource(settings.model().worldSource());
        this.settings = settings;
        this.loader = loader;
    }

    /** The title MASON gives the Console. */
    public static String getName() {
        return "icosim";
    }

    /** The Console's About tab. */
    public static Object getInfo() {
        return "<html><h2>icosim</h2><p>An agent-based simulation of English general practice and NHS integration: "
                + "GPs, practices, trusts and patients on one organisational network, from April 2015.</p>"
                + "<p>Set parameters in the Model tab, press play; the map and charts follow each month. Stop, then play, "
                + "to run again (the charts start again). The Experiment menu saves the settings as an experiment file that "
                + "<tt>./icosim run</tt> reproduces, opens another experiment, exports <tt>metrics.csv</tt> and saves the "
                + "charts as PNG and SVG. File, Save As writes a checkpoint; File, Open reads a checkpoint or an "
                + "experiment file.</p><p>On the map: a single click inspects, the wheel zooms, dragging moves it.</p>"
                + "<p>The model is described in models/ODD.md.</p></html>";
    }

    /** Opens the Console on {@code settings}, on the Swing thread; returns it shown. */
    public static Console open(ExperimentSettings settings, ExperimentSettings.Loader loader) {
        if (GraphicsEnvironment.isHeadless()) {
            throw new IllegalStateException("the GUI needs a display (set DISPLAY, or run under xvfb-run)");
        }
        Console[] console = new Console[1];
        Runnable show = () -> {
            IcoSimWithUI gui = new IcoSimWithUI(settings, loader);
            console[0] = new Console(gui);
            // Replays must meet the same luck: the seed is the experiment's until the modeller changes it.
            console[0].setIncrementSeedOnStop(false);
            console[0].setTitle(gui.title(null));
            console[0].setVisible(true);
        };
        if (SwingUtilities.isEventDispatchThread()) {
            show.run();
        } else {
            try {
                SwingUtilities.invokeAndWait(show);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while opening the GUI", e);
            } catch (java.lang.reflect.InvocationTargetException e) {
                throw new IllegalStateException("could not open the GUI: " + e.getCause(), e.getCause());
            }
        }
        return console[0];
    }

    /** The window title: what is loaded, and the month shown. */
    String title(String month) {
        String model = settings.model().path() == null ? "" : " on " + settings.model().path().getFileName();
        return "icosim: " + (settings.name().isBlank() ? "experiment" : settings.name()) + model
                + (month == null ? "" : " - " + month);
    }

    // ---------------------------------------------------------------- life cycle

    @Override
    public void init(Controller controller) {
        super.init(controller);
        map = new EconomyMap(this);
        controller.registerFrame(map.frame());
        for (MetricChart chart : MetricChart.standardSet()) {
            ChartWindow window = new ChartWindow(chart);
            charts.add(window);
            controller.registerFrame(window.frame());
        }
        arrangeWindows(controller);
        if (controller instanceof Console) {
            Console console = (Console) controller;
            addExperimentMenu(console);
            replaceFileMenuItems(console);
        }
        chartTimer = new javax.swing.Timer(CHART_REFRESH_MS, e -> drainCharts());
        chartTimer.start();
        preview();
    }

    /**
     * The initial state drawn before play, as NetLogo's setup: the world the first run will start
     * from (the same seed and settings build the same world), on the map, with empty charts spanning the run.
     */
    private void preview() {
        IcoSim model = (IcoSim) state;
        applySettings(model);
        model.start();
        follow(model, false);
        drainCharts();
    }

    private void applySettings(IcoSim model) {
        model.setParameters(settings.values());
        model.setRules(settings.rules());
        model.setWorldSource(settings.model().worldSource());
        model.setStartMonth(settings.start());
    }

    /**
     * The Console's width on a screen {@code screenWidth} pixels wide: the Model tab's rows whole
     * (the longest name, its slider and the longest value, plus the scroll bar), at least 420
     * pixels, at most a third of the screen.
     */
    int consoleWidth(int screenWidth) {
        return Math.max(420, Math.min(modelTabWidth(getInspector()), widestConsole(screenWidth)));
    }

    /** The Console width a Model tab needs to show its rows whole: the rows plus the scroll bar. */
    private static int modelTabWidth(Inspector modelTab) {
        return modelTab.getPreferredSize().width + 40;
    }

    /** The Console takes at most a third of the screen, leaving the rest to the map and charts. */
    private static int widestConsole(int screenWidth) {
        return screenWidth / 3;
    }

    /** Console left, map beside it, charts tiled to the right and below, so a first look shows everything. */
    private void arrangeWindows(Controller controller) {
        Rectangle screen = GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
        int consoleWidth = 0;
        if (controller instanceof JFrame) {
            JFrame console = (JFrame) controller;
            // Wide enough for the Model tab's names, sliders and whole values (and its tabs on one line), up to a third of the screen.
            console.setBounds(screen.x, screen.y, consoleWidth(screen.width), screen.height);
            consoleWidth = console.getWidth();
        }
        JFrame mapFrame = map.frame();
        // Charts to the right in two columns, 400 pixels wide where the screen allows; the map takes the rest (420 to 900).
        int rest = screen.width - consoleWidth;
        int columns = 2;
        int mapWide = Math.max(420, Math.min(900, rest - columns * 400));
        int mapHigh = screen.height;
        mapFrame.setSize(new Dimension(mapWide, mapHigh));
        mapFrame.setLocation(screen.x + consoleWidth, screen.y);
        int chartX = screen.x + consoleWidth + mapFrame.getWidth();
        int chartWidth = Math.max(240, (screen.x + screen.width - chartX) / columns);
        int rows = (charts.size() + columns - 1) / columns;
        int chartHeight = Math.max(200, screen.height / rows);
        for (int i = 0; i < charts.size(); i++) {
            JFrame frame = charts.get(i).frame();
            frame.setSize(chartWidth, chartHeight);
            int column = i % columns;
            int row = i / columns;
            frame.setLocation(Math.min(chartX + column * chartWidth, screen.x + screen.width - chartWidth),
                    Math.min(screen.y + row * chartHeight, screen.y + screen.height - chartHeight));
            frame.setVisible(true);
        }
        mapFrame.setVisible(true);
    }

    @Override
    public void start() {
        IcoSim model = (IcoSim) state;
        applySettings(model);
        super.start();
        if (controller instanceof Console) ((Console) controller).setWhenShouldEnd(settings.months());
        follow(model, true);
    }

    @Override
    public void load(SimState restored) {
        super.load(restored);
        IcoSim model = (IcoSim) state;
        settings.adopt(model.parameters(), model.rules(), model.startMonth(), Math.max(settings.months(), model.month()));
        if (controller instanceof Console) {
            Console console = (Console) controller;
            console.setWhenShouldEnd(settings.months());
            SwingUtilities.invokeLater(() -> {
                if (console.getModelInspector() != null) console.getModelInspector().updateInspector();
            });
        }
        follow(model, true);
    }

    /**
     * Reads a checkpoint, as MASON's File, Open does; an experiment file (JSON) chosen there opens
     * that experiment instead, in a new Console, rather than failing as a checkpoint.
     */
    @Override
    public boolean readNewStateFromCheckpoint(java.io.File file) throws Exception {
        if (looksLikeJson(file.toPath()) && controller instanceof Console) {
            Console console = (Console) controller;
            SwingUtilities.invokeLater(() -> openExperiment(console, file.toPath()));
            return true;
        }
        return super.readNewStateFromCheckpoint(file);
    }

    static boolean looksLikeJson(Path file) {
        if (file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".json")) return true;
        try (java.io.InputStream in = Files.newInputStream(file)) {
            int b;
            do {
                b = in.read();
            } while (b == ' ' || b == '\n' || b == '\r' || b == '\t' || b == 0xEF || b == 0xBB || b == 0xBF);
            return b == '{';
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Points the map, charts and monitors at a model just started, restored or previewed, and
     * updates them after every month. The charts are emptied: every run starts its own lines.
     */
    private void follow(IcoSim model, boolean schedule) {
        map.show(model);
        int gen = generation.incrementAndGet();
        monthsSent = 0;
        pending.add(new ChartRow(gen, -1, null, null, settings.months(), model.startMonth()));
        sendNewMonths(model, gen);
        if (!schedule) return;
        // The map's markers are rebuilt with the charts (drainCharts), not after every month: it redraws at most twice a second.
        scheduleRepeatingImmediatelyAfter((Steppable) s -> sendNewMonths((IcoSim) state, gen));
    }

    /** On the model's thread, after a month (or on a restored run, all its months): rows the charts do not have yet, copied. */
    private void sendNewMonths(IcoSim model, int gen) {
        if (gen != generation.get()) return;
        MetricsSeries metrics = model.metrics();
        for (int m = monthsSent; m < metrics.size(); m++) {
            pending.add(new ChartRow(gen, m, metrics.date(m), metrics.row(m), settings.months(), model.startMonth()));
        }
        monthsSent = metrics.size();
    }

    /**
     * On the Swing thread: the rows waiting, appended to every chart with one redraw per chart,
     * and the monitors set to the last. Rows of an older run are dropped; the first row of a newer
     * run empties the charts and sets their time axis to the new run's months.
     */
    void drainCharts() {
        List<ChartRow> rows = new ArrayList<>();
        for (ChartRow r = pending.poll(); r != null; r = pending.poll()) rows.add(r);
        if (rows.isEmpty()) {
            // Nothing new (paused, or the run is over): the months held back are drawn now.
            redrawCharts();
            return;
        }
        for (ChartWindow window : charts) window.chart().chart().setNotify(false);
        ChartRow last = null;
        for (ChartRow r : rows) {
            if (r.generation() < charted) continue;
            if (r.generation() > charted) {
                charted = r.generation();
                for (ChartWindow window : charts) window.startRun(r.start(), r.monthsToRun());
            }
            if (r.index() < 0) {
                if (last == null || last.generation() < r.generation()) last = r;
                continue;
            }
            for (ChartWindow window : charts) {
                if (window.chart().months() == r.index()) window.chart().append(r.date(), r.row());
            }
            last = r;
        }
        // Appended with the chart's notices off; redrawn at most once a second while rows keep coming.
        if (System.nanoTime() - chartsDrawnAt >= CHART_REDRAW_MS * 1_000_000L) redrawCharts();
        if (last != null) showMonitors(last);
        // The map's markers follow the model as it is now, read under the schedule's lock (the
        // model steps holding it, and MASON draws holding it): once per redraw rather than after
        // every month, so the model does not pay for markers no one sees. The map then shows the
        // month the monitors give, also when the Console is paused between two redraws.
        if (state != null) {
            synchronized (state.schedule) {
                map.rebuild();
            }
        }
        map.display().repaint();
    }

    /** Turns every chart's notices back on, which redraws the charts that have months not yet drawn. */
    private void redrawCharts() {
        boolean any = false;
        for (ChartWindow window : charts) {
            if (!window.chart().chart().isNotify()) {
                window.chart().chart().setNotify(true);
                any = true;
            }
        }
        if (any) chartsDrawnAt = System.nanoTime();
    }

    private void showMonitors(ChartRow r) {
        String text = r.index() < 0
                ? Monitors.initial(r.start(), r.monthsToRun())
                : Monitors.line(r.date(), r.index() + 1, r.monthsToRun(), r.row());
        if (text.equals(lastMonitor)) return;
        lastMonitor = text;
        map.setMonitor(text);
        if (controller instanceof JFrame) {
            ((JFrame) controller).setTitle(title(r.index() < 0 ? r.start() + " (initial state)" : r.date()));
        }
    }

    /** What the monitors show now (for tests). */
    String monitorText() {
        return map.monitorText();
    }

    /** When a run stops: its last month drawn and charted (the map redraws at most four times a second while it runs). */
    @Override
    public void finish() {
        super.finish();
        SwingUtilities.invokeLater(() -> {
            drainCharts();
            redrawCharts();
            if (map != null) map.display().repaint();
        });
    }

    @Override
    public void quit() {
        super.quit();
        if (chartTimer != null) chartTimer.stop();
        if (map != null) map.frame().dispose();
        for (ChartWindow window : charts) window.frame().dispose();
    }

    /**
     * How long one step of MASON's Console may run months for, ns. The Console waits for the Swing
     * thread to empty its queue before every step and after every step; months shorter than this
     * (one economy: 20 to 50 ms) are run several to a step, so the model waits once per batch
     * rather than once a month. A pause or stop still takes effect after the month under way.
     */
    static final long MONTHS_PER_STEP_BUDGET_NS = 200_000_000L;

    /**
     * One step of the Console's play thread: months until {@link #MONTHS_PER_STEP_BUDGET_NS} has
     * passed, the run's end or automatic pause is reached, or the user pauses or stops (the Console
     * interrupts its play thread). The model steps exactly as {@code run} steps it, one month at a
     * time with the map and charts fed after each month, so outputs are the same bytes. The
     * Console's Step button (on the Swing thread) steps one month.
     */
    @Override
    public boolean step() {
        long began = System.nanoTime();
        boolean more = super.step();
        if (SwingUtilities.isEventDispatchThread() || !(controller instanceof Console)) return more;
        Console console = (Console) controller;
        while (more && !Thread.currentThread().isInterrupted()
                && System.nanoTime() - began < MONTHS_PER_STEP_BUDGET_NS
                && state.schedule.getSteps() < console.getWhenShouldEnd()
                && state.schedule.getSteps() < console.getWhenShouldPause()
                && state.schedule.getTime() < console.getWhenShouldEndTime()
                && state.schedule.getTime() < console.getWhenShouldPauseTime()) {
            more = super.step();
        }
        return more;
    }

    // ---------------------------------------------------------------- Model tab

    @Override
    public Inspector getInspector() {
        Inspector withSliders = modelTab(true);
        int screenWidth = GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds().width;
        // On a small screen (1366 pixels wide: a third is 455) the rows with sliders would cut the
        // values off; typed fields alone show them whole.
        return modelTabWidth(withSliders) <= widestConsole(screenWidth) ? withSliders : modelTab(false);
    }

    private Inspector modelTab(boolean sliders) {
        ParameterProperties properties = new ParameterProperties(settings, this::reportProblem, sliders);
        Inspector inspector = new SimpleInspector(properties, this, "Parameters (apply when a run starts)",
                properties.numProperties());
        inspector.setVolatile(false);
        return inspector;
    }

    @Override
    public int getMaximumPropertiesForInspector() {
        return 1000;
    }

    private void reportProblem(String problem) {
        JFrame parent = controller instanceof JFrame ? (JFrame) controller : null;
        SwingUtilities.invokeLater(() -> JOptionPane.showMessageDialog(parent, problem, "icosim: value refused",
                JOptionPane.WARNING_MESSAGE));
    }

    // ---------------------------------------------------------------- the Experiment menu

    private void addExperimentMenu(Console console) {
        JMenu menu = new JMenu("Experiment");
        JMenuItem open = new JMenuItem("Open experiment file...");
        open.addActionListener(e -> openInteractively(console));
        JMenuItem save = new JMenuItem("Save settings as experiment file...");
        save.addActionListener(e -> saveExperimentInteractively(console));
        JMenuItem export = new JMenuItem("Export metrics.csv...");
        export.setToolTipText("The run's metrics so far, the same bytes ./icosim run writes for the same settings");
        export.addActionListener(e -> exportMetricsInteractively(console));
        JMenuItem saveCharts = new JMenuItem("Save all charts (PNG and SVG)...");
        saveCharts.addActionListener(e -> saveChartsInteractively(console));
        menu.add(open);
        menu.add(save);
        menu.add(export);
        menu.add(saveCharts);
        console.getJMenuBar().add(menu);
        console.getJMenuBar().revalidate();
    }

    /**
     * MASON's File, New Simulation lists MASON's own demos: here it opens an experiment file
     * instead. (File, Open reads a checkpoint or, see {@link #readNewStateFromCheckpoint}, an
     * experiment file.)
     */
    private void replaceFileMenuItems(Console console) {
        javax.swing.JMenuBar bar = console.getJMenuBar();
        for (int m = 0; m < bar.getMenuCount(); m++) {
            JMenu menu = bar.getMenu(m);
            if (menu == null || !"File".equals(menu.getText())) continue;
            for (int i = 0; i < menu.getItemCount(); i++) {
                JMenuItem item = menu.getItem(i);
                if (item == null || item.getText() == null) continue;
                if (item.getText().startsWith("New Simulation")) {
                    for (java.awt.event.ActionListener l : item.getActionListeners()) item.removeActionListener(l);
                    item.setText("New from experiment file...");
                    item.addActionListener(e -> openInteractively(console));
                } else if (item.getText().startsWith("Open")) {
                    item.setText("Open checkpoint or experiment file...");
                }
            }
        }
    }

    /**
     * Writes the current settings as an experiment file that reproduces the current (or last) run:
     * its seed is the one the Console ran with.
     */
    public ExperimentFile saveExperiment(Path file) throws IOException {
        ExperimentFile experiment = settings.toExperiment(file, state.seed());
        AtomicFiles.write(file, experiment.toJson());
        return experiment;
    }

    /** Writes every chart as PNG and SVG into {@code folder} (created if needed); returns the files. */
    public List<Path> saveCharts(Path folder) throws IOException {
        Files.createDirectories(folder);
        List<Path> written = new ArrayList<>();
        for (ChartWindow window : charts) {
            window.saveInto(folder);
            written.add(folder.resolve(window.fileName("png")));
            written.add(folder.resolve(window.fileName("svg")));
        }
        return written;
    }

    private void saveExperimentInteractively(Console console) {
        JFileChooser chooser = new JFileChooser(Path.of("experiments").toFile());
        chooser.setFileFilter(new FileNameExtensionFilter("Experiment file (JSON)", "json"));
        if (chooser.showSaveDialog(console) != JFileChooser.APPROVE_OPTION) return;
        Path file = chooser.getSelectedFile().toPath();
        if (!file.getFileName().toString().endsWith(".json")) file = file.resolveSibling(file.getFileName() + ".json");
        if (!confirmReplace(console, List.of(file))) return;
        try {
            saveExperiment(file);
        } catch (IOException | RuntimeException e) {
            JOptionPane.showMessageDialog(console, "Could not save " + file + ": " + e.getMessage(), "icosim",
                    JOptionPane.ERROR_MESSAGE);
        }
    }

    private void saveChartsInteractively(Console console) {
        JFileChooser chooser = new JFileChooser();
        chooser.setFileSelectionMode(JFileChooser.DIRECTORIES_ONLY);
        chooser.setDialogTitle("Folder for the charts");
        if (chooser.showSaveDialog(console) != JFileChooser.APPROVE_OPTION) return;
        Path folder = chooser.getSelectedFile().toPath();
        List<Path> targets = new ArrayList<>();
        for (ChartWindow window : charts) {
            targets.add(folder.resolve(window.fileName("png")));
            targets.add(folder.resolve(window.fileName("svg")));
        }
        if (!confirmReplace(console, targets)) return;
        try {
            saveCharts(folder);
        } catch (IOException | RuntimeException e) {
            JOptionPane.showMessageDialog(console, "Could not save the charts in " + folder + ": " + e.getMessage(),
                    "icosim", JOptionPane.ERROR_MESSAGE);
        }
    }

    /** Nothing a user owns is replaced unasked: an existing file is replaced only once they say so. */
    static boolean confirmReplace(java.awt.Component parent, List<Path> targets) {
        List<String> existing = new ArrayList<>();
        for (Path target : targets) if (Files.exists(target)) existing.add(target.getFileName().toString());
        if (existing.isEmpty()) return true;
        String names = existing.size() <= 3 ? String.join(", ", existing) : existing.size() + " files";
        return JOptionPane.showConfirmDialog(parent, names + " already exist" + (existing.size() == 1 ? "s" : "")
                + ". Replace?", "icosim", JOptionPane.YES_NO_OPTION, JOptionPane.WARNING_MESSAGE) == JOptionPane.YES_OPTION;
    }

    private void openInteractively(Console console) {
        JFileChooser chooser = new JFileChooser(Path.of("experiments").toFile());
        chooser.setFileFilter(new FileNameExtensionFilter("Experiment file (JSON)", "json"));
        if (chooser.showOpenDialog(console) != JFileChooser.APPROVE_OPTION) return;
        openExperiment(console, chooser.getSelectedFile().toPath());
    }

    /** Opens an experiment file in a new Console; for a sweep, after asking which run, each named by what it sets. */
    void openExperiment(Console console, Path file) {
        try {
            Integer runId = null;
            int runs = loader.runCount(file);
            if (runs > 1) {
                List<String> labels = SweepRuns.labels(loader, file, runs);
                javax.swing.JComboBox<String> choice = new javax.swing.JComboBox<>(labels.toArray(new String[0]));
                int answer = JOptionPane.showConfirmDialog(console, new Object[] {
                    file.getFileName() + " is a sweep of " + runs + " runs. Which run?", choice},
                        "icosim: open one run of a sweep", JOptionPane.OK_CANCEL_OPTION, JOptionPane.QUESTION_MESSAGE);
                if (answer != JOptionPane.OK_OPTION) return;
                runId = choice.getSelectedIndex();
            }
            replaceWith(console, loader.load(file, runId));
        } catch (InputException e) {
            JOptionPane.showMessageDialog(console, e.getMessage(), "icosim: cannot open", JOptionPane.ERROR_MESSAGE);
        }
    }

    /** Writes the run's metrics so far as {@code metrics.csv} bytes, as {@code run} writes them. */
    public void exportMetrics(Path file) throws IOException {
        String csv;
        synchronized (state.schedule) {
            csv = MetricsCsv.toCsv(((IcoSim) state).metrics());
        }
        AtomicFiles.write(file, csv);
    }

    private void exportMetricsInteractively(Console console) {
        JFileChooser chooser = new JFileChooser();
        chooser.setSelectedFile(new java.io.File("metrics.csv"));
        chooser.setFileFilter(new FileNameExtensionFilter("Metrics (CSV)", "csv"));
        if (chooser.showSaveDialog(console) != JFileChooser.APPROVE_OPTION) return;
        Path file = chooser.getSelectedFile().toPath();
        if (!file.getFileName().toString().endsWith(".csv")) file = file.resolveSibling(file.getFileName() + ".csv");
        if (!confirmReplace(console, List.of(file))) return;
        try {
            exportMetrics(file);
        } catch (IOException | RuntimeException e) {
            JOptionPane.showMessageDialog(console, "Could not write " + file + ": " + e.getMessage(), "icosim",
                    JOptionPane.ERROR_MESSAGE);
        }
    }

    /** A new Console on other settings takes this one's place (MASON's own "New Simulation" does the same). */
    public Console replaceWith(Console old, ExperimentSettings other) {
        Console replacement = open(other, loader);
        replacement.setLocation(old.getLocation());
        old.doClose();
        return replacement;
    }

    // ---------------------------------------------------------------- for tests and the command line

    public ExperimentSettings settings() {
        return settings;
    }

    /** The chart windows' charts, in the order they are tiled. */
    public List<MetricChart> charts() {
        List<MetricChart> out = new ArrayList<>();
        for (ChartWindow window : charts) out.add(window.chart());
        return out;
    }

    public List<JFrame> chartFrames() {
        List<JFrame> out = new ArrayList<>();
        for (ChartWindow window : charts) out.add(window.frame());
        return out;
    }

    EconomyMap map() {
        return map;
    }

    public JFrame mapFrame() {
        return map.frame();
    }
}
