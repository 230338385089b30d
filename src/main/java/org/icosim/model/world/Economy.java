package org.icosim.model.world;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.icosim.model.patients.PatientRandom;
import org.icosim.model.patients.Patients;

/**
 * A local health economy (ODD 2.1): a square region with towns, its practices and trusts, its own
 * GP labour market, and its patient agents with their own random stream. The patient loop over its
 * agents is {@link org.icosim.model.patients.PatientLoop}.
 */
public final class Economy implements java.io.Serializable {

    private static final long serialVersionUID = 2L;

    private final int id;
    private final double originX;
    private final double originY;
    private final double side;
    private final double[] townX;
    private final double[] townY;
    private final List<Practice> practices = new ArrayList<>();
    private final List<Trust> trusts = new ArrayList<>();
    /** Read-only views of the lists, made once (a view reads through to its list), so a caller in a loop allocates nothing. */
    private transient List<Practice> practicesView;
    private transient List<Trust> trustsView;
    private final Patients patients;
    private final PatientRandom random;
    // identity in the real England (the STP's code and name); null in a synthetic world
    private String code;
    private String name;

    /** Share of England's 2015 registered population; national flows are scaled by it. */
    private double populationShare;

    // cumulative flows, agents
    private long births;
    private long deaths;
    private long registrationsIn;
    private long registrationsOut;
    private long switches;

    public Economy(int id, double originX, double originY, double side, double[] townX, double[] townY,
            Patients patients, PatientRandom random) {
        this.id = id;
        this.originX = originX;
        this.originY = originY;
        this.side = side;
        this.townX = townX.clone();
        this.townY = townY.clone();
        this.patients = patients;
        this.random = random;
    }

    public int id() { return id; }
    /** Its STP code in a real world; in a synthetic one, its id. */
    public String code() { return code != null ? code : Integer.toString(id); }
    /** Its STP name in a real world; in a synthetic one, "economy N". */
    public String name() { return name != null ? name : "economy " + id; }
    public double originX() { return originX; }
    public double originY() { return originY; }
    public double side() { return side; }
    public int towns() { return townX.length; }
    public double townX(int town) { return townX[town]; }
    public double townY(int town) { return townY[town]; }
    public Patients patients() { return patients; }
    /** The economy's own stream for its patient agents (8.3). */
    public PatientRandom random() { return random; }
    public List<Practice> practices() {
        List<Practice> v = practicesView;
        return v != null ? v : (practicesView = Collections.unmodifiableList(practices));
    }
    public List<Trust> trusts() {
        List<Trust> v = trustsView;
        return v != null ? v : (trustsView = Collections.unmodifiableList(trusts));
    }
    public double populationShare() { return populationShare; }
    public long births() { return births; }
    public long deaths() { return deaths; }
    public long registrationsIn() { return registrationsIn; }
    public long registrationsOut() { return registrationsOut; }
    public long switches() { return switches; }

    /** Initialisation of a real world (ODD 6): the STP this economy stands for. */
    public void identify(String stpCode, String stpName) {
        this.code = stpCode;
        this.name = stpName;
    }

    /** Initialisation (ODD 6). */
    public void addPractice(Practice p) { practices.add(p); }
    public void addTrust(Trust t) { trusts.add(t); }
    public void setPopulationShare(double share) { this.populationShare = share; }

    /** 8.3: the month's flows of agents. */
    public void countFlows(long births, long deaths, long registrationsIn, long registrationsOut, long switches) {
        this.births += births;
        this.deaths += deaths;
        this.registrationsIn += registrationsIn;
        this.registrationsOut += registrationsOut;
        this.switches += switches;
    }

    @Override
    public String toString() {
        return "economy-" + id;
    }
}
