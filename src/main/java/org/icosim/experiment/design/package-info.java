/**
 * Designs of computer experiments and the sensitivity analyses that read their results, in the
 * unit hypercube [0, 1]^k and free of any model: full factorial grids, Latin hypercubes, Morris
 * trajectories with elementary effects, and Saltelli's sampling of a randomised Sobol sequence for
 * Sobol indices with intervals over independent digital shifts. Every random choice comes from a {@link org.icosim.experiment.design.SplitMix64}
 * seeded by the caller, so a design is the same on every machine and JDK.
 */
package org.icosim.experiment.design;
