package org.icosim.model.practice;

import org.icosim.model.covid.CovidVaccination;
import org.icosim.model.parameters.Parameters;
import org.icosim.model.pcn.PcnFunding;
import org.icosim.model.patients.Demography;
import org.icosim.model.patients.PatientRates;
import org.icosim.model.policy.PolicyLevers;
import org.icosim.model.world.Calendar;
import org.icosim.model.world.Company;
import org.icosim.model.world.Federation;
import org.icosim.model.world.Memberships;
import org.icosim.model.world.Practice;
import org.icosim.model.world.PracticeStatus;
import org.icosim.model.world.Trust;
import org.icosim.model.world.World;
import org.icosim.network.Node;

/**
 * ODD 8.5, practice money: each month a practice's income (global sum on its weighted list, QOF
 * slipping under load, other NHS income, what is left of its MPIG, an alliance member's share of
 * the year-of-care tariff, a primary care network's payments, 8.32) and costs (fixed costs per site, variable costs less a federation's
 * saving, salaried GPs and locums), as annual rates in pounds; its profit and each partner's equal
 * share. A federation collects its members' savings; a trust that runs a practice takes its profit.
 */
public final class PracticeMoney implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private final World world;
    private final Memberships memberships;
    private final PolicyLevers levers;
    private final double fixedCost;
    private final double variableCost;
    private final double federationSaving;
    private final double qofPerPatient;
    private final double otherIncome;
    private final double allianceTariff;
    private final int enrolledTier;
    private final CovidVaccination vaccination;
    private final PcnFunding network;
    private final StateIndemnity indemnity;

    public PracticeMoney(World world, Memberships memberships, PolicyLevers levers) {
        this.world = world;
        this.memberships = memberships;
        this.levers = levers;
        Parameters p = world.params();
        fixedCost = p.get(Parameters.FIXED_COST);
        variableCost = p.get(Parameters.VARIABLE_COST);
        federationSaving = p.get(Parameters.FEDERATION_SAVING);
        qofPerPatient = p.get(Parameters.QOF_PER_PATIENT);
        otherIncome = p.get(Parameters.OTHER_INCOME_PER_PATIENT);
        allianceTariff = p.get(Parameters.ALLIANCE_TARIFF_SHARE) * p.get(Parameters.YEAR_OF_CARE_TARIFF);
        enrolledTier = Demography.lowestEnrolledTier(p);
        vaccination = new CovidVaccination(world);
        network = new PcnFunding(world, memberships);
        indemnity = new StateIndemnity(p);
    }

    /** QOF achievement under load: half the excess workload is lost, to no less than half. */
    static double qofAchievement(double workload) {
        double q = 1 - 0.5 * Math.max(0, workload - 1);
        return q < 0.5 ? 0.5 : q > 1 ? 1 : q;
    }

    /** The list weighted by need (the model's Carr-Hill weighting), real patients. */
    double weightedList(Practice p) {
        PatientRates rates = world.rates();
        double w = 0;
        for (int c = 0; c < Demography.CELLS; c++) w += p.caseMix(c) * rates.needWeight(c);
        return w * world.patientScale();
    }

    /** The alliance member's share of the tariff for its enrolled patients, pounds a year (0 for others). */
    double allianceIncome(Practice p) {
        if (p.status() != PracticeStatus.ICO_ALLIANCE) return 0;
        Trust ico = memberships.icoOf(p);
        if (ico == null || !ico.isIco()) return 0;
        return allianceTariff * p.agentsInTiersFrom(enrolledTier) * world.patientScale();
    }

    /** The month's income, costs and profit of {@code p} (after its access, 8.4). */
    public void update(Practice p) {
        Calendar calendar = world.calendar();
        double q = qofAchievement(p.workload());
        double list = (double) p.listAgents() * world.patientScale();
        double costIndex = calendar.costIndex();
        // An alliance member that was federated keeps its federation's back office.
        boolean federated = p.status() == PracticeStatus.FEDERATED
                || (p.status() == PracticeStatus.ICO_ALLIANCE && memberships.federationOf(p) != null);
        double variable = variableCost * list * costIndex;
        double saving = federated ? variable * federationSaving : 0;
        double weighted = weightedList(p);
        double income = calendar.globalSum() * weighted
                + qofPerPatient * list * q
                + otherIncome * list
                + p.mpig2015() * calendar.mpigFactor()
                + allianceIncome(p)
                + network.incomeOf(p, list, weighted);
        double salaried = p.status() == PracticeStatus.ICO_RUN ? levers.icoPay() : calendar.salariedPay();
        double costs = fixedCost * p.fixedCostUnits() * costIndex * (1 - p.providerSaving()) + variable - saving
                + p.salariedFte() * salaried + p.locumFte() * calendar.locumPay() * world.labourMarket().locumRateIndex(p.economy().id())
                + network.costsOf(p, list, weighted);
        // Covid vaccination fees and their delivery cost (ODD 8.28): none outside campaigns or with covid off.
        double vaccinationIncome = vaccination.annualIncome(p);
        if (vaccinationIncome > 0) {
            income += vaccinationIncome;
            costs += vaccination.annualCost(vaccinationIncome);
        }
        if (indemnity.on()) {
            income += StateIndemnity.support(list, calendar.date());
            costs += indemnity.cost(p.partnerFte(), calendar.date());
        }
        p.setMoney(income, costs, q);
        if (federated) {
            java.util.List<Node> memberships = world.network().membershipView(p);
            for (int k = 0; k < memberships.size(); k++) {
                if (memberships.get(k) instanceof Federation) ((Federation) memberships.get(k)).addSaving(saving / 12);
            }
        }
        if (p.status().run()) {
            java.util.List<Node> memberships = world.network().membershipView(p);
            for (int k = 0; k < memberships.size(); k++) {
                // A company's practice is in the company's account (8.43).
                if (memberships.get(k) instanceof Company) ((Company) memberships.get(k)).addToBalance(p.profit() / 12);
                if (!(memberships.get(k) instanceof Trust)) continue;
                Trust t = (Trust) memberships.get(k);
                // A practice an ICO runs is in the ICO's own account (8.41), which is also the trust's.
                if (p.status() == PracticeStatus.ICO_RUN) t.addIcoResult(p.profit() / 12); else t.addToBalance(p.profit() / 12);
            }
        }
    }
}
