package org.icosim.gui;

import java.util.Locale;

import org.icosim.model.world.Company;
import org.icosim.model.world.Federation;
import org.icosim.model.world.Gp;
import org.icosim.model.world.Practice;
import org.icosim.model.world.Provider;
import org.icosim.model.world.Trust;
import org.icosim.network.Node;

/** The names the map and the inspectors give the model's organisations and people. */
final class MapNames {

    private MapNames() {
    }

    static String of(Node node) {
        if (node instanceof Practice) return "Practice " + ((Practice) node).id();
        if (node instanceof Trust) return "Trust " + ((Trust) node).id();
        if (node instanceof Federation) return "Federation " + ((Federation) node).id();
        if (node instanceof Provider) return "Provider " + ((Provider) node).id();
        if (node instanceof Company) return "Company " + ((Company) node).id();
        if (node instanceof Gp) return "GP " + ((Gp) node).id();
        return node.nodeId();
    }

    /** An enum constant in words: {@code ICO_ALLIANCE} gives "ico alliance", {@code ICO} stays "ICO". */
    static String words(Enum<?> value) {
        String text = value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return text.replaceAll("\\bico\\b", "ICO").replaceAll("\\bgp\\b", "GP").replaceAll("\\bmdt\\b", "MDT");
    }
}
