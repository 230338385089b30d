package org.icosim.model.parameters;

/** The choices of {@link Parameters#YEAR_OF_CARE_COVERAGE}: the risk tiers the year-of-care tariff covers. */
public enum YearOfCareCoverage {
    /** Only HIGH-risk patients are enrolled. */
    HIGH,
    /** HIGH and RISING-risk patients are enrolled. */
    HIGH_AND_RISING
}
