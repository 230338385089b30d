/**
 * Primary care networks from July 2019: their formation from neighbouring practices (ODD 8.26),
 * the additional-roles staff they hold (8.27) and the network payments to their members (8.28).
 */
package org.icosim.model.pcn;
