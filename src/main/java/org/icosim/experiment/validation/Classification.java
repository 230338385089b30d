package org.icosim.experiment.validation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * How well a score (a predicted probability, or any number larger for the cases more likely to
 * be positive) separates positive cases (a practice that ended) from negative ones.
 *
 * <ul>
 * <li>{@link #auc}: the area under the ROC curve, the Mann-Whitney probability that a random
 * positive scores above a random negative, a tie counting one half (Hanley and McNeil 1982).</li>
 * <li>{@link #roc}: the ROC curve's points, one per distinct score from the highest down, from
 * (0, 0) to (1, 1); tied cases move the curve diagonally, so the trapezoid area under it equals
 * {@link #auc}.</li>
 * <li>{@link #brier}: the mean squared difference of probability and outcome (Brier 1950).</li>
 * <li>{@link #deciles}: calibration, the cases in ten groups of equal size (within one) by
 * predicted probability, each group's mean prediction against its observed rate; cases of equal
 * prediction are ordered as given, so a tie can straddle two groups.</li>
 * </ul>
 */
public final class Classification {

    private Classification() {
    }

    /** One point of a ROC curve: cases scoring at least {@code threshold} are called positive. */
    public record RocPoint(double threshold, double falsePositiveRate, double truePositiveRate) {
    }

    /** One calibration group. */
    public record Decile(int decile, int cases, double meanPredicted, double observedRate) {
    }

    /** Area under the ROC curve, ties counted half; NaN when there is no positive or no negative. */
    public static double auc(double[] score, boolean[] positive) {
        check(score, positive);
        Integer[] order = ascending(score);
        // Mid-ranks (1-based) over tied scores; AUC = (sum of positives' ranks - P(P+1)/2) / (P N).
        double rankSum = 0;
        long positives = 0;
        int i = 0;
        while (i < order.length) {
            int j = i;
            while (j + 1 < order.length && score[order[j + 1]] == score[order[i]]) j++;
            double midRank = (i + 1 + j + 1) / 2.0;
            for (int k = i; k <= j; k++) {
                if (positive[order[k]]) {
                    rankSum += midRank;
                    positives++;
                }
            }
            i = j + 1;
        }
        long negatives = score.length - positives;
        if (positives == 0 || negatives == 0) return Double.NaN;
        return (rankSum - positives * (positives + 1) / 2.0) / ((double) positives * negatives);
    }

    /** The ROC curve, from (0, 0) through one point per distinct score, highest first, to (1, 1). */
    public static List<RocPoint> roc(double[] score, boolean[] positive) {
        check(score, positive);
        Integer[] order = ascending(score);
        long positives = 0;
        for (boolean p : positive) if (p) positives++;
        long negatives = score.length - positives;
        List<RocPoint> points = new ArrayList<>();
        points.add(new RocPoint(Double.POSITIVE_INFINITY, 0, 0));
        long tp = 0;
        long fp = 0;
        int j = order.length - 1;
        while (j >= 0) {
            int i = j;
            while (i - 1 >= 0 && score[order[i - 1]] == score[order[j]]) i--;
            for (int k = i; k <= j; k++) {
                if (positive[order[k]]) tp++; else fp++;
            }
            points.add(new RocPoint(score[order[j]], negatives == 0 ? Double.NaN : (double) fp / negatives,
                    positives == 0 ? Double.NaN : (double) tp / positives));
            j = i - 1;
        }
        return points;
    }

    /** Mean of (probability - outcome)^2, outcome 1 for a positive; NaN with no case. */
    public static double brier(double[] probability, boolean[] positive) {
        check(probability, positive);
        if (probability.length == 0) return Double.NaN;
        double sum = 0;
        for (int i = 0; i < probability.length; i++) {
            double d = probability[i] - (positive[i] ? 1 : 0);
            sum += d * d;
        }
        return sum / probability.length;
    }

    /**
     * Calibration in {@code groups} groups of equal size (the first {@code n mod groups} one case
     * larger) by ascending prediction, ties in the order given.
     */
    public static List<Decile> deciles(double[] probability, boolean[] positive, int groups) {
        check(probability, positive);
        if (groups < 1) throw new IllegalArgumentException("groups: got " + groups + ", expected at least 1");
        Integer[] order = ascending(probability);
        int n = order.length;
        List<Decile> out = new ArrayList<>();
        int from = 0;
        for (int g = 0; g < groups && from < n; g++) {
            int size = n / groups + (g < n % groups ? 1 : 0);
            if (size == 0) continue;
            double predicted = 0;
            int observed = 0;
            for (int k = from; k < from + size; k++) {
                predicted += probability[order[k]];
                if (positive[order[k]]) observed++;
            }
            out.add(new Decile(g + 1, size, predicted / size, (double) observed / size));
            from += size;
        }
        return out;
    }

    /** Indexes by ascending score, equal scores in index order (a stable sort). */
    private static Integer[] ascending(double[] score) {
        Integer[] order = new Integer[score.length];
        for (int i = 0; i < order.length; i++) order[i] = i;
        Arrays.sort(order, Comparator.comparingDouble(i -> score[i]));
        return order;
    }

    private static void check(double[] score, boolean[] positive) {
        if (score.length != positive.length) {
            throw new IllegalArgumentException("scores: " + score.length + ", outcomes: " + positive.length + "; expected as many");
        }
        for (double s : score) {
            if (Double.isNaN(s)) throw new IllegalArgumentException("a score is NaN; expected numbers");
        }
    }
}
