package org.icosim.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.icosim.io.ModelFile;
import org.icosim.io.RunRecord;
import org.icosim.model.IcoSim;
import org.icosim.model.parameters.Parameters;
import org.icosim.model.world.Practice;

import sim.portrayal.inspector.PropertyInspector;
import sim.util.Properties;

/**
 * MASON's "Chart" beside an inspector's number is icosim's own (MASON 18's fails on JFreeChart
 * 1.5): one point a month on the run's dates, the property's value. And the inspectors' rows.
 */
class ChartPropertyInspectorTest {

    @Test
    void masonOffersIcosimsChartAndNotItsOwnJFreeChart10Ones() {
        List<Object> names = new ArrayList<>();
        for (Object name : PropertyInspector.getPropertyInspectorClassNames()) names.add(name);
        assertTrue(names.contains(ChartPropertyInspector.class.getName()), names.toString());
        assertFalse(names.contains("sim.portrayal.inspector.TimeSeriesChartingPropertyInspector"), names.toString());
        assertEquals("Chart", PropertyInspector.getMenuNameForPropertyInspectorClass(ChartPropertyInspector.class.getName()));
    }

    @Test
    void aPracticesNumberIsChartedAMonthAtATimeAndItsRowsAreInAFixedOrderWithUnits() throws Exception {
        ModelFile model = ModelFile.load(Path.of("models", "tiny.json"));
        Parameters values = RunRecord.toParameters(RunRecord.resolve(model, null, Map.of()));
        ExperimentSettings settings = new ExperimentSettings("e", "", model, values, values, java.util.Set.of(), 7,
                java.time.YearMonth.of(2015, 4), 12);
        IcoSimWithUI gui = new IcoSimWithUI(settings, null);
        IcoSim sim = (IcoSim) gui.state;
        sim.setWorldSource(model.worldSource());
        sim.start();
        sim.runMonths(2);
        Practice practice = sim.practices().get(0);
        Properties rows = new PracticeMarker(practice, sim).properties();
        Properties again = new PracticeMarker(practice, sim).properties();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < rows.numProperties(); i++) {
            names.add(rows.getName(i));
            assertEquals(rows.getName(i), again.getName(i), "the same order for every practice, every time");
        }
        assertEquals("Name", names.get(0));
        assertTrue(names.contains("Partners' hours (FTE)") && names.contains("Income (£ a year)"), names.toString());
        int hours = names.indexOf("Partners' hours (FTE)");
        double shown = ((Number) rows.getValue(hours)).doubleValue();
        assertEquals(Readable.round3(practice.partnerFte()), shown, 0.0, "rounded to three figures");
        assertEquals(Long.class, rows.getValue(names.indexOf("Income (£ a year)")).getClass(), "whole pounds");
        assertEquals("Practice 0", new PracticeMarker(practice, sim).toString(), "a list label that does not go stale");

        ChartPropertyInspector chart = new ChartPropertyInspector(rows, hours, null, gui);
        assertEquals(1, chart.points(), "the month just run");
        chart.updateInspector();
        assertEquals(1, chart.points(), "the same month again replaces its point");
        sim.runMonths(3);
        chart.updateInspector();
        assertEquals(2, chart.points());
    }
}
