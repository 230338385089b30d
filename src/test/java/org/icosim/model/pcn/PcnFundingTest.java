package org.icosim.model.pcn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** ODD 8.32: a member's network income and costs a year, for a list of 10,000 (11,000 weighted). */
class PcnFundingTest {

    private static final double LIST = 10_000;
    private static final double WEIGHTED = 11_000;

    @Test
    void in2019ParticipationCoreAndClinicalDirector() {
        // 1.76 x 11,000 + (1.50 + 0.5143 x 12 / 9) x 10,000
        assertEquals(19_360 + 15_000 + 6_857.333333333, PcnFunding.income(4, LIST, WEIGHTED), 1e-6);
        // The pharmacist's half of one FTE, 30% unreimbursed of 37,810 / 0.7.
        assertEquals(0.5 * 0.3 * 37_810 / 0.7, PcnFunding.costs(4, WEIGHTED, 1.0), 1e-9);
    }

    @Test
    void from2020TheClinicalDirectorAt729PenceAndNoUnreimbursedCost() {
        assertEquals(19_360 + 15_000 + 7_290, PcnFunding.income(5, LIST, WEIGHTED), 1e-6);
        assertEquals(19_360 + 15_000 + 7_290, PcnFunding.income(8, LIST, WEIGHTED), 1e-6);
        assertEquals(0, PcnFunding.costs(5, WEIGHTED, 3.0), 0);
    }

    @Test
    void from2024TheCombinedPaymentAndEnhancedAccessWhichPaysForItsSessions() {
        double access = 7.674 * WEIGHTED;
        assertEquals(19_360 + 29_160 + access, PcnFunding.income(9, LIST, WEIGHTED), 1e-6);
        assertEquals(access, PcnFunding.costs(9, WEIGHTED, 3.0), 1e-9);
        assertEquals(PcnFunding.income(9, LIST, WEIGHTED), PcnFunding.income(10, LIST, WEIGHTED), 0, "2025/26 as 2024/25");
    }
}
