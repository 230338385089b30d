package org.icosim.model.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import java.util.Map;

import org.icosim.model.ico.DiffusionIcoFormation;
import org.icosim.model.practice.ValueBasedPracticeMoves;
import org.icosim.model.trust.DistanceAndWaitReferrals;
import org.icosim.model.trust.NearestTrustReferrals;
import org.icosim.model.workforce.RandomUtilityJobChoice;
import org.junit.jupiter.api.Test;

/** The catalogue of decision rules: names, defaults, the messages for bad names, replacing one rule. */
class RulesTest {

    @Test
    void theKindsAreInTheOrderOfTheOddWithTheirDefaults() {
        assertEquals(List.of(Rules.JOB_CHOICE, Rules.PRACTICE_MOVES, Rules.REFERRALS, Rules.ICO_FORMATION), Rules.KINDS);
        assertEquals(Map.of("jobChoice", "randomUtility", "practiceMoves", "valueBased", "referrals", "distanceAndWait",
                "icoFormation", "diffusion"), Rules.defaults().names());
        assertEquals(List.of("jobChoice", "practiceMoves", "referrals", "icoFormation"), List.copyOf(Rules.defaults().names().keySet()));
        assertEquals(List.of("distanceAndWait", "nearestTrust"), Rules.REFERRALS.names());
        for (Rules.Kind<?> k : Rules.KINDS) {
            assertEquals(k.defaultName(), k.names().get(0), k.key() + ": the default first");
            assertSame(k, Rules.kind(k.key()));
        }
        assertNull(Rules.kind("colour"));
    }

    @Test
    void eachNameCreatesAFreshInstanceOfItsKindsType() {
        for (Rules.Kind<?> k : Rules.KINDS) {
            for (String name : k.names()) {
                Object a = k.create(name);
                assertInstanceOf(k.type(), a, k.key() + " " + name);
                assertNotSame(a, k.create(name), "a run gets its own instance");
            }
            assertNull(k.create("noSuchRule"));
        }
        Rules d = Rules.defaults();
        assertInstanceOf(RandomUtilityJobChoice.class, d.create(Rules.JOB_CHOICE));
        assertInstanceOf(ValueBasedPracticeMoves.class, d.create(Rules.PRACTICE_MOVES));
        assertInstanceOf(DistanceAndWaitReferrals.class, d.create(Rules.REFERRALS));
        assertInstanceOf(DiffusionIcoFormation.class, d.create(Rules.ICO_FORMATION));
    }

    @Test
    void badNamesAreExplainedWithWhatWasExpected() {
        assertNull(Rules.problemWith("referrals", "nearestTrust"));
        assertEquals("got \"closest\", expected one of distanceAndWait, nearestTrust", Rules.problemWith("referrals", "closest"));
        assertEquals("unknown rule kind \"colour\", expected one of jobChoice, practiceMoves, referrals, icoFormation",
                Rules.problemWith("colour", "red"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Rules.defaults().with("referrals", "closest"));
        assertEquals("referrals: got \"closest\", expected one of distanceAndWait, nearestTrust", e.getMessage());
    }

    @Test
    void withReplacesOneRuleAndLeavesTheOriginalAlone() {
        Rules d = Rules.defaults();
        Rules nearest = d.with("referrals", "nearestTrust");
        assertInstanceOf(NearestTrustReferrals.class, nearest.create(Rules.REFERRALS));
        assertInstanceOf(DistanceAndWaitReferrals.class, d.create(Rules.REFERRALS), "the defaults are unchanged");
        assertEquals("nearestTrust", nearest.names().get("referrals"));
        assertEquals(List.copyOf(d.names().keySet()), List.copyOf(nearest.names().keySet()), "the order of the kinds is kept");
        assertEquals("valueBased", nearest.names().get("practiceMoves"));
        assertNotEquals(d, nearest);
        assertEquals(d, nearest.with("referrals", "distanceAndWait"));
        assertEquals(d.hashCode(), Rules.defaults().hashCode());
        assertEquals(nearest.names().toString(), nearest.toString());
        assertThrows(UnsupportedOperationException.class, () -> d.names().put("referrals", "nearestTrust"));
    }

    @Test
    void rulesGoIntoACheckpoint() throws Exception {
        Rules nearest = Rules.defaults().with("referrals", "nearestTrust");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(nearest);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            Rules back = (Rules) in.readObject();
            assertEquals(nearest, back);
            assertTrue(back.create(Rules.REFERRALS) instanceof NearestTrustReferrals);
        }
    }
}
