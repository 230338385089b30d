package org.icosim.model.world;

import java.util.Arrays;

/**
 * What the patient loop (ODD 8.3) reads and writes per practice, as primitive arrays indexed by
 * practice id: the one record of each practice's access probability, switch target and the month's
 * counts (a {@link Practice} reads its access from here). The loop runs over millions of patient
 * agents, so it reads arrays, not objects.
 */
public final class PracticeSignals implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    /** Probability that one appointment request is met this month (8.4); 1 for a practice that ended. */
    public double[] access = new double[0];
    /** The neighbour unhappy patients would switch to (8.7), or -1. */
    public int[] switchTarget = new int[0];
    /** This month's appointment requests, requests met, A&E attendances and emergency admissions (agents). */
    public int[] demand = new int[0];
    public int[] met = new int[0];
    public int[] ae = new int[0];
    public int[] admissions = new int[0];
    /** Multipliers on the admission and A&E rates of enrolled patients: 1 unless the practice is in an operating ICO (8.19). */
    public double[] enrolledAdmissionFactor = new double[0];
    public double[] enrolledAeFactor = new double[0];

    /** Sizes the arrays for {@code practices} practices, at their starting values. */
    public void allocate(int practices) {
        access = new double[practices];
        Arrays.fill(access, 1);
        switchTarget = new int[practices];
        Arrays.fill(switchTarget, -1);
        demand = new int[practices];
        met = new int[practices];
        ae = new int[practices];
        admissions = new int[practices];
        enrolledAdmissionFactor = new double[practices];
        Arrays.fill(enrolledAdmissionFactor, 1);
        enrolledAeFactor = new double[practices];
        Arrays.fill(enrolledAeFactor, 1);
    }

    /** Start of month: the month's counts start at zero. */
    public void clearCounts() {
        Arrays.fill(demand, 0);
        Arrays.fill(met, 0);
        Arrays.fill(ae, 0);
        Arrays.fill(admissions, 0);
    }

    /** Nobody may switch to or from practice {@code id} once it has ended. */
    public void forgetSwitchTargets(int id) {
        for (int i = 0; i < switchTarget.length; i++) if (switchTarget[i] == id || i == id) switchTarget[i] = -1;
    }
}
