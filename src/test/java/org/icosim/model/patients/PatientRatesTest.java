package org.icosim.model.patients;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.icosim.model.parameters.Parameters;
import org.junit.jupiter.api.Test;

/** ODD 8.2: risk tiers, the rates calibrated on the initial case mix, and the access guarantee's change. */
class PatientRatesTest {

    private static final int ADULT_18_44 = 2;
    private static final int ADULT_45_64 = 3;
    private static final int OLD_65_74 = 4;
    private static final int OLD_85_PLUS = 6;

    /**
     * The smallest u at which {@code drawTier(band, u)} is no longer {@code tier} or higher,
     * found by bisection: the drawn probability of that tier or higher, read from the rule itself.
     */
    private static double threshold(PatientRates r, int band, int tier) {
        double lo = 0;
        double hi = 1;
        if (r.drawTier(band, lo) < tier) return 0;
        for (int i = 0; i < 200; i++) {
            double mid = (lo + hi) / 2;
            if (mid == lo || mid == hi) break;
            if (r.drawTier(band, mid) >= tier) lo = mid; else hi = mid;
        }
        return hi;
    }

    @Test
    void overThe2015AdultAgeStructureTheSharesOfHighAndRisingAdultsAreTheParameters() {
        PatientRates r = PatientRates.tiers(new Parameters());
        double adults = 0;
        double high = 0;
        double highOrRising = 0;
        for (int b = 0; b < Demography.BANDS; b++) {
            if (!Demography.adultBand(b)) continue;
            adults += Demography.populationShare(b);
            high += Demography.populationShare(b) * threshold(r, b, Demography.HIGH);
            highOrRising += Demography.populationShare(b) * threshold(r, b, Demography.RISING);
        }
        assertEquals(0.02, high / adults, 1e-12, "highRiskShare of adults are HIGH");
        assertEquals(0.02 + 0.10, highOrRising / adults, 1e-12, "and risingRiskShare RISING");
    }

    @Test
    void theRiskOfAnAdultBandFollowsItsRiskWeight() {
        PatientRates r = PatientRates.tiers(new Parameters());
        // rel_b = RW_b * sum(POP) / sum(POP * RW) over adults: sum(POP) = 0.793,
        // sum(POP * RW) = 0.36*0.4 + 0.256*1 + 0.098*2.2 + 0.056*3.5 + 0.023*5 = 0.9266.
        // 18-44: rel = 0.4 * 0.793 / 0.9266 = 0.342327; P(HIGH) = 0.02 rel, P(HIGH or RISING) = 0.12 rel.
        assertEquals(0.006846535722, threshold(r, ADULT_18_44, Demography.HIGH), 1e-12);
        assertEquals(0.041079214332, threshold(r, ADULT_18_44, Demography.RISING), 1e-12);
        // 85+: rel = 5 * 0.793 / 0.9266 = 4.279085.
        assertEquals(0.085581696525, threshold(r, OLD_85_PLUS, Demography.HIGH), 1e-12);
        assertEquals(0.513490179150, threshold(r, OLD_85_PLUS, Demography.RISING), 1e-12);
    }

    @Test
    void childrenAreAlwaysLowRisk() {
        PatientRates r = PatientRates.tiers(new Parameters().set(Parameters.HIGH_RISK_SHARE, 0.5));
        for (int band = 0; band < 2; band++) {
            assertEquals(Demography.LOW, r.drawTier(band, 0.0));
            assertEquals(Demography.LOW, r.drawTier(band, 0.5));
        }
    }

    @Test
    void theProbabilitiesAreCappedAtNinetyAndNinetyFivePerCent() {
        PatientRates r = PatientRates.tiers(new Parameters().set(Parameters.HIGH_RISK_SHARE, 0.5)
                .set(Parameters.RISING_RISK_SHARE, 0.8));
        // 65-74: rel = 2.2 * 0.793 / 0.9266 = 1.8828, so 0.5 rel = 0.94 is capped at 0.9 and
        // P(RISING) = min(0.95 - 0.9, 0.8 rel) = 0.05.
        assertEquals(Demography.HIGH, r.drawTier(OLD_65_74, 0.9 - 1e-12));
        assertEquals(Demography.RISING, r.drawTier(OLD_65_74, 0.9));
        assertEquals(Demography.RISING, r.drawTier(OLD_65_74, 0.95 - 1e-12));
        assertEquals(Demography.LOW, r.drawTier(OLD_65_74, 0.95));
        // 45-64: rel = 0.855817; P(HIGH) = 0.427908 (not capped), P(RISING) = min(0.95 - 0.427908, 0.684654) = 0.522092.
        assertEquals(0.427908482625, threshold(r, ADULT_45_64, Demography.HIGH), 1e-12);
        assertEquals(0.95, threshold(r, ADULT_45_64, Demography.RISING), 1e-12);
        // 18-44: rel = 0.342327; neither cap binds: 0.171163 and 0.171163 + 0.273861.
        assertEquals(0.171163393050, threshold(r, ADULT_18_44, Demography.HIGH), 1e-12);
        assertEquals(0.445024821930, threshold(r, ADULT_18_44, Demography.RISING), 1e-12);
    }

    /** Three LOW agents aged 18-44 and one HIGH agent aged 85+. */
    private static long[] fourAgents() {
        long[] cells = new long[Demography.CELLS];
        cells[Demography.cell(30, Demography.LOW)] = 3;
        cells[Demography.cell(90, Demography.HIGH)] = 1;
        return cells;
    }

    private static PatientRates calibrated(Parameters p, long[] cells) {
        PatientRates r = PatientRates.tiers(p);
        r.calibrate(p, cells);
        return r;
    }

    @Test
    void demandAeAndAdmissionRatesOfAHandBuiltCaseMix() {
        PatientRates r = calibrated(new Parameters(), fourAgents());
        int young = Demography.cell(30, Demography.LOW);
        int old = Demography.cell(90, Demography.HIGH);
        // Consultation weights 0.8 x 1.0 and 2.4 x 3.5 = 8.4; mean (3 x 0.8 + 8.4) / 4 = 2.7.
        assertEquals(0.8 / 2.7, r.needWeight(young), 1e-15);
        assertEquals(8.4 / 2.7, r.needWeight(old), 1e-15);
        assertEquals(2.58 * 0.8 / 2.7 / 12, r.demandPerMonth(young), 1e-15); // 0.063704
        assertEquals(2.58 * 8.4 / 2.7 / 12, r.demandPerMonth(old), 1e-15);   // 0.668889
        // A&E weights 1.0 x 1.0 and 2.0 x 3.0 = 6; mean (3 + 6) / 4 = 2.25.
        assertEquals(0.014444444444, r.aePerMonth(young), 1e-12);  // 0.39 x 1 / 2.25 / 12
        assertEquals(0.086666666667, r.aePerMonth(old), 1e-12);    // 0.39 x 6 / 2.25 / 12
        // Admission weights 0.5 x 1 and 5 x 6 = 30; mean (1.5 + 30) / 4 = 7.875.
        assertEquals(0.000507936508, r.admissionPerMonth(young), 1e-12); // 0.096 x 0.5 / 7.875 / 12
        assertEquals(0.030476190476, r.admissionPerMonth(old), 1e-12);   // 0.096 x 30 / 7.875 / 12
        assertEquals(0.0121 / 12, r.birthPerMonth(), 1e-15);
        assertEquals(0.0085 / 12, r.registrationPerMonth(), 1e-15);
    }

    @Test
    void atTheStartTheMeanRatesOverTheInitialAgentsAreTheParameters() {
        // A case mix with every band and tier, unevenly.
        long[] cells = new long[Demography.CELLS];
        for (int c = 0; c < Demography.CELLS; c++) cells[c] = 1 + (c * 7) % 11;
        Parameters p = new Parameters().set(Parameters.GP_CONSULTATIONS, 3.1).set(Parameters.AE_RATE, 0.45)
                .set(Parameters.ADMISSION_RATE, 0.12);
        PatientRates r = calibrated(p, cells);
        double n = 0;
        double demand = 0;
        double ae = 0;
        double admissions = 0;
        double need = 0;
        for (int c = 0; c < Demography.CELLS; c++) {
            n += cells[c];
            demand += cells[c] * r.demandPerMonth(c);
            ae += cells[c] * r.aePerMonth(c);
            admissions += cells[c] * r.admissionPerMonth(c);
            need += cells[c] * r.needWeight(c);
        }
        assertEquals(3.1, demand / n * 12, 1e-12);
        assertEquals(0.45, ae / n * 12, 1e-12);
        assertEquals(0.12, admissions / n * 12, 1e-12);
        assertEquals(1, need / n, 1e-12, "need weights have mean 1 at the start");
    }

    private static double annual(double monthly) {
        return 1 - Math.pow(1 - monthly, 12);
    }

    @Test
    void tierMultipliersOfDeathKeepTheBandsMeanDeathRate() {
        long[] cells = fourAgents();
        cells[Demography.cell(90, Demography.LOW)] = 3;
        PatientRates r = calibrated(new Parameters(), cells);
        // 85+: 0.145 a year; tiers 1 (x3) and 8 (x1) have mean 11/4 = 2.75, so LOW dies at
        // 0.145 / 2.75 = 0.052727 and HIGH at 8 x that = 0.421818, and (3 x 0.052727 + 0.421818) / 4 = 0.145.
        double low = annual(r.deathPerMonth(Demography.cell(90, Demography.LOW)));
        double high = annual(r.deathPerMonth(Demography.cell(90, Demography.HIGH)));
        assertEquals(0.052727272727, low, 1e-12);
        assertEquals(0.421818181818, high, 1e-12);
        assertEquals(0.145, (3 * low + high) / 4, 1e-12);
        // 18-44, all LOW: the ONS rate itself; a band with nobody in it keeps the plain tier multipliers.
        assertEquals(0.0007, annual(r.deathPerMonth(Demography.cell(30, Demography.LOW))), 1e-12);
        assertEquals(0.004 * 8, annual(r.deathPerMonth(Demography.cell(50, Demography.HIGH))), 1e-12);
        // The monthly probability compounds to the annual one: 1 - (1 - 0.052727)^(1/12) = 0.0045038.
        assertEquals(0.004503846832, r.deathPerMonth(Demography.cell(90, Demography.LOW)), 1e-12);
    }

    @Test
    void anAnnualDeathRateIsCappedAtNinetyPerCent() {
        long[] cells = new long[Demography.CELLS];
        cells[Demography.cell(90, Demography.LOW)] = 7;
        cells[Demography.cell(90, Demography.HIGH)] = 1;
        PatientRates r = calibrated(new Parameters().set(Parameters.DEATH_RATE_SCALE, 5), cells);
        // Mean tier multiplier (7 + 8) / 8 = 1.875; HIGH: 5 x 0.145 x 8 / 1.875 = 3.09 a year, capped at 0.9.
        assertEquals(0.9, annual(r.deathPerMonth(Demography.cell(90, Demography.HIGH))), 1e-12);
        assertEquals(5 * 0.145 / 1.875, annual(r.deathPerMonth(Demography.cell(90, Demography.LOW))), 1e-12);
        PatientRates none = calibrated(new Parameters().set(Parameters.DEATH_RATE_SCALE, 0), cells);
        for (int c = 0; c < Demography.CELLS; c++) assertEquals(0, none.deathPerMonth(c));
    }

    @Test
    void theAccessGuaranteeMultipliesDemandAndAeExactlyAndNothingElse() {
        PatientRates r = calibrated(new Parameters(), fourAgents());
        PatientRates before = calibrated(new Parameters(), fourAgents());
        r.applyAccessGuarantee(1.05, 0.97);
        for (int c = 0; c < Demography.CELLS; c++) {
            assertEquals(before.demandPerMonth(c) * 1.05, r.demandPerMonth(c), 0.0);
            assertEquals(before.aePerMonth(c) * 0.97, r.aePerMonth(c), 0.0);
            assertEquals(before.admissionPerMonth(c), r.admissionPerMonth(c), 0.0);
            assertEquals(before.deathPerMonth(c), r.deathPerMonth(c), 0.0);
            assertEquals(before.needWeight(c), r.needWeight(c), 0.0, "need weights, and so income, are unchanged");
        }
    }
}
