package org.icosim.model.covid;

import java.time.YearMonth;
import java.util.List;

import org.icosim.model.parameters.Parameters;
import org.icosim.model.patients.Demography;
import org.icosim.model.world.Practice;
import org.icosim.model.world.World;

/**
 * ODD 8.28, Covid vaccination income: in each month of a campaign, a practice is paid the
 * campaign's fee per dose (X84-X88) for its share of the campaign's doses, spread evenly over the
 * campaign's months:
 * {@code fee x dosesPerPerson x covidVaccinationUptake x eligible patients / campaign months}
 * a month, where the eligible patients are the practice's real registered patients in the
 * campaign's age bands. Delivering the doses costs {@code covidVaccinationCostShare} of that
 * income. Draws no random number; nothing is paid with {@code covid} off.
 */
public final class CovidVaccination implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * A campaign: its first and last months, the fee per dose, the doses an eligible person is
     * given, and the lowest age band eligible (a band of {@link Demography}).
     */
    public record Campaign(YearMonth first, YearMonth last, double feePerDose, int dosesPerPerson, int fromBand, String source) {
        public Campaign {
            if (last.isBefore(first)) throw new IllegalArgumentException("campaign ends (" + last + ") before it starts (" + first + ")");
        }

        /** Months the campaign lasts, its first and last included. */
        public int months() {
            return (int) (last.getYear() * 12L + last.getMonthValue() - first.getYear() * 12L - first.getMonthValue()) + 1;
        }

        public boolean includes(YearMonth m) {
            return !m.isBefore(first) && !m.isAfter(last);
        }
    }

    /** Band index of ages 18-44, the first adult band. */
    static final int ADULTS = 2;
    /** Band index of ages 65-74. */
    static final int AGED_65 = 4;

    /**
     * The campaigns (ODD 8.28). Fees and the months they apply from the inputs file; which doses
     * and who was eligible are assumptions stated in the ODD.
     */
    public static final List<Campaign> CAMPAIGNS = List.of(
            // 12.58 a dose from 14 Dec 2020 to 30 Nov 2021 (X84, X85, X86): the two-dose primary course, adults.
            new Campaign(YearMonth.of(2020, 12), YearMonth.of(2021, 11), 12.58, 2, ADULTS, "X84;X85;X86"),
            // 15.00 a dose 1 Dec 2021 - 31 Jan 2022, Monday to Saturday (X86): the booster drive, adults.
            new Campaign(YearMonth.of(2021, 12), YearMonth.of(2022, 1), 15.00, 1, ADULTS, "X86"),
            // 10.06 a dose, phase 5, 1 Sep 2022 - 31 Mar 2023 (X87): autumn booster, the model's 65+ bands.
            new Campaign(YearMonth.of(2022, 9), YearMonth.of(2023, 3), 10.06, 1, AGED_65, "X87"),
            // 7.54 a dose for the autumn 2023 and autumn 2024 campaigns (X88), each September to March (assumption).
            new Campaign(YearMonth.of(2023, 9), YearMonth.of(2024, 3), 7.54, 1, AGED_65, "X88"),
            new Campaign(YearMonth.of(2024, 9), YearMonth.of(2025, 3), 7.54, 1, AGED_65, "X88"));

    private final World world;
    private final boolean on;
    private final double uptake;
    private final double costShare;

    public CovidVaccination(World world) {
        this.world = world;
        on = world.params().getBoolean(Parameters.COVID);
        uptake = world.params().get(Parameters.COVID_VACCINATION_UPTAKE);
        costShare = world.params().get(Parameters.COVID_VACCINATION_COST_SHARE);
    }

    /** The campaign running in {@code month}, or {@code null}. */
    public static Campaign campaign(YearMonth month) {
        for (Campaign c : CAMPAIGNS) if (c.includes(month)) return c;
        return null;
    }

    /** The practice's vaccination fee income this month, as an annual rate in pounds (0 outside campaigns). */
    public double annualIncome(Practice p) {
        if (!on) return 0;
        Campaign c = campaign(world.calendar().date());
        if (c == null) return 0;
        long eligible = 0;
        for (int cell = 0; cell < Demography.CELLS; cell++) {
            if (Demography.bandOfCell(cell) >= c.fromBand()) eligible += p.caseMix(cell);
        }
        double dosesThisMonth = c.dosesPerPerson() * uptake * eligible * world.patientScale() / c.months();
        return 12 * c.feePerDose() * dosesThisMonth;
    }

    /** What delivering the doses costs, as an annual rate in pounds, for an income of {@code income}. */
    public double annualCost(double income) {
        return costShare * income;
    }
}
