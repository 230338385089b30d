/**
 * Experiments of many runs: scenarios (a name and resolved parameter values), the runner that
 * runs every scenario over the same seeds, and the small aggregations a comparison reads
 * (statistics over seeds, quartiles over economies). Knows no file format or command line: the
 * {@code compare} command reads the inputs and writes the outputs.
 */
package org.icosim.experiment;
