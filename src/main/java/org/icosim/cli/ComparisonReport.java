package org.icosim.cli;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.icosim.experiment.Quartiles;
import org.icosim.experiment.ReplicateStatistics;
import org.icosim.experiment.ScenarioSummary;
import org.icosim.metrics.Metric;
import org.icosim.model.parameters.Parameter;
import org.icosim.model.parameters.Parameters;
import org.icosim.model.rules.Rules;

/**
 * {@code comparison.md}: the comparison a researcher reads first. It says how it was produced,
 * which scenarios ran with which parameters, and at each chosen month gives a table of the key
 * metrics (mean over seeds, with the lowest and highest seed) with each scenario's difference from
 * the baseline, then the spread of ICO adoption over economies.
 *
 * <p>Numbers follow one rule: shares to 3 decimals; other quantities with thousands separators,
 * to one decimal below 1,000 (where a tenth of a practice or an FTE still tells scenarios apart)
 * and whole above. The text holds no time or path that changes between identical comparisons, so
 * the same arguments give the same bytes.
 */
final class ComparisonReport {

    static final String FILE_NAME = "comparison.md";

    /** The metrics the tables show, in the order a reader of the ICO question needs them. */
    static final List<Metric> KEY_METRICS = List.of(Metric.icoPatientShare, Metric.trustsIco, Metric.partnerShareFte,
            Metric.partnerFte, Metric.salariedFte, Metric.icoSalariedFte, Metric.practices, Metric.practicesIcoAlliance,
            Metric.practicesIcoRun, Metric.accessWithin48h, Metric.aeAttendances, Metric.emergencyAdmissions,
            Metric.gpFte);

    private static final Set<Metric> SHARES = EnumSet.of(Metric.icoPatientShare, Metric.partnerShareFte,
            Metric.accessWithin48h, Metric.largestOrgShare);

    /** Where each scenario came from, as the report lists it. */
    record Source(String experimentFile, String sha256, String modelFile, Map<String, Double> parameters, Rules rules) {
    }

    private ComparisonReport() {
    }

    /**
     * The whole report.
     *
     * @param command       the command line, without the options that cannot change a number
     * @param scenarios     summaries, the baseline first
     * @param sources       one per scenario, in the same order
     * @param overrides     the {@code -p} values applied to every scenario, as given
     * @param baseSeed      seed of replicate 0
     * @param start         calendar month of month 0
     * @param atMonths      snapshot month indexes (0 = first month), ascending
     */
    static String markdown(String command, List<ScenarioSummary> scenarios, List<Source> sources, List<String> overrides,
            long baseSeed, YearMonth start, List<Integer> atMonths) {
        ScenarioSummary baseline = scenarios.get(0);
        int seeds = baseline.replicates();
        StringBuilder b = new StringBuilder();
        b.append("# Comparison of ").append(scenarios.size()).append(scenarios.size() == 1 ? " scenario" : " scenarios")
                .append("\n\n");
        b.append("Produced by `").append(command).append("` (the output folder and the number of threads are left out: ")
                .append("they change no number).\n\n");
        b.append("Every scenario ran ").append(seeds).append(seeds == 1 ? " seed" : " seeds").append(" (")
                .append(seedRange(baseSeed, seeds)).append("; replicate i of every scenario uses seed ").append(baseSeed)
                .append(" + i, so scenarios are compared on common random numbers) for ").append(baseline.months())
                .append(" months from ").append(start).append(". The experiment files' own seeds are not used. ")
                .append("The baseline is `").append(escape(baseline.name())).append("`, the first scenario.\n\n");

        b.append("| scenario | experiment | sha256 | model | parameters set by the experiment |\n");
        b.append("|---|---|---|---|---|\n");
        for (int s = 0; s < scenarios.size(); s++) {
            Source source = sources.get(s);
            b.append("| ").append(escape(scenarios.get(s).name())).append(s == 0 ? " (baseline)" : "").append(" | `")
                    .append(escape(source.experimentFile())).append("` | ").append(shortDigest(source.sha256()))
                    .append(" | `").append(escape(source.modelFile())).append("` | ")
                    .append(escape(parameterText(source.parameters(), source.rules()))).append(" |\n");
        }
        b.append("\nSet on the command line for every scenario: ")
                .append(overrides.isEmpty() ? "nothing" : "`-p " + String.join("`, `-p ", overrides) + "`").append(".\n");

        for (int month : atMonths) {
            b.append("\n## After ").append(month + 1).append(" months (").append(baseline.date(month)).append(")\n\n");
            b.append("Mean over seeds (lowest - highest seed). \"vs baseline\" is the difference of the means from the ")
                    .append("baseline's, in per cent of the baseline's mean; where the baseline's mean is 0, the ")
                    .append("difference itself.\n\n");
            b.append("| metric |");
            StringBuilder rule = new StringBuilder("|---|");
            for (int s = 0; s < scenarios.size(); s++) {
                b.append(' ').append(escape(scenarios.get(s).name())).append(s == 0 ? " (baseline)" : "").append(" |");
                rule.append("---:|");
                if (s > 0) {
                    b.append(" vs baseline |");
                    rule.append("---:|");
                }
            }
            b.append('\n').append(rule).append('\n');
            for (Metric metric : KEY_METRICS) {
                ReplicateStatistics base = baseline.stats(month, metric);
                b.append("| ").append(metric.name()).append(" |");
                for (int s = 0; s < scenarios.size(); s++) {
                    ReplicateStatistics x = scenarios.get(s).stats(month, metric);
                    b.append(' ').append(number(metric, x.mean())).append(" (").append(number(metric, x.min()))
                            .append(" - ").append(number(metric, x.max())).append(") |");
                    if (s > 0) b.append(' ').append(difference(metric, base.mean(), x.mean())).append(" |");
                }
                b.append('\n');
            }

            b.append("\nHow unevenly ICOs spread: `icoPatientShare` of each economy at ").append(baseline.date(month))
                    .append(", pooled over seeds (every economy of every seed is one value).\n\n");
            b.append("| scenario | economies x seeds | min | lower quartile | median | upper quartile | max |\n");
            b.append("|---|---:|---:|---:|---:|---:|---:|\n");
            for (ScenarioSummary scenario : scenarios) {
                Quartiles q = scenario.icoShareSpread(month);
                b.append("| ").append(escape(scenario.name())).append(" | ").append(q.count()).append(" | ")
                        .append(share(q.min())).append(" | ").append(share(q.lowerQuartile())).append(" | ")
                        .append(share(q.median())).append(" | ").append(share(q.upperQuartile())).append(" | ")
                        .append(share(q.max())).append(" |\n");
            }
        }

        b.append("\n## The metrics\n\n");
        for (Metric metric : KEY_METRICS) {
            b.append("- `").append(metric.name()).append("`: ").append(metric.description()).append(".\n");
        }
        b.append("\nEvery metric at every month is in `summary.csv` (over seeds) and `runs.csv` (each run); ")
                .append("each economy at the months above is in `economies.csv`.\n");
        return b.toString();
    }

    /** The first 12 hex digits, enough to tell file versions apart in a table. */
    private static String shortDigest(String sha256) {
        return sha256 == null ? "-" : sha256.substring(0, Math.min(12, sha256.length()));
    }

    private static String seedRange(long baseSeed, int seeds) {
        return seeds == 1 ? "seed " + baseSeed : "seeds " + baseSeed + " to " + (baseSeed + seeds - 1);
    }

    /** The parameters an experiment set, then its rules that are not the default ({@code rules.referrals=nearestTrust}). */
    private static String parameterText(Map<String, Double> parameters, Rules rules) {
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, Double> e : parameters.entrySet()) {
            Parameter p = Parameters.byName(e.getKey());
            parts.add(e.getKey() + "=" + (p == null ? String.valueOf(e.getValue()) : p.format(e.getValue())));
        }
        Map<String, String> defaults = Rules.defaults().names();
        for (Map.Entry<String, String> e : rules.names().entrySet()) {
            if (!e.getValue().equals(defaults.get(e.getKey()))) parts.add("rules." + e.getKey() + "=" + e.getValue());
        }
        return parts.isEmpty() ? "none" : String.join(", ", parts);
    }

    /** A value of a metric by the report's one rule; "n/a" when no seed had a value. */
    static String number(Metric metric, double value) {
        if (Double.isNaN(value)) return "n/a";
        if (SHARES.contains(metric)) return share(value);
        if (Math.abs(value) < 1000) return String.format(Locale.ROOT, "%,.1f", value);
        return String.format(Locale.ROOT, "%,.0f", value);
    }

    private static String share(double value) {
        return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%.3f", value);
    }

    /**
     * A scenario's mean against the baseline's: in per cent of the baseline, or, where the baseline
     * is 0 (no ICO in the status quo), the difference itself, since a percentage of nothing says
     * nothing.
     */
    static String difference(Metric metric, double baseline, double value) {
        if (Double.isNaN(baseline) || Double.isNaN(value)) return "n/a";
        if (baseline == 0) {
            if (value == 0) return "+0.0%";
            String magnitude = number(metric, Math.abs(value));
            return (value > 0 ? "+" : "-") + magnitude + " (baseline 0)";
        }
        return String.format(Locale.ROOT, "%+.1f%%", 100 * (value - baseline) / Math.abs(baseline));
    }

    /** Text safe inside a markdown table cell. */
    private static String escape(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
