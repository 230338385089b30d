package org.icosim.calibration;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One parameter's prior range against its spread over a sample of the final non-implausible
 * region, to say which parameters the targets constrain.
 *
 * <p>The measure is the ratio of the sample's central 95% interval (2.5% to 97.5% quantiles) to
 * the same interval of the prior, uniform on its range (95% of its width). Under 0.5 the targets
 * <em>constrain</em> the parameter (half its range or more ruled out); from 0.5 to 0.9, <em>partly</em>;
 * above 0.9, <em>not</em>: the targets say little about it, alone (a parameter constrained only
 * jointly with another, along a ridge, shows as not constrained here; the pairs plot shows the
 * ridge).
 *
 * @param lower     prior lower bound
 * @param upper     prior upper bound
 * @param min       the smallest value in the sample
 * @param max       the largest value
 * @param low       the sample's 2.5% quantile
 * @param high      the sample's 97.5% quantile
 * @param ratio     (high - low) / (0.95 (upper - lower))
 */
public record PlausibleRange(double lower, double upper, double min, double max, double low, double high, double ratio) {

    /** Below this ratio the targets constrain the parameter. */
    public static final double CONSTRAINED = 0.5;
    /** Above this ratio they do not. */
    public static final double UNCONSTRAINED = 0.9;

    /** @return "constrained", "partly" or "not constrained" */
    public String verdict() {
        return ratio < CONSTRAINED ? "constrained" : ratio <= UNCONSTRAINED ? "partly" : "not constrained";
    }

    /**
     * @param space  the prior ranges
     * @param sample points of the region, at least one
     * @return one range per parameter
     */
    public static List<PlausibleRange> of(ParameterSpace space, double[][] sample) {
        double[][] pts = Check.points("sample", sample, space.dimension());
        List<PlausibleRange> out = new ArrayList<>();
        for (int j = 0; j < space.dimension(); j++) {
            double[] v = new double[pts.length];
            for (int i = 0; i < v.length; i++) v[i] = pts[i][j];
            Arrays.sort(v);
            double low = quantile(v, 0.025);
            double high = quantile(v, 0.975);
            double width = space.upper(j) - space.lower(j);
            out.add(new PlausibleRange(space.lower(j), space.upper(j), v[0], v[v.length - 1], low, high, (high - low) / (0.95 * width)));
        }
        return out;
    }

    /** The p-quantile of sorted values, interpolated linearly between order statistics (type 7 of Hyndman and Fan 1996). */
    static double quantile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int i = (int) Math.floor(h);
        if (i + 1 >= sorted.length) return sorted[sorted.length - 1];
        return sorted[i] + (h - i) * (sorted[i + 1] - sorted[i]);
    }
}
