package org.icosim.model.england;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A hand-made real England for tests: two STPs (S1 with CCG C01, S2 with CCG C02, and a CCG C03
 * of S2 without practices), four practices and two acute trusts, each trust beside the practices
 * of one STP. P003 has no census GPs. As records ({@link #data()}) and as the three CSV tables
 * ({@link #write}).
 */
public final class SmallEngland {

    public static final String CCGS = "ccg_code_2015,ccg_name_2015_16,n_active_practices_apr2015,stp_code_2020_09_majority,stp_share\n"
            + "C02,NHS SECOND CCG,2,S2,1.0\n"
            + "C01,\"NHS FIRST, AND ONLY, CCG\",2,S1,1.0\n"
            + "C03,NHS EMPTY CCG,0,S2,0.9\n";
    public static final String PRACTICES = "ods_code,name,postcode,ccg_code,lat,lon,open_date,contract_type,dispensing,"
            + "patients_2015,patients_2015_source,patients_2015_09_wf,gp_fte_2015,gp_hc_2015\n"
            + "P004,FOURTH SURGERY,AA1 4AA,C02,53.01,-2.01,1990-01-01,PMS,No,12000,payments_2015-16_Q2,12010,8.0,11\n"
            + "P001,FIRST SURGERY,AA1 1AA,C01,52.0,-1.0,1974-04-01,GMS,No,5000,payments_2015-16_Q2,5010,3.3,4\n"
            + "P003,THIRD SURGERY,AA1 3AA,C02,53.0,-2.0,2015-04-01,APMS,,9000,payments_2014-15_Q2,,,\n"
            + "P002,SECOND SURGERY,AA1 2AA,C01,52.02,-1.02,2001-06-30,,Yes,2005,payments_2015-16_Q1,2000,0.8,1\n";
    public static final String TRUSTS = "ods_code,name,postcode,lat,lon\n"
            + "T2,SECOND HOSPITAL NHS TRUST,BB2 2BB,53.005,-2.005\n"
            + "T1,FIRST HOSPITAL NHS TRUST,BB1 1BB,52.01,-1.01\n";

    private SmallEngland() {
    }

    /** The same world as records, as the reader gives them (file order). */
    public static RealEngland data(String source) {
        List<CcgArea> ccgs = List.of(new CcgArea("C02", "NHS SECOND CCG", "S2"), new CcgArea("C01", "NHS FIRST, AND ONLY, CCG", "S1"),
                new CcgArea("C03", "NHS EMPTY CCG", "S2"));
        List<PracticeSite> practices = List.of(
                new PracticeSite("P004", "FOURTH SURGERY", "C02", 53.01, -2.01, "PMS", false, 12000, 8.0, 11),
                new PracticeSite("P001", "FIRST SURGERY", "C01", 52.0, -1.0, "GMS", false, 5000, 3.3, 4),
                new PracticeSite("P003", "THIRD SURGERY", "C02", 53.0, -2.0, "APMS", false, 9000, Double.NaN, -1),
                new PracticeSite("P002", "SECOND SURGERY", "C01", 52.02, -1.02, "", true, 2005, 0.8, 1));
        List<TrustSite> trusts = List.of(new TrustSite("T2", "SECOND HOSPITAL NHS TRUST", 53.005, -2.005),
                new TrustSite("T1", "FIRST HOSPITAL NHS TRUST", 52.01, -1.01));
        return new RealEngland(source, practices, trusts, ccgs);
    }

    /** Writes the three tables into {@code folder} (made if missing); returns it. */
    public static Path write(Path folder) throws IOException {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("ccg-2015.csv"), CCGS);
        Files.writeString(folder.resolve("practices-2015.csv"), PRACTICES);
        Files.writeString(folder.resolve("acute-trusts-2014.csv"), TRUSTS);
        return folder;
    }
}
