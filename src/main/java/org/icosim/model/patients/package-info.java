/**
 * The patient agents (ODD 2.6) as a struct of arrays per economy, their random stream, the tables
 * of age bands and risk tiers, the patient rates (ODD 8.2) and the monthly patient loop (ODD 8.3).
 */
package org.icosim.model.patients;
