package org.icosim.network;

/** The kinds of edge in the organisational network (MODEL.md section 3). */
public enum TieType {
    /** GP to the practice, trust or ICO that employs it; at most one per GP. */
    WORKS_AT,
    /** Practice to a federation, an ICO (alliance member or run by it), or a caretaker trust running it. */
    MEMBER_OF,
    /** Practice to trust, weighted by the referrals of the last 12 months. */
    REFERS_TO,
    /** Practice to one of its k nearest open practices in the same economy. */
    NEIGHBOUR,
    /** Practice that merged away to the practice that absorbed it; kept as history. */
    MERGED_INTO
}
