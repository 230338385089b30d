package org.icosim.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ParameterOverridesTest {

    @Test
    void parsesNumbersAndBooleans() throws Exception {
        assertEquals(Map.entry("patientScale", 100.0), ParameterOverrides.parse("patientScale=100"));
        assertEquals(Map.entry("switchProbability", 0.25), ParameterOverrides.parse(" switchProbability = 2.5e-1 "));
        assertEquals(Map.entry("mpigWithdrawal", 0.0), ParameterOverrides.parse("mpigWithdrawal=false"));
    }

    @Test
    void parsesLeverMonthsAndChoices() throws Exception {
        assertEquals(Map.entry("timeToCareStart", 2017 * 12 + 3.0), ParameterOverrides.parse("timeToCareStart=2017-04"));
        assertEquals(Map.entry("policyPush", 3.0), ParameterOverrides.parse("policyPush=mandated"));
        assertEquals("got \"April 2017\", expected a month \"YYYY-MM\" in [1990-01, 2100-12]",
                assertThrows(InputException.class, () -> ParameterOverrides.parse("timeToCareStart=April 2017")).problem());
    }

    @Test
    void outOfRangeNamesCommandLineAndParameter() {
        InputException e = assertThrows(InputException.class, () -> ParameterOverrides.parse("patientScale=0"));
        assertEquals("command line: -p patientScale: got 0, expected a whole number in [1, 100000]"
                + " (real patients per patient agent)", e.getMessage());
        assertEquals("command line", e.file());
        assertEquals("-p patientScale", e.place());
    }

    @Test
    void rejectsTextThatIsNotOfTheParametersKind() {
        assertEquals("got \"abc\", expected a number in [0, 1] (per month)",
                assertThrows(InputException.class, () -> ParameterOverrides.parse("switchProbability=abc")).problem());
        // Java's parser would read these; a modeller did not mean them.
        assertEquals("got \"0.5d\", expected a number in [0, 1] (per month)",
                assertThrows(InputException.class, () -> ParameterOverrides.parse("switchProbability=0.5d")).problem());
        assertEquals("got \"NaN\", expected a number in [0, 1] (per month)",
                assertThrows(InputException.class, () -> ParameterOverrides.parse("switchProbability=NaN")).problem());
        assertEquals("got \"1\", expected true or false",
                assertThrows(InputException.class, () -> ParameterOverrides.parse("mpigWithdrawal=1")).problem());
        assertEquals("got \"\", expected a number in [0, 1] (per month)",
                assertThrows(InputException.class, () -> ParameterOverrides.parse("switchProbability=")).problem());
    }

    @Test
    void unknownNameAndMissingEquals() {
        InputException unknown = assertThrows(InputException.class, () -> ParameterOverrides.parse("patientscale=3"));
        assertEquals("command line: -p patientscale: unknown parameter \"patientscale\" (did you mean patientScale?)",
                unknown.getMessage());
        InputException noEquals = assertThrows(InputException.class, () -> ParameterOverrides.parse("patientScale"));
        assertEquals("command line: -p patientScale: expected name=value, for example -p patientScale=100",
                noEquals.getMessage());
        assertThrows(InputException.class, () -> ParameterOverrides.parse("=3"));
    }

    @Test
    void parseAllKeepsOrderAndRejectsRepeats() throws Exception {
        Map<String, Double> values = ParameterOverrides.parseAll(List.of("switchProbability=0.1", "patientScale=10"));
        assertEquals(List.of("switchProbability", "patientScale"), List.copyOf(values.keySet()));
        InputException twice = assertThrows(InputException.class,
                () -> ParameterOverrides.parseAll(List.of("patientScale=10", "patientScale=20")));
        assertEquals("command line: -p patientScale: given twice (-p patientScale=10 and -p patientScale=20);"
                + " expected each parameter once", twice.getMessage());
    }
}
