package org.icosim.model.parameters;

/** The choices of {@link Parameters#TIME_TO_CARE_ROUTE}: how the Time to Care fund's GPs come into NHS general practice (ODD 8.23). */
public enum TimeToCareRoute {
    /** As the 2014-15 plan was first read: fully qualified GPs, early in their career, arriving evenly over the fund years. */
    DIRECT,
    /** Through the pipeline: extra GP training places (three years, filled at a rate) and international recruitment (a lag, a yield). */
    PIPELINE
}
