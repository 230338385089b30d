/**
 * Integrated care organisations: formation (ODD 8.18) with its swappable
 * {@link org.icosim.model.ico.IcoFormationRule}, the operating ICO's month (8.19), its offers (8.20)
 * and carrying out ICO moves (8.21).
 */
package org.icosim.model.ico;
