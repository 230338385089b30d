/**
 * The icosim model: {@link org.icosim.model.IcoSim}, the MASON simulation that builds a world
 * from a {@link org.icosim.model.WorldSource} (ODD section 6: the synthetic England of
 * {@code WorldBuilder}, or the real England of April 2015 of {@code RealEnglandBuilder}) and runs
 * the submodels of ODD section 8 in the monthly order of ODD section 4;
 * {@link org.icosim.model.Submodels} wires them. The sub-packages follow what a modeller looks
 * for: {@code world} (the entities and state), {@code parameters}, {@code patients},
 * {@code practice}, {@code workforce}, {@code trust}, {@code ico}, {@code policy},
 * {@code observe} (metrics), {@code england} (the real England's data as values) and
 * {@code rules} (the swappable decision rules by name). The model imports no GUI, file format or
 * command line.
 */
package org.icosim.model;
