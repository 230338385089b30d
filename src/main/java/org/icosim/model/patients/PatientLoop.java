package org.icosim.model.patients;

import java.util.List;

import org.icosim.model.parameters.Parameters;
import org.icosim.model.world.Economy;
import org.icosim.model.world.ModelRandom;
import org.icosim.model.world.Practice;
import org.icosim.model.world.PracticeSignals;
import org.icosim.model.world.World;

/**
 * ODD 8.3, the patient loop: each month, over each economy's patient arrays, demand for
 * appointments and whether they are met, deaths, emergency admissions and A&E attendances,
 * switching practice after sustained poor access, ageing; then births and new registrations.
 *
 * <p>Order does not matter inside the loop: every patient reads practice-level probabilities fixed
 * before the loop (access from last month's capacity and case mix), so no patient's outcome
 * depends on who went first, and the loop needs no shuffling. Tight and allocation-free: it runs
 * over up to 64 million agents.
 */
public final class PatientLoop implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private final World world;
    private final double aeUnmet;
    private final int switchAfter;
    private final double switchProbability;
    private final int enrolledTier;
    private int threads = 1;
    private transient java.util.concurrent.ExecutorService pool;
    private transient Practice[] practiceArray;

    public PatientLoop(World world) {
        this.world = world;
        Parameters p = world.params();
        aeUnmet = 1 + p.get(Parameters.AE_UNMET_EFFECT);
        switchAfter = p.getInt(Parameters.SWITCH_AFTER_MONTHS);
        switchProbability = p.get(Parameters.SWITCH_PROBABILITY);
        enrolledTier = Demography.lowestEnrolledTier(p);
    }

    /**
     * Phase 1: every economy's patients. Economies are independent here (each has its own stream,
     * practices and patients, and the loop writes only to its own practices' signals), so with
     * more than one thread they run side by side with results identical to one thread.
     */
    public void step() {
        final List<Economy> economies = world.economies();
        Practice[] all = practices();
        if (threads <= 1 || economies.size() < 2) {
            for (Economy e : economies) step(e, all);
            return;
        }
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        java.util.List<java.util.concurrent.Callable<Void>> tasks = new java.util.ArrayList<>(threads);
        for (int t = 0; t < threads; t++) {
            tasks.add(() -> {
                for (int k = next.getAndIncrement(); k < economies.size(); k = next.getAndIncrement()) step(economies.get(k), all);
                return null;
            });
        }
        try {
            for (java.util.concurrent.Future<Void> f : pool().invokeAll(tasks)) f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during the patient loop", e);
        } catch (java.util.concurrent.ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException) throw (RuntimeException) cause;
            if (cause instanceof Error) throw (Error) cause;
            throw new IllegalStateException(cause);
        }
    }

    /** Runs the loop over economies on {@code n} threads (1: on the caller's); results do not depend on it. */
    public void setThreads(int n) {
        if (n < 1) throw new IllegalArgumentException("threads must be at least 1 (" + n + ")");
        if (n != threads && pool != null) {
            pool.shutdown();
            pool = null;
        }
        threads = n;
    }

    private java.util.concurrent.ExecutorService pool() {
        if (pool == null) {
            pool = java.util.concurrent.Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "icosim-patients");
                t.setDaemon(true);
                return t;
            });
        }
        return pool;
    }

    private Practice[] practices() {
        if (practiceArray == null || practiceArray.length != world.practices().size()) {
            practiceArray = world.practices().toArray(new Practice[0]);
        }
        return practiceArray;
    }

    /** One economy's month. */
    public void step(Economy economy) {
        step(economy, practices());
    }

    private void step(Economy economy, Practice[] all) {
        final Patients pt = economy.patients();
        final PatientRates rates = world.rates();
        final PracticeSignals signals = world.signals();
        final int[] practiceOf = pt.practiceArray();
        final byte[] ageOf = pt.ageArray();
        final byte[] tierOf = pt.tierArray();
        final byte[] birthMonthOf = pt.birthMonthArray();
        final byte[] unmetOf = pt.unmetMonthsArray();
        final byte[] bandOf = Demography.AGE_TO_BAND;
        final double[] death = rates.deathPerMonth;
        final double[] admission = rates.admissionPerMonth;
        final double[] aeRate = rates.aePerMonth;
        final double[] demandRate = rates.demandPerMonth;
        final double[] access = signals.access;
        final int[] switchTarget = signals.switchTarget;
        final int[] demand = signals.demand;
        final int[] met = signals.met;
        final int[] ae = signals.ae;
        final int[] admissions = signals.admissions;
        final double[] enrolledAdmission = signals.enrolledAdmissionFactor;
        final double[] enrolledAe = signals.enrolledAeFactor;
        final int enrolledTier = this.enrolledTier;
        final double aeUnmet = this.aeUnmet;
        final int switchAfter = this.switchAfter;
        final double switchProbability = this.switchProbability;
        final int monthOfYear = world.calendar().monthOfYear();
        final PatientRandom rng = economy.random();
        // The economy's xoshiro256** state, kept in locals through the loop and written back after
        // it: each draw below is PatientRandom.nextDouble() written out, the same numbers in the
        // same order.
        long s0 = rng.s0;
        long s1 = rng.s1;
        long s2 = rng.s2;
        long s3 = rng.s3;
        long r;
        long t;
        long deaths = 0;
        long switches = 0;

        for (int i = pt.size() - 1; i >= 0; i--) {
            final int p = practiceOf[i];
            final int age = ageOf[i];
            final int tier = tierOf[i];
            final int cell = bandOf[age] * Demography.TIERS + tier;

            // Demand: the whole part of the monthly rate for sure, the fraction by chance.
            final double lambda = demandRate[cell];
            int requests = (int) lambda;
            r = Long.rotateLeft(s1 * 5, 7) * 9; t = s1 << 17; s2 ^= s0; s3 ^= s1; s1 ^= s2; s0 ^= s3; s2 ^= t; s3 = Long.rotateLeft(s3, 45);
            if ((r >>> 11) * 0x1.0p-53 < lambda - requests) requests++;
            boolean unmet = false;
            if (requests > 0) {
                final double pMet = access[p];
                int metHere = 0;
                for (int q = 0; q < requests; q++) {
                    r = Long.rotateLeft(s1 * 5, 7) * 9; t = s1 << 17; s2 ^= s0; s3 ^= s1; s1 ^= s2; s0 ^= s3; s2 ^= t; s3 = Long.rotateLeft(s3, 45);
                    if ((r >>> 11) * 0x1.0p-53 < pMet) metHere++;
                }
                demand[p] += requests;
                met[p] += metHere;
                unmet = metHere < requests;
            }

            // One draw for the month's exclusive events: death, emergency admission, A&E.
            r = Long.rotateLeft(s1 * 5, 7) * 9; t = s1 << 17; s2 ^= s0; s3 ^= s1; s1 ^= s2; s0 ^= s3; s2 ^= t; s3 = Long.rotateLeft(s3, 45);
            final double v = (r >>> 11) * 0x1.0p-53;
            final double qDeath = death[cell];
            if (v < qDeath) {
                pt.remove(i, all[p]);
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
                    if (target >= 0) {
                        r = Long.rotateLeft(s1 * 5, 7) * 9; t = s1 << 17; s2 ^= s0; s3 ^= s1; s1 ^= s2; s0 ^= s3; s2 ^= t; s3 = Long.rotateLeft(s3, 45);
                        if ((r >>> 11) * 0x1.0p-53 < switchProbability) {
                            pt.register(i, all[p], all[target]);
                            switches++;
                        }
                    }
                }
            } else if (requests > 0) {
                unmetOf[i] = 0;
            }

            if (birthMonthOf[i] == monthOfYear) {
                final int older = age + 1;
                final int band = bandOf[older > 127 ? 127 : older];
                int newTier = Demography.LOW;
                if (Demography.adultBand(band)) {
                    r = Long.rotateLeft(s1 * 5, 7) * 9; t = s1 << 17; s2 ^= s0; s3 ^= s1; s1 ^= s2; s0 ^= s3; s2 ^= t; s3 = Long.rotateLeft(s3, 45);
                    newTier = rates.drawTier(band, (r >>> 11) * 0x1.0p-53);
                }
                pt.setAgeAndTier(i, all[practiceOf[i]], older, newTier);
            }
        }
        rng.s0 = s0;
        rng.s1 = s1;
        rng.s2 = s2;
        rng.s3 = s3;
        economy.countFlows(0, deaths, 0, 0, switches);
        addNewPatients(economy, rates, all, monthOfYear);
    }

    /**
     * Births register at the practice of a random patient of child-bearing age (the mother's
     * practice, near her home); new registrations (migration, list inflation) at the practice of a
     * random patient, as people settle where people already live.
     */
    private static void addNewPatients(Economy economy, PatientRates rates, Practice[] all, int monthOfYear) {
        final Patients pt = economy.patients();
        final PatientRandom rng = economy.random();
        int n = pt.size();
        if (n == 0) return;
        long births = 0;
        long arrivals = 0;
        long departures = 0;
        int newborns = ModelRandom.stochasticRound(rng, n * rates.birthPerMonth);
        for (int b = 0; b < newborns; b++) {
            int mother = rng.nextInt(n);
            for (int tries = 0; tries < 20 && Demography.band(pt.ageOf(mother)) != 2; tries++) mother = rng.nextInt(n);
            Practice p = all[pt.practiceOf(mother)];
            pt.add(p, pt.xOf(mother) + 0.3f * rng.nextGaussianFloat(), pt.yOf(mother) + 0.3f * rng.nextGaussianFloat(),
                    0, monthOfYear, Demography.LOW);
            births++;
        }
        double inflow = n * rates.registrationPerMonth;
        if (inflow >= 0) {
            int count = ModelRandom.stochasticRound(rng, inflow);
            for (int k = 0; k < count; k++) {
                int neighbour = rng.nextInt(n);
                Practice p = all[pt.practiceOf(neighbour)];
                int age = 18 + rng.nextInt(27);
                int tier = rates.drawTier(Demography.band(age), rng.nextDouble());
                pt.add(p, pt.xOf(neighbour) + rng.nextGaussianFloat(), pt.yOf(neighbour) + rng.nextGaussianFloat(),
                        age, rng.nextInt(12), tier);
                arrivals++;
            }
        } else {
            int count = ModelRandom.stochasticRound(rng, -inflow);
            for (int k = 0; k < count && pt.size() > 0; k++) {
                int i = rng.nextInt(pt.size());
                pt.remove(i, all[pt.practiceOf(i)]);
                departures++;
            }
        }
        economy.countFlows(births, 0, arrivals, departures, 0);
    }
}
