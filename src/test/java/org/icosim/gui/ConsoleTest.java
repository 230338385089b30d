package org.icosim.gui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import javax.imageio.ImageIO;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;

import org.jfree.data.time.TimeSeries;
import org.junit.jupiter.api.AfterEach;
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
 * The GUI for real, on a display (CI runs it under Xvfb with {@code -Dicosim.headless=false}):
 * the launcher's {@code gui} command opens the Console on an experiment, the run is played to
 * its end, and the charts, map, saved experiment and checkpoint are checked. Files go to
 * {@code target/gui-test/}: the charts as PNG and SVG and a screenshot of the whole screen.
 */
class ConsoleTest {

    private static final int MONTHS = 24;
    private static final Path OUT = Path.of("target", "gui-test");

    private Console console;

    @AfterEach
    void closeWithoutEndingTheTestRun() throws Exception {
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
    void theConsoleRunsAnExperimentWithLiveChartsMapCheckpointAndSavedSettings() throws Exception {
        assumeFalse(GraphicsEnvironment.isHeadless(), "needs a display: run under xvfb-run with -Dicosim.headless=false");
        Files.createDirectories(OUT);
        ByteArrayOutputStream said = new ByteArrayOutputStream();
        int code = Main.run(List.of("gui", "experiments/labour-2015-ico.json", "--model", "models/tiny.json",
                "--months", String.valueOf(MONTHS)), new PrintStream(said, true, StandardCharsets.UTF_8), System.err);
        assertEquals(0, code, said.toString(StandardCharsets.UTF_8));
        console = onlyConsole();
        IcoSimWithUI gui = (IcoSimWithUI) console.getSimulation();

        // The chart windows and the map are registered with the Console (its Displays list).
        List<?> frames = console.getAllFrames();
        assertTrue(frames.contains(gui.mapFrame()), "map registered");
        for (JFrame chartFrame : gui.chartFrames()) assertTrue(frames.contains(chartFrame), chartFrame.getTitle());

        // A parameter changed in the Model tab before start changes the run: two practices fewer.
        ParameterProperties modelTab = new ParameterProperties(gui.settings(), problem -> {
            throw new AssertionError(problem);
        });
        for (int i = 0; i < modelTab.numProperties(); i++) {
            if (modelTab.getName(i).equals("practices")) modelTab.setValue(i, "10");
        }

        SwingUtilities.invokeAndWait(console::pressPlay);
        IcoSim model = (IcoSim) gui.state;
        long deadline = System.currentTimeMillis() + 180_000;
        while (!(model.month() == MONTHS && console.getPlayState() == Console.PS_STOPPED)) {
            assertTrue(System.currentTimeMillis() < deadline, "the run did not stop after " + MONTHS + " months");
            Thread.sleep(100);
        }
        SwingUtilities.invokeAndWait(() -> { });
        assertEquals(MONTHS, model.metrics().size(), "the Console stops after the experiment's months");
        assertEquals(10, model.practices().size(), "the Model tab's value, not the model file's 12");

        // One point per month in every series of every chart, each the run's own metric.
        assertEquals(5, gui.charts().size());
        for (MetricChart chart : gui.charts()) {
            assertEquals(MONTHS, chart.months(), chart.title());
            for (MetricChart.Line line : chart.lines()) {
                TimeSeries series = chart.series(line.metric());
                assertEquals(MONTHS, series.getItemCount(), chart.title() + ": " + line.label());
                double[] column = model.metrics().column(line.metric());
                for (int m = 0; m < MONTHS; m++) {
                    Number plotted = series.getValue(m);
                    if (Double.isNaN(column[m])) assertEquals(null, plotted);
                    else assertEquals(column[m], plotted.doubleValue(), 0.0, line.label() + " month " + m);
                }
            }
        }

        // The map shows every open practice and the ties of the layers.
        for (Practice p : model.practices()) {
            if (p.isOpen()) assertNotNull(gui.map().markerOf(p), "practice " + p.id() + " on the map");
        }
        assertTrue(gui.map().tiesShown(TieType.REFERS_TO) > 0);
        assertTrue(gui.map().tiesShown(TieType.WORKS_AT) > 0);
        assertEquals(model.network().count(TieType.NEIGHBOUR), gui.map().tiesShown(TieType.NEIGHBOUR) , "neighbour ties between open practices");

        // Double-clicking a practice on the map opens its inspector in the Console.
        Practice clicked = null;
        for (Practice p : model.practices()) if (p.isOpen() && p.partners() > 0) { clicked = p; break; }
        java.awt.geom.Point2D.Double at = gui.map().pixelOf(clicked);
        boolean hit = false;
        for (sim.util.Bag layer : gui.map().display().objectsHitBy(at)) {
            for (Object wrapper : layer) hit |= ((sim.portrayal.LocationWrapper) wrapper).getObject() == gui.map().markerOf(clicked);
        }
        assertTrue(hit, "the practice is under its own dot");
        java.awt.Component canvas = gui.map().display().insideDisplay;
        SwingUtilities.invokeAndWait(() -> canvas.dispatchEvent(new java.awt.event.MouseEvent(canvas,
                java.awt.event.MouseEvent.MOUSE_CLICKED, System.currentTimeMillis(), 0, (int) at.x, (int) at.y, 2, false,
                java.awt.event.MouseEvent.BUTTON1)));
        SwingUtilities.invokeAndWait(() -> { });
        assertTrue(console.getAllInspectors().size() > 0, "a double click opens inspectors");

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
        Rectangle screen = GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
        BufferedImage shot = new Robot().createScreenCapture(screen);
        ImageIO.write(shot, "png", OUT.resolve("screen.png").toFile());
        assertTrue(distinctColours(shot) > 20, "the screenshot shows windows, not an empty screen");

        // The settings saved as an experiment file reproduce the run through `run`, byte for byte.
        Path experiment = OUT.resolve("saved-experiment.json");
        gui.saveExperiment(experiment);
        String savedText = Files.readString(experiment);
        assertTrue(savedText.contains("\"practices\": 10") && savedText.contains("\"policyPush\": \"STRONG\""), savedText);
        Path runDir = OUT.resolve("rerun");
        deleteRecursively(runDir);
        assertEquals(0, Main.run(List.of("run", experiment.toString(), "--out", runDir.toString(), "--quiet"),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), System.err));
        assertEquals(MetricsCsv.toCsv(model.metrics()), Files.readString(runDir.resolve("metrics.csv")));

        // A checkpoint read back (what the Console's File, Open does) brings the charts and map back.
        File checkpoint = OUT.resolve("month24.checkpoint").toFile();
        model.writeToCheckpoint(checkpoint);
        SwingUtilities.invokeAndWait(() -> {
            try {
                assertTrue(gui.readNewStateFromCheckpoint(checkpoint));
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        SwingUtilities.invokeAndWait(() -> { });
        IcoSim restored = (IcoSim) gui.state;
        assertTrue(restored != model, "a new model object");
        assertEquals(MONTHS, restored.month());
        for (MetricChart chart : gui.charts()) assertEquals(MONTHS, chart.months(), chart.title() + " after restore");
        assertEquals(model.metrics().get(MONTHS - 1, Metric.icoPatientShare),
                gui.charts().get(4).series(Metric.icoPatientShare).getValue(MONTHS - 1).doubleValue(), 0.0);
    }

    private static Console onlyConsole() throws Exception {
        Console[] found = new Console[1];
        SwingUtilities.invokeAndWait(() -> {
            for (Object controller : Console.allControllers.keySet()) {
                if (controller instanceof Console) found[0] = (Console) controller;
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
}
