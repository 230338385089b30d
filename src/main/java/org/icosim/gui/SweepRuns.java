package org.icosim.gui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.icosim.io.InputException;
import org.icosim.model.parameters.Parameter;
import org.icosim.model.parameters.Parameters;

/** The runs of a sweep named by what they set: "run 3: icoEffect 0.2, policyPush STRONG". */
final class SweepRuns {

    /** Sweeps larger than this are listed by number only (loading every run to name it would take too long). */
    static final int MAX_NAMED = 300;

    private SweepRuns() {
    }

    static List<String> labels(ExperimentSettings.Loader loader, Path file, int runs) throws InputException {
        List<String> labels = new ArrayList<>();
        if (runs > MAX_NAMED) {
            for (int i = 0; i < runs; i++) labels.add("run " + i);
            return labels;
        }
        List<ExperimentSettings> all = new ArrayList<>();
        for (int i = 0; i < runs; i++) all.add(loader.load(file, i));
        return labels(all);
    }

    /** Each run named by the values that differ between the runs (and its seed, if seeds differ). */
    static List<String> labels(List<ExperimentSettings> runs) {
        List<Parameter> varying = new ArrayList<>();
        for (Parameter p : Parameters.all()) {
            for (ExperimentSettings run : runs) {
                if (Double.compare(run.value(p), runs.get(0).value(p)) != 0) {
                    varying.add(p);
                    break;
                }
            }
        }
        boolean seeds = false;
        for (ExperimentSettings run : runs) seeds |= run.seed() != runs.get(0).seed();
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            List<String> parts = new ArrayList<>();
            for (Parameter p : varying) parts.add(p.name() + " " + p.format(runs.get(i).value(p)));
            if (seeds) parts.add("seed " + runs.get(i).seed());
            labels.add("run " + i + (parts.isEmpty() ? "" : ": " + String.join(", ", parts)));
        }
        return labels;
    }
}
