package org.icosim.gui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.icosim.io.ModelFile;
import org.icosim.model.IcoSim;
import org.icosim.model.parameters.Parameter;
import org.icosim.model.parameters.Parameters;

import sim.util.Interval;

/** The Console's Model tab: every parameter, with its range and description, changing the next run. */
class ParameterPropertiesTest {

    private final List<String> problems = new ArrayList<>();

    private static ExperimentSettings settings() {
        Parameters model = new Parameters().set(Parameters.ECONOMIES, 1).set(Parameters.PRACTICES, 12)
                .set(Parameters.TRUSTS, 2).set(Parameters.TOWNS_PER_ECONOMY, 2).set(Parameters.ECONOMY_SIDE_KM, 20)
                .set(Parameters.PATIENT_SCALE, 10);
        ModelFile file = new ModelFile(Path.of("models", "tiny.json"), "tiny", "test", Map.of(), null);
        return new ExperimentSettings("test", "", file, model, model, java.util.Set.of(), 5, YearMonth.of(2015, 4), 12);
    }

    private static int index(ParameterProperties properties, String name) {
        for (int i = 0; i < properties.numProperties(); i++) if (properties.key(i).equals(name)) return i;
        throw new AssertionError(name + " not in the Model tab");
    }

    @Test
    void namesAreShownInWordsWithTheirAbbreviations() {
        assertEquals("Year of care tariff", ParameterProperties.label("yearOfCareTariff"));
        assertEquals("A&E attendances per person year", ParameterProperties.label("aeAttendancesPerPersonYear"));
        assertEquals("Leaver rate 30 to 39", ParameterProperties.label("leaverRate30to39"));
        assertEquals("Leaver rate 65 plus", ParameterProperties.label("leaverRate65plus"));
        assertEquals("IR35 locum pay cut", ParameterProperties.label("ir35LocumPayCut"));
        assertEquals("Access guarantee 48h", ParameterProperties.label("accessGuarantee48h"));
        assertEquals("Time to care GPs", ParameterProperties.label("timeToCareGps"));
        assertEquals("ICO salary premium", ParameterProperties.label("icoSalaryPremium"));
        assertEquals("Covid", ParameterProperties.label("covid"));
        assertEquals("Practices", ParameterProperties.label("practices"));
        // Every row has its own label, and its tool tip names the parameter as files spell it.
        ParameterProperties properties = new ParameterProperties(settings(), problems::add);
        java.util.Set<String> labels = new java.util.HashSet<>();
        for (int i = 0; i < properties.numProperties(); i++) {
            assertTrue(labels.add(properties.getName(i)), "two rows labelled " + properties.getName(i));
            if (i >= 2) assertTrue(properties.getDescription(i).contains("<b>" + properties.key(i) + "</b>"), properties.key(i));
        }
    }

    @Test
    void everyParameterIsListedWithItsRangeAndDescription() {
        ParameterProperties properties = new ParameterProperties(settings(), problems::add);
        assertEquals(Parameters.all().size() + 2, properties.numProperties());
        assertEquals("start", properties.key(0));
        assertEquals("Start", properties.getName(0));
        assertEquals("months", properties.key(1));
        assertEquals("Months", properties.getName(1));
        for (Parameter p : Parameters.all()) {
            int i = index(properties, p.name());
            assertTrue(properties.isReadWrite(i), p.name());
            String description = properties.getDescription(i);
            assertTrue(description.contains("Range: "), p.name());
            assertTrue(description.contains("Source: "), p.name());
            assertTrue(!description.contains("MODEL.md") && description.contains("models/ODD.md, section 10"),
                    "tool tips cite what is in the repository: " + description);
            switch (p.kind()) {
                case REAL:
                    Interval range = (Interval) properties.getDomain(i);
                    assertEquals(p.min(), range.getMin().doubleValue(), p.name());
                    assertEquals(p.max(), range.getMax().doubleValue(), p.name());
                    assertEquals(Double.TYPE, properties.getType(i));
                    break;
                case CHOICE:
                    assertArrayEquals(p.choices().toArray(), (Object[]) properties.getDomain(i), p.name());
                    break;
                case BOOLEAN:
                    assertEquals(Boolean.TYPE, properties.getType(i));
                    break;
                case MONTH:
                    assertEquals(String.class, properties.getType(i));
                    break;
                default:
                    assertEquals(Integer.TYPE, properties.getType(i));
            }
        }
    }

    @Test
    void aValueChangedBeforeStartIsTheValueTheRunUses() {
        ExperimentSettings settings = settings();
        ParameterProperties properties = new ParameterProperties(settings, problems::add);
        properties.setValue(index(properties, "practices"), "9");
        properties.setValue(index(properties, "policyPush"), Integer.valueOf(Parameters.byName("policyPush").choices().indexOf("STRONG")));
        properties.setValue(index(properties, "icoPolicyStart"), "2016-01");
        properties.setValue(index(properties, "hospitalLedOnly"), Boolean.FALSE);
        properties.setValue(0, "2016-04");
        assertEquals(List.of(), problems);

        IcoSim sim = new IcoSim(settings.seed(), settings.values(), settings.start());
        sim.start();
        assertEquals(9, sim.practices().size());
        assertEquals(YearMonth.of(2016, 4), sim.date());
        assertEquals("STRONG", Parameters.byName("policyPush").format(sim.parameters().get(Parameters.byName("policyPush"))));
        assertEquals(List.of("practices", "icoPolicyStart", "policyPush", "hospitalLedOnly"),
                List.copyOf(settings.experimentValues().keySet()), "what a saved experiment file sets, in catalogue order");
    }

    @Test
    void aValueOutOfRangeIsRefusedWithTheRangeAndTheOldValueKept() {
        ExperimentSettings settings = settings();
        ParameterProperties properties = new ParameterProperties(settings, problems::add);
        int share = index(properties, "highRiskShare");
        Object kept = properties.setValue(share, "1.5");
        assertEquals(0.02, (Double) kept, 0.0);
        assertEquals(0.02, settings.value(Parameters.HIGH_RISK_SHARE), 0.0);
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).startsWith("highRiskShare: got 1.5, expected"), problems.get(0));

        properties.setValue(index(properties, "icoPolicyStart"), "May 2015");
        assertTrue(problems.get(1).startsWith("icoPolicyStart: got May 2015, expected"), problems.get(1));
        properties.setValue(1, Integer.valueOf(0));
        assertEquals(12, settings.months());
        assertTrue(problems.get(2).startsWith("months: got 0"), problems.get(2));
    }

    @Test
    void realValuesAreShownToFourFiguresAndTheShownValueGivenBackChangesNothing() {
        ExperimentSettings settings = settings();
        ParameterProperties properties = new ParameterProperties(settings, problems::add);
        int share = index(properties, "acuteTrustShare");
        double exact = settings.value(Parameters.byName("acuteTrustShare"));
        assertEquals(0.6326530612244898, exact, 0.0, "the catalogue's default, 31 of 49");
        assertEquals(0.6327, (Double) properties.getValue(share), 0.0, "the row reads 0.6327, not 0.6326530612244898");

        // The field left as shown (MASON gives back the text on leaving it) keeps every digit.
        properties.setValue(share, "0.6327");
        properties.setValue(share, Double.valueOf(0.6327));
        assertEquals(exact, settings.value(Parameters.byName("acuteTrustShare")), 0.0);
        assertEquals(List.of(), List.copyOf(settings.experimentValues().keySet()), "nothing changed, nothing to save");

        // Any other value typed is taken as typed, and a rounded-looking value typed anew is taken too.
        properties.setValue(share, "0.63");
        assertEquals(0.63, settings.value(Parameters.byName("acuteTrustShare")), 0.0);
        properties.setValue(share, "0.6327");
        assertEquals(0.6327, settings.value(Parameters.byName("acuteTrustShare")), 0.0);
        assertEquals(List.of(), problems);

        assertEquals(65_000.0, ParameterProperties.shown(65_000.4), 0.0);
        assertEquals(1234.0, ParameterProperties.shown(1234.4), 0.0, "four figures");
        assertEquals(0.0001235, ParameterProperties.shown(0.00012345678), 1e-18);
        assertEquals(-2.5, ParameterProperties.shown(-2.5), 0.0);
    }

    @Test
    void withoutSlidersNumbersAreTypedFieldsStillCheckedAgainstTheirRange() {
        ExperimentSettings settings = settings();
        ParameterProperties withSliders = new ParameterProperties(settings, problems::add);
        ParameterProperties typedOnly = new ParameterProperties(settings, problems::add, false);
        int share = index(typedOnly, "highRiskShare");
        int practices = index(typedOnly, "practices");
        int push = index(typedOnly, "policyPush");
        assertEquals(0.5, ((sim.util.Interval) withSliders.getDomain(share)).getMax().doubleValue(), 0.0, "a slider over its range, 0 to 0.5");
        assertNull(typedOnly.getDomain(share), "no slider for a real value");
        assertNull(typedOnly.getDomain(practices), "no slider for a whole number");
        assertNull(typedOnly.getDomain(1), "no slider for the months");
        assertArrayEquals((Object[]) withSliders.getDomain(push), (Object[]) typedOnly.getDomain(push), "choices keep their drop-down");
        typedOnly.setValue(share, "1.5");
        assertEquals(0.02, settings.value(Parameters.HIGH_RISK_SHARE), 0.0, "out of range still refused");
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).startsWith("highRiskShare: got 1.5, expected"), problems.get(0));
    }
}
