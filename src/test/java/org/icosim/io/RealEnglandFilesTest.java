package org.icosim.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

import org.icosim.model.IcoSim;
import org.icosim.model.RealEnglandWorld;
import org.icosim.model.england.RealEngland;
import org.icosim.model.england.SmallEngland;
import org.icosim.model.parameters.Parameters;
import org.icosim.model.world.Economy;
import org.icosim.model.world.Practice;
import org.icosim.model.world.Role;
import org.icosim.model.world.Trust;
import org.icosim.model.world.TrustKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real England's tables: read strictly, 2015 only, and built into the world of ODD 6. */
class RealEnglandFilesTest {

    static final Path SHIPPED = Path.of("models", "data", "england-2015");

    @TempDir
    Path folder;

    private InputException failsWith(String file, String text) throws Exception {
        Path data = SmallEngland.write(folder.resolve("data"));
        Files.writeString(data.resolve(file), text);
        return assertThrows(InputException.class, () -> RealEnglandFiles.load(data));
    }

    @Test
    void readsTheThreeTablesIntoTheirRecords() throws Exception {
        Path data = SmallEngland.write(folder.resolve("data"));
        assertEquals(SmallEngland.data(data.toString()), RealEnglandFiles.load(data));
    }

    @Test
    void aBadCellNamesTheFileRowColumnLineAndWhatWasExpected() throws Exception {
        String file = folder.resolve("data").resolve("practices-2015.csv").toString();
        String header = SmallEngland.PRACTICES.substring(0, SmallEngland.PRACTICES.indexOf('\n') + 1);
        String good = "P001,FIRST SURGERY,AA1 1AA,C01,52.0,-1.0,1974-04-01,GMS,No,5000,payments_2015-16_Q2,5010,3.3,4\n";
        assertEquals(file + ": row 2, lat (line 3): got \"fifty\", expected a latitude in England (49.8 to 55.9)",
                failsWith("practices-2015.csv", header + good + good.replace("P001", "P002").replace("52.0", "fifty")).getMessage());
        assertEquals(file + ": row 1, lon (line 2): got 3.5, expected a longitude in England (-6.5 to 1.8)",
                failsWith("practices-2015.csv", header + good.replace("-1.0", "3.5")).getMessage());
        assertEquals(file + ": row 1, ccg_code (line 2): got C09, expected a CCG code of ccg-2015.csv",
                failsWith("practices-2015.csv", header + good.replace("C01", "C09")).getMessage());
        assertEquals(file + ": row 2, ods_code (line 3): got P001 again; expected each practice once",
                failsWith("practices-2015.csv", header + good + good).getMessage());
        assertEquals(file + ": row 1, open_date (line 2): got 2015-04-02, expected a date on or before 2015-04-01 "
                + "(the practices operating in April 2015)",
                failsWith("practices-2015.csv", header + good.replace("1974-04-01", "2015-04-02")).getMessage());
        assertEquals(file + ": row 1, open_date (line 2): got \"2015-02-30\", expected a date YYYY-MM-DD",
                failsWith("practices-2015.csv", header + good.replace("1974-04-01", "2015-02-30")).getMessage());
        assertEquals(file + ": row 1, patients_2015 (line 2): got 0, expected a whole number of registered patients, at least 1",
                failsWith("practices-2015.csv", header + good.replace(",5000,", ",0,")).getMessage());
        assertEquals(file + ": row 1, gp_hc_2015 (line 2): got \"4.5\", expected a whole number of GPs or an empty cell",
                failsWith("practices-2015.csv", header + good.replace(",3.3,4", ",3.3,4.5")).getMessage());
        assertEquals(file + ": row 1, contract_type (line 2): got \"GPMS\", expected GMS, PMS, APMS or an empty cell",
                failsWith("practices-2015.csv", header + good.replace("GMS", "GPMS")).getMessage());
        assertEquals(file + ": row 1, gp_fte_2015 (line 2): got -1, expected an FTE in [0, 999] or an empty cell (0.0 to 999.0)",
                failsWith("practices-2015.csv", header + good.replace(",3.3,", ",-1,")).getMessage());
        String ccgs = folder.resolve("data").resolve("ccg-2015.csv").toString();
        assertEquals(ccgs + ": row 1, stp_share (line 2): got 1.5, expected a share in (0, 1]",
                failsWith("ccg-2015.csv", SmallEngland.CCGS.replace("S2,1.0", "S2,1.5")).getMessage());
        String trusts = folder.resolve("data").resolve("acute-trusts-2014.csv").toString();
        assertEquals(trusts + ": row 1 (line 2): got 4 values, expected 5 (one per header column)",
                failsWith("acute-trusts-2014.csv", "ods_code,name,postcode,lat,lon\nT1,ONE,52.0,-1.0\n").getMessage());
    }

    @Test
    void aFolderThatIsMissingOrLacksATableIsRefused() throws Exception {
        Path missing = folder.resolve("nowhere");
        InputException e = assertThrows(InputException.class, () -> RealEnglandFiles.load(missing));
        assertEquals(missing + ": folder not found (absolute path " + missing.toAbsolutePath()
                + "); expected a folder holding ccg-2015.csv, practices-2015.csv, acute-trusts-2014.csv", e.getMessage());
        Path data = SmallEngland.write(folder.resolve("data"));
        Files.delete(data.resolve("acute-trusts-2014.csv"));
        e = assertThrows(InputException.class, () -> RealEnglandFiles.load(data));
        assertTrue(e.getMessage().startsWith(data.resolve("acute-trusts-2014.csv") + ": file not found"), e.getMessage());
    }

    @Test
    void anStpWithoutAnAcuteTrustIsRefusedNamingTheTrustsTable() throws Exception {
        InputException e = failsWith("acute-trusts-2014.csv", "ods_code,name,postcode,lat,lon\nT1,ONE,BB1 1BB,52.01,-1.01\n");
        assertEquals(folder.resolve("data").resolve("acute-trusts-2014.csv") + ": STP S2 has no acute trust: no trust's nearest "
                + "practice is one of its practices; expected at least one acute trust in every STP", e.getMessage());
    }

    /**
     * Only 2015 goes in: a column of a later year is refused (the header must be exactly the 2015
     * one), and the outcomes table beside the others is never opened, whether it is there, absent,
     * or not even a table.
     */
    @Test
    void nothingFrom2016OnIsRead() throws Exception {
        String header = SmallEngland.PRACTICES.substring(0, SmallEngland.PRACTICES.indexOf('\n'));
        InputException e = failsWith("practices-2015.csv", header + ",patients_2019\n"
                + "P001,FIRST SURGERY,AA1 1AA,C01,52.0,-1.0,1974-04-01,GMS,No,5000,payments_2015-16_Q2,5010,3.3,4,5100\n");
        assertTrue(e.getMessage().contains("got " + header + ",patients_2019; expected " + header + " (15 columns, expected 14)"),
                e.getMessage());

        Path with = Files.createDirectories(folder.resolve("with"));
        Path without = Files.createDirectories(folder.resolve("without"));
        Path garbage = Files.createDirectories(folder.resolve("garbage"));
        for (String f : RealEnglandFiles.FILES) {
            for (Path to : List.of(with, without, garbage)) Files.copy(SHIPPED.resolve(f), to.resolve(f));
        }
        Files.copy(SHIPPED.resolve("practice-outcomes-2015-2019.csv"), with.resolve("practice-outcomes-2015-2019.csv"));
        Files.writeString(garbage.resolve("practice-outcomes-2015-2019.csv"), "\"not, a table");
        RealEngland a = RealEnglandFiles.load(with);
        RealEngland b = RealEnglandFiles.load(without);
        RealEngland c = RealEnglandFiles.load(garbage);
        assertEquals(a.practices(), b.practices());
        assertEquals(a.trusts(), b.trusts());
        assertEquals(a.ccgs(), b.ccgs());
        assertEquals(a.practices(), c.practices());
        // And the world built from either is the same, month by month.
        assertEquals(months(a, 3), months(b, 3));
    }

    /** Three months of the status quo on the real England at one agent per 500 patients, as text. */
    private static String months(RealEngland data, int n) {
        IcoSim sim = new IcoSim(1, new Parameters().set(Parameters.PATIENT_SCALE, 500), YearMonth.of(2015, 4));
        sim.setWorldSource(new RealEnglandWorld(data));
        sim.start();
        sim.runMonths(n);
        return MetricsCsv.toCsv(sim.metrics());
    }

    /**
     * The shipped England of April 2015 at one agent per 200 patients: 7,819 practices in 42
     * economies, 160 acute trusts with at least one in every economy, and 57,435,758 patients
     * within the stochastic rounding of 7,819 lists (sd at most 200 x sqrt(7,819 / 4), about 8,800;
     * allowed 5 sd).
     */
    @Test
    void theShippedEnglandOf2015Builds() throws Exception {
        RealEngland data = RealEnglandFiles.load(SHIPPED);
        assertEquals(7819, data.practices().size());
        assertEquals(160, data.trusts().size());
        assertEquals(209, data.ccgs().size());
        assertEquals(57435758, data.patients());
        IcoSim sim = new IcoSim(1, new Parameters().set(Parameters.PATIENT_SCALE, 200), YearMonth.of(2015, 4));
        sim.setWorldSource(new RealEnglandWorld(data));
        sim.start();
        assertEquals(7819, sim.practices().size());
        assertEquals(42, sim.economies().size());
        assertEquals(160, sim.trusts().size());
        for (Trust t : sim.trusts()) assertEquals(TrustKind.ACUTE, t.kind());
        java.util.Set<String> codes = new java.util.HashSet<>();
        for (Economy e : sim.economies()) {
            assertFalse(e.trusts().isEmpty(), e.code() + " has an acute trust");
            assertTrue(codes.add(e.code()));
            for (Practice p : e.practices()) {
                assertTrue(p.x() >= e.originX() - 1e-9 && p.x() <= e.originX() + e.side() + 1e-9, p.code() + " in its square");
                assertTrue(p.y() >= e.originY() - 1e-9 && p.y() <= e.originY() + e.side() + 1e-9, p.code() + " in its square");
            }
        }
        assertEquals(57435758, sim.patientAgents() * 200.0, 5 * 200 * Math.sqrt(7819 / 4.0));
        long partners = sim.gps().stream().filter(g -> g.role() == Role.PARTNER).count();
        long salaried = sim.gps().stream().filter(g -> g.role() == Role.SALARIED).count();
        // The census's 27,358 FTE and the imputed FTE of 702 practices over the mean GP FTE:
        // about 35,300 GPs, of whom the national share 0.705 partners (rounding allows +-1%).
        assertEquals(35300, partners + salaried, 350);
        assertEquals(0.7046, partners / (double) (partners + salaried), 0.01);
        assertEquals("A81001", sim.practices().stream().filter(p -> p.code().equals("A81001")).findFirst().orElseThrow().code());
    }
}
