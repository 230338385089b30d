/**
 * Practices' month and decisions: staff, capacity and access (ODD 8.4), money (8.5), vacancies
 * (8.6), peers and switch targets (8.7), the neighbour ties, decisions (8.13) with their values,
 * triggers and the swappable {@link org.icosim.model.practice.PracticeMoveRule}, mergers and
 * federations (8.14), hand-back, caretakers and closure (8.15).
 */
package org.icosim.model.practice;
