package org.icosim.gui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.awt.GraphicsEnvironment;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.event.InputEvent;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import javax.imageio.ImageIO;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;

import org.jfree.chart.axis.DateAxis;
import org.jfree.data.time.Month;
import org.jfree.data.time.TimeSeries;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.icosim.cli.Main;
import org.icosim.io.MetricsCsv;
import org.icosim.metrics.Metric;
import org.icosim.model.IcoSim;
import org.icosim.model.world.Practice;
import org.icosim.network.TieType;
import org.icosim.report.MetricChart;

import sim.display.Console;

/**
 * The GUI for real, on a display (CI runs it under Xvfb with {@code -Dicosim.headless=false}),
 * driven as a person would: the launcher's {@code gui} command opens the Console on an
 * experiment; the initial state is drawn before play; the run is played to its end, played
 * again, changed and played, stopped and played again (the charts start again each time, with
 * no exception in the log); a practice is inspected with a single click of the mouse; tie
 * layers are switched on and off; the metrics are exported and the settings saved, and both
 * reproduce {@code run} byte for byte; a checkpoint is read back; the saved experiment is
 * opened again. Files go to {@code target/gui-test/}: the charts as PNG and SVG, the saved
 * experiment, the exported metrics and screenshots of the whole screen.
 */
class ConsoleTest {

    private static final int MONTHS = 24;
    /** The length set in the Model tab for the later runs. */
    private static final int MONTHS_CHANGED = 30;
    private static final Path OUT = Path.of("target", "gui-test");

    private Console console;
    private PrintStream originalErr;
    private final ByteArrayOutputStream errors = new ByteArrayOutputStream();
    private final List<Throwable> uncaught = new java.util.concurrent.CopyOnWriteArrayList<>();
    private Thread.UncaughtExceptionHandler originalHandler;

    @BeforeEach
    void watchTheLog() {
        originalErr = System.err;
        PrintStream both = new PrintStream(new TeeStream(originalErr, errors), true, StandardCharsets.UTF_8);
        System.setErr(both);
        originalHandler = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> {
            uncaught.add(e);
            e.printStackTrace(originalErr);
        });
    }

    @AfterEach
    void closeWithoutEndingTheTestRun() throws Exception {
        System.setErr(originalErr);
        Thread.setDefaultUncaughtExceptionHandler(originalHandler);
        if (console == null) return;
        Console c = console;
        SwingUtilities.invokeAndWait(() -> {
            c.pressStop();
            c.getSimulation().quit();
            c.dispose();
            // MASON ends the program when its last Console closes; the test run must go on.
            Console.allControllers.remove(c);
        });
    }

    @Test
    void theConsoleRunsRerunsInspectsSavesAndReloads() throws Exception {
        assumeFalse(GraphicsEnvironment.isHeadless(), "needs a display: run under xvfb-run with -Dicosim.headless=false");
        Files.createDirectories(OUT);
        ByteArrayOutputStream said = new ByteArrayOutputStream();
        int code = Main.run(List.of("gui", "experiments/labour-2015-ico.json", "--model", "models/tiny.json",
                "--months", String.valueOf(MONTHS)), new PrintStream(said, true, StandardCharsets.UTF_8), System.err);
        assertEquals(0, code, said.toString(StandardCharsets.UTF_8));
        console = onlyConsole();
        IcoSimWithUI gui = (IcoSimWithUI) console.getSimulation();
        assertTrue(console.getTitle().contains("labour-2015-ico") && console.getTitle().contains("tiny.json"),
                "the window title says what is loaded: " + console.getTitle());

        // The chart windows and the map are registered with the Console (its Displays list).
        List<?> frames = console.getAllFrames();
        assertTrue(frames.contains(gui.mapFrame()), "map registered");
        for (JFrame chartFrame : gui.chartFrames()) assertTrue(frames.contains(chartFrame), chartFrame.getTitle());

        // Before play, as NetLogo's setup: the initial world on the map, empty charts over the run's months.
        SwingUtilities.invokeAndWait(gui::drainCharts);
        IcoSim preview = (IcoSim) gui.state;
        for (Practice p : preview.practices()) assertNotNull(gui.map().markerOf(p), "practice " + p.id() + " drawn before play");
        assertTrue(gui.monitorText().startsWith("2015-04 (initial state"), gui.monitorText());
        for (MetricChart chart : gui.charts()) {
            assertEquals(0, chart.months(), chart.title());
            DateAxis axis = (DateAxis) chart.chart().getXYPlot().getDomainAxis();
            assertEquals(new Month(4, 2015).getFirstMillisecond(), axis.getMinimumDate().getTime(), chart.title());
        }
        shoot("before-play.png");

        // A parameter changed in the Model tab before start changes the run: two practices fewer.
        ParameterProperties modelTab = new ParameterProperties(gui.settings(), problem -> {
            throw new AssertionError(problem);
        });
        set(modelTab, "practices", "10");

        playToTheEnd(gui, MONTHS);
        IcoSim model = (IcoSim) gui.state;
        assertEquals(10, model.practices().size(), "the Model tab's value, not the model file's 12");
        assertChartsFollow(gui, model, MONTHS);
        assertTrue(gui.monitorText().startsWith("2017-03 (month 24 of 24)"), gui.monitorText());
        assertTrue(console.getTitle().endsWith("2017-03"), console.getTitle());
        // The Console's own time, in its bottom bar, is the last month run as a date, not MASON's step number.
        waitFor(() -> labelShowing(console, "2017-03"), "the Console's time to read 2017-03");

        // Play after the end: a new run, the charts start again.
        playToTheEnd(gui, MONTHS);
        assertChartsFollow(gui, (IcoSim) gui.state, MONTHS);

        // Longer, then stopped part way and played again: the charts follow the new run only. A month of
        // the tiny world is so short that one step of the Console runs the whole run, so the run is paused
        // at month 5 by the Console's automatic pause (which a step of several months respects).
        set(modelTab, "months", String.valueOf(MONTHS_CHANGED));
        console.setWhenShouldPause(5);
        SwingUtilities.invokeAndWait(console::pressPlay);
        waitFor(() -> console.getPlayState() == Console.PS_PAUSED, "the automatic pause at month 5");
        assertEquals(5, ((IcoSim) gui.state).month(), "paused after month 5, not after the step's last month");
        console.setWhenShouldPause(Long.MAX_VALUE);
        Thread.sleep(300);
        assertEquals(5, ((IcoSim) gui.state).month(), "no month after the pause");
        // Paused, play is MASON's step button: one month a press, however many a step runs while playing.
        SwingUtilities.invokeAndWait(console::pressPlay);
        assertEquals(6, ((IcoSim) gui.state).month(), "one month a press of step");
        assertEquals(Console.PS_PAUSED, console.getPlayState(), "still paused after a step");
        SwingUtilities.invokeAndWait(console::pressStop);
        playToTheEnd(gui, MONTHS_CHANGED);
        model = (IcoSim) gui.state;
        assertChartsFollow(gui, model, MONTHS_CHANGED);
        assertNoExceptionInTheLog();

        // The map shows every open practice; tie layers start hidden and are read when shown.
        for (Practice p : model.practices()) {
            if (p.isOpen()) assertNotNull(gui.map().markerOf(p), "practice " + p.id() + " on the map");
        }
        assertEquals(0, gui.map().tiesShown(TieType.REFERS_TO), "refers-to ties hidden by default");
        assertEquals(0, gui.map().tiesShown(TieType.MEMBER_OF), "member-of ties hidden by default");
        assertTrue(gui.map().gpsShown() > 0, "GPs shown on a small world");
        EconomyMap map = gui.map();
        SwingUtilities.invokeAndWait(() -> {
            map.setShown(EconomyMap.Layer.REFERS_TO, true);
            map.setShown(EconomyMap.Layer.WORKS_AT, true);
            map.setShown(EconomyMap.Layer.NEIGHBOUR, true);
        });
        assertTrue(map.tiesShown(TieType.REFERS_TO) > 0);
        assertTrue(map.tiesShown(TieType.WORKS_AT) > 0);
        assertEquals(model.network().count(TieType.NEIGHBOUR), map.tiesShown(TieType.NEIGHBOUR), "neighbour ties between open practices");
        SwingUtilities.invokeAndWait(() -> {
            map.setShown(EconomyMap.Layer.REFERS_TO, false);
            map.setShown(EconomyMap.Layer.WORKS_AT, false);
            map.setShown(EconomyMap.Layer.NEIGHBOUR, false);
        });
        assertEquals(0, map.tiesShown(TieType.NEIGHBOUR));

        // A single click of the mouse on a practice opens its inspector, and only its.
        Practice clicked = null;
        for (Practice p : model.practices()) if (p.isOpen() && p.partners() > 0) { clicked = p; break; }
        assertNotNull(clicked);
        Point onScreen = screenPointOf(gui, clicked);
        Robot robot = new Robot();
        robot.mouseMove(onScreen.x, onScreen.y);
        robot.delay(200);
        robot.mousePress(InputEvent.BUTTON1_DOWN_MASK);
        robot.mouseRelease(InputEvent.BUTTON1_DOWN_MASK);
        robot.waitForIdle();
        waitFor(() -> map.lastInspected() != null, "the click to be handled");
        SwingUtilities.invokeAndWait(() -> { });
        assertSame(map.markerOf(clicked), map.lastInspected(), "the practice under the cursor is inspected");
        assertEquals(1, console.getAllInspectors().size(), "one inspector, not one per object hit");
        // The practice and the other members of its federation or ICO are ringed on the map.
        java.util.Set<Object> expected = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        expected.add(map.markerOf(clicked));
        for (org.icosim.network.Node organisation : model.network().membershipView(clicked)) {
            for (org.icosim.network.Node member : model.network().memberView(organisation)) {
                if (map.markerOf(member) != null) expected.add(map.markerOf(member));
            }
        }
        assertEquals(expected, map.highlighted(), "the clicked practice and its organisations' members, no more");
        SwingUtilities.invokeAndWait(() -> console.getTabPane().setSelectedIndex(console.getTabPane().indexOfTab("Inspectors")));

        // Charts saved as PNG and SVG, and a screenshot of the screen.
        List<Path> saved = gui.saveCharts(OUT.resolve("charts"));
        assertEquals(10, saved.size());
        for (Path file : saved) {
            byte[] bytes = Files.readAllBytes(file);
            if (file.toString().endsWith(".png")) {
                assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, Arrays.copyOf(bytes, 4), file.toString());
            } else {
                assertTrue(new String(bytes, StandardCharsets.UTF_8).contains("<svg"), file.toString());
            }
        }
        BufferedImage shot = shoot("screen.png");
        assertTrue(distinctColours(shot) > 20, "the screenshot shows windows, not an empty screen");

        // The settings saved as an experiment file reproduce the run through `run`, byte for byte,
        // and so does the GUI's export of metrics.csv.
        Path experiment = OUT.resolve("saved-experiment.json");
        gui.saveExperiment(experiment);
        String savedText = Files.readString(experiment);
        assertTrue(savedText.contains("\"practices\": 10") && savedText.contains("\"policyPush\": \"STRONG\""), savedText);
        assertTrue(savedText.contains("\"name\": \"saved-experiment\"") && savedText.contains("practices 10 (was 12)"),
                "a changed experiment is not saved under the old name and description: " + savedText);
        Path exported = OUT.resolve("exported-metrics.csv");
        gui.exportMetrics(exported);
        Path runDir = OUT.resolve("rerun");
        deleteRecursively(runDir);
        assertEquals(0, Main.run(List.of("run", experiment.toString(), "--out", runDir.toString(), "--quiet"),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), System.err));
        assertEquals(MetricsCsv.toCsv(model.metrics()), Files.readString(runDir.resolve("metrics.csv")));
        assertArrayEquals(Files.readAllBytes(runDir.resolve("metrics.csv")), Files.readAllBytes(exported),
                "the exported metrics.csv is run's, byte for byte");

        // A checkpoint read back (what the Console's File, Open does) brings the charts and map back.
        File checkpoint = OUT.resolve("month30.checkpoint").toFile();
        model.writeToCheckpoint(checkpoint);
        SwingUtilities.invokeAndWait(() -> {
            try {
                assertTrue(gui.readNewStateFromCheckpoint(checkpoint));
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        SwingUtilities.invokeAndWait(gui::drainCharts);
        IcoSim restored = (IcoSim) gui.state;
        assertTrue(restored != model, "a new model object");
        assertEquals(MONTHS_CHANGED, restored.month());
        for (MetricChart chart : gui.charts()) assertEquals(MONTHS_CHANGED, chart.months(), chart.title() + " after restore");
        assertEquals(model.metrics().get(MONTHS_CHANGED - 1, Metric.icoPatientShare),
                gui.charts().get(4).series(Metric.icoPatientShare).getValue(MONTHS_CHANGED - 1).doubleValue(), 0.0);
        assertFalse(IcoSimWithUI.looksLikeJson(checkpoint.toPath()), "a checkpoint is not taken for an experiment file");
        assertTrue(IcoSimWithUI.looksLikeJson(experiment));

        // The saved experiment opened again (Experiment, Open, or File, Open on the JSON file): a new Console on it.
        Console old = console;
        SwingUtilities.invokeAndWait(() -> gui.openExperiment(old, experiment));
        console = onlyConsole();
        assertTrue(console != old, "a new Console");
        IcoSimWithUI reopened = (IcoSimWithUI) console.getSimulation();
        assertEquals(10.0, reopened.settings().value(org.icosim.model.parameters.Parameters.all().stream()
                .filter(p -> p.name().equals("practices")).findFirst().orElseThrow()), 0.0);
        assertEquals(MONTHS_CHANGED, reopened.settings().months());
        assertTrue(console.getTitle().contains("saved-experiment"), console.getTitle());
        assertNoExceptionInTheLog();
    }

    private void playToTheEnd(IcoSimWithUI gui, int months) throws Exception {
        SwingUtilities.invokeAndWait(console::pressPlay);
        waitFor(() -> ((IcoSim) gui.state).month() == months && console.getPlayState() == Console.PS_STOPPED,
                "the run to stop after " + months + " months");
        SwingUtilities.invokeAndWait(gui::drainCharts);
        assertEquals(months, ((IcoSim) gui.state).metrics().size(), "the Console stops after the experiment's months");
        // Charts redraw at most once a second while months come; when the run stops every month is drawn.
        for (MetricChart chart : gui.charts()) assertTrue(chart.chart().isNotify(), chart.title() + " drawn to the last month");
    }

    /** One point per month in every series of every chart, each the run's own metric, from the run's first month. */
    private static void assertChartsFollow(IcoSimWithUI gui, IcoSim model, int months) {
        assertEquals(5, gui.charts().size());
        for (MetricChart chart : gui.charts()) {
            assertEquals(months, chart.months(), chart.title());
            for (MetricChart.Line line : chart.lines()) {
                TimeSeries series = chart.series(line.metric());
                assertEquals(months, series.getItemCount(), chart.title() + ": " + line.label());
                assertEquals(new Month(4, 2015), series.getTimePeriod(0), chart.title() + " starts again in 2015-04");
                double[] column = model.metrics().column(line.metric());
                for (int m = 0; m < months; m++) {
                    Number plotted = series.getValue(m);
                    if (Double.isNaN(column[m])) assertEquals(null, plotted);
                    else assertEquals(column[m], plotted.doubleValue(), 0.0, line.label() + " month " + m);
                }
            }
        }
    }

    private void assertNoExceptionInTheLog() {
        assertTrue(uncaught.isEmpty(), "uncaught: " + uncaught);
        String log = errors.toString(StandardCharsets.UTF_8);
        assertFalse(log.contains("Exception"), "an exception in the log:\n" + log);
    }

    /** Whether a label in {@code container} (or below) reads {@code text}; on the Swing thread. */
    private static boolean labelShowing(java.awt.Container container, String text) throws Exception {
        boolean[] found = new boolean[1];
        SwingUtilities.invokeAndWait(() -> found[0] = hasLabel(container, text));
        return found[0];
    }

    private static boolean hasLabel(java.awt.Container container, String text) {
        for (java.awt.Component c : container.getComponents()) {
            if (c instanceof javax.swing.JLabel && text.equals(((javax.swing.JLabel) c).getText())) return true;
            if (c instanceof java.awt.Container && hasLabel((java.awt.Container) c, text)) return true;
        }
        return false;
    }

    private static void set(ParameterProperties modelTab, String name, String value) {
        for (int i = 0; i < modelTab.numProperties(); i++) {
            if (modelTab.key(i).equals(name)) {
                modelTab.setValue(i, value);
                return;
            }
        }
        throw new AssertionError("no property " + name);
    }

    /** Where a practice is on the screen, with its map window in front. */
    private static Point screenPointOf(IcoSimWithUI gui, Practice practice) throws Exception {
        Point[] out = new Point[1];
        SwingUtilities.invokeAndWait(() -> {
            gui.mapFrame().toFront();
            java.awt.geom.Point2D.Double at = gui.map().pixelOf(practice);
            Point origin = gui.map().display().insideDisplay.getLocationOnScreen();
            out[0] = new Point(origin.x + (int) Math.round(at.x), origin.y + (int) Math.round(at.y));
        });
        return out[0];
    }

    private static BufferedImage shoot(String name) throws Exception {
        Thread.sleep(300);
        Rectangle screen = GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
        BufferedImage shot = new Robot().createScreenCapture(screen);
        ImageIO.write(shot, "png", OUT.resolve(name).toFile());
        return shot;
    }

    private interface Condition {
        boolean holds() throws Exception;
    }

    private static void waitFor(Condition condition, String what) throws Exception {
        long deadline = System.currentTimeMillis() + 180_000;
        while (!condition.holds()) {
            assertTrue(System.currentTimeMillis() < deadline, "timed out waiting for " + what);
            Thread.sleep(50);
        }
    }

    private static Console onlyConsole() throws Exception {
        Console[] found = new Console[1];
        SwingUtilities.invokeAndWait(() -> {
            for (Object controller : Console.allControllers.keySet()) {
                if (controller instanceof Console && ((Console) controller).isVisible()) found[0] = (Console) controller;
            }
        });
        assertNotNull(found[0], "the gui command opened a Console");
        return found[0];
    }

    private static int distinctColours(BufferedImage image) {
        java.util.Set<Integer> colours = new java.util.TreeSet<>();
        for (int y = 0; y < image.getHeight(); y += 7) {
            for (int x = 0; x < image.getWidth(); x += 7) colours.add(image.getRGB(x, y));
        }
        return colours.size();
    }

    private static void deleteRecursively(Path folder) throws Exception {
        if (!Files.exists(folder)) return;
        try (var walk = Files.walk(folder)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }

    /** Writes to two streams: the log still shows, and the test reads it. */
    private static final class TeeStream extends OutputStream {
        private final OutputStream a;
        private final OutputStream b;

        TeeStream(OutputStream a, OutputStream b) {
            this.a = a;
            this.b = b;
        }

        @Override
        public void write(int c) throws java.io.IOException {
            a.write(c);
            synchronized (b) {
                b.write(c);
            }
        }

        @Override
        public void write(byte[] bytes, int off, int len) throws java.io.IOException {
            a.write(bytes, off, len);
            synchronized (b) {
                b.write(bytes, off, len);
            }
        }
    }
}
