/**
 * The world of a run (ODD 2): economies, practices, GPs, trusts and federations, the per-practice
 * signals the patient loop reads, the labour market GPs see, the calendar and prices (ODD 8.1), the
 * run's random stream, and questions about memberships answered from the network. Entities expose
 * getters for rules and observers and mutators for the submodels that own each change.
 */
package org.icosim.model.world;
