package org.icosim.network;

import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * One node's ties of one type in one direction, in the order the graph keeps them (insertion
 * order; a removal keeps the order of the rest). To everyone but {@link OrgNetwork} it is an
 * unmodifiable list: its own mutators are package-private and named apart from {@link List}'s,
 * which throw {@link UnsupportedOperationException}.
 *
 * <p>Every change counts as a structural modification, so an iterator of this list or of its
 * {@link #ends()} view fails fast with {@link java.util.ConcurrentModificationException} when the
 * network changes under it.
 */
final class TieList extends AbstractList<Tie> implements RandomAccess {

    private static final Tie[] NONE = {};

    /** Whether these are outgoing ties, whose far end is the target (else the source). */
    private final boolean outgoing;
    private Tie[] ties = NONE;
    private int size;
    /** The far endpoints as a list, created on first use. */
    private Ends ends;

    TieList(boolean outgoing) {
        this.outgoing = outgoing;
    }

    @Override
    public Tie get(int index) {
        Objects.checkIndex(index, size);
        return ties[index];
    }

    @Override
    public int size() {
        return size;
    }

    /** The far endpoint of the tie at {@code index}: its target if outgoing, its source if incoming. */
    Node end(int index) {
        Objects.checkIndex(index, size);
        Tie t = ties[index];
        return outgoing ? t.target : t.source;
    }

    /** The far endpoints, as a live unmodifiable view (one per list, kept). */
    List<Node> ends() {
        if (ends == null) ends = new Ends();
        return ends;
    }

    void append(Tie tie) {
        if (size == ties.length) ties = java.util.Arrays.copyOf(ties, Math.max(2, size * 2));
        ties[size++] = tie;
        changed();
    }

    /** Removes {@code tie} (by identity) and keeps the order of the rest; false if it is not here. */
    boolean delete(Tie tie) {
        for (int i = size - 1; i >= 0; i--) {
            if (ties[i] == tie) {
                System.arraycopy(ties, i + 1, ties, i, size - i - 1);
                ties[--size] = null;
                changed();
                return true;
            }
        }
        return false;
    }

    private void changed() {
        modCount++;
        if (ends != null) ends.changed();
    }

    /** The far endpoints of the ties, in the same order. */
    private final class Ends extends AbstractList<Node> implements RandomAccess {
        @Override
        public Node get(int index) {
            return end(index);
        }

        @Override
        public int size() {
            return size;
        }

        void changed() {
            modCount++;
        }
    }
}
