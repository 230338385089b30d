package org.icosim.model.practice;

import org.icosim.model.parameters.Parameters;
import org.icosim.model.world.Company;
import org.icosim.model.world.Memberships;
import org.icosim.model.world.PracticeStatus;
import org.icosim.model.world.Practice;
import org.icosim.model.world.World;

/**
 * ODD 8.42, APMS contracts: time-limited contracts, renewed or ended at the end of each term.
 * Only with {@link Parameters#APMS_CONTRACTS} on, and only for practices that hold one (in a real
 * world, those the data give as APMS; a synthetic world has none). At the start each contract's
 * end is drawn uniformly over the next {@link Parameters#APMS_TERM_MONTHS} months (their start
 * dates are not in the data). At each quarter end, before the practice decisions, each open
 * partner-led practice whose contract has ended is renewed for another term with probability
 * {@link Parameters#APMS_RENEWAL}; otherwise the commissioner ends it and the list goes down the
 * hand-back chain of 8.15 from the neighbours' step ({@link HandBack#endContract}). With
 * {@link Parameters#CORPORATE_PROVIDERS} on, the contracts companies won (8.43) end the same way,
 * whether or not this switch is on, after the company has decided whether to keep them.
 */
public final class ApmsContracts implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private final World world;
    private final HandBack handBack;
    private final CorporateProviders companies;
    private final Memberships memberships;
    private final boolean on;
    private final int termMonths;
    private final double renewal;
    private long ended;
    private long renewed;
    private long givenUp;

    public ApmsContracts(World world, HandBack handBack, CorporateProviders companies, Memberships memberships) {
        this.world = world;
        this.handBack = handBack;
        this.companies = companies;
        this.memberships = memberships;
        Parameters p = world.params();
        this.on = p.getBoolean(Parameters.APMS_CONTRACTS);
        this.termMonths = p.getInt(Parameters.APMS_TERM_MONTHS);
        this.renewal = p.get(Parameters.APMS_RENEWAL);
    }

    /** At the start, after the world is built: each APMS contract's end month, uniform over one term (months 1 to the term). */
    public void start() {
        if (!on) return;
        for (Practice p : world.practices()) {
            if (p.isOpen() && p.apms()) p.setContractEndMonth(1 + world.random().nextInt(termMonths));
        }
    }

    /**
     * Phase 4, at quarter ends before the practice decisions: contracts that have ended are renewed
     * or ended; a company's contract (8.43) is first kept or given up by the company.
     */
    public void quarterly() {
        if (!on && !companies.on()) return;
        int now = world.calendar().month();
        for (Practice p : world.practices()) {
            if (!p.isOpen() || !p.apms() || p.contractEndMonth() < 0 || p.contractEndMonth() > now) continue;
            if (p.status() == PracticeStatus.COMPANY_RUN) {
                companyTermEnds(p);
                continue;
            }
            if (!on || !p.status().partnerLed()) continue;
            if (world.random().nextDouble() < renewal) {
                p.setContractEndMonth(p.contractEndMonth() + termMonths);
                renewed++;
            } else {
                p.setContractEndMonth(-1);
                ended++;
                handBack.endContract(p);
                // A neighbour's large-scale provider that took the contract on holds a new term (8.39).
                if (p.isOpen() && p.status().partnerLed()) p.setContractEndMonth(now + termMonths);
            }
        }
    }

    /**
     * 8.43: the term of a contract a company holds has ended. The company gives up a contract whose
     * realised margin is below the least it accepts; otherwise the commissioner renews it with
     * probability {@link Parameters#APMS_RENEWAL}. A contract given up or not renewed goes down the
     * hand-back chain, and the company that held it does not bid for it again.
     */
    private void companyTermEnds(Practice p) {
        Company c = memberships.companyOf(p);
        if (!companies.keeps(p)) {
            givenUp++;
            if (c != null) c.countGivenUp();
        } else if (world.random().nextDouble() < renewal) {
            p.setContractEndMonth(p.contractEndMonth() + termMonths);
            renewed++;
            return;
        } else {
            ended++;
        }
        companies.release(p);
        handBack.reprocure(p, c);
    }

    /** Contracts companies gave up at the end of a term since the start (8.43). */
    public long givenUpCum() { return givenUp; }

    /** APMS contracts the commissioner ended since the start. */
    public long endedCum() { return ended; }

    /** APMS contracts renewed since the start. */
    public long renewedCum() { return renewed; }
}
