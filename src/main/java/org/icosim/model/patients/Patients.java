package org.icosim.model.patients;

import java.util.Arrays;

import org.icosim.model.world.Practice;

/**
 * The patient agents of one economy as a struct of arrays: no object per patient (MODEL.md
 * section 3). Index {@code i} is one agent standing for {@code patientScale} real patients.
 * Removal swaps the last agent into the hole, so indices are not stable across months.
 *
 * <p>Registration changes go through {@link #register} so that each practice's list count and
 * case mix always equal what the arrays say: patients are never lost or counted twice.
 * About 16 bytes an agent: 57 million fit in under 1 GiB.
 */
public final class Patients implements java.io.Serializable {

    private int size;
    private int[] practice;
    private float[] x;
    private float[] y;
    private byte[] age;
    private byte[] birthMonth;
    private byte[] tier;
    private byte[] unmetMonths;

    public Patients(int capacity) {
        int c = Math.max(16, capacity);
        practice = new int[c];
        x = new float[c];
        y = new float[c];
        age = new byte[c];
        birthMonth = new byte[c];
        tier = new byte[c];
        unmetMonths = new byte[c];
    }

    public int size() {
        return size;
    }

    public int practiceOf(int i) { return practice[i]; }
    public int ageOf(int i) { return age[i]; }
    public int tierOf(int i) { return tier[i]; }
    public float xOf(int i) { return x[i]; }
    public float yOf(int i) { return y[i]; }
    public int unmetMonthsOf(int i) { return unmetMonths[i]; }

    /** Adds an agent registered at {@code p}; returns its index. */
    public int add(Practice p, float px, float py, int ageYears, int birthMonthOfYear, int riskTier) {
        if (size == practice.length) grow();
        int i = size++;
        practice[i] = p.id();
        x[i] = px;
        y[i] = py;
        age[i] = (byte) Math.min(ageYears, 120);
        birthMonth[i] = (byte) birthMonthOfYear;
        tier[i] = (byte) riskTier;
        unmetMonths[i] = 0;
        p.addPatient(Demography.cell(ageYears, riskTier));
        return i;
    }

    /** Removes agent {@code i} (death, emigration); the last agent takes its index. */
    public void remove(int i, Practice registeredAt) {
        registeredAt.removePatient(Demography.cell(age[i], tier[i]));
        int last = --size;
        if (i != last) {
            practice[i] = practice[last];
            x[i] = x[last];
            y[i] = y[last];
            age[i] = age[last];
            birthMonth[i] = birthMonth[last];
            tier[i] = tier[last];
            unmetMonths[i] = unmetMonths[last];
        }
    }

    /** Moves agent {@code i} from its practice to {@code to}. */
    public void register(int i, Practice from, Practice to) {
        int cell = Demography.cell(age[i], tier[i]);
        from.removePatient(cell);
        to.addPatient(cell);
        practice[i] = to.id();
        unmetMonths[i] = 0;
    }

    /** Changes age and tier of agent {@code i}, keeping its practice's case mix right. */
    public void setAgeAndTier(int i, Practice registeredAt, int newAge, int newTier) {
        int before = Demography.cell(age[i], tier[i]);
        int after = Demography.cell(newAge, newTier);
        age[i] = (byte) Math.min(newAge, 120);
        tier[i] = (byte) newTier;
        if (before != after) {
            registeredAt.movePatient(before, after);
        }
    }

    /** 8.3: the agent's run of months with an unmet request. */
    void setUnmetMonths(int i, int months) {
        unmetMonths[i] = (byte) months;
    }

    /** Indices of the agents registered at practice {@code practiceId}, ascending. */
    public int[] indicesAt(int practiceId) {
        int count = 0;
        final int n = size;
        for (int i = 0; i < n; i++) if (practice[i] == practiceId) count++;
        int[] out = new int[count];
        int k = 0;
        for (int i = 0; i < n; i++) if (practice[i] == practiceId) out[k++] = i;
        return out;
    }

    // The patient loop's direct access: the arrays themselves (valid until the next add).
    int[] practiceArray() { return practice; }
    byte[] ageArray() { return age; }
    byte[] tierArray() { return tier; }
    byte[] birthMonthArray() { return birthMonth; }
    byte[] unmetMonthsArray() { return unmetMonths; }

    private void grow() {
        int c = practice.length + (practice.length >> 2) + 16;
        practice = Arrays.copyOf(practice, c);
        x = Arrays.copyOf(x, c);
        y = Arrays.copyOf(y, c);
        age = Arrays.copyOf(age, c);
        birthMonth = Arrays.copyOf(birthMonth, c);
        tier = Arrays.copyOf(tier, c);
        unmetMonths = Arrays.copyOf(unmetMonths, c);
    }
}
