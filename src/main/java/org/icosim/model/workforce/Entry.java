package org.icosim.model.workforce;

import java.util.List;

import org.icosim.model.parameters.Parameters;
import org.icosim.model.world.Economy;
import org.icosim.model.world.Gp;
import org.icosim.model.world.Practice;
import org.icosim.model.world.Role;
import org.icosim.model.world.World;

/**
 * ODD 8.11, entry: training and returners. Each month registrars enter at the training intake of
 * the year (rising from the 2015 to the 2021 figure) and returners come back, each economy its
 * share; a registrar trains first at a trust, then at a training practice, and on completing
 * chooses a post, locum work or leaving. New GPs draw their tastes here; the 2015 workforce's
 * tastes are drawn to favour the roles they hold.
 */
public final class Entry implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    /** Clamp of the sessions z-score; redraws of start tastes. */
    static final double SESSIONS_Z_LIMIT = 2.5;
    static final int TASTE_DRAWS = 50;

    private final World world;
    private final JobMarket jobs;
    private final Sessions sessions;
    private final int trainingMonths;
    private final int reviewMonths;
    private final double tasteSd;
    /** 8.23: the fund's registrars now in training; those who completed and took a post or locum work. */
    private int fundTraineesInTraining;
    private long fundTraineesQualified;

    public Entry(World world, JobMarket jobs, Sessions sessions) {
        this.world = world;
        this.jobs = jobs;
        this.sessions = sessions;
        trainingMonths = world.params().getInt(Parameters.TRAINING_MONTHS);
        reviewMonths = world.params().getInt(Parameters.REVIEW_MONTHS);
        tasteSd = world.params().get(Parameters.TASTE_SD);
    }

    /** Months a registrar spends in a training practice: the last half of training. */
    public int trainingPracticeMonths() {
        return trainingMonths / 2;
    }

    /** Phase 0: new registrars and returners, each economy its share. */
    public void admitNewGps() {
        Parameters p = world.params();
        double years = world.calendar().yearsSince2015();
        double i2015 = p.get(Parameters.TRAINING_INTAKE_2015);
        double i2021 = p.get(Parameters.TRAINING_INTAKE_2021);
        double ramp = Math.max(0, Math.min(1, years / 6));
        double intake = i2015 + (i2021 - i2015) * ramp;
        double returners = p.get(Parameters.RETURNERS_PER_YEAR);
        for (Economy e : world.economies()) {
            double share = e.populationShare();
            int trainees = world.random().stochasticRound(intake * share / 12);
            for (int k = 0; k < trainees; k++) enrolRegistrar(e, trainingMonths);
            int back = world.random().stochasticRound(returners * share / 12);
            for (int k = 0; k < back; k++) {
                double age = 40 + 7 * world.random().nextGaussian();
                age = age < 30 ? 30 : age > 60 ? 60 : age;
                enterLabourMarket(e, (int) (age * 12));
            }
        }
    }

    /**
     * A fully qualified GP from outside NHS general practice (a returner, or a fund GP of 8.23)
     * enters the network and chooses a post like a returner.
     */
    public Gp enterLabourMarket(Economy e, int ageMonths) {
        Gp gp = newGp(e, ageMonths, Role.LOCUM, false);
        world.network().add(gp);
        jobs.chooseJob(gp, JobChoice.Occasion.RETURN);
        return gp;
    }

    /**
     * A new GP with tastes drawn around the population weights. With {@code selfSelected}, the
     * tastes are drawn again (up to 50 times) until they favour the role the GP holds: the 2015
     * workforce chose its roles (revealed preference). Entrants are drawn from the whole population.
     */
    private Gp newGp(Economy e, int ageMonths, Role role, boolean selfSelected) {
        double z = world.random().nextGaussian();
        z = z < -SESSIONS_Z_LIMIT ? -SESSIONS_Z_LIMIT : z > SESSIONS_Z_LIMIT ? SESSIONS_Z_LIMIT : z;
        double autonomy;
        double flexibility;
        double risk;
        int tries = 0;
        do {
            autonomy = tasteSd * world.random().nextGaussian();
            flexibility = tasteSd * world.random().nextGaussian();
            risk = tasteSd * world.random().nextGaussian();
        } while (selfSelected && ++tries < TASTE_DRAWS && !favours(role, autonomy, flexibility, risk));
        Gp gp = new Gp(world.nextGpId(), e, ageMonths, role, z, autonomy, flexibility, risk,
                world.random().nextInt(reviewMonths));
        gp.takeRole(role, sessions.fteFor(gp, role, null));
        world.addGp(gp);
        return gp;
    }

    /**
     * Whether individual tastes favour a role over the others on the non-money attributes of the
     * job choice (partnership: autonomy 1, flexibility 0, about one unit of liability; salaried:
     * flexibility 0.5; locum: autonomy and flexibility, insecurity).
     */
    static boolean favours(Role role, double autonomy, double flexibility, double risk) {
        double partnerLean = autonomy - 0.5 * flexibility - risk;
        switch (role) {
            case PARTNER: return partnerLean > 0;
            case SALARIED: return partnerLean < 0;
            case LOCUM: return flexibility > 0 && partnerLean < 0;
            default: return true;
        }
    }

    /** Initialisation (ODD 6): a GP in post on the first day, with burnout up to 0.3. */
    public Gp hireAtStart(Practice p, Role role, int ageMonths) {
        Gp gp = newGp(p.economy(), ageMonths, role, true);
        gp.setBurnout(0.3 * world.random().nextDouble());
        world.network().add(gp);
        world.network().employ(gp, p);
        return gp;
    }

    /**
     * 8.23: a registrar in one of the Time to Care fund's extra training places, with the whole of
     * training ahead; counted while in training and, if they then stay in NHS general practice, as
     * one of the fund's GPs.
     */
    public Gp enrolFundTrainee(Economy e) {
        Gp gp = enrolRegistrar(e, trainingMonths);
        gp.markFundTrainee();
        fundTraineesInTraining++;
        return gp;
    }

    /** 8.23: the fund's registrars in training now. */
    public int fundTraineesInTraining() {
        return fundTraineesInTraining;
    }

    /** 8.23: the fund's registrars who completed training and stayed in NHS general practice, since the start. */
    public long fundTraineesQualified() {
        return fundTraineesQualified;
    }

    /** A registrar with {@code monthsLeft} of training: at a trust first, then a training practice. */
    public Gp enrolRegistrar(Economy e, int monthsLeft) {
        double age = 29 + 2 * world.random().nextGaussian() + (trainingMonths - monthsLeft) / 12.0;
        Gp gp = newGp(e, (int) (Math.max(24, age) * 12), Role.REGISTRAR, false);
        gp.setTrainingMonthsLeft(monthsLeft);
        world.network().add(gp);
        if (monthsLeft > trainingPracticeMonths()) {
            world.network().employ(gp, e.trusts().get(world.random().nextInt(e.trusts().size())));
        } else {
            moveToTrainingPractice(gp);
        }
        return gp;
    }

    /** A registrar's month of training: to a training practice half-way, and a choice at the end. */
    public void progressTraining(Gp gp) {
        gp.setTrainingMonthsLeft(gp.trainingMonthsLeft() - 1);
        if (gp.trainingMonthsLeft() == trainingPracticeMonths()) {
            moveToTrainingPractice(gp);
        } else if (gp.trainingMonthsLeft() <= 0) {
            jobs.chooseJob(gp, JobChoice.Occasion.COMPLETION);
            if (gp.fundTrainee()) {
                fundTraineesInTraining--;
                if (gp.isActive()) fundTraineesQualified++;
            }
        }
    }

    /**
     * Training practices are partner-led practices with at least two partners, chosen by list
     * size; if there is none, any open practice.
     */
    public void moveToTrainingPractice(Gp gp) {
        List<Practice> practices = gp.economy().practices();
        boolean training = false;
        double total = 0;
        for (Practice p : practices) {
            if (isTrainingPractice(p)) {
                training = true;
                total += p.listAgents() + 1;
            }
        }
        if (!training) {
            for (Practice p : practices) if (p.isOpen()) total += p.listAgents() + 1;
            if (total == 0) return;
        }
        // One uniform draw over the candidates' weights, in the economy's order (the last on rounding).
        double u = world.random().nextDouble() * total;
        Practice chosen = null;
        for (Practice p : practices) {
            if (!(training ? isTrainingPractice(p) : p.isOpen())) continue;
            chosen = p;
            u -= p.listAgents() + 1;
            if (u < 0) break;
        }
        world.network().employ(gp, chosen);
    }

    /** A training practice: partner-led, with at least two partners. */
    static boolean isTrainingPractice(Practice p) {
        return p.status().partnerLed() && p.partners() >= 2;
    }
}
