package org.icosim.calibration;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The implausibility of parameter points given one wave's emulators and the observations
 * (Vernon, Goldstein and Bower 2010, section 4; Andrianakis et al. 2015). For output i with
 * observation z_i,
 *
 * <pre>
 *   I_i(x) = |z_i - E[f_i(x)]| / sqrt(Var_emulator_i(x) + Var_obs_i + Var_discrepancy_i)
 * </pre>
 *
 * where E and Var_emulator are the emulator's prediction, Var_obs the variance of the observation
 * error and Var_discrepancy that of the model discrepancy, the gap between the simulator at its
 * best input and reality. The combined measure is the largest I_i, or, so that one poorly
 * emulated output cannot rule a point out on its own, the second- or third-largest ({@link
 * Combination}). A point is non-implausible when the combined measure is at most the cut-off,
 * 3 by default (Pukelsheim's three-sigma rule: for any unimodal distribution at least 95% of the
 * probability lies within 3 standard deviations).
 */
public final class Implausibility {

    /** The cut-off of Vernon et al. 2010 and Andrianakis et al. 2015. */
    public static final double DEFAULT_CUTOFF = 3.0;

    /** Which order statistic of the outputs' implausibilities is the combined measure. */
    public enum Combination {
        MAXIMUM(1), SECOND_MAXIMUM(2), THIRD_MAXIMUM(3);

        private final int rank;

        Combination(int rank) {
            this.rank = rank;
        }

        /** @return 1 for the maximum, 2 for the second-largest, 3 for the third-largest */
        public int rank() {
            return rank;
        }
    }

    private final List<Emulator> emulators;
    private final double[] observed;
    private final double[] fixedVariance;
    private final Combination combination;
    private final double cutoff;

    /**
     * @param emulators           one per output, all with the same number of inputs
     * @param observed            the observation of each output, finite
     * @param observationVariance each observation's error variance, positive
     * @param discrepancyVariance each output's model discrepancy variance, at least 0
     * @param combination         the order statistic that combines outputs; needs at least as
     *                            many outputs as its rank
     * @param cutoff              the largest non-implausible value, positive
     * @throws IllegalArgumentException on a bad argument, naming it
     */
    public Implausibility(List<? extends Emulator> emulators, double[] observed, double[] observationVariance,
            double[] discrepancyVariance, Combination combination, double cutoff) {
        if (emulators == null || emulators.isEmpty()) {
            throw new IllegalArgumentException("emulators: got none, expected one per output");
        }
        int outputs = emulators.size();
        for (int i = 0; i < outputs; i++) {
            if (emulators.get(i) == null) throw new IllegalArgumentException("emulator of output " + i + ": got null");
            if (emulators.get(i).dimension() != emulators.get(0).dimension()) {
                throw new IllegalArgumentException("emulator of output " + i + " has " + emulators.get(i).dimension()
                        + " inputs, expected " + emulators.get(0).dimension() + " like output 0");
            }
        }
        this.emulators = List.copyOf(emulators);
        this.observed = Check.values("observations", observed, outputs);
        Check.values("observation variances", observationVariance, outputs);
        Check.values("discrepancy variances", discrepancyVariance, outputs);
        this.fixedVariance = new double[outputs];
        for (int i = 0; i < outputs; i++) {
            Check.positive("observation variance of output " + i, observationVariance[i]);
            Check.nonNegative("discrepancy variance of output " + i, discrepancyVariance[i]);
            fixedVariance[i] = observationVariance[i] + discrepancyVariance[i];
        }
        if (combination == null) {
            throw new IllegalArgumentException("combination: got null, expected one of " + Arrays.toString(Combination.values()));
        }
        if (combination.rank() > outputs) {
            throw new IllegalArgumentException("combination " + combination + " needs at least " + combination.rank()
                    + " outputs, got " + outputs);
        }
        this.combination = combination;
        this.cutoff = Check.positive("cut-off", cutoff);
    }

    /** The maximum over outputs with the cut-off 3. */
    public Implausibility(List<? extends Emulator> emulators, double[] observed, double[] observationVariance,
            double[] discrepancyVariance) {
        this(emulators, observed, observationVariance, discrepancyVariance, Combination.MAXIMUM, DEFAULT_CUTOFF);
    }

    /** @return I_i(x) for each output i */
    public double[] perOutput(double[] x) {
        Check.point("point", x, dimension());
        double[] values = new double[emulators.size()];
        for (int i = 0; i < values.length; i++) {
            Prediction p = emulators.get(i).predict(x);
            values[i] = Math.abs(observed[i] - p.mean()) / Math.sqrt(p.variance() + fixedVariance[i]);
        }
        return values;
    }

    /** @return the combined implausibility at x: the chosen order statistic of {@link #perOutput} */
    public double combined(double[] x) {
        double[] values = perOutput(x);
        Arrays.sort(values);
        return values[values.length - combination.rank()];
    }

    /** @return whether the combined implausibility at x is at most the cut-off */
    public boolean isNonImplausible(double[] x) {
        return combined(x) <= cutoff;
    }

    /**
     * @param candidates points to screen, e.g. a large space-filling sample; at least one
     * @return the non-implausible candidates and their share
     */
    public Screening screen(double[][] candidates) {
        double[][] pts = Check.points("candidates", candidates, dimension());
        List<double[]> kept = new ArrayList<>();
        for (double[] x : pts) if (isNonImplausible(x)) kept.add(x);
        return new Screening(kept.toArray(new double[0][]), pts.length, (double) kept.size() / pts.length);
    }

    public int dimension() {
        return emulators.get(0).dimension();
    }

    public int outputs() {
        return emulators.size();
    }

    public Combination combination() {
        return combination;
    }

    public double cutoff() {
        return cutoff;
    }
}
