package org.icosim.io;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.icosim.model.parameters.Parameter;
import org.icosim.model.parameters.Parameters;

/**
 * An ensemble of parameter points (the plausible set of a calibration, or any set of points a
 * user wants results over), read strictly from CSV:
 *
 * <pre>point,jobInertia,exitHazardScale
 * w3-017,4.1,0.82
 * w3-044,5.3,0.77</pre>
 *
 * <p>The first column may be {@code point}, the points' names (unique, not blank); without it the
 * points are named 1, 2, ... in file order. Every other column is a parameter of the catalogue,
 * once, and every cell a value it accepts (as {@code -p} would). At least one parameter column
 * and one point, at most {@link #MAX_POINTS} points. Errors name the file, the row and column and
 * the line, and what was expected.
 *
 * @param path       the file as named by the user
 * @param points     the points' names, in file order
 * @param parameters the parameters the ensemble sets, in column order
 * @param values     {@code values[point][parameter]}
 * @param sha256     hex SHA-256 of the file's bytes, so a comparison records what it read
 */
public record EnsembleFile(Path path, List<String> points, List<String> parameters, double[][] values, String sha256) {

    /** The most points an ensemble may hold. */
    public static final int MAX_POINTS = 100_000;

    /** The optional first column naming the points. */
    public static final String POINT = "point";

    public EnsembleFile {
        points = List.copyOf(points);
        parameters = List.copyOf(parameters);
        double[][] copy = new double[values.length][];
        for (int j = 0; j < values.length; j++) copy[j] = values[j].clone();
        values = copy;
    }

    /** The value of parameter {@code k} at point {@code j}. */
    public double value(int j, int k) {
        return values[j][k];
    }

    /**
     * Reads and checks an ensemble file.
     *
     * @throws InputException naming the file, the place and what was expected
     */
    public static EnsembleFile load(Path path) throws InputException {
        String file = path.toString();
        if (!Files.isRegularFile(path)) {
            throw new InputException(file, "file", "no such file; expected a CSV of parameter points (a header of parameter names)");
        }
        byte[] bytes = StrictJson.readBytes(path);
        List<String> names = new ArrayList<>();
        List<double[]> rows = new ArrayList<>();
        List<String> parameters = new ArrayList<>();
        List<Parameter> kinds = new ArrayList<>();
        try (CsvFile csv = CsvFile.open(path)) {
            List<String> header = csv.header();
            boolean named = !header.isEmpty() && header.get(0).equals(POINT);
            int first = named ? 1 : 0;
            for (int c = first; c < header.size(); c++) {
                String name = header.get(c);
                Parameter parameter = Parameters.byName(name);
                if (parameter == null) {
                    throw csv.headerError(c, (name.equals(POINT) ? "\"point\" must be the first column; " : "")
                            + SpecReader.unknownParameter(name));
                }
                parameters.add(parameter.name());
                kinds.add(parameter);
            }
            if (parameters.isEmpty()) {
                throw csv.headerError("no parameter column; expected a header of parameter names, e.g. point,jobInertia,exitHazardScale");
            }
            Set<String> seen = new HashSet<>();
            for (CsvFile.Row row = csv.next(); row != null; row = csv.next()) {
                if (rows.size() == MAX_POINTS) {
                    throw row.error("more than " + MAX_POINTS + " points; expected at most " + MAX_POINTS);
                }
                String id = named ? row.string(0).trim() : Integer.toString(rows.size() + 1);
                if (id.isEmpty()) throw row.error(0, "a blank point name; expected a name for every point");
                if (!seen.add(id)) throw row.error(0, "got \"" + id + "\" again; expected every point's name once");
                double[] values = new double[parameters.size()];
                for (int k = 0; k < parameters.size(); k++) {
                    double value = row.number(first + k);
                    String problem = kinds.get(k).problemWith(value);
                    if (problem != null) throw row.error(first + k, problem);
                    values[k] = value;
                }
                names.add(id);
                rows.add(values);
            }
            if (rows.isEmpty()) {
                throw csv.headerError("no point; expected at least one row of parameter values after the header");
            }
        }
        return new EnsembleFile(path, names, parameters, rows.toArray(new double[0][]), StrictJson.sha256(bytes));
    }
}
