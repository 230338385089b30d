package org.icosim.io;

import java.io.BufferedReader;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.CsvRecordHandler;
import de.siegmar.fastcsv.reader.FieldModifier;

/**
 * Every CSV table icosim reads (metrics files, a sweep's {@code runs.csv}, calibration targets),
 * read one record at a time so that a table of millions of rows needs no more memory than one
 * row. RFC 4180 as FastCSV parses it: fields in double quotes may hold commas, doubled quotes
 * and line breaks; {@code \n}, {@code \r\n} and {@code \r} end records; blank lines are skipped.
 * UTF-8 only, with an optional byte-order mark (spreadsheet programs add one).
 *
 * <p>What FastCSV lets through and a table must not hold is refused here, each with one line
 * naming the file, the record's row and physical starting line, and the column: a header that
 * is missing, repeats a name or differs from what the caller expects; a row with more or fewer
 * values than the header; a double quote inside an unquoted field ({@code 1"2}), text after a
 * closing quote, and a quoted field never closed; bytes that are not UTF-8.
 *
 * <pre>try (CsvFile csv = CsvFile.open(path, List.of("date", "metric", "value"))) {
 *     for (CsvFile.Row row = csv.next(); row != null; row = csv.next()) {
 *         YearMonth date = row.yearMonth(0);
 *         double value = row.number(2);
 *     }
 * }</pre>
 *
 * <p>Rows are numbered from 1 after the header, and messages say {@code row 3, value (line 9)}:
 * the row a spreadsheet shows and the line an editor shows, which differ once a quoted field
 * holds a line break.
 */
public final class CsvFile implements AutoCloseable {

    private static final Pattern NUMBER = Pattern.compile("-?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern YEAR_MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern RECORD_LINE = Pattern.compile("started in line (\\d+)");

    private final String file;
    private final CsvReader<CsvRecord> reader;
    private final Iterator<CsvRecord> records;
    private final QuoteCounter quotes;
    private final List<String> header;
    private final int headerLine;
    private final Map<String, Integer> columns = new HashMap<>();
    private int rows;
    private int fetched;
    private int lastLine;
    private CsvRecord ahead;
    private InputException deferred;

    private CsvFile(String file, Reader source, List<String> expectedHeader) throws InputException {
        this.file = file;
        this.quotes = new QuoteCounter(source);
        this.reader = CsvReader.builder()
                .acceptCharsAfterQuotes(false)
                .skipEmptyLines(true)
                .ignoreDifferentFieldCount(true)
                .build(new CsvRecordHandler(new StrayQuoteCheck()), quotes);
        this.records = reader.iterator();
        CsvRecord first = fetch();
        if (first == null) {
            close();
            throw new InputException(file, "", "is empty; expected a header row"
                    + (expectedHeader == null ? "" : " " + String.join(",", expectedHeader)));
        }
        this.header = first.getFields();
        this.headerLine = (int) first.getStartingLineNumber();
        for (int c = 0; c < header.size(); c++) {
            Integer earlier = columns.putIfAbsent(header.get(c), c);
            if (earlier != null) {
                close();
                throw headerError(c, "\"" + header.get(c) + "\" appears twice (columns " + (earlier + 1) + " and " + (c + 1)
                        + "); expected each column name once");
            }
        }
        if (expectedHeader != null && !header.equals(expectedHeader)) {
            close();
            throw new InputException(file, "header", headerLine, "got " + String.join(",", header) + "; expected "
                    + String.join(",", expectedHeader) + headerDifference(expectedHeader));
        }
        try {
            lookAhead(first, 1);
        } catch (InputException e) {
            close();
            throw e;
        }
    }

    /**
     * Opens a CSV file and reads its header row, which may be anything without repeats; check it
     * with {@link #column}, {@link #requireColumn} or {@link #header}.
     *
     * @throws InputException if the file cannot be read, is empty, or its header repeats a name
     */
    public static CsvFile open(Path file) throws InputException {
        return open(file, null);
    }

    /**
     * Opens a CSV file whose header must be exactly {@code expectedHeader}, in that order.
     *
     * @throws InputException as {@link #open(Path)}, or naming the first column that differs
     */
    public static CsvFile open(Path file, List<String> expectedHeader) throws InputException {
        InputFiles.requireReadable(file, "a CSV file");
        Reader source;
        try {
            source = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT));
        } catch (IOException e) {
            throw new InputException(file.toString(), "", "file cannot be read: " + e, e);
        }
        return new CsvFile(file.toString(), withoutByteOrderMark(file.toString(), source), expectedHeader);
    }

    /** As {@link #open(Path)}, from text; {@code file} names it in messages. */
    public static CsvFile parse(String file, String text) throws InputException {
        return parse(file, text, null);
    }

    /** As {@link #open(Path, List)}, from text; {@code file} names it in messages. */
    public static CsvFile parse(String file, String text, List<String> expectedHeader) throws InputException {
        return new CsvFile(file, withoutByteOrderMark(file, new StringReader(text)), expectedHeader);
    }

    private static Reader withoutByteOrderMark(String file, Reader source) throws InputException {
        BufferedReader buffered = new BufferedReader(source);
        try {
            buffered.mark(1);
            if (buffered.read() != '\uFEFF') {
                buffered.reset();
            }
            return buffered;
        } catch (CharacterCodingException e) {
            closeQuietly(buffered);
            throw notUtf8(file, 1);
        } catch (IOException e) {
            closeQuietly(buffered);
            throw new InputException(file, "", "file cannot be read: " + e, e);
        }
    }

    private static void closeQuietly(Reader reader) {
        try {
            reader.close();
        } catch (IOException e) {
            // Already failing with a clearer message; nothing more to tell.
        }
    }

    private static InputException notUtf8(String file, int line) {
        return new InputException(file, "", line, "is not UTF-8 text; save it as UTF-8");
    }

    /** The file as the user named it. */
    public String file() {
        return file;
    }

    /** The header row's names, in file order. */
    public List<String> header() {
        return header;
    }

    /** The 0-based index of the column named {@code name}, or -1 if the header has none. */
    public int column(String name) {
        Integer index = columns.get(name);
        return index == null ? -1 : index;
    }

    /**
     * The 0-based index of the column named {@code name}.
     *
     * @param meaning what the column holds, for the message
     * @throws InputException if the header has no such column
     */
    public int requireColumn(String name, String meaning) throws InputException {
        int index = column(name);
        if (index < 0) {
            throw new InputException(file, "header", headerLine, "no column \"" + name + "\"; expected a column named "
                    + name + " (" + meaning + ")");
        }
        return index;
    }

    /** An error about header column {@code column} (0-based), e.g. a name the caller does not know. */
    public InputException headerError(int column, String problem) {
        return new InputException(file, "header, column " + (column + 1), headerLine, problem);
    }

    /** An error about the header as a whole. */
    public InputException headerError(String problem) {
        return new InputException(file, "header", headerLine, problem);
    }

    /** Rows read so far. */
    public int rowCount() {
        return rows;
    }

    /**
     * The next row, with as many values as the header has names, or {@code null} after the last.
     *
     * @throws InputException naming the row and line of a ragged or malformed record
     */
    public Row next() throws InputException {
        CsvRecord record = nextRecord();
        if (record == null) {
            return null;
        }
        rows++;
        Row row = new Row(rows, (int) record.getStartingLineNumber(), record.getFields());
        if (row.size() != header.size()) {
            throw new InputException(file, "row " + rows, row.line(), "got " + row.size() + (row.size() == 1 ? " value" : " values")
                    + ", expected " + header.size() + " (one per header column)");
        }
        return row;
    }

    /**
     * The next record, reading one ahead: FastCSV ends a quoted field that is never closed at
     * the end of the file, and only once the end is reached can the record holding it be told
     * apart from a good last record. A failure while reading ahead is kept for the next call,
     * so the record before it is still returned.
     */
    private CsvRecord nextRecord() throws InputException {
        if (deferred != null) {
            throw deferred;
        }
        CsvRecord record = ahead != null ? ahead : fetch();
        ahead = null;
        if (record == null) {
            return null;
        }
        lookAhead(record, fetched);
        return record;
    }

    /** Reads the record after {@code current} (record {@code number}, 1 for the header) into {@link #ahead}. */
    private void lookAhead(CsvRecord current, int number) throws InputException {
        try {
            ahead = fetch();
        } catch (InputException e) {
            deferred = e;
        }
        if (ahead == null && deferred == null && quotes.count % 2 != 0) {
            throw new InputException(file, recordPlace(number), (int) current.getStartingLineNumber(),
                    "a quoted field is not closed; expected a closing \" (a quote inside a quoted field is written \"\")");
        }
    }

    /** "header" for the first record, "row n" for the others. */
    private static String recordPlace(int recordNumber) {
        return recordNumber == 1 ? "header" : "row " + (recordNumber - 1);
    }

    private CsvRecord fetch() throws InputException {
        String place = recordPlace(fetched + 1);
        try {
            if (!records.hasNext()) {
                return null;
            }
            CsvRecord record = records.next();
            fetched++;
            lastLine = (int) record.getStartingLineNumber();
            return record;
        } catch (CsvParseException e) {
            int line = recordLine(e);
            Throwable cause = e.getCause();
            if (cause instanceof StrayQuote stray) {
                throw new InputException(file, place + ", " + columnName(stray.column), line, "a double quote inside a field "
                        + "not in quotes; expected the whole field in double quotes, with the quote doubled (\"a \"\"b\"\" c\")");
            }
            if (cause instanceof CsvParseException inner
                    && String.valueOf(inner.getMessage()).startsWith("Unexpected character after closing quote")) {
                throw new InputException(file, place, line,
                        "text after a closing quote; expected ',' or the end of the line after a quoted field");
            }
            if (cause instanceof UncheckedIOException io && io.getCause() instanceof CharacterCodingException) {
                throw notUtf8(file, line);
            }
            throw new InputException(file, place, line, "cannot be read as CSV: " + (cause == null ? e.getMessage() : cause.getMessage()));
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                throw notUtf8(file, lastLine + 1);
            }
            throw new InputException(file, "", "file cannot be read: " + e.getCause(), e);
        }
    }

    private String columnName(int column) {
        return header != null && column < header.size() ? header.get(column) : "column " + (column + 1);
    }

    /** How a header differs from the expected one, after "got ...; expected ...". */
    private String headerDifference(List<String> expected) {
        for (int c = 0; c < Math.min(header.size(), expected.size()); c++) {
            if (!header.get(c).equals(expected.get(c))) {
                return " (column " + (c + 1) + " is \"" + header.get(c) + "\", expected \"" + expected.get(c) + "\")";
            }
        }
        return " (" + header.size() + " columns, expected " + expected.size() + ")";
    }

    /** The record's starting line from FastCSV's message, the only place it gives it on failure. */
    private int recordLine(CsvParseException e) {
        Matcher m = RECORD_LINE.matcher(String.valueOf(e.getMessage()));
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException e) {
            // Only read from; a failure to release the file changes nothing that was read.
        }
    }

    /** One record: its values, its row number and the line it starts on. */
    public final class Row {
        private final int number;
        private final int line;
        private final List<String> values;

        private Row(int number, int line, List<String> values) {
            this.number = number;
            this.line = line;
            this.values = values;
        }

        /** 1-based, counting records after the header. */
        public int number() {
            return number;
        }

        /** The physical line the record starts on, 1-based. */
        public int line() {
            return line;
        }

        public int size() {
            return values.size();
        }

        /** The value in column {@code column} (0-based), as written (quotes removed). */
        public String string(int column) {
            return values.get(column);
        }

        /** The value in the named column. */
        public String string(String name) {
            return values.get(index(name));
        }

        /**
         * A finite number written as a plain decimal ({@code 12}, {@code -0.5}, {@code 1e3});
         * {@link Double#parseDouble}'s extras ({@code NaN}, {@code 0x1p3}, {@code 1d}, spaces) are refused.
         */
        public double number(int column) throws InputException {
            String cell = values.get(column);
            if (!NUMBER.matcher(cell).matches()) {
                throw error(column, "got \"" + cell + "\", expected a number");
            }
            return Double.parseDouble(cell);
        }

        public double number(String name) throws InputException {
            return number(index(name));
        }

        /**
         * A number as {@link MetricsCsv#format} writes one: a plain decimal, {@code Infinity},
         * {@code -Infinity}, or an empty cell for NaN.
         */
        public double numberOrNaN(int column) throws InputException {
            String cell = values.get(column);
            if (cell.isEmpty()) {
                return Double.NaN;
            }
            if (cell.equals("Infinity")) {
                return Double.POSITIVE_INFINITY;
            }
            if (cell.equals("-Infinity")) {
                return Double.NEGATIVE_INFINITY;
            }
            if (!NUMBER.matcher(cell).matches()) {
                throw error(column, "got \"" + cell + "\", expected a number or an empty cell");
            }
            return Double.parseDouble(cell);
        }

        public double numberOrNaN(String name) throws InputException {
            return numberOrNaN(index(name));
        }

        /** A calendar month written {@code YYYY-MM}. */
        public YearMonth yearMonth(int column) throws InputException {
            String cell = values.get(column);
            Matcher m = YEAR_MONTH.matcher(cell);
            int month = m.matches() ? Integer.parseInt(m.group(2)) : 0;
            if (month < 1 || month > 12) {
                throw error(column, "got \"" + cell + "\", expected a month YYYY-MM");
            }
            return YearMonth.of(Integer.parseInt(m.group(1)), month);
        }

        public YearMonth yearMonth(String name) throws InputException {
            return yearMonth(index(name));
        }

        /** An error about one cell: {@code row 3, value (line 9): ...}. */
        public InputException error(int column, String problem) {
            return new InputException(file, "row " + number + ", " + header.get(column), line, problem);
        }

        /** An error about the row as a whole. */
        public InputException error(String problem) {
            return new InputException(file, "row " + number, line, problem);
        }

        private int index(String name) {
            int index = column(name);
            if (index < 0) {
                throw new IllegalArgumentException(file + " has no column " + name + "; check it with requireColumn first");
            }
            return index;
        }
    }

    /**
     * Counts the double quotes passing to the parser. In a file whose unquoted fields hold no
     * quote (checked by {@link StrayQuoteCheck}) every quote is opening, closing or half of a
     * doubled pair, so an odd count at the end means a quoted field was never closed.
     */
    private static final class QuoteCounter extends FilterReader {
        long count;

        QuoteCounter(Reader in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            if (c == '"') count++;
            return c;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            for (int i = offset; i < offset + n; i++) {
                if (buffer[i] == '"') count++;
            }
            return n;
        }
    }

    /** Refuses a quote inside an unquoted field, which FastCSV keeps as text. */
    private static final class StrayQuoteCheck implements FieldModifier {
        @Override
        public String modify(long startingLineNumber, int fieldIdx, boolean quoted, String field) {
            if (!quoted && field.indexOf('"') >= 0) {
                throw new StrayQuote(fieldIdx);
            }
            return field;
        }
    }

    /** Carries a stray quote's column out of FastCSV, which wraps it with the record's line. */
    private static final class StrayQuote extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int column;

        StrayQuote(int column) {
            super(null, null, false, false);
            this.column = column;
        }
    }
}
