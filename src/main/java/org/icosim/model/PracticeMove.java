package org.icosim.model;

/** A practice's quarterly organisational choice: stay as it is, federate, or merge with a partner practice. */
public final class PracticeMove {

    /** The kinds of move a partner-led practice can propose. */
    public enum Kind { STAY, FEDERATE, MERGE }

    public static final PracticeMove STAY = new PracticeMove(Kind.STAY, null);
    public static final PracticeMove FEDERATE = new PracticeMove(Kind.FEDERATE, null);

    private final Kind kind;
    private final Practice partner;

    private PracticeMove(Kind kind, Practice partner) {
        this.kind = kind;
        this.partner = partner;
    }

    /** A proposal to merge with {@code partner}, which must agree. */
    public static PracticeMove mergeWith(Practice partner) {
        if (partner == null) throw new IllegalArgumentException("a merger needs a partner practice");
        return new PracticeMove(Kind.MERGE, partner);
    }

    public Kind kind() { return kind; }
    public Practice partner() { return partner; }

    @Override
    public String toString() {
        return partner == null ? kind.name() : kind + " with " + partner.nodeId();
    }
}
