/**
 * The GP workforce: locum placement (ODD 8.8), the GP's month and burnout (8.9), exits (8.10),
 * entry (8.11), job choice (8.12) with its swappable {@link org.icosim.model.workforce.JobChoice}
 * rule, and working for an ICO (8.22).
 */
package org.icosim.model.workforce;
