package org.icosim.model.workforce;

import java.util.List;

import org.icosim.model.parameters.ParameterValues;
import org.icosim.model.parameters.Parameters;
import org.icosim.model.world.Gp;

/**
 * Random utility job choice (multinomial logit; McFadden 1974), ODD 8.12:
 * <pre>
 * U = b_inc ln(income/10,000) + b_aut autonomy + b_flex flex - b_risk liability
 *     - b_load (workload - 1) + b_peer peerShare + constant + Gumbel error
 * </pre>
 * The GP takes the option of highest utility. Tastes differ by GP (drawn at entry) and by age:
 * flexibility and risk weigh more for younger GPs ({@link Parameters#YOUNG_TASTE_SLOPE}), the
 * pattern behind only 37% of trainees intending partnership (Q9) and the fall of partners under
 * 40 (N1).
 */
public final class RandomUtilityJobChoice implements JobChoice {

    @Override
    public Post choose(Gp gp, List<Post> options, Context context) {
        ParameterValues params = context.parameters();
        Post best = null;
        double bestUtility = Double.NEGATIVE_INFINITY;
        for (Post post : options) {
            double u = utility(gp, post, params) + context.gumbel();
            if (u > bestUtility) {
                bestUtility = u;
                best = post;
            }
        }
        return best;
    }

    /** The systematic part of the utility (without the error term). */
    public static double utility(Gp gp, Post post, ParameterValues params) {
        double ageFactor = Math.max(0, 1 + params.get(Parameters.YOUNG_TASTE_SLOPE) * (45 - gp.age()) / 10);
        double bIncome = params.get(Parameters.B_INCOME);
        double bAutonomy = params.get(Parameters.B_AUTONOMY) + gp.autonomyTaste();
        double bFlex = (params.get(Parameters.B_FLEX) + gp.flexibilityTaste()) * ageFactor;
        double bRisk = Math.max(0, params.get(Parameters.B_RISK) + gp.riskTaste()) * ageFactor;
        return bIncome * StrictMath.log(post.incomePerFte() / 10000)
                + bAutonomy * post.autonomy()
                + bFlex * post.flexibility()
                - bRisk * post.liability()
                - params.get(Parameters.B_LOAD) * (post.workload() - 1)
                + params.get(Parameters.B_PEER) * post.peerShare()
                + post.constant();
    }
}
