package org.icosim.model;

import java.time.YearMonth;

import org.icosim.model.parameters.Parameters;
import org.icosim.model.patients.Demography;
import org.icosim.model.patients.PatientRandom;
import org.icosim.model.patients.PatientRates;
import org.icosim.model.patients.Patients;
import org.icosim.model.world.Calendar;
import org.icosim.model.world.Economy;
import org.icosim.model.world.Gp;
import org.icosim.model.world.ModelRandom;
import org.icosim.model.world.Practice;
import org.icosim.model.world.Role;
import org.icosim.model.world.Trust;
import org.icosim.model.world.TrustKind;
import org.icosim.model.world.World;
import org.icosim.network.Node;

import ec.util.MersenneTwisterFast;

/**
 * Hand-built worlds for tests of single submodels: economies, practices and trusts at chosen
 * places, GPs in chosen posts with chosen FTE and age, patient agents in chosen cells. Nothing is
 * drawn at random while building, so a test knows every number. Call {@link #ready()} after the
 * last practice and patient are added: it sizes the per-practice signals and fixes the patient
 * rates from the case mix, as the world builder does at the start.
 *
 * <pre>
 * WorldKit kit = new WorldKit(new Parameters().set(Parameters.PATIENT_SCALE, 10));
 * Economy e = kit.economy();
 * Practice p = kit.practice(e, 0, 0);
 * kit.patients(p, 30, Demography.LOW, 100);
 * kit.gp(p, Role.PARTNER, 1.0, 50);
 * kit.ready();
 * </pre>
 */
public final class WorldKit {

    public final Parameters params;
    public final World world;
    private int nextPractice;
    private int nextTrust;
    private int nextEconomy;

    /** A world of these values starting in April 2015, its generator seeded with 1. */
    public WorldKit(Parameters params) {
        this(params, YearMonth.of(2015, 4), 1);
    }

    public WorldKit(Parameters params, YearMonth start, long seed) {
        this.params = new Parameters(params);
        this.world = new World(this.params, new Calendar(start, this.params),
                new ModelRandom(new MersenneTwisterFast(new int[] {(int) seed, (int) (seed >>> 32)})));
    }

    /** A new economy: 50 km square at the origin, one town at its centre. */
    public Economy economy() {
        Economy e = new Economy(nextEconomy++, 0, 0, 50, new double[] {25}, new double[] {25}, new Patients(64), new PatientRandom(99));
        world.addEconomy(e);
        return e;
    }

    /** A practice at (x, y) km, leased premises with no liability. */
    public Practice practice(Economy e, double x, double y) {
        Practice p = new Practice(nextPractice++, e, x, y, false, 0, world.signals());
        world.addPractice(p);
        return p;
    }

    /** A practice at (x, y) km that owns its premises, with {@code premisesLiability} pounds of liability. */
    public Practice practiceOwningPremises(Economy e, double x, double y, double premisesLiability) {
        Practice p = new Practice(nextPractice++, e, x, y, true, premisesLiability, world.signals());
        world.addPractice(p);
        return p;
    }

    /** The same as {@link #practiceOwningPremises}. */
    public Practice practice(Economy e, double x, double y, double premisesLiability) {
        return practiceOwningPremises(e, x, y, premisesLiability);
    }

    /** A trust at (x, y) km. */
    public Trust trust(Economy e, double x, double y, TrustKind kind) {
        Trust t = new Trust(nextTrust++, e, x, y, kind);
        world.addTrust(t);
        return t;
    }

    /** {@code count} patient agents of age {@code age} and tier {@code tier} registered at {@code p}, living at its site. */
    public void patients(Practice p, int age, int tier, int count) {
        for (int i = 0; i < count; i++) p.economy().patients().add(p, (float) p.x(), (float) p.y(), age, 0, tier);
    }

    /**
     * A GP working at {@code employer} (a practice or trust) in {@code role} at {@code fte}, aged
     * {@code ageYears}, with no burnout, neutral tastes and no review offset.
     */
    public Gp gp(Node employer, Role role, double fte, int ageYears) {
        Economy e = employer instanceof Practice ? ((Practice) employer).economy() : ((Trust) employer).economy();
        Gp gp = new Gp(world.nextGpId(), e, ageYears * 12, role, 0, 0, 0, 0, 0);
        gp.takeRole(role, fte);
        world.addGp(gp);
        world.network().add(gp);
        world.network().employ(gp, employer);
        return gp;
    }

    /** Sizes the per-practice signals and fixes the patient rates from the case mix now registered. */
    public WorldKit ready() {
        world.signals().allocate(world.practices().size());
        PatientRates rates = PatientRates.tiers(params);
        long[] cells = new long[Demography.CELLS];
        for (Practice p : world.practices()) for (int c = 0; c < Demography.CELLS; c++) cells[c] += p.caseMix(c);
        rates.calibrate(params, cells);
        world.setRates(rates);
        for (Economy e : world.economies()) {
            e.setPopulationShare((double) e.patients().size() * world.patientScale() / World.ENGLAND_PATIENTS_2015);
        }
        return this;
    }

    /**
     * The submodels of a whole run over this world with the default rules (for tests of a
     * submodel in its context; {@link IcoSim} builds the same).
     */
    public Submodels submodels() {
        return new Submodels(world, org.icosim.model.rules.Rules.defaults());
    }

    /**
     * As {@link #submodels()}, with {@code rule} (a test's own implementation) in place of the
     * default rule of that kind, as {@link IcoSim#useRule} does for a run.
     */
    public <R> Submodels submodels(org.icosim.model.rules.Rules.Kind<R> kind, R rule) {
        return new Submodels(world, new Submodels.RuleProvider() {
            private static final long serialVersionUID = 1L;

            @Override
            <T> T create(org.icosim.model.rules.Rules.Kind<T> k) {
                return k == kind ? k.type().cast(rule) : k.create(k.defaultName());
            }
        });
    }
}
