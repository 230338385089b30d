package org.icosim.model.ico;

import java.util.List;

import org.icosim.model.parameters.ParameterValues;
import org.icosim.model.world.Leadership;
import org.icosim.model.world.Trust;

/**
 * A rule for whether a trust starts forming an integrated care organisation this quarter (ODD
 * 8.18). The rule only gives the probability; {@link IcoFormation} draws and carries it out. A rule
 * must not change the trusts or the world, and draws no random numbers. Implementations are
 * selected by name in an experiment file's {@code "rules"} ({@link org.icosim.model.rules.Rules}).
 */
public interface IcoFormationRule extends java.io.Serializable {

    /** What an ICO-formation rule may read besides the trust. */
    interface Context {
        ParameterValues parameters();

        /** The policy's push this month (0 without a policy). */
        double pushLevel();

        /** Whether a MANDATED policy applies. */
        boolean mandated();

        /** Every trust of the model, in id order. */
        List<Trust> trusts();

        /**
         * The trust's view of local GP support if it were led as {@code leadership}: the mean
         * probability that a partner-led practice outside any ICO that refers mainly to it would
         * accept an alliance (0 if there is none).
         */
        double gpSupport(Trust trust, Leadership leadership);

        /** Year-of-care income, pounds a year, if every practice referring mainly to the trust joined it. */
        double potentialYearOfCareIncome(Trust trust);
    }

    /**
     * The probability that {@code trust}, not yet an ICO, starts forming one this quarter, if it
     * would be led as {@code leadership}. Called only while an ICO policy applies.
     */
    double formationProbability(Trust trust, Leadership leadership, Context context);
}
