package org.icosim.model.patients;

/**
 * Age bands and risk tiers of patients, and the relative rates that depend on them. The model
 * normalises each relative rate at the start so that the population mean equals the parameter
 * (e.g. {@link Parameters#GP_CONSULTATIONS}); ageing then moves the mean, as it did.
 *
 * <p>Sources: population shares and death rates are ONS mid-2015 England figures, rounded; the
 * relative consultation, A&E and admission weights are assumptions shaped on the published
 * age gradients (older people consult and are admitted more; under-fives attend A&E more).
 */
public final class Demography implements java.io.Serializable {

    private Demography() {
    }

    public static final int BANDS = 7;
    public static final int TIERS = 3;
    public static final int CELLS = BANDS * TIERS;

    public static final byte LOW = 0;
    public static final byte RISING = 1;
    public static final byte HIGH = 2;

    /** Lower age of each band: 0-4, 5-17, 18-44, 45-64, 65-74, 75-84, 85+. */
    static final int[] BAND_START = {0, 5, 18, 45, 65, 75, 85};
    /** Upper age (exclusive) used when drawing ages within a band. */
    static final int[] BAND_END = {5, 18, 45, 65, 75, 85, 100};
    static final String[] BAND_NAMES = {"0-4", "5-17", "18-44", "45-64", "65-74", "75-84", "85+"};
    /** ONS mid-2015 England population shares by band. */
    static final double[] POPULATION_SHARE = {0.063, 0.147, 0.360, 0.256, 0.098, 0.056, 0.023};
    /** ONS 2015 England deaths per person per year by band, rounded. */
    static final double[] DEATH_RATE = {0.0009, 0.0001, 0.0007, 0.0040, 0.0135, 0.0400, 0.1450};
    /** Relative GP consultation rate by band (assumption on the published age gradient). */
    static final double[] CONSULTATION_WEIGHT = {1.3, 0.55, 0.8, 1.05, 1.6, 2.1, 2.4};
    /** Relative A&E attendance rate by band (assumption). */
    static final double[] AE_WEIGHT = {1.5, 0.7, 1.0, 0.8, 0.9, 1.3, 2.0};
    /** Relative emergency admission rate by band (assumption). */
    static final double[] ADMISSION_WEIGHT = {0.8, 0.3, 0.5, 0.8, 1.6, 3.0, 5.0};
    /** Relative chance of being high or rising risk by adult band (assumption). */
    static final double[] RISK_AGE_WEIGHT = {0, 0, 0.4, 1.0, 2.2, 3.5, 5.0};

    /** Multipliers by tier LOW, RISING, HIGH (assumption: case-management cohorts). */
    static final double[] TIER_CONSULTATION = {1.0, 1.8, 3.5};
    static final double[] TIER_AE = {1.0, 1.6, 3.0};
    static final double[] TIER_ADMISSION = {1.0, 2.0, 6.0};
    static final double[] TIER_DEATH = {1.0, 2.0, 8.0};

    /** Band of each age 0-127 (the patient loop reads it directly). */
    static final byte[] AGE_TO_BAND = new byte[128];

    static {
        for (int age = 0; age < 128; age++) {
            int band = 0;
            for (int b = 0; b < BANDS; b++) if (age >= BAND_START[b]) band = b;
            AGE_TO_BAND[age] = (byte) band;
        }
    }

    /** Lower age of band {@code b}, and the upper age (exclusive) used when drawing ages within it. */
    public static int bandStart(int b) { return BAND_START[b]; }
    public static int bandEnd(int b) { return BAND_END[b]; }
    public static String bandName(int b) { return BAND_NAMES[b]; }
    /** ONS mid-2015 England population share of band {@code b}. */
    public static double populationShare(int b) { return POPULATION_SHARE[b]; }

    public static int band(int age) {
        return AGE_TO_BAND[Math.min(age, 127)];
    }

    public static int cell(int age, int tier) {
        return AGE_TO_BAND[Math.min(age, 127)] * TIERS + tier;
    }

    public static int bandOfCell(int cell) {
        return cell / TIERS;
    }

    public static int tierOfCell(int cell) {
        return cell % TIERS;
    }

    /**
     * The lowest risk tier the year-of-care tariff covers (ODD 8.19) under the run's
     * {@code yearOfCareCoverage}: HIGH, or RISING as well.
     */
    public static int lowestEnrolledTier(org.icosim.model.parameters.ParameterValues params) {
        org.icosim.model.parameters.YearOfCareCoverage coverage = params.getChoice(
                org.icosim.model.parameters.Parameters.YEAR_OF_CARE_COVERAGE, org.icosim.model.parameters.YearOfCareCoverage.class);
        return coverage == org.icosim.model.parameters.YearOfCareCoverage.HIGH ? HIGH : HIGH - 1;
    }

    public static boolean adultBand(int band) {
        return band >= 2;
    }
}
