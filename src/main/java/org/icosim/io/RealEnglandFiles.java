package org.icosim.io;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.icosim.model.england.CcgArea;
import org.icosim.model.england.PracticeSite;
import org.icosim.model.england.RealEngland;
import org.icosim.model.england.TrustSite;

/**
 * Reads the real England of April 2015 from a folder (ODD 7; {@code models/data/england-2015}):
 * {@code ccg-2015.csv}, {@code practices-2015.csv} and {@code acute-trusts-2014.csv}, each with
 * exactly its header, every cell checked: one line naming the file, the row, the column, its line
 * and what was expected, before any work. Nothing else in the folder is read: in particular not
 * {@code practice-outcomes-2015-2019.csv}, the figures the model is calibrated and judged against,
 * and a table holding a column this reader does not know (a later year's figures) is refused.
 */
public final class RealEnglandFiles {

    public static final String CCGS = "ccg-2015.csv";
    public static final String PRACTICES = "practices-2015.csv";
    public static final String TRUSTS = "acute-trusts-2014.csv";
    /** The files read, in the order read. */
    public static final List<String> FILES = List.of(CCGS, PRACTICES, TRUSTS);

    static final List<String> CCG_HEADER = List.of("ccg_code_2015", "ccg_name_2015_16", "n_active_practices_apr2015",
            "stp_code_2020_09_majority", "stp_share");
    static final List<String> PRACTICE_HEADER = List.of("ods_code", "name", "postcode", "ccg_code", "lat", "lon", "open_date",
            "contract_type", "dispensing", "patients_2015", "patients_2015_source", "patients_2015_09_wf", "gp_fte_2015",
            "gp_hc_2015");
    static final List<String> TRUST_HEADER = List.of("ods_code", "name", "postcode", "lat", "lon");

    /** England's extent, degrees (the Isles of Scilly to Berwick, Land's End to Lowestoft), with a margin. */
    static final double MIN_LAT = 49.8;
    static final double MAX_LAT = 55.9;
    static final double MIN_LON = -6.5;
    static final double MAX_LON = 1.8;
    /** The world starts on 1 April 2015: a practice opened later was not there. */
    static final LocalDate START = LocalDate.of(2015, 4, 1);

    private static final Pattern CODE = Pattern.compile("[A-Z0-9]{2,8}");
    private static final Pattern WHOLE = Pattern.compile("[0-9]{1,9}");
    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

    private RealEnglandFiles() {
    }

    /**
     * Reads and checks the three tables of {@code folder}.
     *
     * @throws InputException naming the file, row and column of the first problem
     */
    public static RealEngland load(Path folder) throws InputException {
        if (!Files.isDirectory(folder)) {
            throw new InputException(folder.toString(), "", (Files.exists(folder) ? "is not a folder" : "folder not found (absolute path "
                    + folder.toAbsolutePath() + ")") + "; expected a folder holding " + String.join(", ", FILES));
        }
        Map<String, CcgArea> ccgs = readCcgs(folder.resolve(CCGS));
        List<PracticeSite> practices = readPractices(folder.resolve(PRACTICES), ccgs);
        List<TrustSite> trusts = readTrusts(folder.resolve(TRUSTS));
        try {
            return new RealEngland(folder.toString(), practices, trusts, new ArrayList<>(ccgs.values()));
        } catch (IllegalArgumentException e) {
            throw new InputException(folder.resolve(TRUSTS).toString(), "", e.getMessage());
        }
    }

    private static Map<String, CcgArea> readCcgs(Path file) throws InputException {
        Map<String, CcgArea> out = new java.util.LinkedHashMap<>();
        try (CsvFile csv = CsvFile.open(file, CCG_HEADER)) {
            for (CsvFile.Row row = csv.next(); row != null; row = csv.next()) {
                String code = code(row, 0, "a CCG code of 2 to 8 capitals and digits");
                if (out.containsKey(code)) throw row.error(0, "got " + code + " again; expected each CCG once");
                String name = text(row, 1, "the CCG's name");
                whole(row, 2, "a whole number of practices");
                String stp = code(row, 3, "an STP code of 2 to 8 capitals and digits");
                double share = row.number(4);
                if (!(share > 0 && share <= 1)) throw row.error(4, "got " + row.string(4) + ", expected a share in (0, 1]");
                out.put(code, new CcgArea(code, name, stp));
            }
        }
        return out;
    }

    private static List<PracticeSite> readPractices(Path file, Map<String, CcgArea> ccgs) throws InputException {
        List<PracticeSite> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        try (CsvFile csv = CsvFile.open(file, PRACTICE_HEADER)) {
            for (CsvFile.Row row = csv.next(); row != null; row = csv.next()) {
                String ods = code(row, 0, "an ODS code of 2 to 8 capitals and digits");
                if (!seen.add(ods)) throw row.error(0, "got " + ods + " again; expected each practice once");
                String name = text(row, 1, "the practice's name");
                String ccg = code(row, 3, "a CCG code of " + CCGS);
                if (!ccgs.containsKey(ccg)) throw row.error(3, "got " + ccg + ", expected a CCG code of " + CCGS);
                double lat = inRange(row, 4, MIN_LAT, MAX_LAT, "a latitude in England");
                double lon = inRange(row, 5, MIN_LON, MAX_LON, "a longitude in England");
                LocalDate opened = date(row, 6);
                if (opened.isAfter(START)) {
                    throw row.error(6, "got " + opened + ", expected a date on or before " + START + " (the practices operating in April 2015)");
                }
                String contract = row.string(7);
                if (!List.of("GMS", "PMS", "APMS", "").contains(contract)) {
                    throw row.error(7, "got \"" + contract + "\", expected GMS, PMS, APMS or an empty cell");
                }
                String dispensing = row.string(8);
                if (!List.of("Yes", "No", "").contains(dispensing)) {
                    throw row.error(8, "got \"" + dispensing + "\", expected Yes, No or an empty cell");
                }
                int patients = whole(row, 9, "a whole number of registered patients, at least 1");
                if (patients < 1) throw row.error(9, "got " + patients + ", expected a whole number of registered patients, at least 1");
                text(row, 10, "where the list size comes from");
                if (!row.string(11).isEmpty()) whole(row, 11, "a whole number of patients or an empty cell");
                double fte = row.string(12).isEmpty() ? Double.NaN : inRange(row, 12, 0, 999, "an FTE in [0, 999] or an empty cell");
                int headcount = row.string(13).isEmpty() ? -1 : whole(row, 13, "a whole number of GPs or an empty cell");
                out.add(new PracticeSite(ods, name, ccg, lat, lon, contract, dispensing.equals("Yes"), patients, fte, headcount));
            }
        }
        return out;
    }

    private static List<TrustSite> readTrusts(Path file) throws InputException {
        List<TrustSite> out = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        try (CsvFile csv = CsvFile.open(file, TRUST_HEADER)) {
            for (CsvFile.Row row = csv.next(); row != null; row = csv.next()) {
                String ods = code(row, 0, "an ODS code of 2 to 8 capitals and digits");
                if (seen.put(ods, row.number()) != null) throw row.error(0, "got " + ods + " again; expected each trust once");
                String name = text(row, 1, "the trust's name");
                double lat = inRange(row, 3, MIN_LAT, MAX_LAT, "a latitude in England");
                double lon = inRange(row, 4, MIN_LON, MAX_LON, "a longitude in England");
                out.add(new TrustSite(ods, name, lat, lon));
            }
        }
        return out;
    }

    private static String code(CsvFile.Row row, int column, String expected) throws InputException {
        String cell = row.string(column);
        if (!CODE.matcher(cell).matches()) throw row.error(column, "got \"" + cell + "\", expected " + expected);
        return cell;
    }

    private static String text(CsvFile.Row row, int column, String expected) throws InputException {
        String cell = row.string(column);
        if (cell.isBlank()) throw row.error(column, "got an empty cell, expected " + expected);
        return cell;
    }

    private static int whole(CsvFile.Row row, int column, String expected) throws InputException {
        String cell = row.string(column);
        if (!WHOLE.matcher(cell).matches()) throw row.error(column, "got \"" + cell + "\", expected " + expected);
        return Integer.parseInt(cell);
    }

    private static double inRange(CsvFile.Row row, int column, double min, double max, String expected) throws InputException {
        String cell = row.string(column);
        double value;
        try {
            value = row.number(column);
        } catch (InputException e) {
            throw row.error(column, "got \"" + cell + "\", expected " + expected + " (" + min + " to " + max + ")");
        }
        if (!(value >= min && value <= max)) {
            throw row.error(column, "got " + cell + ", expected " + expected + " (" + min + " to " + max + ")");
        }
        return value;
    }

    private static LocalDate date(CsvFile.Row row, int column) throws InputException {
        String cell = row.string(column);
        if (DATE.matcher(cell).matches()) {
            try {
                return LocalDate.parse(cell);
            } catch (DateTimeException e) {
                // not a calendar date; reported below
            }
        }
        throw row.error(column, "got \"" + cell + "\", expected a date YYYY-MM-DD");
    }
}
