package org.icosim.model.practice;

import org.icosim.model.world.Practice;
import org.icosim.model.world.Trust;

/**
 * A practice's quarterly organisational choice (MODEL.md section 6, "Practice decisions"): stay as
 * it is, federate, merge with a partner practice, join an ICO as an alliance member, accept an
 * ICO's offer to absorb it, or leave the ICO it is an alliance member of.
 */
public final class PracticeMove implements java.io.Serializable {

    /** The kinds of move a partner-led practice can make. */
    public enum Kind { STAY, FEDERATE, MERGE, JOIN_ICO, ICO_ABSORPTION, LEAVE_ICO }

    public static final PracticeMove STAY = new PracticeMove(Kind.STAY, null, null);
    public static final PracticeMove FEDERATE = new PracticeMove(Kind.FEDERATE, null, null);
    public static final PracticeMove LEAVE_ICO = new PracticeMove(Kind.LEAVE_ICO, null, null);

    private final Kind kind;
    private final Practice partner;
    private final Trust ico;

    private PracticeMove(Kind kind, Practice partner, Trust ico) {
        this.kind = kind;
        this.partner = partner;
        this.ico = ico;
    }

    /** A proposal to merge with {@code partner}, which must agree. */
    public static PracticeMove mergeWith(Practice partner) {
        if (partner == null) throw new IllegalArgumentException("a merger needs a partner practice");
        return new PracticeMove(Kind.MERGE, partner, null);
    }

    /** Joining {@code ico} as an alliance member (the practice keeps its contract). */
    public static PracticeMove joinIco(Trust ico) {
        if (ico == null) throw new IllegalArgumentException("joining an ICO needs the ICO");
        return new PracticeMove(Kind.JOIN_ICO, null, ico);
    }

    /** Accepting {@code ico}'s offer to absorb the practice (its partners' contract ends). */
    public static PracticeMove absorbedBy(Trust ico) {
        if (ico == null) throw new IllegalArgumentException("absorption needs the ICO");
        return new PracticeMove(Kind.ICO_ABSORPTION, null, ico);
    }

    public Kind kind() { return kind; }
    public Practice partner() { return partner; }
    public Trust ico() { return ico; }

    @Override
    public String toString() {
        if (partner != null) return kind + " with " + partner.nodeId();
        if (ico != null) return kind + " " + ico.nodeId();
        return kind.name();
    }
}
