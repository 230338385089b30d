package org.icosim.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A local health economy: a square region with towns, its practices and trusts, its own GP labour
 * market, and its patients. Each month it runs the patient loop (MODEL.md section 4, step 2) over
 * its patient arrays: deaths, demand for appointments and whether they are met, admissions and
 * A&E attendances, switching practice after sustained poor access, ageing, births and new
 * registrations.
 *
 * <p>Order does not matter inside the loop: every patient reads practice-level probabilities fixed
 * before the loop (access from last month's capacity and case mix), so no patient's outcome depends
 * on who went first, and the loop needs no shuffling.
 */
public final class Economy implements java.io.Serializable {

    private final int id;
    private final double originX;
    private final double originY;
    private final double side;
    final double[] townX;
    final double[] townY;
    final List<Practice> practices = new ArrayList<>();
    final List<Trust> trusts = new ArrayList<>();
    final Patients patients;
    final PatientRandom random;

    /** Share of England's 2015 registered population; national flows are scaled by it. */
    double populationShare;

    // cumulative flows, agents
    long births;
    long deaths;
    long registrationsIn;
    long registrationsOut;
    long switches;

    Economy(int id, double originX, double originY, double side, double[] townX, double[] townY,
            int patientCapacity, long seed) {
        this.id = id;
        this.originX = originX;
        this.originY = originY;
        this.side = side;
        this.townX = townX;
        this.townY = townY;
        this.patients = new Patients(patientCapacity);
        this.random = new PatientRandom(seed);
    }

    public int id() { return id; }
    public double originX() { return originX; }
    public double originY() { return originY; }
    public double side() { return side; }
    public Patients patients() { return patients; }
    public List<Practice> practices() { return Collections.unmodifiableList(practices); }
    public List<Trust> trusts() { return Collections.unmodifiableList(trusts); }
    public long births() { return births; }
    public long deaths() { return deaths; }
    public long registrationsIn() { return registrationsIn; }
    public long registrationsOut() { return registrationsOut; }
    public long switches() { return switches; }

    /** The month's patient loop. Tight and allocation-free: it runs over up to 57M agents. */
    void stepPatients(IcoSim sim) {
        final Patients pt = patients;
        final int[] practiceOf = pt.practice;
        final byte[] ageOf = pt.age;
        final byte[] tierOf = pt.tier;
        final byte[] birthMonthOf = pt.birthMonth;
        final byte[] unmetOf = pt.unmetMonths;
        final double[] death = sim.rates.deathPerMonth;
        final double[] admission = sim.rates.admissionPerMonth;
        final double[] aeRate = sim.rates.aePerMonth;
        final double[] demandRate = sim.rates.demandPerMonth;
        final double[] access = sim.accessProbability;
        final int[] switchTarget = sim.switchTarget;
        final int[] demand = sim.demandCount;
        final int[] met = sim.metCount;
        final int[] ae = sim.aeCount;
        final int[] admissions = sim.admissionCount;
        final double[] enrolledAdmission = sim.enrolledAdmissionFactor;
        final double[] enrolledAe = sim.enrolledAeFactor;
        final int enrolledTier = sim.icoOperations.enrolledTier;
        final double aeUnmet = 1 + sim.aeUnmetEffect;
        final int switchAfter = sim.switchAfterMonths;
        final double switchProbability = sim.switchProbability;
        final int monthOfYear = sim.monthOfYear();
        final List<Practice> all = sim.practiceList();
        final PatientRandom rng = random;

        for (int i = pt.size() - 1; i >= 0; i--) {
            final int p = practiceOf[i];
            final int age = ageOf[i];
            final int tier = tierOf[i];
            final int cell = Demography.band(age) * Demography.TIERS + tier;

            // Demand: the whole part of the monthly rate for sure, the fraction by chance.
            final double lambda = demandRate[cell];
            int requests = (int) lambda;
            if (rng.nextDouble() < lambda - requests) requests++;
            boolean unmet = false;
            if (requests > 0) {
                final double pMet = access[p];
                int metHere = 0;
                for (int r = 0; r < requests; r++) {
                    if (rng.nextDouble() < pMet) metHere++;
                }
                demand[p] += requests;
                met[p] += metHere;
                unmet = metHere < requests;
            }

            // One draw for the month's exclusive events: death, emergency admission, A&E.
            final double v = rng.nextDouble();
            final double qDeath = death[cell];
            if (v < qDeath) {
                pt.remove(i, all.get(p));
                deaths++;
                continue;
            }
            // An ICO's team lowers enrolled patients' admissions and A&E attendances (factors 1 otherwise).
            final boolean enrolled = tier >= enrolledTier;
            final double qAdmission = qDeath + (enrolled ? admission[cell] * enrolledAdmission[p] : admission[cell]);
            final double qAe = enrolled ? aeRate[cell] * enrolledAe[p] : aeRate[cell];
            if (v < qAdmission) {
                admissions[p]++;
            } else if (v < qAdmission + qAe * (unmet ? aeUnmet : 1)) {
                ae[p]++;
            }

            if (unmet) {
                int months = unmetOf[i] + 1;
                if (months > 120) months = 120;
                unmetOf[i] = (byte) months;
                if (months >= switchAfter) {
                    final int target = switchTarget[p];
                    if (target >= 0 && rng.nextDouble() < switchProbability) {
                        pt.register(i, all.get(p), all.get(target));
                        switches++;
                    }
                }
            } else if (requests > 0) {
                unmetOf[i] = 0;
            }

            if (birthMonthOf[i] == monthOfYear) {
                final int older = age + 1;
                final int band = Demography.band(older);
                final int newTier = Demography.adultBand(band) ? sim.rates.drawTier(band, rng.nextDouble()) : Demography.LOW;
                pt.setAgeAndTier(i, all.get(practiceOf[i]), older, newTier);
            }
        }
        addNewPatients(sim, all, monthOfYear);
    }

    /**
     * Births register at the practice of a random patient of child-bearing age (the mother's
     * practice, near her home); new registrations (migration, list inflation) at the practice of a
     * random patient, as people settle where people already live.
     */
    private void addNewPatients(IcoSim sim, List<Practice> all, int monthOfYear) {
        final Patients pt = patients;
        final PatientRandom rng = random;
        int n = pt.size();
        if (n == 0) return;
        int newborns = sim.stochasticRound(rng, n * sim.rates.birthPerMonth);
        for (int b = 0; b < newborns; b++) {
            int mother = rng.nextInt(n);
            for (int tries = 0; tries < 20 && Demography.band(pt.age[mother]) != 2; tries++) mother = rng.nextInt(n);
            Practice p = all.get(pt.practice[mother]);
            pt.add(p, pt.x[mother] + 0.3f * rng.nextGaussianFloat(), pt.y[mother] + 0.3f * rng.nextGaussianFloat(),
                    0, monthOfYear, Demography.LOW);
            births++;
        }
        double inflow = n * sim.rates.registrationPerMonth;
        if (inflow >= 0) {
            int arrivals = sim.stochasticRound(rng, inflow);
            for (int k = 0; k < arrivals; k++) {
                int neighbour = rng.nextInt(n);
                Practice p = all.get(pt.practice[neighbour]);
                int age = 18 + rng.nextInt(27);
                int tier = sim.rates.drawTier(Demography.band(age), rng.nextDouble());
                pt.add(p, pt.x[neighbour] + rng.nextGaussianFloat(), pt.y[neighbour] + rng.nextGaussianFloat(),
                        age, rng.nextInt(12), tier);
                registrationsIn++;
            }
        } else {
            int departures = sim.stochasticRound(rng, -inflow);
            for (int k = 0; k < departures && pt.size() > 0; k++) {
                int i = rng.nextInt(pt.size());
                pt.remove(i, all.get(pt.practice[i]));
                registrationsOut++;
            }
        }
    }

    /** Indices of the patient agents registered at {@code p}, ascending. */
    int[] patientsOf(Practice p) {
        int count = 0;
        final int id = p.id();
        final int[] practiceOf = patients.practice;
        final int n = patients.size();
        for (int i = 0; i < n; i++) if (practiceOf[i] == id) count++;
        int[] out = new int[count];
        int k = 0;
        for (int i = 0; i < n; i++) if (practiceOf[i] == id) out[k++] = i;
        return out;
    }

    /** Open practices of this economy, in creation order. */
    List<Practice> openPractices() {
        List<Practice> out = new ArrayList<>(practices.size());
        for (Practice p : practices) if (p.isOpen()) out.add(p);
        return out;
    }

    /** Acute trusts of this economy, nearest to ({@code px}, {@code py}) first. */
    List<Trust> acuteTrustsByDistance(double px, double py) {
        List<Trust> acute = new ArrayList<>();
        for (Trust t : trusts) if (t.kind() == TrustKind.ACUTE) acute.add(t);
        acute.sort((a, b) -> Double.compare(a.distanceTo(px, py), b.distanceTo(px, py)));
        return acute;
    }

    @Override
    public String toString() {
        return "economy-" + id;
    }
}
