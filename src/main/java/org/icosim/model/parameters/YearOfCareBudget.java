package org.icosim.model.parameters;

/** The choices of {@link Parameters#YEAR_OF_CARE_BUDGET}: how an operating ICO is paid for its enrolled patients. */
public enum YearOfCareBudget {
    /** The year-of-care tariff on top of the activity tariffs, no risk carried, the ICO's balance feeding no decision (ODD 8.19). */
    TOP_UP,
    /**
     * A capitation by risk tier that pays for the enrolled patients' hospital use in place of its
     * activity tariffs, on top of the year-of-care tariff; the ICO's surplus or deficit decides
     * whether it takes on practices, hands them back or dissolves (ODD 8.41).
     */
    CAPITATED
}
