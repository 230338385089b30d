package org.icosim.gui;

import org.icosim.model.IcoSim;
import org.icosim.model.world.Practice;
import org.icosim.model.world.PracticeStatus;

/**
 * A practice on the map and in its inspector: MASON lists these getters, read live from the
 * model each month. Money is pounds a year; the list is real patients whatever the patient scale.
 */
public final class PracticeMarker {

    private final Practice practice;
    private final IcoSim model;

    PracticeMarker(Practice practice, IcoSim model) {
        this.practice = practice;
        this.model = model;
    }

    Practice practice() {
        return practice;
    }

    public String getName() { return MapNames.of(practice); }
    public int getEconomy() { return practice.economy().id(); }
    public PracticeStatus getStatus() { return practice.status(); }
    public long getListSize() { return (long) practice.listAgents() * model.patientScale(); }
    public int getPartners() { return practice.partners(); }
    public double getPartnerFte() { return practice.partnerFte(); }
    public int getSalariedGps() { return practice.salaried(); }
    public double getSalariedFte() { return practice.salariedFte(); }
    public int getLocums() { return practice.locums(); }
    public double getIncomePerYear() { return practice.income(); }
    public double getCostsPerYear() { return practice.costs(); }
    public double getProfitPerPartner() { return practice.profitPerPartner(); }
    public double getMeanPartnerBurnout() { return practice.meanPartnerBurnout(); }
    public double getWorkload() { return practice.workload(); }
    public double getAccess() { return practice.accessProbability(); }
    public int getOpenPosts() { return practice.openPosts(); }
    public int getMonthsWithVacancy() { return practice.vacancyMonths(); }
    public double getIcoSupport() { return practice.icoSupport(); }

    @Override
    public String toString() {
        return getName() + " (" + practice.status() + ")";
    }
}
