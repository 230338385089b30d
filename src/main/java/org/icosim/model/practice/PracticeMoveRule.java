package org.icosim.model.practice;

import java.util.List;

import org.icosim.model.parameters.ParameterValues;
import org.icosim.model.world.Practice;
import org.icosim.model.world.Trust;

/**
 * A rule for how a partner-led practice decides its organisational moves (ODD 8.13), and how the
 * other side of a two-sided move answers. The rule only decides: the practice decisions submodel
 * ({@link PracticeDecisions}) and the submodels of 8.14, 8.15 and 8.21 carry moves out. A rule
 * must not change the practices or the world, and draws its randomness from
 * {@link Context#gumbel()} only. Implementations are selected by name in an experiment file's
 * {@code "rules"} ({@link org.icosim.model.rules.Rules}).
 */
public interface PracticeMoveRule extends java.io.Serializable {

    /** What a practice-move rule may read besides the practices themselves. */
    interface Context {
        ParameterValues parameters();

        /** A Gumbel draw from the run's stream. */
        double gumbel();

        /** The practices {@code p} counts among its nearest, nearest first (a read-only list, valid until a move is carried out). */
        List<Practice> neighbours(Practice p);

        /** The ICO {@code p} is a member of, or {@code null}. */
        Trust icoOf(Practice p);

        /** Whether a MANDATED ICO policy applies this month. */
        boolean mandated();

        /** Pay of an ICO's salaried GP, pounds per FTE-year. */
        double icoPay();

        /** Pay of a salaried GP at a practice or a trust that is not an ICO, pounds per FTE-year (8.44). */
        double salariedPay();

        /** Cost index of the contract year (ODD 8.1). */
        double costIndex();

        /** Real patients per patient agent. */
        int patientScale();

        /** Patient agents of {@code p} in the tiers the year-of-care tariff covers. */
        int enrolledAgents(Practice p);
    }

    /** The move {@code practice} proposes this quarter. */
    PracticeMove choose(Practice practice, Context context);

    /** Whether {@code practice} agrees to merge with {@code proposer}: a merger needs both. */
    boolean acceptsMerger(Practice practice, Practice proposer, Context context);

    /** Whether {@code practice} agrees to found a federation with {@code proposer}. */
    boolean acceptsFederation(Practice practice, Practice proposer, Context context);

    /** Whether {@code practice} takes over the list of {@code handedBack}, whose contract was handed back. */
    boolean takesOver(Practice practice, Practice handedBack, Context context);
}
