package org.icosim.gui;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.swing.SwingUtilities;

import org.icosim.cli.Main;
import org.icosim.model.IcoSim;

import sim.display.Console;

/**
 * Measures the GUI as it is used (not a test: speed is measured, never asserted): opens the
 * Console with {@code gui} on an experiment, presses play, and prints the months per second of
 * the months after the first (the world's build excluded, as {@code benchmark} excludes it), then
 * presses pause while it runs and prints how long the Console took to stop stepping.
 *
 * <pre>
 * xvfb-run -a -s "-screen 0 1920x1080x24" java -cp target/test-classes:target/classes:$(cat cp.txt) \
 *     org.icosim.gui.GuiSpeed experiments/status-quo.json models/one-economy.json 60
 * </pre>
 */
public final class GuiSpeed {

    private GuiSpeed() {
    }

    public static void main(String[] args) throws Exception {
        String experiment = args[0];
        String model = args[1];
        int months = Integer.parseInt(args[2]);
        List<String> command = new ArrayList<>(List.of("gui", experiment, "--model", model, "--months", String.valueOf(months)));
        int code = Main.run(command, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), System.err);
        if (code != 0) throw new IllegalStateException("gui exited " + code);
        Console[] found = new Console[1];
        SwingUtilities.invokeAndWait(() -> {
            for (Object c : Console.allControllers.keySet()) if (c instanceof Console) found[0] = (Console) c;
        });
        Console console = found[0];
        IcoSimWithUI gui = (IcoSimWithUI) console.getSimulation();
        long opened = System.nanoTime();
        SwingUtilities.invokeAndWait(console::pressPlay);
        while (((IcoSim) gui.state).month() < 1) Thread.sleep(5);
        long first = System.nanoTime();
        while (console.getPlayState() != Console.PS_STOPPED) Thread.sleep(5);
        long end = System.nanoTime();
        double seconds = (end - first) / 1e9;
        System.out.printf("%s on %s: %d months; first month after %.2f s (build and month 1); months 2-%d at %.2f months/s%n",
                experiment, model, months, (first - opened) / 1e9, months, (months - 1) / seconds, months);

        // Pause while running: from the press (queued on the Swing thread, as a click is) until the Console is paused.
        double worst = 0;
        double total = 0;
        int tries = 3;
        SwingUtilities.invokeAndWait(console::pressPlay);
        for (int i = 0; i < tries; i++) {
            while (((IcoSim) gui.state).month() < 2 + 2 * i) Thread.sleep(5);
            long press = System.nanoTime();
            SwingUtilities.invokeLater(console::pressPause);
            while (console.getPlayState() != Console.PS_PAUSED) Thread.sleep(1);
            double took = (System.nanoTime() - press) / 1e9;
            int at = ((IcoSim) gui.state).month();
            Thread.sleep(300);
            if (((IcoSim) gui.state).month() != at) throw new IllegalStateException("stepped after pause");
            worst = Math.max(worst, took);
            total += took;
            SwingUtilities.invokeAndWait(console::pressPause);
        }
        System.out.printf("pause: mean %.3f s, worst %.3f s over %d presses%n", total / tries, worst, tries);
        SwingUtilities.invokeAndWait(() -> {
            console.pressStop();
            gui.quit();
        });
        System.exit(0);
    }
}
