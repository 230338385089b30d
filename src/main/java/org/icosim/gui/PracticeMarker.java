package org.icosim.gui;

import org.icosim.model.IcoSim;
import org.icosim.model.world.Practice;
import org.icosim.model.world.PracticeStatus;

/**
 * A practice on the map and in its inspector, read live from the model each month, rows in a
 * fixed order with units. Money is pounds a year; the list is real patients whatever the
 * patient scale.
 */
public final class PracticeMarker implements sim.util.Propertied {

    private final Practice practice;
    private final IcoSim model;

    PracticeMarker(Practice practice, IcoSim model) {
        this.practice = practice;
        this.model = model;
    }

    Practice practice() {
        return practice;
    }

    PracticeStatus status() { return practice.status(); }
    long listSize() { return (long) practice.listAgents() * model.patientScale(); }

    @Override
    public sim.util.Properties properties() {
        return new MarkerProperties(this)
                .text("Name", () -> MapNames.of(practice))
                .text("Area (STP)", () -> practice.economy().name())
                .text("Status", () -> MapNames.words(practice.status()))
                .count("List (patients)", this::listSize)
                .count("Partners (head count)", () -> (long) practice.partners())
                .number("Partners' hours", "FTE", practice::partnerFte)
                .count("Salaried GPs (head count)", () -> (long) practice.salaried())
                .number("Salaried GPs' hours", "FTE", practice::salariedFte)
                .count("Locums (head count)", () -> (long) practice.locums())
                .money("Income", "£ a year", practice::income)
                .money("Costs", "£ a year", practice::costs)
                .money("Profit per partner", "£ a year", practice::profitPerPartner)
                .number("Partners' mean burnout", "0 to 1", practice::meanPartnerBurnout)
                .number("Workload", "demand / capacity", practice::workload)
                .number("Access", "share of requests met", practice::accessProbability)
                .count("Open posts", () -> (long) practice.openPosts())
                .count("Months with a vacancy", () -> (long) practice.vacancyMonths())
                .number("ICO support", "appointments a month", practice::icoSupport);
    }

    /** Stable: the Console lists inspectors by this name, which must not go stale when the status changes. */
    @Override
    public String toString() {
        return MapNames.of(practice);
    }
}
