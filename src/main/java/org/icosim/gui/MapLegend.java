package org.icosim.gui;

import java.awt.Color;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.icosim.model.world.PracticeStatus;
import org.icosim.model.world.Role;
import org.icosim.network.TieType;

/**
 * The map's colours and the legend that explains them. Practices use the Okabe and Ito (2008)
 * palette, as the charts do; trusts, GPs and ties use colours none of the practices use, so an
 * ICO-alliance practice, an operating-ICO trust and a member-of tie can be told apart.
 */
final class MapLegend {

    private MapLegend() {
    }

    static final Map<PracticeStatus, Color> STATUS_COLOURS = new EnumMap<>(PracticeStatus.class);
    static {
        STATUS_COLOURS.put(PracticeStatus.INDEPENDENT, new Color(0x0072B2));
        STATUS_COLOURS.put(PracticeStatus.FEDERATED, new Color(0xE69F00));
        STATUS_COLOURS.put(PracticeStatus.ICO_ALLIANCE, new Color(0x009E73));
        STATUS_COLOURS.put(PracticeStatus.ICO_RUN, new Color(0xCC79A7));
        STATUS_COLOURS.put(PracticeStatus.TRUST_RUN, new Color(0xD55E00));
        // Near black: a company (8.43), apart from every other mark's colour.
        STATUS_COLOURS.put(PracticeStatus.COMPANY_RUN, new Color(0x222222));
        STATUS_COLOURS.put(PracticeStatus.MERGED_INTO, Color.LIGHT_GRAY);
        STATUS_COLOURS.put(PracticeStatus.CLOSED, Color.LIGHT_GRAY);
    }
    /** The statuses of open practices, in the legend's order. */
    static final List<PracticeStatus> OPEN_STATUSES = List.of(PracticeStatus.INDEPENDENT, PracticeStatus.FEDERATED,
            PracticeStatus.ICO_ALLIANCE, PracticeStatus.ICO_RUN, PracticeStatus.TRUST_RUN, PracticeStatus.COMPANY_RUN);

    static final Color TRUST_NONE = new Color(0x777777);
    static final Color TRUST_FORMING = new Color(0xF0E442);
    /** Dark indigo: not the alliance practices' green. */
    static final Color TRUST_ICO = new Color(0x332288);

    /** A large-scale provider's thick ring (Paul Tol's dark green: no other mark uses it). */
    static final Color PROVIDER = new Color(0x117733);

    /** Rings round the members of the organisation last clicked (Paul Tol's magenta: no other mark uses it). */
    static final Color HIGHLIGHT = new Color(0xEE3377);

    static final Map<TieType, Color> TIE_COLOURS = new EnumMap<>(TieType.class);
    static {
        TIE_COLOURS.put(TieType.NEIGHBOUR, new Color(0xBBBBBB));
        TIE_COLOURS.put(TieType.REFERS_TO, new Color(0x56B4E9));
        // Wine: not a practice or trust colour.
        TIE_COLOURS.put(TieType.MEMBER_OF, new Color(0x882255));
        TIE_COLOURS.put(TieType.WORKS_AT, new Color(0x999933));
    }

    static final Map<Role, Color> GP_COLOURS = new EnumMap<>(Role.class);
    static {
        GP_COLOURS.put(Role.PARTNER, Color.BLACK);
        GP_COLOURS.put(Role.SALARIED, new Color(0x8C510A));
        GP_COLOURS.put(Role.LOCUM, new Color(0x44AA99));
        for (Role r : Role.values()) GP_COLOURS.putIfAbsent(r, new Color(0x999999));
    }

    static String tieWords(TieType type) {
        switch (type) {
            case NEIGHBOUR: return "neighbour (practice to practice)";
            case REFERS_TO: return "refers to (practice to trust)";
            case MEMBER_OF: return "member of (practice to federation, provider or ICO)";
            case WORKS_AT: return "works at (GP to employer)";
            default: return MapNames.words(type);
        }
    }

    /** The legend under the map, as HTML: every colour the map draws and what it means. */
    static String html() {
        StringBuilder html = new StringBuilder("<html><small><b>Practices</b> (circles, area = list): ");
        for (PracticeStatus status : OPEN_STATUSES) {
            html.append(swatch(STATUS_COLOURS.get(status), "&#9679;")).append(statusWords(status)).append(" &nbsp;");
        }
        html.append("<br><b>Trusts</b> (squares): ").append(swatch(TRUST_NONE, "&#9632;")).append("no ICO &nbsp;")
                .append(swatch(TRUST_FORMING, "&#9632;")).append("forming an ICO &nbsp;")
                .append(swatch(TRUST_ICO, "&#9632;")).append("operating an ICO &nbsp; <b>Federations</b>: black rings &nbsp; ")
                .append(swatch(PROVIDER, "&#9711;")).append("<b>large-scale providers</b>: thick rings");
        html.append("<br><b>GPs</b> (dots round the employer): ");
        for (Role role : List.of(Role.PARTNER, Role.SALARIED, Role.LOCUM, Role.REGISTRAR)) {
            html.append(swatch(GP_COLOURS.get(role), "&#9679;")).append(MapNames.words(role)).append(" &nbsp;");
        }
        html.append("<br><b>Ties</b>: ");
        for (TieType type : List.of(TieType.WORKS_AT, TieType.MEMBER_OF, TieType.REFERS_TO, TieType.NEIGHBOUR)) {
            html.append(swatch(TIE_COLOURS.get(type), "&#9473;")).append(tieWords(type)).append(" &nbsp;");
        }
        html.append("<br><b>Areas</b> (zoomed out on a large world): a pie of its practices by status, area = patients.");
        html.append("<br>").append(swatch(HIGHLIGHT, "&#9711;")).append("the members of the federation, provider or trust (ICO) clicked;"
                + " of a practice clicked, of its federation, provider and ICO; of a GP, the employer.");
        html.append("</small></html>");
        return html.toString();
    }

    static String statusWords(PracticeStatus status) {
        switch (status) {
            case ICO_ALLIANCE: return "ICO alliance member";
            case ICO_RUN: return "run by an ICO";
            case TRUST_RUN: return "run by a trust (caretaker)";
            case COMPANY_RUN: return "run by a company (APMS)";
            default: return MapNames.words(status);
        }
    }

    static String swatch(Color colour, String glyph) {
        return String.format("<font color=\"#%06x\">%s</font> ", colour.getRGB() & 0xFFFFFF, glyph);
    }
}
