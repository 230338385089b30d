package org.icosim.model.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.icosim.model.Submodels;
import org.icosim.model.WorldKit;
import org.icosim.model.parameters.Parameter;
import org.icosim.model.parameters.Parameters;
import org.icosim.model.parameters.PolicyPush;
import org.icosim.model.patients.Demography;
import org.icosim.model.practice.PracticeMove;
import org.icosim.model.practice.PracticeMoveRule;
import org.icosim.model.practice.PracticeValues;
import org.icosim.model.world.Economy;
import org.icosim.model.world.Federation;
import org.icosim.model.world.Leadership;
import org.icosim.model.world.Practice;
import org.icosim.model.world.PracticeStatus;
import org.icosim.model.world.Role;
import org.icosim.model.world.Trust;
import org.icosim.model.world.TrustKind;
import org.icosim.network.TieType;
import org.junit.jupiter.api.Test;

/**
 * What every practice-move rule of the catalogue must do (ODD 8.13, 8.14, 8.20): asked by an open
 * partner-led practice with a partner, propose a move the model can carry out, and answer for the
 * other side only if that side can take part, changing nothing:
 * <ul>
 * <li>FEDERATE only for an INDEPENDENT practice;</li>
 * <li>MERGE only with one of its neighbours that can merge (open, INDEPENDENT or FEDERATED, with a partner);</li>
 * <li>JOIN_ICO only with the ICO whose alliance offer it holds, and only when it is in no ICO;</li>
 * <li>ICO_ABSORPTION only by the ICO whose absorption offer it holds;</li>
 * <li>LEAVE_ICO only for an alliance member;</li>
 * <li>agreeing to a merger or takeover only if able to merge, to found a federation only if open, INDEPENDENT and with a partner.</li>
 * </ul>
 */
class PracticeMoveRuleContractTest {

    /** An economy of practices of every status, with offers, neighbours and costs of 0 so that every kind of move is tried. */
    private static final class Fixture {
        final WorldKit kit;
        final Submodels sub;
        final List<Practice> practices = new ArrayList<>();
        final Trust ico;

        Fixture() {
            this(true);
        }

        /** @param membersMayMerge whether alliance members may merge (icoMembersMayMerge) */
        Fixture(boolean membersMayMerge) {
            Parameters p = new Parameters().set(Parameters.ICO_MEMBERS_MAY_MERGE, membersMayMerge ? 1 : 0)
                    .set(Parameters.POLICY_PUSH, PolicyPush.STRONG.ordinal())
                    .set(Parameters.ICO_POLICY_START, Parameter.monthIndex(2015, 4)).set(Parameters.MERGER_COST, 0)
                    .set(Parameters.FEDERATION_COST, 0).set(Parameters.ALLIANCE_COST, 0).set(Parameters.ABSORPTION_COST, 0)
                    .set(Parameters.HOSPITAL_LED_AVERSION, 0).set(Parameters.MERGER_SIZE_PENALTY, 0);
            kit = new WorldKit(p);
            Economy e = kit.economy();
            ico = kit.trust(e, 0, 0, TrustKind.ACUTE);
            Trust caretaker = kit.trust(e, 1, 0, TrustKind.COMMUNITY);
            PracticeStatus[] statuses = {PracticeStatus.INDEPENDENT, PracticeStatus.INDEPENDENT, PracticeStatus.FEDERATED,
                PracticeStatus.FEDERATED, PracticeStatus.ICO_ALLIANCE, PracticeStatus.ICO_RUN, PracticeStatus.TRUST_RUN,
                PracticeStatus.INDEPENDENT, PracticeStatus.INDEPENDENT, PracticeStatus.CLOSED};
            for (int i = 0; i < statuses.length; i++) {
                Practice q = kit.practice(e, i % 4, i / 4);
                kit.patients(q, 70, Demography.HIGH, 3 + i);
                kit.patients(q, 30, Demography.LOW, 40 + 10 * i);
                int partners = i == 8 ? 0 : 1 + i % 3;
                for (int k = 0; k < partners; k++) kit.gp(q, Role.PARTNER, 1.0, 50);
                practices.add(q);
            }
            kit.ready();
            sub = kit.submodels();
            ico.startForming(0, Leadership.HOSPITAL_LED, null);
            ico.startOperating(0);
            Federation f = kit.world.newFederation(e);
            for (int i = 0; i < statuses.length; i++) {
                Practice q = practices.get(i);
                switch (statuses[i]) {
                    case FEDERATED: kit.world.network().addMembership(q, f); break;
                    case ICO_ALLIANCE: case ICO_RUN: kit.world.network().addMembership(q, ico); break;
                    case TRUST_RUN: kit.world.network().addMembership(q, caretaker); break;
                    default: break;
                }
                q.setStatus(statuses[i]);
                sub.capacity.readStaff(q);
                // Profits around the floor: some practices are failing (triggered), some not.
                q.setMoney(200000 + 40000 * i * q.partners(), 200000, 1);
            }
            practices.get(9).end(PracticeStatus.CLOSED, 0);
            for (Practice q : practices) {
                if (!q.isOpen()) continue;
                List<Practice> others = new ArrayList<>(practices);
                others.remove(q);
                kit.world.network().setNeighbours(q, others); // the closed and ICO practices too: rules must check
            }
            practices.get(0).offerAlliance(ico);
            practices.get(1).offerAbsorption(ico);
            practices.get(2).offerAlliance(ico);
            practices.get(2).offerAbsorption(ico);
            practices.get(4).offerAbsorption(ico);
            practices.get(4).offerAlliance(ico); // a member holding an alliance offer must not join again
            practices.get(4).partnerLost();
        }

        /** What a rule must leave as it was. */
        String state() {
            StringBuilder s = new StringBuilder();
            for (Practice q : practices) {
                s.append(q).append(q.allianceOffer()).append(q.absorptionOffer()).append(q.partnersLostThisQuarter())
                        .append(q.profit()).append(q.mergersAbsorbed()).append(kit.world.network().membershipsOf(q)).append('\n');
            }
            for (TieType t : TieType.values()) s.append(t).append(kit.world.network().count(t));
            return s.append(kit.world.gps().size()).toString();
        }
    }

    private static boolean canFound(Practice q) {
        return q.isOpen() && q.status() == PracticeStatus.INDEPENDENT && q.partners() > 0;
    }

    @Test
    void everyProposedMoveCanBeCarriedOutAndEveryAnswerComesFromAPracticeThatCanTakePart() {
        Set<PracticeMove.Kind> seenByDefault = EnumSet.noneOf(PracticeMove.Kind.class);
        for (String name : Rules.PRACTICE_MOVES.names()) {
          // With and without alliance members in the merger market (icoMembersMayMerge).
          for (boolean members : new boolean[] {true, false}) {
            PracticeMoveRule rule = Rules.PRACTICE_MOVES.create(name);
            Fixture w = new Fixture(members);
            PracticeMoveRule.Context c = w.sub.practiceContext;
            String before = w.state();
            for (int draw = 0; draw < 300; draw++) {
                for (Practice p : w.practices) {
                    if (p.isOpen() && p.status().partnerLed() && p.partners() > 0) {
                        PracticeMove move = rule.choose(p, c);
                        assertNotNull(move, name + " proposed nothing for " + p);
                        if (name.equals(Rules.PRACTICE_MOVES.defaultName())) seenByDefault.add(move.kind());
                        switch (move.kind()) {
                            case FEDERATE:
                                assertEquals(PracticeStatus.INDEPENDENT, p.status(), name + ": " + p + " federates");
                                break;
                            case MERGE:
                                assertTrue(c.neighbours(p).contains(move.partner()), name + ": merger with a non-neighbour");
                                assertTrue(PracticeValues.mayMerge(p, move.partner(), c), name + ": " + p + " merges with " + move.partner());
                                break;
                            case JOIN_ICO:
                                assertSame(p.allianceOffer(), move.ico(), name + ": " + p + " joins an ICO that made no offer");
                                assertEquals(null, c.icoOf(p), name + ": " + p + " is in an ICO already");
                                break;
                            case ICO_ABSORPTION:
                                assertSame(p.absorptionOffer(), move.ico(), name + ": " + p + " absorbed without an offer");
                                break;
                            case LEAVE_ICO:
                                assertEquals(PracticeStatus.ICO_ALLIANCE, p.status(), name + ": " + p + " leaves no ICO");
                                break;
                            default:
                                break;
                        }
                    }
                    for (Practice proposer : w.practices) {
                        if (proposer == p) continue;
                        if (rule.acceptsMerger(p, proposer, c)) assertTrue(PracticeValues.mayMerge(proposer, p, c), name + ": " + p + " agrees to merge");
                        if (rule.takesOver(p, proposer, c)) assertTrue(PracticeValues.canMerge(p, c), name + ": " + p + " takes over");
                        if (rule.acceptsFederation(p, proposer, c)) assertTrue(canFound(p), name + ": " + p + " founds a federation");
                    }
                }
            }
            assertEquals(before, w.state(), name + " changed the world");
          }
        }
        assertEquals(EnumSet.allOf(PracticeMove.Kind.class), seenByDefault, "the fixture tries every kind of move");
    }
}
