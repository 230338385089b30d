package org.icosim.calibration;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.hipparchus.exception.MathIllegalArgumentException;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.CholeskyDecomposition;
import org.hipparchus.linear.DecompositionSolver;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.RealVector;

/**
 * A Gaussian process emulator of one simulator output (Rasmussen and Williams, <i>Gaussian
 * Processes for Machine Learning</i>, 2006; as used for history matching by Vernon, Goldstein and
 * Bower 2010 and Andrianakis et al. 2015).
 *
 * <p>The model, with inputs x mapped to u in the unit cube by the {@link ParameterSpace}:
 * y(u) = h(u)ᵀβ + f(u) + ε, where h is the {@link MeanFunction} (an intercept and, for {@link
 * MeanFunction#LINEAR}, the inputs), f a zero-mean Gaussian process with covariance σ² c(u, u')
 * for a {@link Kernel} c with one length scale per input, and ε independent noise with variance
 * the nugget. β has a flat prior and is estimated by generalised least squares given the kernel;
 * the length scales and σ² maximise the marginal likelihood of the training outputs with β
 * integrated out (Rasmussen and Williams, eq. 2.45 and chapter 5), found by Nelder-Mead on their
 * logarithms from several starting points: the first at length scales 0.3 and σ² the sample
 * variance of the outputs, the others drawn from a {@link SplittableRandom} seeded by {@link
 * Settings#seed()}, so a fit is deterministic. Length scales are bounded to [0.02, 20] (in units
 * of each parameter's range) and σ² to [10⁻⁶, 10³] times the sample variance of the outputs.
 *
 * <p>The nugget is the caller's: for outputs that are means of r replicates it should be the
 * variance of such a mean, the mean within-point replicate variance divided by r ({@link
 * Replicates#nugget}); for a deterministic simulator 0. For numerical stability the nugget used
 * is at least {@link #NUGGET_FLOOR} times σ², which keeps the covariance matrix's condition
 * number below about n/{@code NUGGET_FLOOR}; {@link #effectiveNugget()} says what was used.
 *
 * <p>All linear algebra goes through Cholesky factors (Hipparchus): no matrix is inverted. A
 * fitted emulator is immutable. Fitting costs O(n³) per likelihood evaluation, at most
 * {@code starts × maxEvaluations} of them; a prediction costs O(n²).
 */
public final class GaussianProcessEmulator implements Emulator {

    /** The smallest nugget used, as a fraction of the signal variance σ². */
    public static final double NUGGET_FLOOR = 1e-12;

    static final double MIN_LENGTH_SCALE = 0.02;
    static final double MAX_LENGTH_SCALE = 20;
    static final double MIN_SIGNAL = 1e-6;
    static final double MAX_SIGNAL = 1e3;

    /**
     * The kernel's hyperparameters.
     *
     * @param lengthScales   one per input, in units of that input's range (the unit cube), each
     *                       positive
     * @param signalVariance σ², positive
     */
    public record Hyperparameters(double[] lengthScales, double signalVariance) {

        public Hyperparameters {
            if (lengthScales == null || lengthScales.length == 0) {
                throw new IllegalArgumentException("length scales: got none, expected one per input");
            }
            lengthScales = lengthScales.clone();
            for (int j = 0; j < lengthScales.length; j++) Check.positive("length scale " + j, lengthScales[j]);
            Check.positive("signal variance", signalVariance);
        }

        @Override
        public double[] lengthScales() {
            return lengthScales.clone();
        }

        @Override
        public String toString() {
            return "Hyperparameters[lengthScales=" + Arrays.toString(lengthScales) + ", signalVariance=" + signalVariance + "]";
        }
    }

    /**
     * How to fit.
     *
     * @param kernel         the correlation function
     * @param mean           the regression part
     * @param starts         starting points of the optimiser, at least 1
     * @param maxEvaluations likelihood evaluations per start, at least 10
     * @param seed           the seed of the starting points after the first
     */
    public record Settings(Kernel kernel, MeanFunction mean, int starts, int maxEvaluations, long seed) {

        public Settings {
            if (kernel == null) throw new IllegalArgumentException("kernel: got null, expected one of " + Arrays.toString(Kernel.values()));
            if (mean == null) throw new IllegalArgumentException("mean function: got null, expected one of " + Arrays.toString(MeanFunction.values()));
            Check.atLeast("optimiser starts", starts, 1);
            Check.atLeast("evaluations per start", maxEvaluations, 10);
        }

        /** Squared exponential, linear mean, 5 starts of at most 1000 evaluations each. */
        public static Settings defaults(long seed) {
            return new Settings(Kernel.SQUARED_EXPONENTIAL, MeanFunction.LINEAR, 5, 1000, seed);
        }

        public Settings withKernel(Kernel k) {
            return new Settings(k, mean, starts, maxEvaluations, seed);
        }

        public Settings withMean(MeanFunction m) {
            return new Settings(kernel, m, starts, maxEvaluations, seed);
        }

        public Settings withStarts(int s) {
            return new Settings(kernel, mean, s, maxEvaluations, seed);
        }
    }

    private final ParameterSpace space;
    private final Kernel kernel;
    private final MeanFunction meanFunction;
    private final Hyperparameters hyper;
    private final double nugget;
    final Factor factor;

    private GaussianProcessEmulator(ParameterSpace space, Kernel kernel, MeanFunction meanFunction, Hyperparameters hyper,
            double nugget, Factor factor) {
        this.space = space;
        this.kernel = kernel;
        this.meanFunction = meanFunction;
        this.hyper = hyper;
        this.nugget = nugget;
        this.factor = factor;
    }

    /**
     * Fits hyperparameters by maximum marginal likelihood.
     *
     * @param space    the parameter ranges that define the unit cube
     * @param x        design points in the simulator's units, each {@code space.dimension()} values
     * @param y        the output at each design point (for a stochastic simulator the replicate mean)
     * @param nugget   the variance of each y about the simulator's expected output, at least 0
     * @param settings kernel, mean function, optimiser starts and seed
     * @throws IllegalArgumentException on a bad argument, naming it
     */
    public static GaussianProcessEmulator fit(ParameterSpace space, double[][] x, double[] y, double nugget, Settings settings) {
        if (settings == null) throw new IllegalArgumentException("settings: got null, expected fit settings");
        Data data = Data.of(space, x, y, nugget, settings.mean());
        int d = space.dimension();
        double scale = data.outputScale();
        double[] lo = new double[d + 1];
        double[] hi = new double[d + 1];
        Arrays.fill(lo, 0, d, Math.log(MIN_LENGTH_SCALE));
        Arrays.fill(hi, 0, d, Math.log(MAX_LENGTH_SCALE));
        lo[d] = Math.log(MIN_SIGNAL * scale);
        hi[d] = Math.log(MAX_SIGNAL * scale);
        java.util.function.ToDoubleFunction<double[]> objective = theta -> {
            for (int j = 0; j <= d; j++) if (!(theta[j] >= lo[j] && theta[j] <= hi[j])) return Double.POSITIVE_INFINITY;
            Factor f = Factor.of(data, settings.kernel(), hyperparameters(theta), nugget);
            return f == null ? Double.POSITIVE_INFINITY : -f.logMarginalLikelihood;
        };
        SplittableRandom random = new SplittableRandom(settings.seed());
        double[] best = null;
        double bestValue = Double.POSITIVE_INFINITY;
        for (int s = 0; s < settings.starts(); s++) {
            double[] start = new double[d + 1];
            for (int j = 0; j < d; j++) start[j] = s == 0 ? Math.log(0.3) : Math.log(0.05) + random.nextDouble() * Math.log(2 / 0.05);
            start[d] = Math.log(scale) + (s == 0 ? 0 : (random.nextDouble() * 2 - 1) * Math.log(10));
            NelderMead.Result r = NelderMead.minimise(objective, start, 0.7, settings.maxEvaluations(), 1e-9);
            if (r.value() < bestValue) {
                bestValue = r.value();
                best = r.point();
            }
        }
        if (best == null) {
            throw new IllegalStateException("no hyperparameters gave a positive definite covariance matrix from "
                    + settings.starts() + " starts; check the design for repeated points and the outputs for extreme values");
        }
        Hyperparameters h = hyperparameters(best);
        return new GaussianProcessEmulator(space, settings.kernel(), settings.mean(), h, nugget, Factor.of(data, settings.kernel(), h, nugget));
    }

    /**
     * An emulator with the given hyperparameters; only the regression coefficients are estimated.
     *
     * @throws IllegalArgumentException on a bad argument, or a covariance matrix that is not
     *                                  positive definite, naming it
     */
    public static GaussianProcessEmulator withHyperparameters(ParameterSpace space, double[][] x, double[] y, double nugget,
            Kernel kernel, MeanFunction mean, Hyperparameters hyperparameters) {
        if (kernel == null) throw new IllegalArgumentException("kernel: got null, expected one of " + Arrays.toString(Kernel.values()));
        if (hyperparameters == null) throw new IllegalArgumentException("hyperparameters: got null");
        Data data = Data.of(space, x, y, nugget, mean);
        if (hyperparameters.lengthScales.length != space.dimension()) {
            throw new IllegalArgumentException("length scales: got " + hyperparameters.lengthScales.length + ", expected "
                    + space.dimension() + ", one per input");
        }
        Factor f = Factor.of(data, kernel, hyperparameters, nugget);
        if (f == null) throw new IllegalArgumentException("covariance matrix is not positive definite with " + hyperparameters);
        return new GaussianProcessEmulator(space, kernel, mean, hyperparameters, nugget, f);
    }

    private static Hyperparameters hyperparameters(double[] theta) {
        int d = theta.length - 1;
        double[] l = new double[d];
        for (int j = 0; j < d; j++) l[j] = Math.exp(theta[j]);
        return new Hyperparameters(l, Math.exp(theta[d]));
    }

    /**
     * The posterior of the simulator's expected output at x: the mean h(u)ᵀβ̂ + k(u)ᵀK⁻¹(y - Hβ̂),
     * and the variance of the Gaussian process part plus the uncertainty of the generalised least
     * squares coefficients β̂ (Rasmussen and Williams, eq. 2.42). The variance excludes the nugget:
     * it is the uncertainty about the expected output, not about one more run.
     */
    @Override
    public Prediction predict(double[] x) {
        Check.point("prediction point", x, space.dimension());
        double[] u = space.toUnit(x);
        Factor f = factor;
        int n = f.u.length;
        double[] k = new double[n];
        double mean = 0;
        double[] h = meanFunction.basis(u);
        for (int a = 0; a < h.length; a++) mean += h[a] * f.beta[a];
        for (int i = 0; i < n; i++) {
            k[i] = hyper.signalVariance * kernel.correlation(u, f.u[i], hyper.lengthScales);
            mean += k[i] * f.alpha[i];
        }
        RealVector kv = new ArrayRealVector(k, false);
        RealVector kinvK = f.solver.solve(kv);
        double variance = hyper.signalVariance - kv.dotProduct(kinvK);
        RealVector rr = new ArrayRealVector(h, false).subtract(f.kinvHT.operate(kv));
        variance += rr.dotProduct(f.solverA.solve(rr));
        return new Prediction(mean, Math.max(0, variance));
    }

    /**
     * @return the generalised least squares regression coefficients in the simulator's units:
     *         the intercept, then (for a linear mean) one slope per input
     */
    public double[] meanCoefficients() {
        double[] b = factor.beta.clone();
        if (meanFunction == MeanFunction.LINEAR) {
            for (int j = 0; j < space.dimension(); j++) {
                double width = space.upper(j) - space.lower(j);
                b[j + 1] = factor.beta[j + 1] / width;
                b[0] -= b[j + 1] * space.lower(j);
            }
        }
        return b;
    }

    /** @return the log marginal likelihood of the training outputs at these hyperparameters */
    public double logMarginalLikelihood() {
        return factor.logMarginalLikelihood;
    }

    public Hyperparameters hyperparameters() {
        return hyper;
    }

    /** @return the nugget the caller gave */
    public double nugget() {
        return nugget;
    }

    /** @return the nugget used: the caller's, or {@link #NUGGET_FLOOR} σ² if larger */
    public double effectiveNugget() {
        return factor.effectiveNugget;
    }

    public Kernel kernel() {
        return kernel;
    }

    public MeanFunction meanFunction() {
        return meanFunction;
    }

    public ParameterSpace space() {
        return space;
    }

    @Override
    public int dimension() {
        return space.dimension();
    }

    /** @return the number of design points */
    public int size() {
        return factor.u.length;
    }

    /** @return design point i in the simulator's units */
    public double[] designPoint(int i) {
        return space.fromUnit(factor.u[i]);
    }

    /** @return the training outputs */
    public double[] outputs() {
        return factor.y.clone();
    }

    /** Checked training data in the unit cube. */
    record Data(double[][] u, double[] y, double[][] h, MeanFunction mean) {

        static Data of(ParameterSpace space, double[][] x, double[] y, double nugget, MeanFunction mean) {
            if (space == null) throw new IllegalArgumentException("parameter space: got null, expected the parameters' ranges");
            if (mean == null) throw new IllegalArgumentException("mean function: got null, expected one of " + Arrays.toString(MeanFunction.values()));
            Check.nonNegative("nugget", nugget);
            double[][] pts = Check.points("design", x, space.dimension());
            double[] out = Check.values("outputs", y, pts.length);
            int min = mean.terms(space.dimension()) + 1;
            if (pts.length < min) {
                throw new IllegalArgumentException("design: got " + pts.length + " points, expected at least " + min + " for a "
                        + mean.name().toLowerCase() + " mean in " + space.dimension() + " inputs");
            }
            double[][] u = new double[pts.length][];
            double[][] h = new double[pts.length][];
            for (int i = 0; i < pts.length; i++) {
                u[i] = space.toUnit(pts[i]);
                h[i] = mean.basis(u[i]);
            }
            return new Data(u, out, h, mean);
        }

        /** The sample variance of the outputs, or 1 if they are all equal. */
        double outputScale() {
            double m = 0;
            for (double v : y) m += v;
            m /= y.length;
            double ss = 0;
            for (double v : y) ss += (v - m) * (v - m);
            double var = ss / (y.length - 1);
            return var > 0 ? var : 1.0;
        }
    }

    /** The Cholesky factors and solves behind a fit at fixed hyperparameters. */
    static final class Factor {
        final double[][] u;
        final double[] y;
        final RealMatrix h;
        final DecompositionSolver solver;
        final RealMatrix kinvH;
        final RealMatrix kinvHT;
        final DecompositionSolver solverA;
        final double[] beta;
        final double[] alpha;
        final double effectiveNugget;
        final double logMarginalLikelihood;

        private Factor(double[][] u, double[] y, RealMatrix h, DecompositionSolver solver, RealMatrix kinvH,
                DecompositionSolver solverA, double[] beta, double[] alpha, double effectiveNugget, double logMarginalLikelihood) {
            this.u = u;
            this.y = y;
            this.h = h;
            this.solver = solver;
            this.kinvH = kinvH;
            this.kinvHT = kinvH.transpose();
            this.solverA = solverA;
            this.beta = beta;
            this.alpha = alpha;
            this.effectiveNugget = effectiveNugget;
            this.logMarginalLikelihood = logMarginalLikelihood;
        }

        /** @return the factors, or null if a covariance matrix is not numerically positive definite */
        static Factor of(Data data, Kernel kernel, Hyperparameters hp, double nugget) {
            int n = data.u.length;
            int m = data.h[0].length;
            double s2 = hp.signalVariance;
            double tau2 = Math.max(nugget, NUGGET_FLOOR * s2);
            double[][] k = new double[n][n];
            for (int i = 0; i < n; i++) {
                k[i][i] = s2 + tau2;
                for (int j = 0; j < i; j++) {
                    double c = s2 * kernel.correlation(data.u[i], data.u[j], hp.lengthScales);
                    k[i][j] = c;
                    k[j][i] = c;
                }
            }
            try {
                CholeskyDecomposition chol = new CholeskyDecomposition(new Array2DRowRealMatrix(k, false), 1e-12, 0.0);
                DecompositionSolver solver = chol.getSolver();
                RealMatrix h = new Array2DRowRealMatrix(data.h, true);
                RealMatrix kinvH = solver.solve(h);
                double[][] a = h.transpose().multiply(kinvH).getData();
                for (int i = 0; i < m; i++) for (int j = 0; j < i; j++) a[i][j] = a[j][i] = 0.5 * (a[i][j] + a[j][i]);
                CholeskyDecomposition cholA = new CholeskyDecomposition(new Array2DRowRealMatrix(a, false), 1e-12, 0.0);
                RealVector yv = new ArrayRealVector(data.y, false);
                RealVector kinvY = solver.solve(yv);
                RealVector beta = cholA.getSolver().solve(h.transpose().operate(kinvY));
                RealVector alpha = kinvY.subtract(kinvH.operate(beta));
                RealVector residual = yv.subtract(h.operate(beta));
                double quad = residual.dotProduct(alpha);
                double logDet = 0;
                RealMatrix lt = chol.getLT();
                for (int i = 0; i < n; i++) logDet += 2 * Math.log(lt.getEntry(i, i));
                RealMatrix ltA = cholA.getLT();
                for (int i = 0; i < m; i++) logDet += 2 * Math.log(ltA.getEntry(i, i));
                double ll = -0.5 * quad - 0.5 * logDet - 0.5 * (n - m) * Math.log(2 * Math.PI);
                if (!Double.isFinite(ll)) return null;
                return new Factor(data.u, data.y, h, solver, kinvH, cholA.getSolver(), beta.toArray(), alpha.toArray(), tau2, ll);
            } catch (MathIllegalArgumentException e) {
                return null;
            }
        }
    }
}
