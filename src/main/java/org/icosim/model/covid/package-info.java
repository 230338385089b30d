/**
 * Covid-19 from March 2020: the restriction level by month from the dated events (ODD 8.26), its
 * effects on demand, consultation mode, A&E, admissions and referrals (8.27), vaccination income
 * (8.28), and its effects on GPs' exits and burnout (8.29); {@link org.icosim.model.covid.CovidState}
 * holds the month's values the other submodels read. All of it acts only with the parameter
 * {@code covid} on, and only from March 2020.
 */
package org.icosim.model.covid;
