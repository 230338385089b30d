/**
 * Reports drawn from a run's outputs: headless PNG charts of the monthly metrics
 * ({@link org.icosim.report.RunCharts}). Charts read metrics by {@link org.icosim.metrics.Metric}
 * and recompute nothing, so a chart always shows exactly what {@code metrics.csv} holds.
 */
package org.icosim.report;
