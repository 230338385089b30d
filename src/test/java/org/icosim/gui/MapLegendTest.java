package org.icosim.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.icosim.metrics.Metric;
import org.icosim.model.world.PracticeStatus;
import org.icosim.model.world.Role;
import org.icosim.network.TieType;

/** The legend explains every colour the map draws; the colours that meant different things are now distinct. */
class MapLegendTest {

    @Test
    void anIcoAlliancePracticeAnOperatingIcoTrustAndAMemberOfTieDiffer() {
        Color alliance = MapLegend.STATUS_COLOURS.get(PracticeStatus.ICO_ALLIANCE);
        assertNotEquals(alliance, MapLegend.TRUST_ICO);
        assertNotEquals(alliance, MapLegend.TIE_COLOURS.get(TieType.MEMBER_OF));
        assertNotEquals(MapLegend.TRUST_ICO, MapLegend.TIE_COLOURS.get(TieType.MEMBER_OF));
    }

    @Test
    void theLegendNamesEveryStatusTrustColourGpRoleAndTie() {
        String html = MapLegend.html();
        for (PracticeStatus status : MapLegend.OPEN_STATUSES) {
            assertTrue(html.contains(hex(MapLegend.STATUS_COLOURS.get(status))), status.name());
            assertTrue(html.contains(MapLegend.statusWords(status)), status.name());
        }
        for (Color trust : List.of(MapLegend.TRUST_NONE, MapLegend.TRUST_FORMING, MapLegend.TRUST_ICO)) {
            assertTrue(html.contains(hex(trust)));
        }
        assertTrue(html.contains(hex(MapLegend.PROVIDER) + "\">&#9711;</font> <b>large-scale providers</b>"), html);
        for (Role role : Role.values()) {
            assertTrue(html.contains(hex(MapLegend.GP_COLOURS.get(role)) + "\">&#9679;</font> " + MapNames.words(role)), role.name());
        }
        for (TieType type : List.of(TieType.WORKS_AT, TieType.MEMBER_OF, TieType.REFERS_TO, TieType.NEIGHBOUR)) {
            assertTrue(html.contains(hex(MapLegend.TIE_COLOURS.get(type)) + "\">&#9473;</font> " + MapLegend.tieWords(type)), type.name());
        }
    }

    @Test
    void aProviderRingUsesAColourNoOtherMarkUses() {
        List<Color> others = new java.util.ArrayList<>(MapLegend.STATUS_COLOURS.values());
        others.addAll(MapLegend.TIE_COLOURS.values());
        others.addAll(MapLegend.GP_COLOURS.values());
        others.addAll(List.of(MapLegend.TRUST_NONE, MapLegend.TRUST_FORMING, MapLegend.TRUST_ICO, MapLegend.HIGHLIGHT, Color.BLACK));
        for (Color other : others) assertNotEquals(other, MapLegend.PROVIDER, hex(other));
    }

    @Test
    void enumWordsKeepAcronyms() {
        assertEquals("ICO alliance", MapNames.words(PracticeStatus.ICO_ALLIANCE));
        assertEquals("independent", MapNames.words(PracticeStatus.INDEPENDENT));
    }

    @Test
    void layersByDefault() {
        EnumMap<EconomyMap.Layer, Boolean> small = EconomyMap.defaultLayers(12, 1);
        EnumMap<EconomyMap.Layer, Boolean> england = EconomyMap.defaultLayers(7819, 42);
        for (EconomyMap.Layer layer : EconomyMap.Layer.values()) {
            if (layer.tie() != null) {
                assertEquals(false, small.get(layer), layer.words);
                assertEquals(false, england.get(layer), layer.words);
            }
        }
        assertEquals(true, small.get(EconomyMap.Layer.GPS));
        assertEquals(false, england.get(EconomyMap.Layer.GPS), "GPs hidden on a large world");
        assertEquals(false, small.get(EconomyMap.Layer.NAMES), "one economy: no area names");
        assertEquals(true, england.get(EconomyMap.Layer.NAMES));
        // Ties are picked last, after every kind of agent.
        List<EconomyMap.Layer> order = EconomyMap.pickOrder();
        assertEquals(EconomyMap.Layer.GPS, order.get(0));
        for (int i = order.indexOf(EconomyMap.Layer.WORKS_AT); i < order.size(); i++) {
            assertTrue(order.get(i).tie() != null, order.get(i).words);
        }
    }

    @Test
    void theMonitorsGiveTheMonthAsADateAndTheHeadlineMetrics() {
        double[] row = new double[Metric.values().length];
        row[Metric.partnerShareFte.ordinal()] = 0.61234;
        row[Metric.practices.ordinal()] = 7512;
        row[Metric.icoPatientShare.ordinal()] = 0.1234;
        row[Metric.accessWithin48h.ordinal()] = 0.9412;
        assertEquals("2019-03 (month 48 of 120)   partner share of GP FTE 0.612   open practices 7,512"
                + "   ICO patient share 12.3%   access within 48 h 94.1%", Monitors.line("2019-03", 48, 120, row));
        assertEquals("2015-04 (initial state; play runs 120 months to 2025-03)",
                Monitors.initial(YearMonth.of(2015, 4), 120));
    }

    private static String hex(Color c) {
        return String.format("#%06x", c.getRGB() & 0xFFFFFF);
    }
}
