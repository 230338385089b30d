package org.icosim.model;

import java.util.List;

import org.icosim.model.parameters.Parameters;
import org.icosim.model.patients.PatientRandom;
import org.icosim.model.patients.Patients;
import org.icosim.model.world.Economy;
import org.icosim.model.world.ModelRandom;
import org.icosim.model.world.Practice;
import org.icosim.model.world.Trust;
import org.icosim.model.world.TrustKind;
import org.icosim.model.world.World;

/**
 * Builds the April 2015 world of MODEL.md section 9 from the parameters: economies laid out on a
 * grid, towns, trusts at town centres, practices scattered around towns with log-normal list
 * sizes (fitted to the mean and the share under 5,000), patients around their practice, and the
 * workforce: partners in proportion to list size (so the smallest practices are single-handed),
 * salaried GPs and locums, and registrars at evenly spread stages of training.
 */
final class WorldBuilder {

    /** Lists are drawn within these bounds (patients); the log-normal tail is cut there. */
    static final double MIN_LIST = 300;
    static final double MAX_LIST = 60000;

    private final World world;
    private final Submodels sub;
    private final Parameters p;
    private final ModelRandom random;
    private final Initialisation init;

    WorldBuilder(Submodels sub) {
        this.sub = sub;
        this.world = sub.world;
        this.p = world.params();
        this.random = world.random();
        this.init = new Initialisation(sub);
    }

    void build() {
        int economies = p.getInt(Parameters.ECONOMIES);
        int practiceCount = p.getInt(Parameters.PRACTICES);
        int trustCount = p.getInt(Parameters.TRUSTS);
        if (practiceCount < economies) {
            throw new IllegalArgumentException("practices (" + practiceCount + ") must be at least economies (" + economies + ")");
        }
        if (trustCount < economies) {
            throw new IllegalArgumentException("trusts (" + trustCount + ") must be at least economies (" + economies + "): every economy needs an acute trust");
        }
        double side = p.get(Parameters.ECONOMY_SIDE_KM);
        int columns = (int) Math.ceil(Math.sqrt(economies));
        double meanList = p.get(Parameters.MEAN_LIST_SIZE);
        int scale = world.patientScale();
        long expectedAgents = Math.round(practiceCount * meanList / scale);

        for (int e = 0; e < economies; e++) {
            double ox = (e % columns) * side;
            double oy = (e / columns) * side;
            int towns = p.getInt(Parameters.TOWNS_PER_ECONOMY);
            double[] tx = new double[towns];
            double[] ty = new double[towns];
            for (int t = 0; t < towns; t++) {
                tx[t] = ox + side * (0.15 + 0.7 * random.nextDouble());
                ty[t] = oy + side * (0.15 + 0.7 * random.nextDouble());
            }
            int capacity = (int) Math.min(Integer.MAX_VALUE - 64, expectedAgents / economies * 1.3 + 64);
            world.addEconomy(new Economy(e, ox, oy, side, tx, ty, new Patients(capacity), new PatientRandom(random.nextLong())));
        }
        buildTrusts(trustCount);
        buildPractices(practiceCount);
        world.signals().allocate(world.practices().size());
        buildPatients();
        init.tie();
        buildWorkforce();
        sub.practicePhase();
    }

    private static int shareOf(int total, int parts, int index) {
        return total / parts + (index < total % parts ? 1 : 0);
    }

    private void buildTrusts(int trustCount) {
        double acuteShare = p.get(Parameters.ACUTE_TRUST_SHARE);
        int id = 0;
        for (Economy e : world.economies()) {
            int n = shareOf(trustCount, world.economies().size(), e.id());
            int acute = Math.max(1, (int) Math.round(n * acuteShare));
            for (int k = 0; k < n; k++) {
                int town = k % e.towns();
                double x = e.townX(town) + 0.5 * random.nextGaussian();
                double y = e.townY(town) + 0.5 * random.nextGaussian();
                world.addTrust(new Trust(id++, e, x, y, k < acute ? TrustKind.ACUTE : TrustKind.COMMUNITY));
            }
        }
    }

    private void buildPractices(int practiceCount) {
        double spread = p.get(Parameters.TOWN_SPREAD_KM);
        int id = 0;
        for (Economy e : world.economies()) {
            int n = shareOf(practiceCount, world.economies().size(), e.id());
            int towns = e.towns();
            // Town sizes follow Zipf's law: the first town is the economy's city.
            double[] townWeight = new double[towns];
            double sum = 0;
            for (int t = 0; t < towns; t++) sum += townWeight[t] = 1.0 / (t + 1);
            for (int k = 0; k < n; k++) {
                double u = random.nextDouble() * sum;
                int town = 0;
                while (town < towns - 1 && u >= townWeight[town]) u -= townWeight[town++];
                double x = clamp(e.townX(town) + spread * random.nextGaussian(), e.originX(), e.originX() + e.side());
                double y = clamp(e.townY(town) + spread * random.nextGaussian(), e.originY(), e.originY() + e.side());
                world.addPractice(init.newPractice(id++, e, x, y));
            }
        }
    }

    private static double clamp(double v, double lo, double hi) {
        return v < lo ? lo : v > hi ? hi : v;
    }

    /**
     * Log-normal list sizes: with mean m and share s under 5,000, sigma solves
     * sigma^2/2 + z*sigma - ln(m/5000) = 0 where z = -Phi^-1(s), and mu = ln m - sigma^2/2.
     */
    static double[] listSizeDistribution(double mean, double shareUnder5000) {
        double z = -inverseNormal(shareUnder5000);
        double c = StrictMath.log(mean / 5000);
        double sigma = -z + StrictMath.sqrt(z * z + 2 * c);
        if (!(sigma > 0.05)) sigma = 0.05;
        double mu = StrictMath.log(mean) - sigma * sigma / 2;
        return new double[] {mu, sigma};
    }

    /** Acklam's rational approximation of the standard normal quantile (error below 1.2e-9). */
    static double inverseNormal(double q) {
        double[] a = {-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02, 1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00};
        double[] b = {-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02, 6.680131188771972e+01, -1.328068155288572e+01};
        double[] c = {-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00, -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00};
        double[] d = {7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00};
        double low = 0.02425;
        if (q < low) {
            double r = StrictMath.sqrt(-2 * StrictMath.log(q));
            return (((((c[0] * r + c[1]) * r + c[2]) * r + c[3]) * r + c[4]) * r + c[5]) / ((((d[0] * r + d[1]) * r + d[2]) * r + d[3]) * r + 1);
        }
        if (q > 1 - low) {
            double r = StrictMath.sqrt(-2 * StrictMath.log(1 - q));
            return -(((((c[0] * r + c[1]) * r + c[2]) * r + c[3]) * r + c[4]) * r + c[5]) / ((((d[0] * r + d[1]) * r + d[2]) * r + d[3]) * r + 1);
        }
        double r = q - 0.5;
        double s = r * r;
        return (((((a[0] * s + a[1]) * s + a[2]) * s + a[3]) * s + a[4]) * s + a[5]) * r / (((((b[0] * s + b[1]) * s + b[2]) * s + b[3]) * s + b[4]) * s + 1);
    }

    private void buildPatients() {
        double[] dist = listSizeDistribution(p.get(Parameters.MEAN_LIST_SIZE), p.get(Parameters.LIST_SHARE_UNDER_5000));
        init.beginPatients();
        for (Practice pr : world.practices()) {
            double list;
            do {
                list = StrictMath.exp(dist[0] + dist[1] * random.nextGaussian());
            } while (list < MIN_LIST || list > MAX_LIST);
            init.populate(pr, list);
        }
        init.endPatients();
    }

    private void buildWorkforce() {
        double perPartner = p.get(Parameters.PATIENTS_PER_PARTNER);
        double perSalaried = p.get(Parameters.PATIENTS_PER_SALARIED);
        int scale = world.patientScale();
        init.populationShares();

        // Partners = round((list - offset) / step), at least one. Two conditions fix offset and
        // step: rounding gives one partner exactly below the list-size quantile of the
        // single-handed share (offset + 1.5 step = that quantile; C5: about 11%), and the mean is
        // meanList / patientsPerPartner (G1, P5: 24,491 partners for 57.1M patients).
        double[] dist = listSizeDistribution(p.get(Parameters.MEAN_LIST_SIZE), p.get(Parameters.LIST_SHARE_UNDER_5000));
        double singleHandedBelow = StrictMath.exp(dist[0] + dist[1] * inverseNormal(Math.max(1e-6, p.get(Parameters.SINGLE_HANDED_SHARE))));
        double meanList = p.get(Parameters.MEAN_LIST_SIZE);
        double meanPartners = meanList / perPartner;
        double step = meanPartners > 1.5 ? (meanList - singleHandedBelow) / (meanPartners - 1.5) : meanList;
        double offset = singleHandedBelow - 1.5 * step;
        for (Practice pr : world.practices()) {
            double list = (double) pr.listAgents() * scale;
            int partners = Math.max(1, (int) Math.floor((list - offset) / step + 0.5));
            for (int k = 0; k < partners; k++) init.hirePartner(pr);
        }
        for (Economy e : world.economies()) {
            List<Practice> prs = e.practices();
            double[] cumulative = Initialisation.cumulativeLists(prs);
            double acc = cumulative.length == 0 ? 0 : cumulative[cumulative.length - 1];
            long patients = (long) (acc * scale);
            int salaried = random.stochasticRound(patients / perSalaried);
            for (int k = 0; k < salaried; k++) init.hireSalaried(init.pickByList(prs, cumulative, acc));
            init.hireLocums(e, prs, cumulative);
        }
        init.enrolRegistrars();
    }
}
