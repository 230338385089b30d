package org.icosim.experiment.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

import org.icosim.model.observe.PracticeRecord;
import org.icosim.model.world.PracticeStatus;
import org.junit.jupiter.api.Test;

/**
 * The validation tables from four hand-made practices over two seeds, April 2015 to December
 * 2019 (57 months; Septembers are month indexes 5, 17, 29, 41, 53):
 * <ul>
 * <li>A (CCG X) ended at month 20 (December 2016) in seed 0 only; really open; lists 4,000 and 6,000, real 5,000.</li>
 * <li>B (CCG X) ended at month 30 (October 2017) in both seeds; really closed 2017-08-31; lists 10,000, real 9,000.</li>
 * <li>C (CCG Y) open; really open; lists 25,000, real 24,000.</li>
 * <li>D (CCG Y) open; really closed 2019-03-01; lists 3,000, real 2,000.</li>
 * </ul>
 */
class PracticeValidationTest {

    static final YearMonth START = YearMonth.of(2015, 4);
    static final int MONTHS = 57;

    static PracticeRecord record(String code, String ccg, int ended, double patients, int month) {
        boolean gone = ended >= 0 && ended <= month;
        return new PracticeRecord(code, ccg, "NHS " + ccg + " CCG", "Q1", "Somewhere STP",
                gone ? PracticeStatus.CLOSED : PracticeStatus.INDEPENDENT, gone ? ended : -1, gone ? 0 : patients, 2, 1.6, 0, 0, 0, 0,
                null, null, null, null, null, false, 0);
    }

    static SortedMap<Integer, List<PracticeRecord>> seed(int endedA, double listA) {
        SortedMap<Integer, List<PracticeRecord>> at = new TreeMap<>();
        for (int month : List.of(5, 17, 29, 41, 53, 56)) {
            at.put(month, List.of(record("A", "X", endedA, listA, month), record("B", "X", 30, 10000, month),
                    record("C", "Y", -1, 25000, month), record("D", "Y", -1, 3000, month)));
        }
        return at;
    }

    static double[] lists(double list, int closedYear) {
        double[] v = new double[5];
        for (int k = 0; k < 5; k++) v[k] = closedYear > 0 && 2015 + k >= closedYear ? Double.NaN : list;
        return v;
    }

    static PracticeValidation validation() {
        List<PracticeOutcome> outcomes = List.of(new PracticeOutcome("A", null, lists(5000, 0)),
                new PracticeOutcome("B", LocalDate.of(2017, 8, 31), lists(9000, 2017)),
                new PracticeOutcome("C", null, lists(24000, 0)),
                new PracticeOutcome("D", LocalDate.of(2019, 3, 1), lists(2000, 2019)));
        List<PracticeCovariates> covariates = new ArrayList<>();
        for (PracticeOutcome o : outcomes) covariates.add(new PracticeCovariates(o.code(), o.septemberPatients()[0], 2, 1.5, "GMS"));
        return new PracticeValidation(List.of(seed(20, 4000), seed(-1, 6000)), MONTHS, START, outcomes, covariates);
    }

    static PracticeValidation.Discrimination discrimination(PracticeValidation v, int year, String predictor) {
        return v.discrimination().stream().filter(d -> d.year() == year && d.predictor().equals(predictor)).findFirst().orElseThrow();
    }

    @Test
    void theModelsProbabilityIsTheShareOfSeedsAndItsAucAndBrierAreTheHandWorkedOnes() {
        PracticeValidation v = validation();
        assertEquals(List.of(2015, 2016, 2017, 2018, 2019), v.years());
        assertEquals(List.of(0.5, 0.0, 0.0, 0.0).toString(), toList(v.probability(2016)).toString(), "A ended in December 2016 in one seed of two");
        assertEquals(List.of(0.5, 1.0, 0.0, 0.0).toString(), toList(v.probability(2019)).toString());
        // 2019: p = (0.5, 1, 0, 0) for outcomes (no, yes, no, yes). Pairs: B > A, B > C, D < A, D = C: 2.5 of 4.
        PracticeValidation.Discrimination d = discrimination(v, 2019, PracticeValidation.MODEL);
        assertEquals(2, d.positives());
        assertEquals(0.625, d.auc(), 1e-15);
        assertEquals((0.25 + 1) / 4, d.brier(), 1e-15);
        // Seed 0 predicts (1, 1, 0, 0): AUC 2 of 4, Brier 2/4; seed 1 (0, 1, 0, 0): 3 of 4, 1/4.
        assertEquals(0.5, d.aucMin(), 1e-15);
        assertEquals(0.75, d.aucMax(), 1e-15);
        assertEquals(0.25, d.brierMin(), 1e-15);
        assertEquals(0.5, d.brierMax(), 1e-15);
        // 2017: only B has really ended; the model says (0.5, 1, 0, 0): B beats all three.
        assertEquals(1.0, discrimination(v, 2017, PracticeValidation.MODEL).auc(), 1e-15);
        // The base rate's Brier in 2019 is p(1 - p) = 0.25, its AUC one half.
        assertEquals(0.25, discrimination(v, 2019, "baseRate").brier(), 1e-9);
        assertEquals(0.5, discrimination(v, 2019, "baseRate").auc(), 1e-15);
    }

    private static List<Double> toList(double[] v) {
        List<Double> out = new ArrayList<>();
        for (double x : v) out.add(x);
        return out;
    }

    @Test
    void listSizesAndSizeBandsInSeptember2015() {
        PracticeValidation v = validation();
        PracticeValidation.ListSizes all = v.listSizes().stream().filter(l -> l.year() == 2015 && l.band().equals("all"))
                .findFirst().orElseThrow();
        // Model means 5,000, 10,000, 25,000, 3,000 against 5,000, 9,000, 24,000, 2,000.
        assertEquals(4, all.practices());
        assertEquals(750, all.meanError(), 1e-9);
        assertEquals(750, all.meanAbsoluteError(), 1e-9);
        assertEquals(1, all.spearman(), 1e-15);
        List<PracticeValidation.SizeBand> bands = v.sizeBands().stream().filter(b -> b.year() == 2015).toList();
        // Real: D under 5,000; A and B 5,000-20,000; C over. Model: A is 4,000 in seed 0 and 6,000 in seed 1.
        assertEquals(new PracticeValidation.SizeBand(2015, "under 5,000", 1, 1.5, 1, 2), bands.get(0));
        assertEquals(new PracticeValidation.SizeBand(2015, "5,000-20,000", 2, 1.5, 1, 2), bands.get(1));
        assertEquals(new PracticeValidation.SizeBand(2015, "over 20,000", 1, 1, 1, 1), bands.get(2));
        // September 2017: B has gone in reality (closed in August) and in the model (month 30 is after September).
        PracticeValidation.SizeBand middle2017 = v.sizeBands().stream()
                .filter(b -> b.year() == 2017 && b.band().equals("5,000-20,000")).findFirst().orElseThrow();
        assertEquals(1, middle2017.real(), "A only");
        assertEquals(1.5, middle2017.modelMean(), 1e-15, "seed 0: B; seed 1: A and B (A ended in seed 0)");
    }

    @Test
    void practicesEndedByAreaOfTheRealWorld() {
        List<PracticeValidation.AreaEnded> areas = validation().areas();
        assertEquals(new PracticeValidation.AreaEnded("STP", "Q1", "Somewhere STP", 4, 2, 1.5, 1, 2), areas.get(0));
        assertEquals(new PracticeValidation.AreaEnded("CCG", "X", "NHS X CCG", 2, 1, 1.5, 1, 2), areas.get(1));
        assertEquals(new PracticeValidation.AreaEnded("CCG", "Y", "NHS Y CCG", 2, 1, 0, 0, 0), areas.get(2));
    }

    @Test
    void endingsEachYearAreCountedForTheModelAndForReality() {
        PracticeValidation v = validation();
        // Real: B in 2017, D in 2019. Model: seed 0 ends A (December 2016) and B (October 2017), seed 1 ends B.
        List<PracticeValidation.Endings> e = v.endings();
        assertEquals(5, e.size());
        assertEquals(new PracticeValidation.Endings(2015, 0, 0, 0, 0), e.get(0));
        assertEquals(new PracticeValidation.Endings(2016, 0, 0.5, 0, 1), e.get(1));
        assertEquals(new PracticeValidation.Endings(2017, 1, 1.5, 1, 2), e.get(2));
        assertEquals(new PracticeValidation.Endings(2019, 2, 1.5, 1, 2), e.get(4));
    }

    @Test
    void withinABandOfThe2015ListTheModelIsJudgedOnlyOnWhichPracticesOfThatSizeEnd() {
        // E, F, G all under 3,000 patients in 2015. The model ends E in both seeds, F in one, G in
        // neither; really F and G ended in 2018 and E did not. H (12,000) is alone in its band.
        List<PracticeOutcome> outcomes = List.of(new PracticeOutcome("E", null, lists(2000, 0)),
                new PracticeOutcome("F", LocalDate.of(2018, 5, 1), lists(2500, 2018)),
                new PracticeOutcome("G", LocalDate.of(2018, 6, 1), lists(2800, 2018)),
                new PracticeOutcome("H", null, lists(12000, 0)));
        List<PracticeCovariates> covariates = new ArrayList<>();
        for (PracticeOutcome o : outcomes) covariates.add(new PracticeCovariates(o.code(), o.septemberPatients()[0], 2, 1.5, "GMS"));
        List<SortedMap<Integer, List<PracticeRecord>>> runs = new ArrayList<>();
        for (int endedF : new int[] {30, -1}) {
            SortedMap<Integer, List<PracticeRecord>> at = new TreeMap<>();
            for (int month : List.of(5, 17, 29, 41, 53, 56)) {
                at.put(month, List.of(record("E", "X", 25, 2000, month), record("F", "X", endedF, 2500, month),
                        record("G", "X", -1, 2800, month), record("H", "X", -1, 12000, month)));
            }
            runs.add(at);
        }
        PracticeValidation v = new PracticeValidation(runs, MONTHS, START, outcomes, covariates);
        PracticeValidation.BandDiscrimination model = v.bandDiscrimination().stream()
                .filter(b -> b.year() == 2019 && b.band().equals("under 3,000") && b.predictor().equals(PracticeValidation.MODEL))
                .findFirst().orElseThrow();
        assertEquals(3, model.cases());
        assertEquals(2, model.positives());
        assertEquals(1.5, model.expected(), 1e-15, "E's 1 and F's 0.5");
        assertEquals(0.0, model.auc(), 1e-15, "E, which stayed open, ranks above both practices that ended");
        PracticeValidation.BandDiscrimination alone = v.bandDiscrimination().stream()
                .filter(b -> b.year() == 2019 && b.band().equals("10,000-20,000") && b.predictor().equals(PracticeValidation.MODEL))
                .findFirst().orElseThrow();
        assertEquals(1, alone.cases());
        assertTrue(Double.isNaN(alone.auc()), "one practice in the band: no pair to rank");
        // Every band has a row for the model and each baseline, even an empty one.
        assertEquals(PracticeValidation.LIST_BANDS.size() * (1 + PracticeValidation.BASELINES.size()),
                v.bandDiscrimination().stream().filter(b -> b.year() == 2019).count());
    }

    @Test
    void aListOnABandsUpperEndIsInThatBand() {
        assertEquals(0, PracticeValidation.listBand(3000));
        assertEquals(1, PracticeValidation.listBand(3000.5));
        assertEquals(1, PracticeValidation.listBand(5000));
        assertEquals(3, PracticeValidation.listBand(20000));
        assertEquals(4, PracticeValidation.listBand(20001));
    }
}
