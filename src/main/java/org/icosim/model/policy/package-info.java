/**
 * The policy levers (ODD 8.17), the Time to Care fund (8.23) and the 48-hour access guarantee (8.24).
 */
package org.icosim.model.policy;
