package org.icosim.experiment;

import java.util.Objects;

import org.icosim.model.parameters.Parameters;
import org.icosim.model.rules.Rules;

/**
 * One policy scenario of a comparison: the name its rows carry in every output, its fully
 * resolved parameter values (defaults, model, experiment and command line already layered) and its
 * decision rules.
 *
 * @param name       unique within a comparison, as written in the {@code scenario} column
 * @param parameters the values every replicate of the scenario runs with
 * @param rules      the decision rules every replicate runs with, by name
 */
public record Scenario(String name, Parameters parameters, Rules rules) {

    public Scenario {
        if (name == null || name.isBlank()) throw new IllegalArgumentException("scenario name is blank");
        // A private copy, so a caller changing its Parameters later cannot change a run under way.
        parameters = new Parameters(Objects.requireNonNull(parameters, "parameters"));
        Objects.requireNonNull(rules, "rules");
    }

    /** A scenario with the default rules. */
    public Scenario(String name, Parameters parameters) {
        this(name, parameters, Rules.defaults());
    }
}
