package org.icosim.gui;

import org.icosim.model.IcoSim;
import org.icosim.model.world.IcoStatus;
import org.icosim.model.world.Leadership;
import org.icosim.model.world.Trust;
import org.icosim.model.world.TrustKind;
import org.icosim.network.TieType;

/** A trust on the map and in its inspector: its kind, ICO status and the ICO's members, team and income. */
public final class TrustMarker {

    private final Trust trust;
    private final IcoSim model;

    TrustMarker(Trust trust, IcoSim model) {
        this.trust = trust;
        this.model = model;
    }

    Trust trust() {
        return trust;
    }

    public String getName() { return MapNames.of(trust); }
    public int getEconomy() { return trust.economy().id(); }
    public TrustKind getKind() { return trust.kind(); }
    public IcoStatus getIcoStatus() { return trust.icoStatus(); }
    public Leadership getLeadership() { return trust.leadership(); }
    public String getIcoSince() { return trust.icoSince() < 0 ? "-" : model.startMonth().plusMonths(trust.icoSince()).toString(); }
    public int getMemberPractices() { return model.network().sources(trust, TieType.MEMBER_OF).size(); }
    public int getTeamGps() { return model.network().staffOf(trust).size(); }
    public double getTeamFte() { return trust.mdtFte(); }
    public long getEnrolledPatients() { return Math.round(trust.enrolled()); }
    public double getYearOfCareIncome() { return trust.yearOfCareIncome(); }
    public double getBalance() { return trust.balance(); }
    public double getReferralLoad() { return trust.referralLoad(); }

    @Override
    public String toString() {
        return getName() + " (" + trust.kind() + ", " + trust.icoStatus() + ")";
    }
}
