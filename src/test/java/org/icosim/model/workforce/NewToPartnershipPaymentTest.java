package org.icosim.model.workforce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;

import org.icosim.model.InputsFile;
import org.icosim.model.WorldKit;
import org.icosim.model.parameters.Parameters;
import org.icosim.model.world.Economy;
import org.icosim.model.world.Gp;
import org.icosim.model.world.Practice;
import org.icosim.model.world.Role;
import org.junit.jupiter.api.Test;

/**
 * ODD 8.37 on a hand-built economy of two practices: practice q has two partners and a profit of
 * £240,000 (£120,000 each); a salaried GP of practice p and a partner of p are offered a
 * partnership at q in months from April 2015.
 */
class NewToPartnershipPaymentTest {

    @Test
    void theConstantsAreTheirRowOfTheInputsFile() throws Exception {
        String launch = new InputsFile().text("2020-07-01", "new_to_partnership_payment_launch");
        assertTrue(launch.startsWith((int) NewToPartnershipPayment.PAYMENT + " + up to " + (int) NewToPartnershipPayment.ON_COSTS + " on-costs"), launch);
        String line = "";
        for (String l : java.nio.file.Files.readAllLines(InputsFile.FILE)) if (l.contains("new_to_partnership_payment_launch")) line = l;
        assertTrue(line.contains("for partners from 1 Apr 2020") && line.contains("5-yr commitment") && line.contains("due to end Mar 2023"), line);
        assertEquals(YearMonth.of(2020, 4), NewToPartnershipPayment.FIRST);
        assertEquals(YearMonth.of(2023, 3), NewToPartnershipPayment.LAST);
        assertEquals(5, NewToPartnershipPayment.COMMITMENT_YEARS);
    }

    /** The partnership income per FTE-year a salaried GP (or a partner) of p sees at q in month {@code month}. */
    private static double[] seenAt(boolean on, int month) {
        WorldKit kit = new WorldKit(new Parameters().set(Parameters.NEW_TO_PARTNERSHIP, on ? 1 : 0)
                .set(Parameters.PARTNER_MEAN_FTE, 0.8));
        Economy e = kit.economy();
        Practice p = kit.practice(e, 0, 0);
        Practice q = kit.practice(e, 1, 0);
        Gp salaried = kit.gp(p, Role.SALARIED, 0.8, 40);
        Gp partner = kit.gp(p, Role.PARTNER, 0.8, 50);
        kit.gp(q, Role.PARTNER, 1.0, 50);
        kit.gp(q, Role.PARTNER, 1.0, 55);
        kit.ready();
        kit.world.calendar().setMonth(month);
        WorkforceKit w = new WorkforceKit(kit, WorkforceKit.Picker.kind(Post.Kind.STAY));
        w.readStaff();
        q.setMoney(240000, 0, 1);
        return new double[] {w.jobs.partnershipPost(salaried, q).incomePerFte(), w.jobs.partnershipPost(partner, q).incomePerFte()};
    }

    @Test
    void aGpWhoIsNotAPartnerSeesTheSpreadPaymentOnlyInTheSchemesYears() {
        double share = 120000 / 0.8;
        double bonus = (20000 + 4000) / 5.0;
        assertEquals(share, seenAt(true, 59)[0], 1e-9, "March 2020: not yet");
        assertEquals(share + bonus, seenAt(true, 60)[0], 1e-9, "April 2020");
        assertEquals(share + bonus, seenAt(true, 95)[0], 1e-9, "March 2023");
        assertEquals(share, seenAt(true, 96)[0], 1e-9, "April 2023: ended");
        assertEquals(share, seenAt(true, 60)[1], 1e-9, "a partner moving partnership is not new to partnership");
        assertEquals(share, seenAt(false, 60)[0], 1e-9, "switch off");
    }
}
