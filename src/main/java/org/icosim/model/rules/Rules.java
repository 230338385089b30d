package org.icosim.model.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

import org.icosim.model.ico.DiffusionIcoFormation;
import org.icosim.model.ico.IcoFormationRule;
import org.icosim.model.practice.PracticeMoveRule;
import org.icosim.model.practice.ValueBasedPracticeMoves;
import org.icosim.model.trust.DistanceAndWaitReferrals;
import org.icosim.model.trust.NearestTrustReferrals;
import org.icosim.model.trust.ReferralRule;
import org.icosim.model.workforce.JobChoice;
import org.icosim.model.workforce.RandomUtilityJobChoice;

/**
 * The decision rules of a run, one per kind, each swappable on its own: how GPs choose jobs
 * (ODD 8.12), how practices decide their moves (8.13), where referrals go (8.16) and whether trusts
 * form ICOs (8.18). An experiment file selects them by name under {@code "rules"}, e.g.
 * {@code "rules": {"jobChoice": "randomUtility"}}; kinds it does not name keep their default.
 * The catalogue of names is {@link #KINDS}.
 */
public final class Rules implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    /** One kind of rule: its name in experiment files, its implementations by name, its default. */
    public static final class Kind<R> {
        private final String key;
        private final Class<R> type;
        private final Map<String, Supplier<? extends R>> implementations = new LinkedHashMap<>();
        private final String defaultName;

        private Kind(String key, Class<R> type, String defaultName) {
            this.key = key;
            this.type = type;
            this.defaultName = defaultName;
        }

        private Kind<R> with(String name, Supplier<? extends R> factory) {
            implementations.put(name, factory);
            return this;
        }

        /** The key in an experiment file's {@code "rules"}. */
        public String key() { return key; }
        public Class<R> type() { return type; }
        /** The names of its implementations, the default first. */
        public List<String> names() { return List.copyOf(implementations.keySet()); }
        public String defaultName() { return defaultName; }

        /** A new instance of the implementation of that name, or {@code null} if there is none. */
        public R create(String name) {
            Supplier<? extends R> f = implementations.get(name);
            return f == null ? null : f.get();
        }
    }

    public static final Kind<JobChoice> JOB_CHOICE = new Kind<>("jobChoice", JobChoice.class, "randomUtility")
            .with("randomUtility", RandomUtilityJobChoice::new);
    public static final Kind<PracticeMoveRule> PRACTICE_MOVES = new Kind<>("practiceMoves", PracticeMoveRule.class, "valueBased")
            .with("valueBased", ValueBasedPracticeMoves::new);
    public static final Kind<ReferralRule> REFERRALS = new Kind<>("referrals", ReferralRule.class, "distanceAndWait")
            .with("distanceAndWait", DistanceAndWaitReferrals::new)
            .with("nearestTrust", NearestTrustReferrals::new);
    public static final Kind<IcoFormationRule> ICO_FORMATION = new Kind<>("icoFormation", IcoFormationRule.class, "diffusion")
            .with("diffusion", DiffusionIcoFormation::new);

    /** Every kind, in the order of the ODD. */
    public static final List<Kind<?>> KINDS = List.of(JOB_CHOICE, PRACTICE_MOVES, REFERRALS, ICO_FORMATION);

    private final Map<String, String> chosen;

    private Rules(Map<String, String> chosen) {
        this.chosen = Collections.unmodifiableMap(new LinkedHashMap<>(chosen));
    }

    /** Every rule at its default. */
    public static Rules defaults() {
        Map<String, String> m = new LinkedHashMap<>();
        for (Kind<?> k : KINDS) m.put(k.key(), k.defaultName());
        return new Rules(m);
    }

    /** The kind of that key, or {@code null}. */
    public static Kind<?> kind(String key) {
        for (Kind<?> k : KINDS) if (k.key().equals(key)) return k;
        return null;
    }

    /**
     * Why {@code name} cannot be the rule of kind {@code key}, or {@code null} if it can: the
     * message names what was expected, for the caller to prefix with the file and place.
     */
    public static String problemWith(String key, String name) {
        Kind<?> k = kind(key);
        if (k == null) {
            List<String> keys = new ArrayList<>();
            for (Kind<?> each : KINDS) keys.add(each.key());
            return "unknown rule kind \"" + key + "\", expected one of " + String.join(", ", keys);
        }
        if (!k.names().contains(name)) {
            return "got \"" + name + "\", expected one of " + String.join(", ", k.names());
        }
        return null;
    }

    /** These rules with the one of kind {@code key} replaced by {@code name}. */
    public Rules with(String key, String name) {
        String problem = problemWith(key, name);
        if (problem != null) throw new IllegalArgumentException(key + ": " + problem);
        Map<String, String> m = new LinkedHashMap<>(chosen);
        m.put(key, name);
        return new Rules(m);
    }

    /** The name of the chosen rule of each kind, in the order of {@link #KINDS}. */
    public Map<String, String> names() {
        return chosen;
    }

    /** A new instance of the chosen rule of that kind. */
    public <R> R create(Kind<R> kind) {
        return kind.create(chosen.get(kind.key()));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Rules && ((Rules) o).chosen.equals(chosen);
    }

    @Override
    public int hashCode() {
        return Objects.hash(chosen);
    }

    @Override
    public String toString() {
        return chosen.toString();
    }
}
