package org.icosim.calibration;

/**
 * The result of screening candidate points by implausibility.
 *
 * @param nonImplausible the candidates not ruled out, in their original order
 * @param candidates     how many were screened
 * @param share          nonImplausible.length / candidates: an estimate of the non-implausible
 *                       share of the sampled region when the candidates are space-filling
 */
public record Screening(double[][] nonImplausible, int candidates, double share) {
}
