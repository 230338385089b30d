package org.icosim.model;

/** Whether a trust is, or is becoming, an integrated care organisation. */
public enum IcoStatus { NONE, FORMING, ICO }
