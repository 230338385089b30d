/**
 * The decision rules of a run by name: one catalogue of the implementations of each rule kind,
 * selected in an experiment file's {@code "rules"} and checked like every other key.
 */
package org.icosim.model.rules;
