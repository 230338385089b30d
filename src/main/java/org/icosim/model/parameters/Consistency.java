package org.icosim.model.parameters;

import java.util.ArrayList;
import java.util.List;

/**
 * Values that are each in range but cannot be run together: the checks every entry point (command
 * line, GUI, sweeps) makes before creating any output.
 */
public final class Consistency {

    private Consistency() {
    }

    /** Fewest patient agents a practice of the mean list may have (see {@link #consistencyProblems}). */
    public static final int MIN_AGENTS_PER_PRACTICE = 20;

    /**
     * Problems that make a set of parameter values unusable together (each value may be in range
     * on its own), as {@code name: problem}; empty when the values can be run. Callers check this
     * before creating any output.
     */
    public static List<String> problems(Parameters p) {
        List<String> problems = new ArrayList<>();
        int economies = p.getInt(Parameters.ECONOMIES);
        if (p.getInt(Parameters.PRACTICES) < economies) {
            problems.add("practices: got " + p.getInt(Parameters.PRACTICES) + ", expected at least economies (" + economies + ")");
        }
        if (p.getInt(Parameters.TRUSTS) < economies) {
            problems.add("trusts: got " + p.getInt(Parameters.TRUSTS) + ", expected at least economies (" + economies
                    + "): every economy needs an acute trust");
        }
        if (p.get(Parameters.HIGH_RISK_SHARE) + p.get(Parameters.RISING_RISK_SHARE) > 0.9) {
            problems.add("risingRiskShare: got " + p.get(Parameters.RISING_RISK_SHARE) + ", expected at most 0.9 - highRiskShare");
        }
        if (p.get(Parameters.ALLIANCE_TARIFF_SHARE) + p.get(Parameters.ICO_GP_BUDGET_SHARE) > 1) {
            problems.add("icoGpBudgetShare: got " + p.get(Parameters.ICO_GP_BUDGET_SHARE)
                    + ", expected at most 1 - allianceTariffShare (" + (1 - p.get(Parameters.ALLIANCE_TARIFF_SHARE))
                    + "): the year-of-care income cannot pay out more than itself");
        }
        // The builder gives each economy round(trusts in it x acuteTrustShare) acute trusts; fewer than one
        // cannot run (referrals and ICOs need an acute trust), and forcing one would silently change the value.
        int fewestTrusts = p.getInt(Parameters.TRUSTS) / Math.max(1, economies);
        if (fewestTrusts >= 1 && Math.round(fewestTrusts * p.get(Parameters.ACUTE_TRUST_SHARE)) < 1) {
            problems.add("acuteTrustShare: got " + Parameters.ACUTE_TRUST_SHARE.format(p.get(Parameters.ACUTE_TRUST_SHARE)) + ", expected at least "
                    + 0.5 / fewestTrusts + " so that every economy (the smallest has " + fewestTrusts
                    + " trusts) has an acute trust");
        }
        if (p.get(Parameters.PCN_MIN_LIST) > p.get(Parameters.PCN_TARGET_LIST) || p.get(Parameters.PCN_TARGET_LIST) > p.get(Parameters.PCN_MAX_LIST)) {
            problems.add("pcnTargetList: got " + Parameters.PCN_TARGET_LIST.format(p.get(Parameters.PCN_TARGET_LIST)) + ", expected between pcnMinList ("
                    + Parameters.PCN_MIN_LIST.format(p.get(Parameters.PCN_MIN_LIST)) + ") and pcnMaxList ("
                    + Parameters.PCN_MAX_LIST.format(p.get(Parameters.PCN_MAX_LIST)) + ")");
        }
        // Below about 20 agents a mean practice's list, access and switching are mostly sampling noise.
        double perPractice = p.get(Parameters.MEAN_LIST_SIZE) / p.get(Parameters.PATIENT_SCALE);
        if (perPractice < MIN_AGENTS_PER_PRACTICE) {
            problems.add("patientScale: got " + p.getInt(Parameters.PATIENT_SCALE) + ", expected at most "
                    + (long) Math.floor(p.get(Parameters.MEAN_LIST_SIZE) / MIN_AGENTS_PER_PRACTICE)
                    + " so that a practice of the mean list (" + Math.round(p.get(Parameters.MEAN_LIST_SIZE))
                    + " patients) has at least " + MIN_AGENTS_PER_PRACTICE + " patient agents");
        }
        double agents = p.get(Parameters.PRACTICES) * p.get(Parameters.MEAN_LIST_SIZE) / p.get(Parameters.PATIENT_SCALE);
        if (agents > 1.8e9) {
            problems.add("patientScale: got " + p.getInt(Parameters.PATIENT_SCALE) + ", expected at least "
                    + (long) Math.ceil(p.get(Parameters.PRACTICES) * p.get(Parameters.MEAN_LIST_SIZE) / 1.8e9)
                    + " (patient arrays hold at most 1.8 billion agents)");
        }
        return problems;
    }
}
