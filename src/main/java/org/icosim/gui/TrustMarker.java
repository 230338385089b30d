package org.icosim.gui;

import org.icosim.model.IcoSim;
import org.icosim.model.world.IcoStatus;
import org.icosim.model.world.Trust;
import org.icosim.network.TieType;

/** A trust on the map and in its inspector: its kind, ICO status and the ICO's members, team and income. */
public final class TrustMarker implements sim.util.Propertied {

    private final Trust trust;
    private final IcoSim model;

    TrustMarker(Trust trust, IcoSim model) {
        this.trust = trust;
        this.model = model;
    }

    Trust trust() {
        return trust;
    }

    IcoStatus icoStatus() {
        return trust.icoStatus();
    }

    @Override
    public sim.util.Properties properties() {
        return new MarkerProperties(this)
                .text("Name", () -> MapNames.of(trust))
                .text("Area (STP)", () -> trust.economy().name())
                .text("Kind", () -> MapNames.words(trust.kind()))
                .text("ICO status", () -> MapNames.words(trust.icoStatus()))
                .text("Leadership", () -> MapNames.words(trust.leadership()))
                .text("ICO since", () -> trust.icoSince() < 0 ? "-" : model.startMonth().plusMonths(trust.icoSince()).toString())
                .count("Member practices", () -> (long) model.network().sources(trust, TieType.MEMBER_OF).size())
                .count("Team GPs (head count)", () -> (long) model.network().staffOf(trust).size())
                .number("Team", "FTE", trust::mdtFte)
                .count("Enrolled patients", () -> Math.round(trust.enrolled()))
                .money("Year-of-care income", "£ a year", trust::yearOfCareIncome)
                .money("Balance", "£", trust::balance)
                .number("Referral load", "× its first year's", trust::referralLoad);
    }

    @Override
    public String toString() {
        return MapNames.of(trust);
    }
}
