package org.icosim.model.practice;

import org.icosim.model.parameters.Parameters;
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
 * hand-back chain of 8.15 from the neighbours' step ({@link HandBack#endContract}).
 */
public final class ApmsContracts implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private final World world;
    private final HandBack handBack;
    private final boolean on;
    private final int termMonths;
    private final double renewal;
    private long ended;
    private long renewed;

    public ApmsContracts(World world, HandBack handBack) {
        this.world = world;
        this.handBack = handBack;
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

    /** Phase 4, at quarter ends before the practice decisions: contracts that have ended are renewed or ended. */
    public void quarterly() {
        if (!on) return;
        int now = world.calendar().month();
        for (Practice p : world.practices()) {
            if (!p.isOpen() || !p.apms() || p.contractEndMonth() < 0 || p.contractEndMonth() > now) continue;
            if (!p.status().partnerLed()) continue;
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

    /** APMS contracts the commissioner ended since the start. */
    public long endedCum() { return ended; }

    /** APMS contracts renewed since the start. */
    public long renewedCum() { return renewed; }
}
