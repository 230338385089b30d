package org.icosim.model.world;

/**
 * A practice's organisational status (MODEL.md section 2). {@link #TRUST_RUN} is a practice run
 * by a trust without an ICO policy (as caretaker, 8.15, or by its own offer, 8.44), kept apart
 * from {@link #ICO_RUN} so that the status quo reports no ICO activity. {@link #COMPANY_RUN} is a
 * practice a national company runs with salaried GPs under an APMS contract it won at tender (8.43).
 */
public enum PracticeStatus {
    INDEPENDENT, FEDERATED, MERGED_INTO, ICO_ALLIANCE, ICO_RUN, TRUST_RUN, CLOSED, COMPANY_RUN;

    /** Still holds a list of patients. */
    public boolean isOpen() {
        return this != MERGED_INTO && this != CLOSED;
    }

    /** A member of an ICO, keeping its contract or run by it. */
    public boolean inIco() {
        return this == ICO_ALLIANCE || this == ICO_RUN;
    }

    /** Run by an organisation with salaried GPs (a caretaker trust, an ICO or a company), so nobody there weighs its organisation. */
    public boolean run() {
        return this == TRUST_RUN || this == ICO_RUN || this == COMPANY_RUN;
    }

    /** Held by partners under an independent contract, so partners decide its moves. */
    public boolean partnerLed() {
        return this == INDEPENDENT || this == FEDERATED || this == ICO_ALLIANCE;
    }
}
