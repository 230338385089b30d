package org.icosim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Every parameter has a unit, a sourced default inside a checked range. */
class ParametersTest {

    @Test
    void everyParameterIsDocumentedAndItsDefaultIsInRange() {
        for (Parameter p : Parameters.all()) {
            if (p.kind() != Parameter.Kind.BOOLEAN && p.kind() != Parameter.Kind.CHOICE) assertFalse(p.unit().isBlank(), p.name() + " has a unit");
            assertFalse(p.source().isBlank(), p.name() + " has a source");
            assertFalse(p.description().isBlank(), p.name() + " has a description");
            assertNull(p.problemWith(p.defaultValue()), p.name() + " default in range");
            assertEquals(p, Parameters.byName(p.name()));
        }
    }

    @Test
    void outOfRangeValuesAreRefusedWithTheRangeAndUnitInTheMessage() {
        Parameters values = new Parameters();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> values.set(Parameters.PATIENT_SCALE, 0));
        assertEquals("patientScale: got 0, expected a whole number in [1, 100000] (real patients per patient agent)", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> values.set(Parameters.PATIENT_SCALE, 2.5));
        assertThrows(IllegalArgumentException.class, () -> values.set(Parameters.MPIG_WITHDRAWAL, 0.5));
        assertThrows(IllegalArgumentException.class, () -> values.set(Parameters.HIGH_RISK_SHARE, Double.NaN));
        assertEquals(1, values.getInt(Parameters.PATIENT_SCALE), "a refused value leaves the old one");
    }

    @Test
    void unknownNamesAreRefusedWithTheNearestKnownName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Parameters().set("patientscales", 3));
        assertTrue(e.getMessage().contains("did you mean patientScale?"), e.getMessage());
        assertEquals("exitHazardScale", Parameters.closestName("exitHazardScal"));
        assertNull(Parameters.closestName("somethingElseEntirely"));
    }

    @Test
    void valuesAreWrittenAndReadBackAsInFiles() {
        assertEquals("true", Parameters.MPIG_WITHDRAWAL.format(1));
        assertEquals(0.0, Parameters.MPIG_WITHDRAWAL.parse("false"));
        assertEquals("42", Parameters.ECONOMIES.format(42));
        assertEquals(0.36, Parameters.LIST_SHARE_UNDER_5000.parse("0.36"));
        assertTrue(Double.isNaN(Parameters.ECONOMIES.parse("many")));
    }
}
