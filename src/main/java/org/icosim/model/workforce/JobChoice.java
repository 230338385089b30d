package org.icosim.model.workforce;

import java.util.List;

import org.icosim.model.parameters.ParameterValues;
import org.icosim.model.world.Gp;

/**
 * A rule for how a GP chooses among the posts open to it (ODD 8.12). The job market builds the
 * options and carries out the choice; the rule only picks. Implementations are selected by name in
 * an experiment file's {@code "rules"} ({@link org.icosim.model.rules.Rules}); a rule must not
 * change the GP or the world, and draws its randomness from {@link Context#gumbel()} only.
 */
public interface JobChoice extends java.io.Serializable {

    /**
     * Why the GP is choosing: what it may do depends on it (a completer may leave; a GP at review
     * may stay; a partner whose practice an ICO absorbed is offered a salaried ICO post there).
     */
    enum Occasion { COMPLETION, RETURN, REVIEW, DISPLACED, ABSORBED }

    /** What a job-choice rule may read besides the GP and its options. */
    interface Context {
        /** The run's parameter values. */
        ParameterValues parameters();

        /** A Gumbel draw from the run's stream (the error term of a logit choice). */
        double gumbel();
    }

    /** Picks one of {@code options} (never empty) for {@code gp}. */
    Post choose(Gp gp, List<Post> options, Context context);
}
