package org.icosim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.icosim.experiment.validation.Classification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code validate} end to end on the tiny model (12 practices, codes practice-0 ... practice-11)
 * with hand-made outcomes and covariates, and its refusals of bad tables.
 */
class ValidateCommandTest {

    static final String OUTCOMES_HEADER = "ods_code,close_date_to_2019,patients_wf_fy2016,patients_wf_fy2017,patients_wf_fy2018,"
            + "patients_wf_fy2019,patients_wf_fy2020";

    @TempDir
    Path dir;

    /** Practices 2 and 5 closed in June 2017; practice 7 is missing from the 2016 census. */
    Path outcomes() throws IOException {
        List<String> lines = new ArrayList<>(List.of(OUTCOMES_HEADER));
        for (int i = 0; i < 12; i++) {
            int list = 3000 + 2000 * i;
            String closed = i == 2 || i == 5 ? "2017-06-30" : "";
            String later = closed.isEmpty() ? Integer.toString(list) : "";
            String y2016 = i == 7 ? "" : Integer.toString(list);
            lines.add("practice-" + i + "," + closed + "," + list + "," + y2016 + "," + later + "," + later + "," + later);
        }
        return write("outcomes.csv", lines);
    }

    Path covariates() throws IOException {
        List<String> lines = new ArrayList<>(List.of("ods_code,name,patients_2015,gp_hc_2015,gp_fte_2015,contract_type"));
        for (int i = 0; i < 12; i++) {
            lines.add("practice-" + i + ",\"Practice " + i + ", Town\"," + (3000 + 2000 * i) + "," + (i % 4 == 0 ? 1 : 3) + ","
                    + (i % 4 == 0 ? "0.9" : "") + "," + (i % 3 == 0 ? "PMS" : "GMS"));
        }
        return write("covariates.csv", lines);
    }

    Path write(String name, List<String> lines) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, lines);
        return file;
    }

    CliTestSupport.Result validate(Path outcomes, Path covariates, Path out, String... more) {
        List<String> args = new ArrayList<>(List.of("validate", "--model", "models/tiny.json", "--outcomes", outcomes.toString(),
                "--covariates", covariates.toString(), "--out", out.toString(), "--seeds", "3", "--quiet"));
        args.addAll(List.of(more));
        return CliTestSupport.run(args.toArray(String[]::new));
    }

    @Test
    void theModelIsComparedPracticeByPracticeAndTheTablesAgreeWithEachOther() throws IOException {
        Path out = dir.resolve("v");
        CliTestSupport.Result r = validate(outcomes(), covariates(), out);
        assertEquals(0, r.code(), r.err());
        for (String file : ValidationReport.FILES) assertTrue(Files.size(out.resolve(file)) > 0, file);
        assertTrue(r.out().contains("12 practices, 3 seeds, 2015-04 to 2019-12"), r.out());

        // Each practice's probability of having ended by 2019, read back, gives the AUC and Brier reported.
        List<String> practices = Files.readAllLines(out.resolve("practices.csv"));
        assertEquals("code,ccgCode,stpCode,closeDate,modelEndedBy2015,modelEndedBy2016,modelEndedBy2017,modelEndedBy2018,"
                + "modelEndedBy2019", practices.get(0));
        assertEquals(13, practices.size());
        double[] p = new double[12];
        boolean[] ended = new boolean[12];
        for (int i = 0; i < 12; i++) {
            String[] cells = practices.get(i + 1).split(",", -1);
            assertEquals("practice-" + i, cells[0]);
            assertEquals("", cells[1], "a synthetic world has no CCG");
            ended[i] = !cells[3].isEmpty();
            p[i] = Double.parseDouble(cells[8]);
            double share = p[i] * 3;
            assertEquals(Math.rint(share), share, 1e-5, "a share of 3 seeds");
        }
        String model2019 = row(out.resolve("discrimination.csv"), "2019,model,");
        String[] cells = model2019.split(",");
        assertEquals("12", cells[2]);
        assertEquals("2", cells[3], "practices 2 and 5 ended");
        assertEquals(Classification.auc(p, ended), Double.parseDouble(cells[4]), 1e-6);
        assertEquals(Classification.brier(p, ended), Double.parseDouble(cells[5]), 1e-6);
        assertEquals("2016,model,12,0,", row(out.resolve("discrimination.csv"), "2016,model,").substring(0, 16),
                "nobody had ended by 2016");
        assertTrue(Files.readString(out.resolve("roc.csv")).contains("2019,all2015,"));

        // Real counts by size band are exact: lists 3,000 + 2,000 i; in September 2017 practices 2 and 5 are gone.
        assertTrue(row(out.resolve("size-bands.csv"), "2017,\"5,000-20,000\",").startsWith("2017,\"5,000-20,000\",6,"));
        assertTrue(row(out.resolve("size-bands.csv"), "2015,\"5,000-20,000\",").startsWith("2015,\"5,000-20,000\",8,"));
        assertTrue(row(out.resolve("size-bands.csv"), "2015,\"under 5,000\",").startsWith("2015,\"under 5,000\",1,"));
        assertTrue(row(out.resolve("size-bands.csv"), "2015,\"over 20,000\",").startsWith("2015,\"over 20,000\",3,"));
        // Practice 7 is missing from the 2016 census, so it is left out of that year's counts.
        assertTrue(row(out.resolve("size-bands.csv"), "2016,\"5,000-20,000\",").startsWith("2016,\"5,000-20,000\",7,"));
        assertTrue(row(out.resolve("areas.csv"), "economy,0,").startsWith("economy,0,economy 0,12,2,"));
        String md = Files.readString(out.resolve("validation.md"));
        assertTrue(md.contains("in-sample") && md.contains("| 2019 | 2 of 12 | `model` |"), md);

        // Threads change nothing.
        Path again = dir.resolve("v2");
        assertEquals(0, validate(outcomes(), covariates(), again, "--threads", "1").code());
        for (String file : ValidationReport.FILES) {
            if (file.equals(ValidationReport.REPORT)) continue;
            assertArrayEquals(Files.readAllBytes(out.resolve(file)), Files.readAllBytes(again.resolve(file)), file);
        }
    }

    private static String row(Path csv, String prefix) throws IOException {
        return Files.readAllLines(csv).stream().filter(l -> l.startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + prefix + " in " + csv));
    }

    private void assertRefused(CliTestSupport.Result r, Path out, String... mustMention) throws IOException {
        assertEquals(2, r.code(), r.out() + r.err());
        assertEquals(1, r.err().strip().lines().count(), "one clear message: " + r.err());
        for (String s : mustMention) assertTrue(r.err().contains(s), "message mentions " + s + ": " + r.err());
        assertFalse(Files.exists(out), "no output folder");
        try (Stream<Path> left = Files.list(out.getParent())) {
            assertTrue(left.noneMatch(p -> p.getFileName().toString().startsWith(".")), "nothing staged");
        }
    }

    @Test
    void aBadCellIsRefusedWithTheFileLineAndColumnAndNothingIsWritten() throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(outcomes()));
        lines.set(2, "practice-1,30/06/2017,5000,5000,,,");
        Path bad = write("bad-date.csv", lines);
        assertRefused(validate(bad, covariates(), dir.resolve("out")), dir.resolve("out"),
                "bad-date.csv", "row 2, close_date_to_2019 (line 3, column 2)", "\"30/06/2017\"", "YYYY-MM-DD");

        lines.set(2, "practice-1,,5000,five,5000,5000,5000");
        assertRefused(validate(write("bad-number.csv", lines), covariates(), dir.resolve("out")), dir.resolve("out"),
                "bad-number.csv", "line 3, column 4", "\"five\"");

        lines.set(2, "practice-1,2020-01-15,5000,5000,5000,5000,5000");
        assertRefused(validate(write("late.csv", lines), covariates(), dir.resolve("out")), dir.resolve("out"),
                "late.csv", "column 2", "on or before 2019-12-31");

        lines.set(2, "practice-0,,5000,5000,5000,5000,5000");
        assertRefused(validate(write("twice.csv", lines), covariates(), dir.resolve("out")), dir.resolve("out"),
                "twice.csv", "\"practice-0\" appears again (first in row 1)");
    }

    @Test
    void codesThatDoNotMatchTheWorldAreRefused() throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(outcomes()));
        lines.set(12, lines.get(12).replace("practice-11", "A81001"));
        assertRefused(validate(write("other.csv", lines), covariates(), dir.resolve("out")), dir.resolve("out"),
                "other.csv", "ods_code", "1 of the world's 12 practices have no row (first practice-11)",
                "1 codes are not practices of the world (first A81001)");

        List<String> covariates = new ArrayList<>(Files.readAllLines(covariates()));
        covariates.remove(5);
        assertRefused(validate(outcomes(), write("fewer.csv", covariates), dir.resolve("out")), dir.resolve("out"),
                "fewer.csv", "first practice-4");
    }

    @Test
    void aMissingColumnOrAnExperimentNotStartingInApril2015IsRefused() throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(outcomes()));
        lines.replaceAll(l -> l.substring(0, l.lastIndexOf(',')));
        assertRefused(validate(write("short.csv", lines), covariates(), dir.resolve("out")), dir.resolve("out"),
                "short.csv", "patients_wf_fy2020");

        Path experiment = dir.resolve("later.json");
        Files.writeString(experiment, "{\"name\": \"later\", \"description\": \"d\", \"model\": \""
                + Path.of("models/tiny.json").toAbsolutePath() + "\", \"seed\": 1, \"months\": 12, \"start\": \"2016-04\"}");
        List<String> args = List.of("validate", experiment.toString(), "--model", "models/tiny.json", "--outcomes",
                outcomes().toString(), "--covariates", covariates().toString(), "--out", dir.resolve("out").toString());
        assertRefused(CliTestSupport.run(args.toArray(String[]::new)), dir.resolve("out"), "later.json", "start", "2015-04");
    }
}
