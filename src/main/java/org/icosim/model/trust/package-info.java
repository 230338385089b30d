/**
 * Trusts (ODD 8.16): referral ties, A&E, admissions and elective referrals, trust money and load,
 * and the swappable {@link org.icosim.model.trust.ReferralRule}.
 */
package org.icosim.model.trust;
