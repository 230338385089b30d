package org.icosim.model.world;

/** Acute trusts run A&E and take admissions and elective referrals; the rest do not. */
public enum TrustKind { ACUTE, COMMUNITY }
