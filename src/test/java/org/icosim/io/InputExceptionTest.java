package org.icosim.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class InputExceptionTest {

    @Test
    void messageNamesFilePlaceLineAndProblem() {
        InputException e = new InputException("models/tiny.json", "parameters.patientScale", 7,
                "got 0, expected a whole number in [1, 100000] (real patients per patient agent)");
        assertEquals("models/tiny.json: parameters.patientScale (line 7): got 0, expected a whole number in "
                + "[1, 100000] (real patients per patient agent)", e.getMessage());
        assertEquals("models/tiny.json", e.file());
        assertEquals("parameters.patientScale", e.place());
        assertEquals(7, e.line());
        assertEquals(0, e.column());
        assertEquals("got 0, expected a whole number in [1, 100000] (real patients per patient agent)", e.problem());
    }

    @Test
    void lineAndColumnWithoutPlace() {
        InputException e = new InputException("a.json", "", 3, 12, "found '/'; comments are not allowed in JSON");
        assertEquals("a.json: line 3, column 12: found '/'; comments are not allowed in JSON", e.getMessage());
    }

    @Test
    void placeWithoutLine() {
        InputException e = new InputException("command line", "-p patientScale", "got 0, expected more");
        assertEquals("command line: -p patientScale: got 0, expected more", e.getMessage());
        assertEquals(0, e.line());
    }

    @Test
    void wholeFileProblem() {
        InputException e = new InputException("x.json", "", "file not found");
        assertEquals("x.json: file not found", e.getMessage());
    }
}
