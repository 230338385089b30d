package org.icosim.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.YearMonth;
import java.util.List;
import java.util.TreeMap;

import org.icosim.model.observe.PracticeRecord;
import org.icosim.model.world.PracticeStatus;
import org.junit.jupiter.api.Test;

/** {@code practices.csv}: one row per chosen month and practice; empty cells where there is no value. */
class PracticesCsvTest {

    @Test
    void anOpenAndAMergedPracticeOfARealWorld() {
        PracticeRecord open = new PracticeRecord("A81001", "00K", "NHS Hartlepool, Stockton", "QHM", "North East", PracticeStatus.FEDERATED,
                -1, 4200, 2, 1.6, 1, 0.5, 0, 0, "federation-3", "provider-2", null, null, null, true, 0.0125);
        PracticeRecord merged = new PracticeRecord("A81002", "00K", "NHS Hartlepool, Stockton", "QHM", "North East",
                PracticeStatus.MERGED_INTO, 7, 0, 0, 0, 0, 0, 0, 0, null, null, null, null, "A81001", false, 0);
        TreeMap<Integer, List<PracticeRecord>> at = new TreeMap<>();
        at.put(11, List.of(open, merged));
        String csv = PracticesCsv.toCsv(at, YearMonth.of(2015, 4));
        assertEquals(PracticesCsv.HEADER + "\n"
                + "11,2016-03,A81001,00K,\"NHS Hartlepool, Stockton\",QHM,North East,FEDERATED,,,4200,2,1.6,1,0.5,0,0,2.1,"
                + "federation-3,provider-2,,,,true,0.0125\n"
                + "11,2016-03,A81002,00K,\"NHS Hartlepool, Stockton\",QHM,North East,MERGED_INTO,7,2015-11,0,0,0,0,0,0,0,0,"
                + ",,,,A81001,false,0\n", csv);
    }
}
