/**
 * Reports drawn from outputs: headless PNG charts of one run's monthly metrics
 * ({@link org.icosim.report.RunCharts}) and of a comparison of scenarios over seeds
 * ({@link org.icosim.report.ScenarioCharts}). Charts read metrics by
 * {@link org.icosim.metrics.Metric} and recompute nothing, so a chart always shows exactly what
 * {@code metrics.csv} or {@code summary.csv} holds.
 */
package org.icosim.report;
