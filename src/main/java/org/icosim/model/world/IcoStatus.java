package org.icosim.model.world;

/**
 * Whether a trust is, or is becoming, an integrated care organisation; DISSOLVED: it was one and
 * dissolved for its deficit (ODD 8.41), and does not form one again.
 */
public enum IcoStatus { NONE, FORMING, ICO, DISSOLVED }
