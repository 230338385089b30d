package org.icosim.experiment;

import java.util.Objects;

import org.icosim.model.SyntheticWorld;
import org.icosim.model.WorldSource;
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
 * @param world      where every replicate's starting world comes from (ODD 6)
 */
public record Scenario(String name, Parameters parameters, Rules rules, WorldSource world) {

    public Scenario {
        if (name == null || name.isBlank()) throw new IllegalArgumentException("scenario name is blank");
        // A private copy, so a caller changing its Parameters later cannot change a run under way.
        parameters = new Parameters(Objects.requireNonNull(parameters, "parameters"));
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(world, "world");
    }

    /** A scenario of the synthetic world. */
    public Scenario(String name, Parameters parameters, Rules rules) {
        this(name, parameters, rules, SyntheticWorld.INSTANCE);
    }

    /** A scenario of the synthetic world with the default rules. */
    public Scenario(String name, Parameters parameters) {
        this(name, parameters, Rules.defaults());
    }
}
