package org.icosim.model.pcn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;

import org.icosim.model.parameters.Parameter;
import org.icosim.model.parameters.Parameters;
import org.icosim.model.InputsFile;
import org.junit.jupiter.api.Test;

/**
 * The constants of ODD 8.30-8.32 are the rows of {@code models/data/inputs-2015-2025/inputs-2015-2025.csv}
 * they name (item and year), so the code and the data cannot drift apart. No OUTCOME row is read.
 */
class PcnInputsTest {

    /** (year, item) to {value, note}. */
    private static Map<String, String[]> rows() throws Exception {
        Map<String, String[]> out = new LinkedHashMap<>();
        for (InputsFile.Row row : new InputsFile().all()) {
            if (row.item().contains("(OUTCOME)")) continue;
            out.put(row.year() + " " + row.item(), new String[] {row.value(), row.note()});
        }
        return out;
    }

    private static String[] row(Map<String, String[]> rows, String year, String item) {
        String[] r = rows.get(year + " " + item);
        assertNotNull(r, year + " " + item + " is in the inputs file");
        return r;
    }

    private static double value(Map<String, String[]> rows, String year, String item) {
        return Double.parseDouble(row(rows, year, item)[0]);
    }

    @Test
    void theArrsSeries() throws Exception {
        Map<String, String[]> rows = rows();
        String[] y2019 = row(rows, "2019/20", "arrs_reimbursement_rate");
        assertTrue(y2019[0].startsWith("70 (CP") && y2019[0].contains("100 (SPLW)"), y2019[0]);
        assertEquals(70, PcnFunding.PHARMACIST_REIMBURSEMENT_2019 * 100, 1e-9);
        assertTrue(y2019[1].contains("1 WTE clinical pharmacist + 1 WTE SPLW per PCN"), y2019[1]);
        assertEquals(2, AdditionalRoles.ENTITLEMENT_2019_FTE, 0);
        assertEquals(100, value(rows, "2020/21", "arrs_reimbursement_rate"), 0);
        String[] years = {"2020/21", "2021/22", "2022/23", "2023/24"};
        for (int k = 0; k < years.length; k++) {
            assertEquals(value(rows, years[k], "arrs_funding_envelope"), AdditionalRoles.ENVELOPE_MILLIONS[k], 0, years[k]);
        }
        assertTrue(row(rows, "2020/21", "arrs_funding_envelope")[1].contains("avg PCN £344k / ~7 FTE"));
        assertEquals(344_000, AdditionalRoles.AVERAGE_PCN_2020_POUNDS, 0);
        assertEquals(7, AdditionalRoles.AVERAGE_PCN_2020_FTE, 0);
        assertTrue(row(rows, "2023/24", "arrs_funding_envelope")[1].contains("avg PCN £1.13m / ~20 FTE"));
        assertEquals(1_130_000, AdditionalRoles.AVERAGE_PCN_2023_POUNDS, 0);
        assertEquals(20, AdditionalRoles.AVERAGE_PCN_2023_FTE, 0);
        String note2024 = row(rows, "2024/25", "arrs_gp_funding")[1];
        assertTrue(note2024.contains("total 2024/25 ARRS envelope not found (2% pay uplift assumed, X133)"), note2024);
        assertEquals(0.02, AdditionalRoles.UPLIFT_2024, 0);
        assertFalse(rows.containsKey("2024/25 arrs_funding_envelope"), "were a 2024/25 envelope added, the model should take it");
    }

    @Test
    void theNetworkPaymentsAndDates() throws Exception {
        Map<String, String[]> rows = rows();
        assertEquals(value(rows, "2019/20", "network_participation_payment_per_weighted_patient"),
                PcnFunding.PARTICIPATION_PER_WEIGHTED_PATIENT, 0);
        assertEquals(value(rows, "2019/20", "pcn_core_funding_per_patient"), PcnFunding.CORE_PER_PATIENT, 0);
        assertEquals(value(rows, "2024/25", "pcn_core_funding_per_patient_combined"), PcnFunding.COMBINED_2024_PER_PATIENT, 0);
        assertEquals(value(rows, "2024/25", "pcn_enhanced_access_payment"), PcnFunding.ENHANCED_ACCESS_2024_PER_PATIENT, 0);
        assertEquals(1, value(rows, "2019-07-01", "network_contract_DES_start"), 0);
        assertEquals(Parameter.monthIndex(2019, 7), Parameters.PCN_START.defaultValue(), 0);
        assertEquals(1250, value(rows, "2019/20", "pcn_count"), 0);
        assertTrue(row(rows, "2019/20", "pcn_count")[1].contains("99.5% of practices signed"));
    }
}
