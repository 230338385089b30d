package org.icosim.model.practice;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.icosim.model.world.Practice;

/**
 * A practice-move rule for tests of the mechanisms: it proposes a fixed move, and the other side
 * of a merger, a federation or a takeover agrees when it is one of the willing practices (or
 * always, or never). It draws nothing and records who was asked what.
 */
final class ScriptedMoves implements PracticeMoveRule {

    private static final long serialVersionUID = 1L;

    /** {@code null}: everyone is willing. */
    private final Set<Practice> willing;
    private final boolean agrees;
    private PracticeMove proposal = PracticeMove.STAY;
    private final Map<Practice, PracticeMove> proposals = new HashMap<>();
    /** The practices asked to choose, in order, and whether each held an offer when asked. */
    final List<Practice> chose = new ArrayList<>();
    final List<Boolean> heldOffer = new ArrayList<>();
    /** The practices asked to accept a merger or federation, or to take a list over. */
    final List<Practice> asked = new ArrayList<>();

    private ScriptedMoves(boolean agrees, Set<Practice> willing) {
        this.agrees = agrees;
        this.willing = willing;
    }

    static ScriptedMoves agreeing() {
        return new ScriptedMoves(true, null);
    }

    static ScriptedMoves refusing() {
        return new ScriptedMoves(false, null);
    }

    /** Only these practices agree to anything asked of them. */
    static ScriptedMoves onlyWith(Practice... practices) {
        return new ScriptedMoves(true, new HashSet<>(Arrays.asList(practices)));
    }

    /** Only the practices in {@code willing} (read when asked, so it may be filled later) agree. */
    static ScriptedMoves onlyWith(Set<Practice> willing) {
        return new ScriptedMoves(true, willing);
    }

    /** Every practice that chooses proposes {@code move} (unless given its own). */
    ScriptedMoves proposing(PracticeMove move) {
        proposal = move;
        return this;
    }

    /** {@code practice} proposes {@code move}. */
    ScriptedMoves proposing(Practice practice, PracticeMove move) {
        proposals.put(practice, move);
        return this;
    }

    private boolean answer(Practice asked) {
        this.asked.add(asked);
        return agrees && (willing == null || willing.contains(asked));
    }

    @Override
    public PracticeMove choose(Practice practice, Context context) {
        chose.add(practice);
        heldOffer.add(practice.allianceOffer() != null || practice.absorptionOffer() != null);
        return proposals.getOrDefault(practice, proposal);
    }

    @Override
    public boolean acceptsMerger(Practice practice, Practice proposer, Context context) {
        return answer(practice);
    }

    @Override
    public boolean acceptsFederation(Practice practice, Practice proposer, Context context) {
        return answer(practice);
    }

    @Override
    public boolean takesOver(Practice practice, Practice handedBack, Context context) {
        return answer(practice);
    }
}
