/**
 * Every parameter of the model (ODD 10): definitions with unit, default, range and source, one set
 * of values, the enums of choice parameters, and the checks of values that cannot run together.
 */
package org.icosim.model.parameters;
