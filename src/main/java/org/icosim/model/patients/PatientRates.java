package org.icosim.model.patients;

import org.icosim.model.parameters.Parameters;

/**
 * ODD 8.2, patient rates: per age-band and risk-tier cell, per month, fixed at the start. Relative
 * weights from {@link Demography} are normalised over the initial population so that the mean rate
 * equals the parameter; as the population ages the realised mean moves, as it did. The later
 * changes are the 48-hour access guarantee's, once ({@link #applyAccessGuarantee}), and Covid's
 * factors of the month ({@link #setCovidFactors}, ODD 8.27): the rates read are the base rates times
 * those factors, so factors of exactly 1 leave them as they were.
 */
public final class PatientRates implements java.io.Serializable {

    private static final long serialVersionUID = 3L;

    // The rates the model reads: the base rates times this month's Covid factors.
    final double[] demandPerMonth = new double[Demography.CELLS];
    final double[] deathPerMonth = new double[Demography.CELLS];
    final double[] aePerMonth = new double[Demography.CELLS];
    final double[] admissionPerMonth = new double[Demography.CELLS];
    private final double[] demandBase = new double[Demography.CELLS];
    private final double[] aeBase = new double[Demography.CELLS];
    private final double[] admissionBase = new double[Demography.CELLS];
    private double covidDemand = 1;
    private double covidAe = 1;
    private double covidAdmission = 1;
    /** Need weight per cell (mean 1 at the start), the model's Carr-Hill weighting of the list. */
    private final double[] needWeight = new double[Demography.CELLS];
    /** Per band: probability of HIGH, and of HIGH or RISING, for an adult. */
    private final double[] highThreshold = new double[Demography.BANDS];
    private final double[] risingThreshold = new double[Demography.BANDS];
    double birthPerMonth;
    double registrationPerMonth;

    /** Appointment requests per agent per month in a cell. */
    public double demandPerMonth(int cell) { return demandPerMonth[cell]; }
    public double deathPerMonth(int cell) { return deathPerMonth[cell]; }
    public double aePerMonth(int cell) { return aePerMonth[cell]; }
    public double admissionPerMonth(int cell) { return admissionPerMonth[cell]; }
    public double needWeight(int cell) { return needWeight[cell]; }
    /** The A&E attendance rate of a cell without this month's Covid factor (the 48-hour guarantee's change included). */
    public double baseAePerMonth(int cell) { return aeBase[cell]; }
    /** The emergency admission rate of a cell without this month's Covid factor. */
    public double baseAdmissionPerMonth(int cell) { return admissionBase[cell]; }
    public double birthPerMonth() { return birthPerMonth; }
    public double registrationPerMonth() { return registrationPerMonth; }

    /**
     * ODD 8.24: from the guarantee's start every cell's demand rises by {@code demandFactor} and its
     * A&E rate falls by {@code aeFactor} (both multipliers).
     */
    public void applyAccessGuarantee(double demandFactor, double aeFactor) {
        for (int c = 0; c < Demography.CELLS; c++) {
            demandBase[c] *= demandFactor;
            aeBase[c] *= aeFactor;
        }
        refresh();
    }

    /**
     * ODD 8.27: this month's Covid multipliers of every cell's demand, A&E and emergency admission
     * rates (1, 1, 1 outside Covid: the rates are then the base rates exactly).
     */
    public void setCovidFactors(double demandFactor, double aeFactor, double admissionFactor) {
        covidDemand = demandFactor;
        covidAe = aeFactor;
        covidAdmission = admissionFactor;
        refresh();
    }

    private void refresh() {
        for (int c = 0; c < Demography.CELLS; c++) {
            demandPerMonth[c] = demandBase[c] * covidDemand;
            aePerMonth[c] = aeBase[c] * covidAe;
            admissionPerMonth[c] = admissionBase[c] * covidAdmission;
        }
    }

    /** Probabilities of HIGH and RISING by adult band so that the adult shares are as given. */
    public static PatientRates tiers(Parameters params) {
        PatientRates r = new PatientRates();
        double adults = 0;
        double weighted = 0;
        for (int b = 0; b < Demography.BANDS; b++) {
            if (!Demography.adultBand(b)) continue;
            adults += Demography.POPULATION_SHARE[b];
            weighted += Demography.POPULATION_SHARE[b] * Demography.RISK_AGE_WEIGHT[b];
        }
        double high = params.get(Parameters.HIGH_RISK_SHARE);
        double rising = params.get(Parameters.RISING_RISK_SHARE);
        for (int b = 0; b < Demography.BANDS; b++) {
            double rel = Demography.adultBand(b) ? Demography.RISK_AGE_WEIGHT[b] * adults / weighted : 0;
            double pHigh = Math.min(0.9, high * rel);
            double pRising = Math.min(0.95 - pHigh, rising * rel);
            r.highThreshold[b] = pHigh;
            r.risingThreshold[b] = pHigh + Math.max(0, pRising);
        }
        return r;
    }

    /** The risk tier of an adult of band {@code band} for a uniform draw {@code u}. */
    public int drawTier(int band, double u) {
        if (u < highThreshold[band]) return Demography.HIGH;
        if (u < risingThreshold[band]) return Demography.RISING;
        return Demography.LOW;
    }

    /** Fixes the rates from the parameters and the initial case mix (agents per cell). */
    public void calibrate(Parameters params, long[] initialCells) {
        double total = 0;
        for (long c : initialCells) total += c;
        if (total == 0) total = 1;
        double demandSum = 0;
        double aeSum = 0;
        double admissionSum = 0;
        double deathRelSum[] = new double[Demography.BANDS];
        double bandCount[] = new double[Demography.BANDS];
        for (int cell = 0; cell < Demography.CELLS; cell++) {
            int b = Demography.bandOfCell(cell);
            int t = Demography.tierOfCell(cell);
            demandSum += initialCells[cell] * Demography.CONSULTATION_WEIGHT[b] * Demography.TIER_CONSULTATION[t];
            aeSum += initialCells[cell] * Demography.AE_WEIGHT[b] * Demography.TIER_AE[t];
            admissionSum += initialCells[cell] * Demography.ADMISSION_WEIGHT[b] * Demography.TIER_ADMISSION[t];
            deathRelSum[b] += initialCells[cell] * Demography.TIER_DEATH[t];
            bandCount[b] += initialCells[cell];
        }
        double demandMean = demandSum / total;
        double aeMean = aeSum / total;
        double admissionMean = admissionSum / total;
        double consultations = params.get(Parameters.GP_CONSULTATIONS);
        double aeTarget = params.get(Parameters.AE_RATE);
        double admissionTarget = params.get(Parameters.ADMISSION_RATE);
        double deathScale = params.get(Parameters.DEATH_RATE_SCALE);
        for (int cell = 0; cell < Demography.CELLS; cell++) {
            int b = Demography.bandOfCell(cell);
            int t = Demography.tierOfCell(cell);
            double demandRel = Demography.CONSULTATION_WEIGHT[b] * Demography.TIER_CONSULTATION[t] / demandMean;
            needWeight[cell] = demandRel;
            demandBase[cell] = consultations * demandRel / 12;
            aeBase[cell] = aeTarget * Demography.AE_WEIGHT[b] * Demography.TIER_AE[t] / aeMean / 12;
            admissionBase[cell] = admissionTarget * Demography.ADMISSION_WEIGHT[b] * Demography.TIER_ADMISSION[t] / admissionMean / 12;
            // Tier multipliers keep the band's mean death rate at ONS's figure.
            double meanTierMultiplier = bandCount[b] > 0 ? deathRelSum[b] / bandCount[b] : 1;
            double annual = Math.min(0.9, deathScale * Demography.DEATH_RATE[b] * Demography.TIER_DEATH[t] / meanTierMultiplier);
            deathPerMonth[cell] = 1 - StrictMath.pow(1 - annual, 1.0 / 12);
        }
        refresh();
        birthPerMonth = params.get(Parameters.BIRTH_RATE) / 12;
        registrationPerMonth = params.get(Parameters.NET_REGISTRATION_INFLOW) / 12;
    }
}
