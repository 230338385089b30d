package org.icosim.cli;


import org.icosim.model.parameters.Parameter;
import org.icosim.model.parameters.Parameters;

import picocli.CommandLine.Command;

/** {@code parameters}: every parameter as a markdown table (the ODD's parameter table is made with it). */
@Command(name = "parameters", mixinStandardHelpOptions = true,
        description = "Every parameter with unit, default, range and source (markdown).")
final class ParametersCommand extends Options.Base {

    @Override
    public Integer call() {
        out().print(table());
        return 0;
    }

    static String table() {
        StringBuilder b = new StringBuilder();
        String group = null;
        for (Parameter p : Parameters.all()) {
            if (!p.group().equals(group)) {
                group = p.group();
                b.append("\n#### ").append(group).append("\n\n");
                b.append("| name | unit | default | range | source | meaning |\n|---|---|---:|---|---|---|\n");
            }
            String range = p.kind() == Parameter.Kind.BOOLEAN ? "true/false"
                    : p.kind() == Parameter.Kind.CHOICE ? String.join(", ", p.choices()) : p.rangeText();
            b.append("| `").append(p.name()).append("` | ").append(p.unit()).append(" | ")
                    .append(p.format(p.defaultValue())).append(" | ").append(range).append(" | ")
                    .append(p.source()).append(" | ").append(p.description()).append(" |\n");
        }
        return b.toString();
    }
}
