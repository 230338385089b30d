package org.icosim.model.world;

/**
 * Who leads an ICO (ODD 8.18): the hospital trust, a GP group (a federation or merged practice), or
 * a community or mental-health trust of the hospital's economy.
 */
public enum Leadership { HOSPITAL_LED, GP_LED, COMMUNITY_LED }
