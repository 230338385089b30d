package org.icosim.model.covid;

import org.icosim.model.parameters.Parameters;
import org.icosim.model.world.World;

/**
 * ODD 8.27, Covid's effects on activity: each month from March 2020 (phase 0), with s the month's
 * stringency (8.26), GP appointment requests fall by {@code covidDemandFall x s}, A&E attendances by
 * {@code covidAeFall x s}, emergency admissions by {@code covidAdmissionFall x s} and elective
 * referrals per met appointment by {@code covidReferralFall x s}; a share of the suppressed requests
 * and referrals is deferred into a backlog that returns as restrictions ease. An extra share of
 * appointments is held remotely, which changes the GP time an appointment takes, and some sessions
 * are lost; both enter the capacity factor of {@link CovidState}. Draws no random number.
 */
public final class CovidActivity implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private final World world;
    private final boolean on;
    private final double demandFall;
    private final double aeFall;
    private final double admissionFall;
    private final double referralFall;
    private final double deferredShare;
    private final double release;
    private final double remoteShare;
    private final double remotePersistence;
    private final double remoteTime;
    private final double absence;
    /** Deferred GP requests and elective referrals, in months of their normal rate. */
    private double demandBacklog;
    private double referralBacklog;
    private double peakStringency;

    public CovidActivity(World world) {
        this.world = world;
        Parameters p = world.params();
        on = p.getBoolean(Parameters.COVID);
        demandFall = p.get(Parameters.COVID_DEMAND_FALL);
        aeFall = p.get(Parameters.COVID_AE_FALL);
        admissionFall = p.get(Parameters.COVID_ADMISSION_FALL);
        referralFall = p.get(Parameters.COVID_REFERRAL_FALL);
        deferredShare = p.get(Parameters.COVID_DEFERRED_SHARE);
        release = p.get(Parameters.COVID_BACKLOG_RELEASE);
        remoteShare = p.get(Parameters.COVID_REMOTE_SHARE);
        remotePersistence = p.get(Parameters.COVID_REMOTE_PERSISTENCE);
        remoteTime = p.get(Parameters.COVID_REMOTE_TIME);
        absence = p.get(Parameters.COVID_ABSENCE);
    }

    /**
     * Phase 0: the month's stringency and factors, into the patient rates and {@link CovidState}.
     * Before March 2020, or with {@code covid} off, nothing is set: every factor stays exactly 1.
     */
    public void beginMonth() {
        if (!on || world.calendar().date().isBefore(CovidRestrictions.FIRST_MONTH)) return;
        double s = CovidRestrictions.stringency(world.calendar().date());
        peakStringency = Math.max(peakStringency, s);

        double demandReturned = release * (1 - s) * demandBacklog;
        demandBacklog += deferredShare * demandFall * s - demandReturned;
        double referralsReturned = release * (1 - s) * referralBacklog;
        referralBacklog += deferredShare * referralFall * s - referralsReturned;

        double demandFactor = 1 - demandFall * s + demandReturned;
        double referralFactor = 1 - referralFall * s + referralsReturned;
        double remote = remoteShare(s);
        double capacityFactor = (1 - absence * s) / (1 - remote * (1 - remoteTime));
        world.rates().setCovidFactors(demandFactor, 1 - aeFall * s, 1 - admissionFall * s);
        world.covid().set(s, capacityFactor, referralFactor, remote);
    }

    /** Extra remote share: {@code covidRemoteShare x max(s, covidRemotePersistence x highest s so far)}. */
    double remoteShare(double s) {
        return remoteShare * Math.max(s, remotePersistence * peakStringency);
    }

    /** Deferred GP requests not yet returned, in months of the normal rate. */
    public double demandBacklog() { return demandBacklog; }

    /** Deferred elective referrals not yet returned, in months of the normal rate. */
    public double referralBacklog() { return referralBacklog; }
}
