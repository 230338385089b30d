/**
 * Primary care networks from July 2019: their formation from neighbouring practices (ODD 8.30),
 * the additional-roles staff they hold (8.31) and the network payments to their members (8.32).
 */
package org.icosim.model.pcn;
