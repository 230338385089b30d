package org.icosim.model.covid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.icosim.model.InputsFile;
import org.junit.jupiter.api.Test;

/**
 * The Covid dates and fees in the code are those of models/data/inputs-2015-2025/inputs-2015-2025.csv
 * (rows {@code covid_event} and {@code covid_vaccination_fee_per_dose}), so the two cannot drift.
 */
class CovidInputsTest {

    /** The file's rows (read by the tests' one reader of the inputs file). */
    static List<InputsFile.Row> rows() throws Exception {
        return new InputsFile().all();
    }

    private static final DateTimeFormatter NOTE_DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    @Test
    void everyRestrictionEventIsARowOrADateInARowsNoteWithItsSource() throws Exception {
        List<InputsFile.Row> events = rows().stream().filter(r -> r.item().equals("covid_event")).toList();
        assertFalse(events.isEmpty());
        for (CovidRestrictions.Event e : CovidRestrictions.EVENTS) {
            InputsFile.Row row = events.stream().filter(r -> r.year().equals(e.date().toString())).findFirst().orElse(null);
            if (row != null) {
                assertEquals(row.source(), e.source(), "source of " + e.date());
                continue;
            }
            String written = e.date().format(NOTE_DATE);
            assertTrue(events.stream().anyMatch(r -> r.note().contains(written) && r.source().contains(e.source())),
                    e.date() + " (" + written + ") is in a covid_event row's note with source " + e.source());
        }
    }

    @Test
    void everyRestrictionRowOfTheFileIsAnEvent() throws Exception {
        for (InputsFile.Row r : rows()) {
            if (!r.item().equals("covid_event") || r.value().contains("vaccination")) continue;
            LocalDate d = LocalDate.parse(r.year());
            assertTrue(CovidRestrictions.EVENTS.stream().anyMatch(e -> e.date().equals(d)), "the file's event of " + d + " (" + r.value() + ")");
        }
    }

    @Test
    void eachCampaignsFeeIsTheFilesFeeForItsYear() throws Exception {
        List<InputsFile.Row> fees = rows().stream().filter(r -> r.item().equals("covid_vaccination_fee_per_dose")).toList();
        String[] yearOfCampaign = {"2020/21", "2021/22", "2022/23", "2024/25", "2024/25"};
        assertEquals(yearOfCampaign.length, CovidVaccination.CAMPAIGNS.size());
        for (int k = 0; k < yearOfCampaign.length; k++) {
            String year = yearOfCampaign[k];
            InputsFile.Row row = fees.stream().filter(r -> r.year().equals(year)).findFirst().orElseThrow();
            CovidVaccination.Campaign c = CovidVaccination.CAMPAIGNS.get(k);
            assertEquals(Double.parseDouble(row.value()), c.feePerDose(), 0.0, "fee of campaign " + k);
            assertEquals(row.source(), c.source(), "source of campaign " + k);
        }
        // The first campaign starts in the month of the first GP-site doses, 14 Dec 2020, of the enhanced service's row.
        InputsFile.Row service = rows().stream().filter(r -> r.item().equals("covid_event") && r.value().contains("vaccination")).findFirst().orElseThrow();
        assertTrue(service.note().contains("first GP-site doses 14 Dec 2020"));
        assertEquals(java.time.YearMonth.of(2020, 12), CovidVaccination.CAMPAIGNS.get(0).first());
    }
}
