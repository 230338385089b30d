/**
 * The real England of April 2015 as plain values (ODD 6, 7): the practices with their sites, list
 * sizes and census GPs ({@link org.icosim.model.england.PracticeSite}), the acute trusts' sites
 * ({@link org.icosim.model.england.TrustSite}), the CCGs and the STP each belongs to
 * ({@link org.icosim.model.england.CcgArea}), gathered in {@link org.icosim.model.england.RealEngland};
 * the projection of their latitudes and longitudes to kilometres
 * ({@link org.icosim.model.england.BritishNationalGrid}) and the rules that turn a census head
 * count into partners and salaried GPs ({@link org.icosim.model.england.GpSplit}). Reading the
 * files is not the model's business: {@code org.icosim.io.RealEnglandFiles} does it.
 */
package org.icosim.model.england;
