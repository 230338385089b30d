/**
 * Files in and out of a run: strict reading of model and experiment files
 * ({@link org.icosim.io.ModelFile}, {@link org.icosim.io.ExperimentFile}, command-line
 * overrides in {@link org.icosim.io.ParameterOverrides}), and writing of a run's outputs
 * (metrics CSV, network GraphML, {@code run.json}) so that a run folder is either complete or
 * absent ({@link org.icosim.io.AtomicFiles}, {@link org.icosim.io.OutputFolder}).
 *
 * <p>Every input error is an {@link org.icosim.io.InputException} naming the file, the place in
 * it, the value and what was expected (STYLE.md habit 6): a run never starts on input it has
 * not fully checked. This package knows the model only through its public parameter catalogue,
 * the metrics contract and the network's vertices and ties.
 */
package org.icosim.io;
