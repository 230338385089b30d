package org.icosim.model.world;

/** Whether a trust is, or is becoming, an integrated care organisation. */
public enum IcoStatus { NONE, FORMING, ICO }
