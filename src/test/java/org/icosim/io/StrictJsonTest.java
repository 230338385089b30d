package org.icosim.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.google.gson.JsonObject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StrictJsonTest {

    @TempDir
    Path folder;

    private static InputException fails(String text) {
        return assertThrows(InputException.class, () -> StrictJson.parse("t.json", text));
    }

    @Test
    void readsTreeWithLinesOfMembersAndElements() throws Exception {
        String text = "{\n  \"name\": \"tiny\",\n  \"parameters\": {\n    \"patientScale\": 100\n  },\n  \"list\": [1,\n 2.50]\n}\n";
        StrictJson.Document document = StrictJson.parse("t.json", text);
        JsonObject root = document.root().getAsJsonObject();
        assertEquals("tiny", root.get("name").getAsString());
        assertEquals(2, document.line("name"));
        assertEquals(3, document.line("parameters"));
        assertEquals(4, document.line("parameters.patientScale"));
        assertEquals(6, document.line("list[0]"));
        assertEquals(7, document.line("list[1]"));
        assertEquals(0, document.line("nothing.here"));
        assertEquals(0, document.line("list[2]"));
        assertEquals(0, document.line("list[]"));
        assertEquals(0, document.line("list[-1]"));
        assertEquals(0, document.line("list[99999999999]"));
        // Numbers are kept exactly as written.
        assertEquals(new BigDecimal("2.50"), root.getAsJsonArray("list").get(1).getAsBigDecimal());
        assertEquals(StrictJson.sha256(text.getBytes(StandardCharsets.UTF_8)), document.sha256());
    }

    @Test
    void sha256OfKnownInput() {
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
                StrictJson.sha256("abc".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void pathsQuoteNamesThatAreNotIdentifiers() {
        assertEquals("a", StrictJson.memberPath("", "a"));
        assertEquals("a.b", StrictJson.memberPath("a", "b"));
        assertEquals("a[\"x.y\"]", StrictJson.memberPath("a", "x.y"));
        assertEquals("a[3]", StrictJson.elementPath("a", 3));
    }

    @Test
    void rejectsTrailingContent() {
        InputException e = fails("{\"a\": 1}\n{}");
        assertEquals("t.json: line 2, column 1: found '{'; expected the end of the file (only one JSON document is allowed)",
                e.getMessage());
        assertEquals(2, e.line());
        assertEquals(1, e.column());
        assertEquals("found 'x'; expected the end of the file (only one JSON document is allowed)",
                fails("{\"a\": 1} x").problem());
    }

    @Test
    void rejectsDuplicateKeysNamingBothLines() {
        InputException e = fails("{\"parameters\": {\n\"patientScale\": 1,\n\"patientScale\": 2}}");
        assertEquals("t.json: parameters.patientScale (line 3): duplicate key \"patientScale\": first given on line 2"
                + " and again on line 3; expected each key once", e.getMessage());
    }

    @Test
    void rejectsComments() {
        InputException e = fails("{\"a\": 1 // note\n}");
        assertEquals("t.json: line 1, column 9: found a comment; comments are not allowed in JSON", e.getMessage());
        InputException block = fails("{\"a\": /* note */ 1}");
        assertTrue(block.problem().contains("comment"), block.getMessage());
    }

    @Test
    void rejectsNaNAndInfinity() {
        InputException e = fails("{\"a\": NaN}");
        assertEquals("t.json: a (line 1, column 7): found NaN; JSON has no NaN or infinity, expected a number",
                e.getMessage());
        assertTrue(fails("[1, -Infinity]").problem().startsWith("found -Infinity"));
    }

    @Test
    void missingCommaSaysWhatWasExpected() {
        InputException e = fails("{\"a\": 1\n \"b\": 2}");
        assertEquals(2, e.line());
        assertEquals("found '\"'; expected ',' or '}' after a member", e.problem());
    }

    @Test
    void trailingCommaSaysWhatWasExpected() {
        assertEquals("found '}'; expected a member name in double quotes (no ',' before '}')",
                fails("{\"a\": 1,}").problem());
        assertTrue(fails("[1, 2,]").problem().contains("no ',' before ']'"));
        InputException doubleComma = fails("[1,,2]");
        assertEquals(4, doubleComma.column());
        assertTrue(doubleComma.problem().startsWith("found ','; expected a value"), doubleComma.getMessage());
        InputException missingValue = fails("{\"a\":}");
        assertEquals(6, missingValue.column());
        assertTrue(missingValue.problem().startsWith("found '}'; expected a value"), missingValue.getMessage());
    }

    @Test
    void singleQuotesAndUnquotedNames() {
        assertEquals("found a single quote; expected names and strings in double quotes", fails("{'a': 1}").problem());
        assertEquals("found 'a'; expected a member name in double quotes, or '}'", fails("{a: 1}").problem());
        assertEquals("found 'tru'; expected a value (a string in double quotes, a number, true, false, null, "
                + "an object or an array)", fails("{\"a\": tru}").problem());
        assertEquals("found '01'; expected a value (a string in double quotes, a number, true, false, null, "
                + "an object or an array)", fails("{\"a\": 01}").problem());
    }

    @Test
    void truncatedAndEmptyDocuments() {
        assertEquals("the file ends too early; expected ',' or '}' after a member", fails("{\"a\": 1").problem());
        assertEquals("the file is empty; expected a JSON value", fails("  \n").problem());
        assertEquals("a string is not closed; expected a closing double quote", fails("{\"a\": \"x").problem());
    }

    @Test
    void rejectsDeepNesting() {
        String deep = "[".repeat(StrictJson.MAX_DEPTH + 2) + "]".repeat(StrictJson.MAX_DEPTH + 2);
        assertTrue(fails(deep).problem().startsWith("nested more than"));
    }

    @Test
    void acceptsByteOrderMarkButNotOtherEncodings() throws Exception {
        byte[] bom = "\uFEFF{\"a\": 1}".getBytes(StandardCharsets.UTF_8);
        assertEquals(1, StrictJson.parse("t.json", bom).root().getAsJsonObject().get("a").getAsInt());
        byte[] latin1 = "{\"a\": \"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);
        InputException e = assertThrows(InputException.class, () -> StrictJson.parse("t.json", latin1));
        assertEquals("t.json: is not UTF-8 text; save it as UTF-8", e.getMessage());
    }

    @Test
    void missingFileNamesPathAsGivenAndAbsolute() {
        Path missing = folder.resolve("none.json");
        InputException e = assertThrows(InputException.class, () -> StrictJson.read(missing));
        assertEquals(missing.toString(), e.file());
        assertEquals("file not found (absolute path " + missing.toAbsolutePath() + ")", e.problem());
        InputException dir = assertThrows(InputException.class, () -> StrictJson.read(folder));
        assertEquals("is a folder; expected a JSON file", dir.problem());
    }

    @Test
    void linesOfNestedArraysAndOddNames() throws Exception {
        String text = "{\"m\": [[1],\n [2,\n 3]],\n \"x[1]\": [\n0]}";
        StrictJson.Document document = StrictJson.parse("t.json", text);
        assertEquals(1, document.line("m[0]"));
        assertEquals(1, document.line("m[0][0]"));
        assertEquals(2, document.line("m[1]"));
        assertEquals(3, document.line("m[1][1]"));
        assertEquals(4, document.line("[\"x[1]\"]"));
        assertEquals(5, document.line("[\"x[1]\"][0]"));
    }

    @Test
    void literalsMustBeLowerCase() {
        // Gson 2.10's non-lenient mode read these as booleans and null, so an experiment with True ran.
        InputException e = fails("{\n  \"mpigWithdrawal\": True\n}");
        assertEquals("t.json: mpigWithdrawal (line 2, column 21): found 'True'; JSON literals are lower case: true, false, null",
                e.getMessage());
        assertEquals("t.json: line 1, column 2: found 'FALSE'; JSON literals are lower case: true, false, null",
                fails("[FALSE]").getMessage());
        assertEquals("found 'NULL'; JSON literals are lower case: true, false, null", fails("[1, NULL]").problem());
        assertEquals(5, fails("[1, NULL]").column());
    }

    @Test
    void rawControlCharactersInsideStringsNameTheCharacter() {
        InputException tab = fails("{\n  \"name\": \"a\tb\"\n}");
        assertEquals("t.json: name (line 2, column 13): found a control character U+0009 (tab) inside a string; "
                + "expected it written as \\t", tab.getMessage());
        assertEquals("found a control character U+001B (escape) inside a string; expected it written as \\u001b",
                fails("[\"a\u001bb\"]").problem());
        InputException newline = fails("{\"name\": \"a\nb\"}");
        assertEquals("found a control character U+000A (line feed) inside a string; expected a closing double quote "
                + "before the end of the line (a line break in the text is written \\n)", newline.problem());
        assertEquals(1, newline.line());
        assertEquals(12, newline.column());
        assertEquals("found a control character U+000D (carriage return) inside a string; expected a closing double quote "
                + "before the end of the line (a line break in the text is written \\r)", fails("[\"a\rb\"]").problem());
        InputException inName = fails("{\"a\u0001b\": 1}");
        assertEquals("found a control character U+0001 (start of heading) inside a string; expected it written as \\u0001",
                inName.problem());
        assertEquals(4, inName.column());
    }

    @Test
    void nulBytesAndControlCharactersBetweenValuesAreNamed() throws Exception {
        // Before, a NUL byte between values was reported as "found '7'", the character after it.
        InputException nul = fails("[1,\u00007]");
        assertEquals("t.json: line 1, column 4: found a NUL byte (U+0000); expected JSON text, where only space, tab, "
                + "line feed and carriage return may stand between values (a file with NUL bytes may be UTF-16 or binary; "
                + "save it as UTF-8)", nul.getMessage());
        InputException inString = fails("{\"a\": \"x\u0000y\"}");
        assertEquals("found a NUL byte (U+0000) inside a string; expected it written as \\u0000", inString.problem());
        assertEquals(9, inString.column());
        assertEquals("found a control character U+000B (vertical tab); expected JSON text, where only space, tab, "
                + "line feed and carriage return may stand between values", fails("[1,\u000b2]").problem());
        assertEquals("found a control character U+000C (form feed); expected JSON text, where only space, tab, "
                + "line feed and carriage return may stand between values", fails("\f[1]").problem());
        // Tab, line feed and carriage return are JSON whitespace and stay allowed between values.
        assertEquals(2, StrictJson.parse("t.json", "[1,\t\r\n2]").root().getAsJsonArray().size());
    }

    @Test
    void badEscapesSayWhichEscape() {
        InputException quote = fails("{\"a\": \"it\\'s\"}");
        assertEquals("t.json: a (line 1, column 10): found the escape \\' inside a string; expected one of "
                + "\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX (a single quote needs no escape)", quote.getMessage());
        assertEquals("found the escape \\x inside a string; expected one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX",
                fails("[\"\\x41\"]").problem());
        assertEquals("found the escape \\u00g0 inside a string; expected \\u and four hex digits, e.g. \\u00e9",
                fails("[\"\\u00g0\"]").problem());
        assertEquals("found the escape \\u12 inside a string; expected \\u and four hex digits, e.g. \\u00e9",
                fails("[\"\\u12\"]").problem());
        InputException continued = fails("{\n\"a\": \"one \\\ntwo\"}");
        assertEquals("found a backslash before a line break inside a string; expected the string on one line "
                + "(a line break in the text is written \\n)", continued.problem());
        assertEquals(2, continued.line());
        assertEquals(11, continued.column());
    }

    @Test
    void validEscapesAndCharactersRfc8259AllowsStillRead() throws Exception {
        String text = "[\"\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u00e9 \\u00E9 \u007f \u2028 \u00e9\"]";
        String value = StrictJson.parse("t.json", text).root().getAsJsonArray().get(0).getAsString();
        assertEquals("\" \\ / \b \f \n \r \t \u00e9 \u00e9 \u007f \u2028 \u00e9", value);
    }

    @Test
    void theFirstProblemInTheFileIsReported() {
        // A missing comma on line 1 comes before the raw tab on line 2, so it is the one reported.
        InputException e = fails("[1 2,\n\"a\tb\"]");
        assertEquals(1, e.line());
        assertTrue(e.problem().startsWith("found '2'"), e.getMessage());
        // ...and a raw tab on line 1 before a missing comma on line 2.
        InputException tab = fails("[\"a\tb\",\n1 2]");
        assertEquals(1, tab.line());
        assertTrue(tab.problem().startsWith("found a control character U+0009 (tab)"), tab.getMessage());
    }

    @Test
    void readsFromDisk() throws Exception {
        Path file = folder.resolve("ok.json");
        Files.writeString(file, "[true, null, \"x\"]");
        StrictJson.Document document = StrictJson.read(file);
        assertEquals(3, document.root().getAsJsonArray().size());
        assertEquals(file.toString(), document.file());
    }
}
