package org.icosim.io;

import java.io.EOFException;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;

/**
 * Reads JSON files strictly (RFC 8259) into Gson trees, remembering the line of every object
 * member and array element so that later checks can say where a bad value is.
 *
 * <p>Why not {@code JsonParser.parseReader}: it switches the reader to lenient mode, which
 * accepts comments, single quotes, unquoted names, {@code NaN} and trailing content, and it keeps
 * the last of two duplicate keys silently. A model file that "works" only because the parser
 * guessed is a model nobody can reproduce, so this class drives a non-lenient
 * {@link JsonReader} itself, rejects duplicate keys (naming both lines), rejects anything after
 * the document, and keeps numbers exactly as written ({@link BigDecimal}) so that integer checks
 * (a seed, a month count) see the digits the user typed.
 *
 * <p>Syntax errors name the file, the line and column, what was found there and what was
 * expected. Gson's own messages point at slightly different columns depending on the error and
 * advise lenient parsing, which is the wrong advice for a modeller; they are translated here.
 *
 * <p>Gson's {@link Strictness#STRICT} mode rejects what RFC 8259 rejects, but its messages for
 * raw control characters, NUL bytes and bad escapes do not say which character it was, and its
 * older non-lenient mode accepted all of them (and {@code True}, {@code NULL}). So the text is
 * also scanned here for those lexical errors ({@link #lexicalProblem}); the earlier of the scan's
 * problem and Gson's is reported, and the scan alone decides when Gson accepts the text, so the
 * rules do not depend on the Gson version.
 */
public final class StrictJson {

    /** Deepest nesting accepted; model and experiment files need three levels. */
    public static final int MAX_DEPTH = 100;

    private static final String LINE_MARK = " at line ";
    private static final Pattern LOCATION = Pattern.compile(" at line (\\d+) column (\\d+)");
    /** Gson's messages for a character or escape it rejects inside a string (2.11 to 2.13). */
    private static final Pattern LEXICAL_GSON_ERRORS = Pattern.compile(
            "Unescaped control characters|Invalid escaped character|Cannot escape a newline|Invalid escape sequence"
            + "|Malformed Unicode escape");
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final String ANY_VALUE =
            "a value (a string in double quotes, a number, true, false, null, an object or an array)";
    private static final String ESCAPES = "\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX";
    /** Short names of U+0000 to U+001F, for messages that must say which control character was found. */
    private static final String[] CONTROL_NAMES = {
        "NUL", "start of heading", "start of text", "end of text", "end of transmission", "enquiry", "acknowledge",
        "bell", "backspace", "tab", "line feed", "vertical tab", "form feed", "carriage return", "shift out",
        "shift in", "data link escape", "device control 1", "device control 2", "device control 3",
        "device control 4", "negative acknowledge", "synchronous idle", "end of transmission block", "cancel",
        "end of medium", "substitute", "escape", "file separator", "group separator", "record separator",
        "unit separator",
    };

    private StrictJson() {
    }

    /**
     * A parsed file: the tree, the line of each member or element by path, and the SHA-256 of
     * the bytes read. The tree must not be modified; it is shared with the line table.
     *
     * <p>Element lines are kept as one {@code int[]} per array rather than one map entry per
     * element: a sweep factor of a million values would otherwise hold a million path strings,
     * and the garbage collector's work on them made parsing several times slower.
     */
    public static final class Document {
        private final String file;
        private final JsonElement root;
        private final Map<String, Integer> memberLines;
        private final Map<String, int[]> elementLines;
        private final String sha256;

        private Document(String file, JsonElement root, Map<String, Integer> memberLines,
                Map<String, int[]> elementLines, String sha256) {
            this.file = file;
            this.root = root;
            this.memberLines = memberLines;
            this.elementLines = elementLines;
            this.sha256 = sha256;
        }

        /** The file as the user named it, for messages. */
        public String file() {
            return file;
        }

        /** The document's value. */
        public JsonElement root() {
            return root;
        }

        /** Hex SHA-256 of the file's bytes. */
        public String sha256() {
            return sha256;
        }

        /**
         * The line where the member or element at {@code path} (as {@link #memberPath} and
         * {@link #elementPath} build it) starts, or 0 if unknown.
         */
        public int line(String path) {
            Integer line = memberLines.get(path);
            if (line != null) {
                return line;
            }
            int open = path.lastIndexOf('[');
            if (open < 0 || !path.endsWith("]") || open + 2 > path.length() - 1) {
                return 0;
            }
            int index = 0;
            for (int i = open + 1; i < path.length() - 1; i++) {
                char c = path.charAt(i);
                if (c < '0' || c > '9' || index > (Integer.MAX_VALUE - 9) / 10) {
                    return 0;
                }
                index = index * 10 + (c - '0');
            }
            int[] lines = elementLines.get(path.substring(0, open));
            return lines != null && index < lines.length ? lines[index] : 0;
        }

        /** An error at {@code path} of this document, citing its line when known. */
        public InputException error(String path, String problem) {
            return new InputException(file, path, line(path), problem);
        }
    }

    /**
     * Reads and parses a file. Messages name the file as given ({@code file.toString()}).
     *
     * @throws InputException if the file is missing, unreadable, not UTF-8 or not strict JSON
     */
    public static Document read(Path file) throws InputException {
        return parse(file.toString(), readBytes(file));
    }

    /**
     * Reads a file's bytes, turning I/O failures into messages a modeller can act on: the path
     * as given and the absolute path, since "file not found" usually means the wrong folder.
     */
    public static byte[] readBytes(Path file) throws InputException {
        return InputFiles.readBytes(file, "a JSON file");
    }

    /** Parses bytes that must be UTF-8 JSON; a leading byte-order mark is ignored. */
    public static Document parse(String file, byte[] bytes) throws InputException {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new InputException(file, "", "is not UTF-8 text; save it as UTF-8");
        }
        return parse(file, text, sha256(bytes));
    }

    /** Parses text; the document's SHA-256 is that of the text's UTF-8 bytes. */
    public static Document parse(String file, String text) throws InputException {
        return parse(file, text, sha256(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static Document parse(String file, String text, String sha256) throws InputException {
        // Editors on Windows may add a byte-order mark; it carries no data, so it is not an error.
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        Builder builder = new Builder(file, body);
        JsonElement root = builder.document();
        return new Document(file, root, builder.memberLines, builder.elementLines, sha256);
    }

    /** The path of member {@code name} of the object at {@code parent}: {@code a.b}, or {@code a["odd name"]}. */
    public static String memberPath(String parent, String name) {
        if (IDENTIFIER.matcher(name).matches()) {
            return parent.isEmpty() ? name : parent + "." + name;
        }
        String quoted = "[\"" + name.replace("\\", "\\\\").replace("\"", "\\\"") + "\"]";
        return parent + quoted;
    }

    /** The path of element {@code index} (0-based) of the array at {@code parent}. */
    public static String elementPath(String parent, int index) {
        return parent + "[" + index + "]";
    }

    /** Hex SHA-256 of some bytes, lower case. */
    public static String sha256(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            StringBuilder hex = new StringBuilder(64);
            for (byte b : digest) {
                hex.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
            }
            return hex.toString();
        } catch (NoSuchAlgorithmException e) {
            // Every Java platform must provide SHA-256 (java.security.MessageDigest javadoc).
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    /**
     * A lexical error RFC 8259 forbids that a parser might let through or report vaguely.
     *
     * @param line    1-based, counting {@code \n} as Gson does
     * @param column  1-based, in UTF-16 units as Gson counts
     * @param problem what was found, in words, and what was expected
     */
    record Lexical(int line, int column, String problem) {

        /** Whether this problem comes no later in the text than {@code otherLine}, {@code otherColumn}. */
        boolean notAfter(int otherLine, int otherColumn) {
            return line < otherLine || (line == otherLine && column <= otherColumn);
        }
    }

    /**
     * The first raw control character, NUL byte or bad escape in {@code text}, or {@code null}.
     * Strings are tracked by their double quotes; in text that is otherwise malformed (a single
     * quoted string holding a double quote) the scan may misplace a string, but then Gson fails
     * first and its error is the one reported.
     */
    static Lexical lexicalProblem(String text) {
        int line = 1;
        int lineStart = 0;
        boolean inString = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int column = i - lineStart + 1;
            if (inString) {
                if (c == '"') {
                    inString = false;
                } else if (c == '\\' && i + 1 < text.length()) {
                    char next = text.charAt(i + 1);
                    if (next == '\n' || next == '\r') {
                        return new Lexical(line, column, "found a backslash before a line break inside a string; "
                                + "expected the string on one line (a line break in the text is written \\n)");
                    }
                    if (next == 'u') {
                        int end = i + 2;
                        while (end < Math.min(text.length(), i + 6) && text.charAt(end) != '"' && text.charAt(end) != '\\'
                                && text.charAt(end) >= 0x20) {
                            end++;
                        }
                        String hex = text.substring(i + 2, end);
                        if (!isFourHexDigits(hex)) {
                            return new Lexical(line, column, "found the escape \\u" + printable(hex)
                                    + " inside a string; expected \\u and four hex digits, e.g. \\u00e9");
                        }
                        i += 5;
                    } else if ("\"\\/bfnrt".indexOf(next) >= 0) {
                        i++;
                    } else {
                        return new Lexical(line, column, "found the escape \\" + printable(String.valueOf(next))
                                + " inside a string; expected one of " + ESCAPES
                                + (next == '\'' ? " (a single quote needs no escape)" : ""));
                    }
                } else if (c < 0x20) {
                    return new Lexical(line, column, "found " + control(c) + " inside a string; expected "
                            + (c == '\n' || c == '\r'
                                    ? "a closing double quote before the end of the line (a line break in the text is written " + escapeOf(c) + ")"
                                    : "it written as " + escapeOf(c)));
                }
            } else if (c == '"') {
                inString = true;
            } else if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                return new Lexical(line, column, "found " + control(c) + "; expected JSON text, where only space, tab, "
                        + "line feed and carriage return may stand between values"
                        + (c == 0 ? " (a file with NUL bytes may be UTF-16 or binary; save it as UTF-8)" : ""));
            }
            if (c == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return null;
    }

    private static boolean isFourHexDigits(String text) {
        if (text.length() != 4) {
            return false;
        }
        for (int i = 0; i < 4; i++) {
            if (Character.digit(text.charAt(i), 16) < 0 || text.charAt(i) > 'f') {
                return false;
            }
        }
        return true;
    }

    /** A control character in words: {@code a NUL byte (U+0000)}, {@code a control character U+0009 (tab)}. */
    static String control(char c) {
        String code = String.format("U+%04X", (int) c);
        if (c == 0) {
            return "a NUL byte (" + code + ")";
        }
        return "a control character " + code + " (" + CONTROL_NAMES[c] + ")";
    }

    /** How JSON writes a control character inside a string. */
    private static String escapeOf(char c) {
        switch (c) {
            case '\b': return "\\b";
            case '\f': return "\\f";
            case '\n': return "\\n";
            case '\r': return "\\r";
            case '\t': return "\\t";
            default: return String.format("\\u%04x", (int) c);
        }
    }

    /** Text quoted in a message, with control characters shown as their U+ codes. */
    private static String printable(String text) {
        StringBuilder shown = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c < 0x20) {
                shown.append(String.format("<U+%04X>", (int) c));
            } else {
                shown.append(c);
            }
        }
        return shown.toString();
    }

    /** What the reader was asked for when it failed; decides the "expected" part of a message. */
    private enum Expecting { DOCUMENT, END_OF_DOCUMENT, OBJECT_NEXT, MEMBER_VALUE, ARRAY_NEXT, VALUE }

    /** One parse: the reader, where it is in the tree, and the lines seen so far. */
    private static final class Builder {
        private final String file;
        private final String text;
        private final JsonReader reader;
        private final Lexical lexical;
        private final Map<String, Integer> memberLines = new HashMap<>();
        private final Map<String, int[]> elementLines = new HashMap<>();
        private Expecting expecting = Expecting.DOCUMENT;
        private String path = "";
        private int itemsSoFar;

        Builder(String file, String text) {
            this.file = file;
            this.text = text;
            this.lexical = lexicalProblem(text);
            this.reader = new JsonReader(new StringReader(text));
            this.reader.setStrictness(Strictness.STRICT);
        }

        JsonElement document() throws InputException {
            try {
                JsonElement root = value("", 0);
                expecting = Expecting.END_OF_DOCUMENT;
                path = "";
                // In strict mode peek() fails on anything but whitespace after the value.
                if (reader.peek() != JsonToken.END_DOCUMENT) {
                    throw syntaxError("found more content; expected the end of the file (only one JSON document is allowed)");
                }
                if (lexical != null) {
                    throw new InputException(file, "", lexical.line(), lexical.column(), lexical.problem());
                }
                return root;
            } catch (IOException e) {
                InputException gson = translate(e);
                String message = e.getMessage() == null ? "" : e.getMessage();
                Matcher at = LOCATION.matcher(message);
                // Gson failing inside a string on a character or escape means it got there without
                // a syntax error, so the scan's first problem is the first in the file. Otherwise
                // the earlier of the two is reported, by Gson's own position (not the translated
                // one, which may point back at the start of a token).
                if (lexical != null && (LEXICAL_GSON_ERRORS.matcher(message).lookingAt() || !at.find()
                        || lexical.notAfter(Integer.parseInt(at.group(1)), Integer.parseInt(at.group(2))))) {
                    throw new InputException(file, path, lexical.line(), lexical.column(), lexical.problem());
                }
                throw gson;
            }
        }

        private JsonElement value(String at, int depth) throws IOException, InputException {
            path = at;
            JsonToken token = reader.peek();
            if (depth > MAX_DEPTH && (token == JsonToken.BEGIN_OBJECT || token == JsonToken.BEGIN_ARRAY)) {
                throw new InputException(file, at, currentLine(), "nested more than " + MAX_DEPTH
                        + " levels deep; expected a shallower document");
            }
            switch (token) {
                case BEGIN_OBJECT:
                    return object(at, depth);
                case BEGIN_ARRAY:
                    return array(at, depth);
                case STRING:
                    return new JsonPrimitive(reader.nextString());
                case NUMBER:
                    return number(at);
                case BOOLEAN:
                    return new JsonPrimitive(reader.nextBoolean());
                case NULL:
                    reader.nextNull();
                    return JsonNull.INSTANCE;
                default:
                    throw syntaxError("found " + token + "; expected " + ANY_VALUE);
            }
        }

        private JsonElement number(String at) throws IOException, InputException {
            String digits = reader.nextString();
            try {
                // Kept exact: 1e3 and 1000 are both whole numbers, 0.1 stays 0.1 until a double is asked for.
                return new JsonPrimitive(new BigDecimal(digits));
            } catch (NumberFormatException | ArithmeticException e) {
                // Reading a number consumes nothing after it, so the reader is still on its line.
                throw new InputException(file, at, currentLine(), "got " + digits + ", expected a number of ordinary size");
            }
        }

        private JsonObject object(String at, int depth) throws IOException, InputException {
            reader.beginObject();
            JsonObject object = new JsonObject();
            Map<String, Integer> firstLine = new HashMap<>();
            int members = 0;
            while (true) {
                expecting = Expecting.OBJECT_NEXT;
                path = at;
                itemsSoFar = members;
                if (!reader.hasNext()) {
                    break;
                }
                String name = reader.nextName();
                int line = currentLine();
                String child = memberPath(at, name);
                Integer earlier = firstLine.putIfAbsent(name, line);
                if (earlier != null) {
                    throw new InputException(file, child, line, "duplicate key \"" + name + "\": first given on line "
                            + earlier + " and again on line " + line + "; expected each key once");
                }
                memberLines.put(child, line);
                expecting = Expecting.MEMBER_VALUE;
                path = child;
                object.add(name, value(child, depth + 1));
                members++;
            }
            reader.endObject();
            return object;
        }

        private JsonArray array(String at, int depth) throws IOException, InputException {
            reader.beginArray();
            JsonArray array = new JsonArray();
            int[] elementLine = new int[8];
            int index = 0;
            while (true) {
                expecting = Expecting.ARRAY_NEXT;
                path = at;
                itemsSoFar = index;
                if (!reader.hasNext()) {
                    break;
                }
                if (index == elementLine.length) {
                    elementLine = Arrays.copyOf(elementLine, index * 2);
                }
                elementLine[index] = currentLine();
                expecting = Expecting.VALUE;
                array.add(value(elementPath(at, index), depth + 1));
                index++;
            }
            reader.endArray();
            elementLines.put(at, Arrays.copyOf(elementLine, index));
            return array;
        }

        /** The reader's line, read from its description: Gson offers no getter, and this runs once per element. */
        private int currentLine() {
            String where = reader.toString();
            int start = where.indexOf(LINE_MARK);
            if (start < 0) {
                return 0;
            }
            int line = 0;
            for (int i = start + LINE_MARK.length(); i < where.length() && where.charAt(i) >= '0' && where.charAt(i) <= '9'; i++) {
                line = line * 10 + (where.charAt(i) - '0');
            }
            return line;
        }

        private InputException syntaxError(String problem) {
            Matcher m = LOCATION.matcher(reader.toString());
            int line = m.find() ? Integer.parseInt(m.group(1)) : 0;
            return new InputException(file, path, line, problem);
        }

        /** Turns a Gson failure into a message that says what was found and what was expected. */
        private InputException translate(IOException e) {
            String gson = e.getMessage() == null ? "" : e.getMessage();
            Matcher m = LOCATION.matcher(gson);
            int line = 0;
            int column = 0;
            String reason = gson;
            if (m.find()) {
                line = Integer.parseInt(m.group(1));
                column = Integer.parseInt(m.group(2));
                reason = gson.substring(0, m.start());
            }
            if (e instanceof EOFException || reason.startsWith("End of input")) {
                String what = expecting == Expecting.DOCUMENT ? "the file is empty" : "the file ends too early";
                return new InputException(file, path, line, 0, what + "; expected " + expectation(reason, ""));
            }
            if (reason.startsWith("Unterminated string")) {
                return new InputException(file, path, line, 0, "a string is not closed; expected a closing double quote");
            }
            Found found = found(line, column, reason.startsWith("Expected value"));
            String problem;
            if (found.text.startsWith("/") || found.text.startsWith("#")) {
                problem = "found a comment; comments are not allowed in JSON";
            } else if (found.text.startsWith("'")) {
                problem = "found a single quote; expected names and strings in double quotes";
            } else if (isMisspeltLiteral(found.text)) {
                problem = "found '" + found.text + "'; JSON literals are lower case: true, false, null";
            } else if (found.text.equals("NaN") || found.text.endsWith("Infinity")) {
                problem = "found " + found.text + "; JSON has no NaN or infinity, expected a number";
            } else if (found.text.equals(";")) {
                problem = "found ';'; expected ','";
            } else if (found.text.equals("=")) {
                problem = "found '='; expected ':' after the member name";
            } else {
                problem = "found '" + found.text + "'; expected " + expectation(reason, found.text);
            }
            return new InputException(file, path, line, found.column, problem);
        }

        private String expectation(String reason, String found) {
            switch (expecting) {
                case DOCUMENT:
                    return "a JSON value";
                case END_OF_DOCUMENT:
                    return "the end of the file (only one JSON document is allowed)";
                case OBJECT_NEXT:
                    if (reason.startsWith("Unterminated object")) return "',' or '}' after a member";
                    if (reason.startsWith("Expected name")) return "a member name in double quotes (no ',' before '}')";
                    return itemsSoFar == 0 ? "a member name in double quotes, or '}'" : "',' or '}' after a member";
                case MEMBER_VALUE:
                    if (reason.startsWith("Expected ':'")) return "':' after the member name";
                    return ANY_VALUE;
                case ARRAY_NEXT:
                    if (reason.startsWith("Unterminated array")) return "',' or ']' after an element";
                    if (itemsSoFar == 0) return ANY_VALUE + ", or ']'";
                    return found.equals("]") ? ANY_VALUE + " (no ',' before ']')" : ANY_VALUE;
                default:
                    return ANY_VALUE;
            }
        }

        private record Found(String text, int column) {
        }

        /**
         * The offending token near where Gson stopped. Gson reports the column just after a
         * character it consumed (a stray comma, quote or slash), but the exact column of a
         * literal it only looked at and found invalid (NaN, 01, tru) and of a missing value.
         */
        private Found found(int line, int column, boolean exact) {
            // Split only on failure; JsonReader counts lines at '\n' only, so split the same way for columns to agree.
            String[] textLines = this.text.split("\n", -1);
            if (line < 1 || line > textLines.length) {
                return new Found("the end of the file", 0);
            }
            String text = textLines[line - 1];
            int before = column - 2;
            int at = column - 1;
            int start;
            if (exact || (at >= 0 && at < text.length() && isLiteralChar(text.charAt(at))
                    && (before < 0 || Character.isWhitespace(text.charAt(before)) || ",:[{".indexOf(text.charAt(before)) >= 0)
                    && !isValidLiteral(literalAt(text, at)))) {
                start = Math.max(0, at);
            } else {
                start = Math.max(0, before);
            }
            while (start < text.length() && Character.isWhitespace(text.charAt(start))) start++;
            if (start >= text.length()) {
                return new Found("the end of line " + line, 0);
            }
            int end = start;
            while (end < text.length() && end - start < 24 && isLiteralChar(text.charAt(end))) end++;
            if (end < text.length() && "/\\;#=".indexOf(text.charAt(end)) >= 0 && end > start) {
                // Gson rejects "1;" or "1//" at the literal's start; the culprit is the character after it.
                start = end;
            }
            if (end == start) {
                end = start + 1;
            }
            return new Found(text.substring(start, end), start + 1);
        }

        private static String literalAt(String text, int start) {
            int end = start;
            while (end < text.length() && isLiteralChar(text.charAt(end))) end++;
            return text.substring(start, end);
        }

        /** Whether Gson would accept this literal, so that it cannot be what Gson complained about. */
        private static boolean isValidLiteral(String literal) {
            return literal.equals("true") || literal.equals("false") || literal.equals("null")
                    || literal.matches("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");
        }

        private static boolean isMisspeltLiteral(String text) {
            return text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false") || text.equalsIgnoreCase("null");
        }

        private static boolean isLiteralChar(char c) {
            return Character.isLetterOrDigit(c) || c == '-' || c == '+' || c == '.' || c == '_';
        }
    }
}
