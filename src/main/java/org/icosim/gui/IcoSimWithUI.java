package org.icosim.gui;

import java.awt.Dimension;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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

    private final ExperimentSettings settings;
    private final ExperimentSettings.Loader loader;
    private final List<ChartWindow> charts = new ArrayList<>();
    private EconomyMap map;
    /** Months already handed to the charts; read and written on the model's thread only. */
    private int monthsCharted;

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
                + "<p>Set parameters in the Model tab, press play; the map and charts follow each month. "
                + "The Experiment menu saves the settings as an experiment file that <tt>./icosim run</tt> reproduces, "
                + "opens another experiment, and saves the charts as PNG and SVG. File, Save As writes a checkpoint.</p>"
                + "<p>The model is described in models/ODD.md.</p></html>";
    }

    /** Opens the Console on {@code settings}, on the Swing thread; returns it shown. */
    public static Console open(ExperimentSettings settings, ExperimentSettings.Loader loader) {
        if (GraphicsEnvironment.isHeadless()) {
            throw new IllegalStateException("the GUI needs a display (set DISPLAY, or run under xvfb-run)");
        }
        Console[] console = new Console[1];
        Runnable show = () -> {
            console[0] = new Console(new IcoSimWithUI(settings, loader));
            // Replays must meet the same luck: the seed is the experiment's until the modeller changes it.
            console[0].setIncrementSeedOnStop(false);
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
        if (controller instanceof Console) addExperimentMenu((Console) controller);
    }

    /** Console left, map beside it, charts tiled to the right and below, so a first look shows everything. */
    private void arrangeWindows(Controller controller) {
        Rectangle screen = GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
        int consoleWidth = 0;
        if (controller instanceof JFrame) {
            JFrame console = (JFrame) controller;
            // Tall and wide enough for the Model tab's names, values and ranges.
            console.setBounds(screen.x, screen.y, Math.min(480, screen.width / 4), screen.height);
            consoleWidth = console.getWidth();
        }
        JFrame mapFrame = map.frame();
        // Two columns of charts at least 420 pixels wide to the right; the map takes what is left, up to 720.
        int mapSide = Math.min(720, Math.min(screen.height - 120, Math.max(400, screen.width - consoleWidth - 2 * 420)));
        mapFrame.setSize(new Dimension(mapSide, mapSide + 110));
        // The whole field in view: the display was built 720 pixels square.
        map.display().setScale(Math.min(1.0, (mapSide - 30) / (double) EconomyMap.DISPLAY_PIXELS));
        mapFrame.setLocation(screen.x + consoleWidth, screen.y);
        int chartX = screen.x + consoleWidth + mapFrame.getWidth();
        int chartWidth = Math.max(300, (screen.x + screen.width - chartX) / 2);
        int chartHeight = Math.max(260, screen.height / 3);
        for (int i = 0; i < charts.size(); i++) {
            JFrame frame = charts.get(i).frame();
            frame.setSize(chartWidth, chartHeight);
            int column = i % 2;
            int row = i / 2;
            frame.setLocation(Math.min(chartX + column * chartWidth, screen.x + screen.width - chartWidth),
                    Math.min(screen.y + row * chartHeight, screen.y + screen.height - chartHeight));
            frame.setVisible(true);
        }
        mapFrame.setVisible(true);
    }

    @Override
    public void start() {
        IcoSim model = (IcoSim) state;
        model.setParameters(settings.values());
        model.setRules(settings.rules());
        model.setWorldSource(settings.model().worldSource());
        model.setStartMonth(settings.start());
        super.start();
        if (controller instanceof Console) ((Console) controller).setWhenShouldEnd(settings.months());
        follow(model);
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
        follow(model);
    }

    /** Points the map and charts at a model just started or restored, and updates them after every month. */
    private void follow(IcoSim model) {
        map.show(model);
        monthsCharted = 0;
        SwingUtilities.invokeLater(() -> {
            for (ChartWindow window : charts) window.chart().clear();
        });
        sendNewMonthsToCharts(model);
        scheduleRepeatingImmediatelyAfter((Steppable) s -> {
            map.rebuild();
            sendNewMonthsToCharts((IcoSim) state);
        });
    }

    /**
     * On the model's thread, after a month (or on a restored run, all its months): the metrics
     * rows the charts do not have yet, copied, go to the Swing thread, which appends and draws them.
     */
    private void sendNewMonthsToCharts(IcoSim model) {
        MetricsSeries metrics = model.metrics();
        List<String> dates = new ArrayList<>();
        List<double[]> rows = new ArrayList<>();
        for (int m = monthsCharted; m < metrics.size(); m++) {
            dates.add(metrics.date(m));
            rows.add(metrics.row(m));
        }
        if (rows.isEmpty()) return;
        monthsCharted = metrics.size();
        SwingUtilities.invokeLater(() -> {
            for (ChartWindow window : charts) {
                for (int i = 0; i < rows.size(); i++) window.chart().append(dates.get(i), rows.get(i));
            }
        });
    }

    @Override
    public void quit() {
        super.quit();
        if (map != null) map.frame().dispose();
        for (ChartWindow window : charts) window.frame().dispose();
    }

    // ---------------------------------------------------------------- Model tab

    @Override
    public Inspector getInspector() {
        ParameterProperties properties = new ParameterProperties(settings, this::reportProblem);
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
        JMenuItem saveCharts = new JMenuItem("Save all charts (PNG and SVG)...");
        saveCharts.addActionListener(e -> saveChartsInteractively(console));
        menu.add(open);
        menu.add(save);
        menu.add(saveCharts);
        console.getJMenuBar().add(menu);
        console.getJMenuBar().revalidate();
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
        Path file = chooser.getSelectedFile().toPath();
        try {
            Integer runId = null;
            int runs = loader.runCount(file);
            if (runs > 1) {
                String answer = JOptionPane.showInputDialog(console, file.getFileName() + " is a sweep of " + runs
                        + " runs.\nWhich run (0 to " + (runs - 1) + ")?", "0");
                if (answer == null) return;
                try {
                    runId = Integer.valueOf(answer.trim());
                } catch (NumberFormatException e) {
                    throw new InputException(file.toString(), "run", "got " + answer + ", expected a run id in [0, "
                            + (runs - 1) + "]");
                }
            }
            replaceWith(console, loader.load(file, runId));
        } catch (InputException e) {
            JOptionPane.showMessageDialog(console, e.getMessage(), "icosim: cannot open", JOptionPane.ERROR_MESSAGE);
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
