package org.icosim.model.world;

/** Who leads an ICO: the hospital trust or a GP group. */
public enum Leadership { HOSPITAL_LED, GP_LED }
