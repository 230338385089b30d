package org.icosim.io;

/**
 * A problem with something a modeller wrote: a model or experiment file, a metrics CSV read
 * back, or a {@code -p name=value} on the command line. The message names the file, the place
 * in it (a JSON path such as {@code parameters.patientScale}, with the line when known), the
 * problem and what was expected, so it can be shown as it is and acted on without a stack trace:
 *
 * <pre>models/tiny.json: parameters.patientScale (line 7): got 0, expected a whole number in [1, 100000] (real patients per patient agent)</pre>
 *
 * <p>It is a checked exception because every caller (command line, GUI, batch runner) must turn
 * it into a message for a person rather than let it escape as a crash.
 */
public final class InputException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final String place;
    private final int line;
    private final int column;
    private final String problem;

    /**
     * @param file    the file as the user named it, or {@code "command line"}
     * @param place   where in the file: a JSON path, a CSV row and column, or {@code -p name};
     *                empty when the problem is with the file as a whole
     * @param line    1-based line, or 0 when unknown
     * @param column  1-based column, or 0 when unknown
     * @param problem what is wrong and what was expected, e.g. {@code got 0, expected ...}
     */
    public InputException(String file, String place, int line, int column, String problem) {
        super(compose(file, place, line, column, problem));
        this.file = file;
        this.place = place == null ? "" : place;
        this.line = Math.max(0, line);
        this.column = Math.max(0, column);
        this.problem = problem;
    }

    /** A problem at a place whose line is known (0 when it is not). */
    public InputException(String file, String place, int line, String problem) {
        this(file, place, line, 0, problem);
    }

    /** A problem at a place with no line, such as a command-line argument. */
    public InputException(String file, String place, String problem) {
        this(file, place, 0, 0, problem);
    }

    /** As {@link #InputException(String, String, String)}, keeping the I/O error that caused it. */
    public InputException(String file, String place, String problem, Throwable cause) {
        this(file, place, 0, 0, problem);
        initCause(cause);
    }

    private static String compose(String file, String place, int line, int column, String problem) {
        String where = place == null ? "" : place;
        if (line > 0) {
            String lineText = "line " + line + (column > 0 ? ", column " + column : "");
            where = where.isEmpty() ? lineText : where + " (" + lineText + ")";
        }
        StringBuilder message = new StringBuilder(file);
        if (!where.isEmpty()) {
            message.append(": ").append(where);
        }
        return message.append(": ").append(problem).toString();
    }

    /** The file as the user named it, or {@code "command line"}. */
    public String file() {
        return file;
    }

    /** The place in the file (JSON path, CSV cell, {@code -p name}); empty for the whole file. */
    public String place() {
        return place;
    }

    /** The 1-based line of the place, or 0 when unknown. */
    public int line() {
        return line;
    }

    /** The 1-based column of the place, or 0 when unknown. */
    public int column() {
        return column;
    }

    /** What is wrong and what was expected, without the file and place. */
    public String problem() {
        return problem;
    }
}
