package org.icosim.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Rounding for the inspectors, monitors and Scale field. */
class ReadableTest {

    @Test
    void numbersHaveThreeSignificantFiguresAndTheirUnit() {
        assertEquals("7.97 FTE", Readable.number(7.970511427229827, "FTE"));
        assertEquals("33.1 years", Readable.number(33.083333333333336, "years"));
        assertEquals("£80,352,944", Readable.number(8.035294398101473E7, "£"));
        assertEquals("-£1,500", Readable.number(-1500.4, "£"));
        assertEquals("0.948", Readable.number(0.94801, ""));
        assertEquals("0", Readable.number(0, ""));
        assertEquals("-", Readable.number(Double.NaN, "FTE"));
        assertEquals("7,512", Readable.number(7512, ""));
    }

    @Test
    void roundedNumbersStayNumbers() {
        assertEquals(7.97, Readable.round3(7.970511427229827), 0.0);
        assertEquals(0.000123, Readable.round3(0.00012345), 0.0);
        assertEquals(80352944, Readable.round3(8.035294398101473E7), 0.0);
        assertEquals(Double.NaN, Readable.round3(Double.NaN), 0.0);
    }

    @Test
    void sharesAndScales() {
        assertEquals("12.3%", Readable.percent(0.1234));
        assertEquals("0.79", Readable.scale(0.7916666666666666));
        assertEquals("12.5", Readable.scale(12.4999));
    }
}
