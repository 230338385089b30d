/**
 * The numerical core of calibration by history matching: Gaussian process emulators of a
 * simulator's outputs, their leave-one-out diagnostics, implausibility measures, and the design of
 * each wave inside the region not yet ruled out.
 *
 * <p>The method follows Vernon, Goldstein and Bower, "Galaxy formation: a Bayesian uncertainty
 * analysis", Bayesian Analysis 5(4), 2010, and Andrianakis et al., "Bayesian history matching of
 * complex infectious disease models using emulation: a tutorial and a case study on HIV in
 * Uganda", PLoS Computational Biology 11(1), 2015. The emulators are the Gaussian processes of
 * Rasmussen and Williams, <i>Gaussian Processes for Machine Learning</i>, MIT Press, 2006: the
 * predictive equations with an explicit linear mean (section 2.7) and hyperparameters by maximum
 * marginal likelihood (chapter 5).
 *
 * <p>A round of calibration: draw a space-filling design in the {@link
 * org.icosim.calibration.ParameterSpace} ({@link org.icosim.calibration.Designs#latinHypercube}),
 * run the simulator with replicates at every point, fit one {@link
 * org.icosim.calibration.GaussianProcessEmulator} per output on the replicate means with the
 * nugget from {@link org.icosim.calibration.Replicates#nugget}, check it with {@link
 * org.icosim.calibration.LeaveOneOut}, build the wave's {@link
 * org.icosim.calibration.Implausibility} against the observations, intersect it with the earlier
 * waves in a {@link org.icosim.calibration.NonImplausibleRegion}, and draw the next wave's design
 * with {@link org.icosim.calibration.Wave#nextDesign}. {@link org.icosim.calibration.HistoryMatching}
 * runs those rounds wave by wave for any simulator, with its stopping rules and the plausible set
 * at the end; {@link org.icosim.calibration.PlausibleRange} compares prior and plausible ranges.
 *
 * <p>Everything here works on arrays of doubles: it reads and writes no file and knows nothing
 * of the model, the command line or the GUI. Every random choice comes from a caller's seed
 * through {@link java.util.SplittableRandom}, so the same inputs and seed give the same results.
 */
package org.icosim.calibration;
