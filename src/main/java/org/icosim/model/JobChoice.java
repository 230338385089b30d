package org.icosim.model;

import java.util.List;

/**
 * How a GP chooses among the posts open to it. One implementation per rule, so a study can swap
 * the rule ({@link IcoSim#setJobChoice}).
 */
public interface JobChoice extends java.io.Serializable {

    /**
     * Why the GP is choosing: what it may do depends on it (a completer may leave; a GP at review
     * may stay; a partner whose practice an ICO absorbed is offered a salaried ICO post there).
     */
    enum Occasion { COMPLETION, RETURN, REVIEW, DISPLACED, ABSORBED }

    /** Picks one of {@code options} (never empty) for {@code gp}. */
    Post choose(Gp gp, List<Post> options, IcoSim sim);
}
