/**
 * Experiments of many runs. For comparisons: scenarios (a name and resolved parameter values),
 * the runner that runs every scenario over the same seeds, and the small aggregations a
 * comparison reads (statistics over seeds, quartiles over economies). For sweeps: the
 * {@link org.icosim.experiment.SweepPlan} of an experiment file's design (every run's point,
 * replicate, seed, factor values and plain experiment), the runner that hands each finished run
 * to a journal, shards, and the Slurm back end's scripts; the designs and their analyses are in
 * {@link org.icosim.experiment.design}. Reads experiment files as parsed records but writes no
 * file format and knows no command line: the {@code compare} and {@code sweep} commands read
 * the inputs and write the outputs.
 */
package org.icosim.experiment;
