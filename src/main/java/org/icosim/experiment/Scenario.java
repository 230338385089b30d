package org.icosim.experiment;

import java.util.Objects;

import org.icosim.model.parameters.Parameters;

/**
 * One policy scenario of a comparison: the name its rows carry in every output, and its fully
 * resolved parameter values (defaults, model, experiment and command line already layered).
 *
 * @param name       unique within a comparison, as written in the {@code scenario} column
 * @param parameters the values every replicate of the scenario runs with
 */
public record Scenario(String name, Parameters parameters) {

    public Scenario {
        if (name == null || name.isBlank()) throw new IllegalArgumentException("scenario name is blank");
        // A private copy, so a caller changing its Parameters later cannot change a run under way.
        parameters = new Parameters(Objects.requireNonNull(parameters, "parameters"));
    }
}
