/**
 * The interactive GUI: MASON's Console wrapped around the model ({@link org.icosim.gui.IcoSimWithUI}),
 * a map of the economies with switchable layers of the organisational network, inspectors for
 * practices, GPs and trusts, live JFreeChart charts drawn by metric name, every parameter in the
 * Model tab, experiment files saved and opened, and MASON's checkpoints. The model never imports
 * this package; this package reads the model through its public accessors only.
 */
package org.icosim.gui;
