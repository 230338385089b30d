package org.icosim.model;

import java.util.List;

import org.icosim.model.parameters.Parameters;
import org.icosim.model.patients.Demography;
import org.icosim.model.patients.PatientRates;
import org.icosim.model.patients.Patients;
import org.icosim.model.workforce.Entry;
import org.icosim.model.world.Economy;
import org.icosim.model.world.ModelRandom;
import org.icosim.model.world.Practice;
import org.icosim.model.world.Role;
import org.icosim.model.world.World;

/**
 * What every world's builder draws alike (ODD 6), whatever says where the practices are and how
 * big: a practice's premises, its patient agents around it with their ages and risk tiers, its
 * MPIG correction, the starting ages of GPs, the locums placed by list, the registrars, and the
 * ties and first practice phase once everything is in place. The synthetic {@link WorldBuilder}
 * and the {@link RealEnglandBuilder} call it in the same order, so a synthetic world draws exactly
 * what it drew before this was shared.
 */
final class Initialisation {

    /** Standard deviation of a patient agent's position around its practice, km, on each axis. */
    static final double PATIENT_SPREAD_KM = 1.5;

    private final Submodels sub;
    private final World world;
    private final Parameters p;
    private final ModelRandom random;
    private final int scale;
    private PatientRates rates;
    private double[] bandCumulative;
    private long[] cells;

    Initialisation(Submodels sub) {
        this.sub = sub;
        this.world = sub.world;
        this.p = world.params();
        this.random = world.random();
        this.scale = world.patientScale();
    }

    /** A practice of {@code e} at (x, y): owned premises with the owned share, a liability drawn around the parameter. */
    Practice newPractice(int id, Economy e, double x, double y) {
        boolean owns = random.nextDouble() < p.get(Parameters.OWNED_PREMISES_SHARE);
        double liability = p.get(Parameters.PREMISES_LIABILITY) * (owns ? 1 : 0.4) * (0.5 + random.nextDouble());
        return new Practice(id, e, x, y, owns, liability, world.signals());
    }

    /** Before the first {@link #populate}: the tier rates and the age bands' cumulative shares. */
    void beginPatients() {
        rates = PatientRates.tiers(p);
        world.setRates(rates);
        bandCumulative = new double[Demography.BANDS];
        double acc = 0;
        double total = 0;
        for (int b = 0; b < Demography.BANDS; b++) total += Demography.populationShare(b);
        for (int b = 0; b < Demography.BANDS; b++) bandCumulative[b] = acc += Demography.populationShare(b) / total;
        cells = new long[Demography.CELLS];
    }

    /**
     * The patient agents of a practice of {@code list} real patients (stochastic rounding keeps
     * the expected real list whatever the scale): ages by the population's bands, risk tiers by
     * age, positions around the practice; then its MPIG correction, drawn with the MPIG share.
     */
    void populate(Practice pr, double list) {
        double mpigShare = p.get(Parameters.MPIG_SHARE);
        double mpigMean = p.get(Parameters.MPIG_MEAN);
        double globalSum = p.get(Parameters.GLOBAL_SUM);
        int agents = random.stochasticRound(list / scale);
        Patients pt = pr.economy().patients();
        for (int k = 0; k < agents; k++) {
            double u = random.nextDouble();
            int band = 0;
            while (band < Demography.BANDS - 1 && u >= bandCumulative[band]) band++;
            int age = Demography.bandStart(band) + random.nextInt(Demography.bandEnd(band) - Demography.bandStart(band));
            int tier = Demography.adultBand(band) ? rates.drawTier(band, random.nextDouble()) : Demography.LOW;
            float x = (float) (pr.x() + PATIENT_SPREAD_KM * random.nextGaussian());
            float y = (float) (pr.y() + PATIENT_SPREAD_KM * random.nextGaussian());
            pt.add(pr, x, y, age, random.nextInt(12), tier);
            cells[Demography.cell(age, tier)]++;
        }
        if (random.nextDouble() < mpigShare) {
            // Skewed: most corrections are small, a few large; capped at 30% of global sum x
            // list (F15, F16: some up to 30% of income).
            double amount = -mpigMean * StrictMath.log(1 - random.nextDouble());
            pr.setMpig2015(Math.min(amount, 0.3 * globalSum * pr.listAgents() * scale));
        }
    }

    /** After the last {@link #populate}: the tier rates fitted to the case mix drawn. */
    void endPatients() {
        rates.calibrate(p, cells);
    }

    /** Every economy's neighbours and every practice's referral ties, economy by economy. */
    void tie() {
        for (Economy e : world.economies()) {
            sub.neighbours.rebuild(e);
            for (Practice pr : e.practices()) sub.trusts.setReferralTies(pr);
        }
    }

    /** Each economy's share of England's 2015 registered population. */
    void populationShares() {
        for (Economy e : world.economies()) e.setPopulationShare((double) e.patients().size() * scale / World.ENGLAND_PATIENTS_2015);
    }

    /** A partner at the start, its age drawn with the partners' share aged 55 and over. */
    void hirePartner(Practice pr) {
        sub.entry.hireAtStart(pr, Role.PARTNER, drawStartAge(p.get(Parameters.PARTNER_AGE55_SHARE), 33));
    }

    /** A salaried GP at the start, its age drawn with the other GPs' share aged 55 and over. */
    void hireSalaried(Practice pr) {
        sub.entry.hireAtStart(pr, Role.SALARIED, drawStartAge(p.get(Parameters.OTHER_AGE55_SHARE), 29));
    }

    /** Cumulative agent lists of {@code prs}, for {@link #pickByList}. */
    static double[] cumulativeLists(List<Practice> prs) {
        double[] cumulative = new double[prs.size()];
        double acc = 0;
        for (int i = 0; i < prs.size(); i++) cumulative[i] = acc += prs.get(i).listAgents();
        return cumulative;
    }

    /** The locums of economy {@code e} at the start, in proportion to its patients, each at a practice chosen by list. */
    void hireLocums(Economy e, List<Practice> prs, double[] cumulative) {
        double acc = cumulative.length == 0 ? 0 : cumulative[cumulative.length - 1];
        long patients = (long) (acc * scale);
        int locums = random.stochasticRound(patients / 1e6 * p.get(Parameters.LOCUMS_PER_MILLION));
        for (int k = 0; k < locums; k++) {
            Practice pr = pickByList(prs, cumulative, acc);
            sub.entry.hireAtStart(pr, Role.LOCUM, drawStartAge(p.get(Parameters.OTHER_AGE55_SHARE), 29));
        }
    }

    /**
     * Registrars come last: training practices are chosen by their partners, now in place. Each
     * practice reads its staff, then each economy enrols registrars in proportion to its patients,
     * at evenly spread stages of training.
     */
    void enrolRegistrars() {
        Entry w = sub.entry;
        for (Practice pr : world.practices()) sub.capacity.readStaff(pr);
        int months = p.getInt(Parameters.TRAINING_MONTHS);
        for (Economy e : world.economies()) {
            long patients = (long) e.patients().size() * scale;
            int registrars = random.stochasticRound(patients / 1e6 * p.get(Parameters.REGISTRARS_PER_MILLION));
            for (int k = 0; k < registrars; k++) {
                int left = 1 + random.nextInt(months);
                w.enrolRegistrar(e, left);
            }
        }
    }

    Practice pickByList(List<Practice> prs, double[] cumulative, double total) {
        double u = random.nextDouble() * total;
        int lo = 0;
        int hi = cumulative.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] > u) hi = mid; else lo = mid + 1;
        }
        return prs.get(lo);
    }

    /** Age in months: 55-64 with the given share, otherwise from {@code youngest} to 54. */
    int drawStartAge(double share55, int youngest) {
        double years;
        if (random.nextDouble() < share55) {
            // Fewer GPs remain at each year past 55 (retirement).
            years = 55 + 10 * (1 - StrictMath.sqrt(1 - random.nextDouble()));
        } else {
            years = youngest + (55 - youngest) * random.nextDouble();
        }
        return (int) (years * 12);
    }
}
