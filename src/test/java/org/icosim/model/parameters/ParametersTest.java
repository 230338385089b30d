package org.icosim.model.parameters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Every parameter has a unit, a sourced default inside a checked range; values are checked when set. */
class ParametersTest {

    @Test
    void everyParameterIsDocumentedAndItsDefaultIsInRange() {
        Set<String> names = new HashSet<>();
        int index = 0;
        for (Parameter p : Parameters.all()) {
            if (p.kind() != Parameter.Kind.BOOLEAN && p.kind() != Parameter.Kind.CHOICE) assertFalse(p.unit().isBlank(), p.name() + " has a unit");
            assertFalse(p.source().isBlank(), p.name() + " has a source");
            assertFalse(p.description().isBlank(), p.name() + " has a description");
            assertFalse(p.group().isBlank(), p.name() + " has a group");
            assertNull(p.problemWith(p.defaultValue()), p.name() + " default in range");
            assertSame(p, Parameters.byName(p.name()));
            assertTrue(names.add(p.name()), p.name() + " once");
            assertEquals(index++, p.index(), "catalogue order");
        }
        assertEquals(new Parameters().get(Parameters.MEAN_LIST_SIZE), Parameters.MEAN_LIST_SIZE.defaultValue());
    }

    @Test
    void outOfRangeValuesAreRefusedWithTheRangeAndUnitInTheMessage() {
        Parameters values = new Parameters();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> values.set(Parameters.PATIENT_SCALE, 0));
        assertEquals("patientScale: got 0, expected a whole number in [1, 100000] (real patients per patient agent)", e.getMessage());
        assertEquals("patientScale: got 2.5, expected a whole number in [1, 100000]",
                assertThrows(IllegalArgumentException.class, () -> values.set(Parameters.PATIENT_SCALE, 2.5)).getMessage());
        assertEquals("mpigWithdrawal: got 0.5, expected true or false",
                assertThrows(IllegalArgumentException.class, () -> values.set(Parameters.MPIG_WITHDRAWAL, 0.5)).getMessage());
        assertEquals("highRiskShare: got NaN, expected a number in [0, 0.5] (share of adults)",
                assertThrows(IllegalArgumentException.class, () -> values.set(Parameters.HIGH_RISK_SHARE, Double.NaN)).getMessage());
        assertEquals("policyPush: got 4.0, expected one of NONE, VOLUNTARY, STRONG, MANDATED",
                assertThrows(IllegalArgumentException.class, () -> values.set(Parameters.POLICY_PUSH, 4)).getMessage());
        assertEquals("icoPolicyStart: got 2015.5, expected a month \"YYYY-MM\" in [1990-01, 2100-12]",
                assertThrows(IllegalArgumentException.class, () -> values.set(Parameters.ICO_POLICY_START, 2015.5)).getMessage());
        assertEquals(1, values.getInt(Parameters.PATIENT_SCALE), "a refused value leaves the old one");
    }

    @Test
    void unknownNamesAreRefusedWithTheNearestKnownName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Parameters().set("patientscales", 3));
        assertEquals("unknown parameter patientscales (did you mean patientScale?)", e.getMessage());
        assertEquals("unknown parameter somethingElseEntirely",
                assertThrows(IllegalArgumentException.class, () -> new Parameters().set("somethingElseEntirely", 3)).getMessage());
        assertEquals("exitHazardScale", Parameters.closestName("exitHazardScal"));
        assertNull(Parameters.closestName("somethingElseEntirely"));
        assertEquals(3, Parameters.editDistance("kitten", "sitting"));
        assertEquals(7, new Parameters().set("patientScale", 7).getInt(Parameters.PATIENT_SCALE));
    }

    @Test
    void valuesAreWrittenAndReadBackAsInFiles() {
        assertEquals("true", Parameters.MPIG_WITHDRAWAL.format(1));
        assertEquals(0.0, Parameters.MPIG_WITHDRAWAL.parse("false"));
        assertEquals(1.0, Parameters.MPIG_WITHDRAWAL.parse(" TRUE "));
        assertEquals("42", Parameters.ECONOMIES.format(42));
        assertEquals("0.36", Parameters.LIST_SHARE_UNDER_5000.format(0.36));
        assertEquals(0.36, Parameters.LIST_SHARE_UNDER_5000.parse("0.36"));
        assertTrue(Double.isNaN(Parameters.ECONOMIES.parse("many")));
        assertEquals("STRONG", Parameters.POLICY_PUSH.format(2));
        assertEquals(3.0, Parameters.POLICY_PUSH.parse("mandated"));
        assertTrue(Double.isNaN(Parameters.POLICY_PUSH.parse("sometimes")));
        assertEquals("2016-04", Parameters.ICO_POLICY_START.format(Parameter.monthIndex(2016, 4)));
        assertEquals(2016 * 12 + 3, Parameters.ICO_POLICY_START.parse("2016-04"));
        assertTrue(Double.isNaN(Parameters.ICO_POLICY_START.parse("2016-13")));
        assertTrue(Double.isNaN(Parameters.ICO_POLICY_START.parse("April 2016")));
        for (Parameter p : Parameters.all()) {
            double v = p.defaultValue();
            assertEquals(v, p.parse(p.format(v)), 1e-12 * Math.max(1, Math.abs(v)), p.name() + " round trip");
        }
    }

    @Test
    void getChoiceMapsEveryChoiceToItsEnumConstant() {
        Parameters p = new Parameters();
        for (PolicyPush push : PolicyPush.values()) {
            p.set(Parameters.POLICY_PUSH, Parameters.POLICY_PUSH.parse(push.name()));
            assertSame(push, p.getChoice(Parameters.POLICY_PUSH, PolicyPush.class));
        }
        for (YearOfCareCoverage coverage : YearOfCareCoverage.values()) {
            p.set(Parameters.YEAR_OF_CARE_COVERAGE, Parameters.YEAR_OF_CARE_COVERAGE.parse(coverage.name()));
            assertSame(coverage, p.getChoice(Parameters.YEAR_OF_CARE_COVERAGE, YearOfCareCoverage.class));
        }
        assertEquals(PolicyPush.NONE, new Parameters().getChoice(Parameters.POLICY_PUSH, PolicyPush.class), "the status quo");
        assertEquals(YearOfCareCoverage.HIGH, new Parameters().getChoice(Parameters.YEAR_OF_CARE_COVERAGE, YearOfCareCoverage.class));
        assertEquals("policyPush is not a choice of YearOfCareCoverage", assertThrows(IllegalArgumentException.class,
                () -> p.getChoice(Parameters.POLICY_PUSH, YearOfCareCoverage.class)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> p.getChoice(Parameters.PATIENT_SCALE, PolicyPush.class));
    }

    @Test
    void aCopyIsIndependentAndEqualUntilChanged() {
        Parameters a = new Parameters().set(Parameters.PRACTICES, 12);
        Parameters b = new Parameters(a);
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        b.set(Parameters.PRACTICES, 13);
        assertEquals(12, a.getInt(Parameters.PRACTICES));
        assertNotEquals(a, b);
        assertEquals("12", a.asText().get("practices"));
        assertEquals(Parameters.all().size(), a.asText().size());
        assertEquals("NONE", a.asText().get("policyPush"));
        assertEquals("2015-05", a.asText().get("icoPolicyStart"));
    }
}
