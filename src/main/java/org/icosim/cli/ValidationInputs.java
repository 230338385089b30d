package org.icosim.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.icosim.experiment.validation.PracticeCovariates;
import org.icosim.experiment.validation.PracticeOutcome;
import org.icosim.experiment.validation.PracticeValidation;
import org.icosim.io.CsvFile;
import org.icosim.io.InputException;

/**
 * The two tables {@code validate} reads, strictly, with one message naming the file, the line and
 * the column of the first problem: the practices' outcomes to 2019 and their 2015 covariates,
 * each keyed by ODS code and joined to the world's practices, which must be exactly the same set.
 */
final class ValidationInputs {

    static final String CODE = "ods_code";
    static final String CLOSE_DATE = "close_date_to_2019";
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final LocalDate LAST_OUTCOME = LocalDate.of(PracticeValidation.LAST_YEAR, 12, 31);
    private static final Set<String> CONTRACTS = Set.of("", "GMS", "PMS", "APMS");

    private ValidationInputs() {
    }

    /** The census column of September of {@code year}: the workforce census of the next financial year. */
    static String septemberColumn(int year) {
        return "patients_wf_fy" + (year + 1);
    }

    /** {@code practice-outcomes-2015-2019.csv}, by code in file order. */
    static Map<String, PracticeOutcome> outcomes(Path file) throws InputException {
        Map<String, PracticeOutcome> out = new LinkedHashMap<>();
        Map<String, Integer> rowOf = new HashMap<>();
        try (CsvFile csv = CsvFile.open(file)) {
            int code = csv.requireColumn(CODE, "the practice's ODS code");
            int close = csv.requireColumn(CLOSE_DATE, "its close date YYYY-MM-DD, on or before 2019-12-31, or empty");
            int years = PracticeValidation.LAST_YEAR - PracticeValidation.FIRST_YEAR + 1;
            int[] september = new int[years];
            for (int k = 0; k < years; k++) {
                september[k] = csv.requireColumn(septemberColumn(PracticeValidation.FIRST_YEAR + k),
                        "registered patients in the census of September " + (PracticeValidation.FIRST_YEAR + k) + ", or empty");
            }
            for (CsvFile.Row row = csv.next(); row != null; row = csv.next()) {
                String ods = code(csv, row, code, rowOf);
                LocalDate closed = null;
                String date = row.string(close);
                if (!date.isEmpty()) {
                    try {
                        if (!DATE.matcher(date).matches()) throw new DateTimeParseException(date, date, 0);
                        closed = LocalDate.parse(date);
                    } catch (DateTimeParseException e) {
                        throw cell(csv, row, close, "got \"" + date + "\", expected a date YYYY-MM-DD or an empty cell");
                    }
                    if (closed.isAfter(LAST_OUTCOME)) {
                        throw cell(csv, row, close, "got " + date + ", expected a date on or before " + LAST_OUTCOME
                                + " (validation reads no outcome after " + PracticeValidation.LAST_YEAR + ")");
                    }
                }
                double[] patients = new double[years];
                for (int k = 0; k < years; k++) patients[k] = count(csv, row, september[k], true);
                out.put(ods, new PracticeOutcome(ods, closed, patients));
            }
        }
        return out;
    }

    /** {@code practices-2015.csv}, by code in file order. */
    static Map<String, PracticeCovariates> covariates(Path file) throws InputException {
        Map<String, PracticeCovariates> out = new LinkedHashMap<>();
        Map<String, Integer> rowOf = new HashMap<>();
        try (CsvFile csv = CsvFile.open(file)) {
            int code = csv.requireColumn(CODE, "the practice's ODS code");
            int patients = csv.requireColumn("patients_2015", "registered patients in 2015");
            int headcount = csv.requireColumn("gp_hc_2015", "GP head count, September 2015, or empty");
            int fte = csv.requireColumn("gp_fte_2015", "GP FTE, September 2015, or empty");
            int contract = csv.requireColumn("contract_type", "GMS, PMS, APMS or empty");
            for (CsvFile.Row row = csv.next(); row != null; row = csv.next()) {
                String ods = code(csv, row, code, rowOf);
                double list = count(csv, row, patients, false);
                String kind = row.string(contract);
                if (!CONTRACTS.contains(kind)) {
                    throw cell(csv, row, contract, "got \"" + kind + "\", expected GMS, PMS, APMS or an empty cell");
                }
                out.put(ods, new PracticeCovariates(ods, list, count(csv, row, headcount, true), count(csv, row, fte, true), kind));
            }
        }
        return out;
    }

    /**
     * The table's rows in the order of the world's practices; refused unless the table has exactly
     * the world's codes.
     */
    static <T> List<T> joined(Path file, Map<String, T> byCode, List<String> worldCodes) throws InputException {
        List<String> missing = new ArrayList<>();
        List<T> out = new ArrayList<>(worldCodes.size());
        for (String code : worldCodes) {
            T row = byCode.get(code);
            if (row == null) missing.add(code); else out.add(row);
        }
        Set<String> world = new java.util.HashSet<>(worldCodes);
        List<String> extra = new ArrayList<>();
        for (String code : byCode.keySet()) if (!world.contains(code)) extra.add(code);
        if (missing.isEmpty() && extra.isEmpty()) return out;
        StringBuilder problem = new StringBuilder();
        if (!missing.isEmpty()) {
            problem.append(missing.size()).append(" of the world's ").append(worldCodes.size())
                    .append(" practices have no row (first ").append(examples(missing)).append(")");
        }
        if (!extra.isEmpty()) {
            if (problem.length() > 0) problem.append(" and ");
            problem.append(extra.size()).append(" codes are not practices of the world (first ").append(examples(extra)).append(")");
        }
        problem.append("; expected one row for each practice of the model, joined on ").append(CODE)
                .append(" (is it the outcomes of this model's world?)");
        throw new InputException(file.toString(), CODE, problem.toString());
    }

    private static String examples(List<String> codes) {
        return String.join(", ", codes.subList(0, Math.min(3, codes.size())));
    }

    private static String code(CsvFile csv, CsvFile.Row row, int column, Map<String, Integer> rowOf) throws InputException {
        String ods = row.string(column);
        if (ods.isEmpty()) throw cell(csv, row, column, "is empty; expected the practice's ODS code");
        Integer earlier = rowOf.putIfAbsent(ods, row.number());
        if (earlier != null) {
            throw cell(csv, row, column, "\"" + ods + "\" appears again (first in row " + earlier + "); expected each code once");
        }
        return ods;
    }

    /** A count of people or FTE: a number at least 0; empty is NaN when {@code blankAllowed}. */
    private static double count(CsvFile csv, CsvFile.Row row, int column, boolean blankAllowed) throws InputException {
        String text = row.string(column);
        if (text.isEmpty() && blankAllowed) return Double.NaN;
        double value;
        try {
            value = row.number(column);
        } catch (InputException e) {
            throw cell(csv, row, column, "got \"" + text + "\", expected a number at least 0" + (blankAllowed ? " or an empty cell" : ""));
        }
        if (value < 0) throw cell(csv, row, column, "got " + text + ", expected a number at least 0");
        return value;
    }

    /** An error about one cell, naming its line and column. */
    private static InputException cell(CsvFile csv, CsvFile.Row row, int column, String problem) {
        return new InputException(csv.file(), "row " + row.number() + ", " + csv.header().get(column), row.line(), column + 1,
                problem);
    }
}
