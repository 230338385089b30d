package org.icosim.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.icosim.experiment.validation.Correlation;
import org.icosim.experiment.validation.PracticeOutcome;
import org.icosim.experiment.validation.PracticeValidation;
import org.icosim.experiment.validation.PracticeValidation.AreaEnded;
import org.icosim.experiment.validation.PracticeValidation.BandDiscrimination;
import org.icosim.experiment.validation.PracticeValidation.DecileRow;
import org.icosim.experiment.validation.PracticeValidation.Discrimination;
import org.icosim.experiment.validation.PracticeValidation.Endings;
import org.icosim.experiment.validation.PracticeValidation.ListSizes;
import org.icosim.experiment.validation.PracticeValidation.RocRow;
import org.icosim.experiment.validation.PracticeValidation.SizeBand;
import org.icosim.io.AtomicFiles;
import org.icosim.io.MetricsCsv;
import org.icosim.io.OutputFolder;
import org.icosim.model.observe.PracticeRecord;

/** The files of {@code validate}: the tables of a {@link PracticeValidation} as CSV, and {@code validation.md}. */
final class ValidationReport {

    static final String REPORT = "validation.md";
    static final String DISCRIMINATION = "discrimination.csv";
    static final String ROC = "roc.csv";
    static final String DECILES = "deciles.csv";
    static final String LIST_SIZES = "list-sizes.csv";
    static final String SIZE_BANDS = "size-bands.csv";
    static final String AREAS = "areas.csv";
    static final String PRACTICES = "practices.csv";
    static final String ENDINGS = "endings.csv";
    static final String WITHIN_BANDS = "within-bands.csv";
    static final List<String> FILES = List.of(REPORT, DISCRIMINATION, ROC, DECILES, LIST_SIZES, SIZE_BANDS, AREAS, PRACTICES, ENDINGS,
            WITHIN_BANDS);

    private ValidationReport() {
    }

    static void write(PracticeValidation v, List<PracticeRecord> world, List<PracticeOutcome> outcomes, String commandLine,
            RunSetup setup, OutputFolder folder) throws IOException {
        StringBuilder csv = new StringBuilder("year,predictor,cases,positives,auc,brier,aucSeedMin,aucSeedMax,brierSeedMin,brierSeedMax\n");
        for (Discrimination d : v.discrimination()) {
            csv.append(d.year()).append(',').append(d.predictor()).append(',').append(d.cases()).append(',').append(d.positives())
                    .append(',').append(f(d.auc())).append(',').append(f(d.brier())).append(',').append(f(d.aucMin())).append(',')
                    .append(f(d.aucMax())).append(',').append(f(d.brierMin())).append(',').append(f(d.brierMax())).append('\n');
        }
        AtomicFiles.write(folder.path(DISCRIMINATION), csv.toString());

        csv = new StringBuilder("year,predictor,threshold,falsePositiveRate,truePositiveRate\n");
        for (RocRow r : v.roc()) {
            csv.append(r.year()).append(',').append(r.predictor()).append(',').append(f(r.point().threshold())).append(',')
                    .append(f(r.point().falsePositiveRate())).append(',').append(f(r.point().truePositiveRate())).append('\n');
        }
        AtomicFiles.write(folder.path(ROC), csv.toString());

        csv = new StringBuilder("year,predictor,decile,cases,meanPredicted,observedRate\n");
        for (DecileRow r : v.deciles()) {
            csv.append(r.year()).append(',').append(r.predictor()).append(',').append(r.decile().decile()).append(',')
                    .append(r.decile().cases()).append(',').append(f(r.decile().meanPredicted())).append(',')
                    .append(f(r.decile().observedRate())).append('\n');
        }
        AtomicFiles.write(folder.path(DECILES), csv.toString());

        csv = new StringBuilder("year,band,practices,pearson,spearman,meanError,meanAbsoluteError,pearsonSeedMin,pearsonSeedMax\n");
        for (ListSizes l : v.listSizes()) {
            csv.append(l.year()).append(',').append(MetricsCsv.quoted(l.band())).append(',').append(l.practices()).append(',')
                    .append(f(l.pearson())).append(',').append(f(l.spearman())).append(',').append(f(l.meanError())).append(',')
                    .append(f(l.meanAbsoluteError())).append(',').append(f(l.pearsonMin())).append(',').append(f(l.pearsonMax()))
                    .append('\n');
        }
        AtomicFiles.write(folder.path(LIST_SIZES), csv.toString());

        csv = new StringBuilder("year,band,real,modelMean,modelSeedMin,modelSeedMax\n");
        for (SizeBand b : v.sizeBands()) {
            csv.append(b.year()).append(',').append(MetricsCsv.quoted(b.band())).append(',').append(b.real()).append(',')
                    .append(f(b.modelMean())).append(',').append(b.modelMin()).append(',').append(b.modelMax()).append('\n');
        }
        AtomicFiles.write(folder.path(SIZE_BANDS), csv.toString());

        csv = new StringBuilder("areaType,code,name,practices,realEnded,modelEndedMean,modelEndedSeedMin,modelEndedSeedMax\n");
        for (AreaEnded a : v.areas()) {
            csv.append(a.areaType()).append(',').append(MetricsCsv.quoted(a.code())).append(',').append(MetricsCsv.quoted(a.name()))
                    .append(',').append(a.practices()).append(',').append(a.real()).append(',').append(f(a.modelMean())).append(',')
                    .append(a.modelMin()).append(',').append(a.modelMax()).append('\n');
        }
        AtomicFiles.write(folder.path(AREAS), csv.toString());

        csv = new StringBuilder("year,realEnded,modelEndedMean,modelEndedSeedMin,modelEndedSeedMax\n");
        for (Endings e : v.endings()) {
            csv.append(e.year()).append(',').append(e.real()).append(',').append(f(e.modelMean())).append(',').append(e.modelMin())
                    .append(',').append(e.modelMax()).append('\n');
        }
        AtomicFiles.write(folder.path(ENDINGS), csv.toString());

        csv = new StringBuilder("year,band,predictor,cases,realEnded,expectedEnded,auc\n");
        for (BandDiscrimination b : v.bandDiscrimination()) {
            csv.append(b.year()).append(',').append(MetricsCsv.quoted(b.band())).append(',').append(b.predictor()).append(',')
                    .append(b.cases()).append(',').append(b.positives()).append(',').append(f(b.expected())).append(',')
                    .append(f(b.auc())).append('\n');
        }
        AtomicFiles.write(folder.path(WITHIN_BANDS), csv.toString());

        csv = new StringBuilder("code,ccgCode,stpCode,closeDate");
        for (int year : v.years()) csv.append(",modelEndedBy").append(year);
        csv.append('\n');
        List<double[]> probabilities = new ArrayList<>();
        for (int year : v.years()) probabilities.add(v.probability(year));
        for (int i = 0; i < world.size(); i++) {
            PracticeRecord r = world.get(i);
            PracticeOutcome o = outcomes.get(i);
            csv.append(MetricsCsv.quoted(r.code())).append(',').append(r.ccgCode() == null ? "" : MetricsCsv.quoted(r.ccgCode()))
                    .append(',').append(MetricsCsv.quoted(r.economyCode())).append(',')
                    .append(o.closed() == null ? "" : o.closed().toString());
            for (double[] p : probabilities) csv.append(',').append(f(p[i]));
            csv.append('\n');
        }
        AtomicFiles.write(folder.path(PRACTICES), csv.toString());

        AtomicFiles.write(folder.path(REPORT), markdown(v, commandLine, setup));
    }

    static String markdown(PracticeValidation v, String commandLine, RunSetup setup) {
        StringBuilder md = new StringBuilder();
        md.append("# Practice-by-practice validation\n\n");
        md.append("`").append(commandLine).append("`\n\n");
        md.append("The experiment `").append(setup.experiment.path()).append("` on the model `").append(setup.model.path())
                .append("`, ").append(v.seeds()).append(" seeds, April 2015 to December ").append(PracticeValidation.LAST_YEAR)
                .append(", compared with what happened to each practice (joined on its ODS code). ")
                .append("A practice has *ended* when it closed or merged into another: the outcomes do not tell the two apart, ")
                .append("and ODS close dates can lag the real end by months. No outcome after ")
                .append(PracticeValidation.LAST_YEAR).append(" is read.\n\n");

        md.append("## Which practices end\n\n");
        md.append("The model's probability that a practice has ended by the end of each year is the share of seeds in which it had. ")
                .append("AUC counts ties as one half; the seed range is each seed alone as a 0/1 prediction. ")
                .append("The baselines are logistic regressions on 2015 covariates only, **fitted to these same outcomes** ")
                .append("(in-sample, so flattered), while the model saw no outcome:\n\n");
        for (Map.Entry<String, String> b : PracticeValidation.BASELINES.entrySet()) {
            md.append("- `").append(b.getKey()).append("`: ").append(b.getValue()).append('\n');
        }
        md.append("\n| year | ended (real) | predictor | AUC | AUC, seed range | Brier | Brier, seed range |\n");
        md.append("|---|---:|---|---:|---|---:|---|\n");
        for (Discrimination d : v.discrimination()) {
            md.append("| ").append(d.year()).append(" | ").append(d.positives()).append(" of ").append(d.cases()).append(" | `")
                    .append(d.predictor()).append("` | ").append(fixed(d.auc(), 3)).append(" | ")
                    .append(Double.isNaN(d.aucMin()) ? "" : fixed(d.aucMin(), 3) + "-" + fixed(d.aucMax(), 3)).append(" | ")
                    .append(fixed(d.brier(), 4)).append(" | ")
                    .append(Double.isNaN(d.brierMin()) ? "" : fixed(d.brierMin(), 4) + "-" + fixed(d.brierMax(), 4)).append(" |\n");
        }
        md.append("\nThe ROC curves are in `roc.csv`; calibration in ten groups of equal size by predicted probability ")
                .append("(ties in the world's order of practices) in `deciles.csv`.\n\n");

        md.append("## When practices end\n\n");
        md.append("Practices ended (closed or merged) by the end of each year.\n\n");
        md.append("| year | real | model (mean) | model, seed range |\n|---|---:|---:|---|\n");
        for (Endings e : v.endings()) {
            md.append("| ").append(e.year()).append(" | ").append(e.real()).append(" | ").append(fixed(e.modelMean(), 1)).append(" | ")
                    .append(e.modelMin()).append("-").append(e.modelMax()).append(" |\n");
        }

        md.append("\n## Which practices of a size end, to the end of ").append(v.lastYear()).append("\n\n");
        md.append("By band of the 2015 list: the practices ended, real and as each predictor expects (the sum of its ")
                .append("probabilities), and each predictor's AUC among the practices of the band alone: how well it tells apart ")
                .append("practices of a similar size (lists still differ within a band, so `listSize` keeps some of its power ")
                .append("there). Every year is in `within-bands.csv`.\n\n");
        List<String> predictors = List.of(PracticeValidation.MODEL, "listSize", "singleHanded", "all2015");
        md.append("| 2015 list | practices | ended (real) |");
        for (String p : predictors) md.append(" `").append(p).append("` expects |");
        for (String p : predictors) md.append(" `").append(p).append("` AUC |");
        md.append("\n|---|---:|---:|");
        for (int k = 0; k < 2 * predictors.size(); k++) md.append("---:|");
        md.append('\n');
        for (String band : PracticeValidation.LIST_BANDS) {
            List<BandDiscrimination> rows = v.bandDiscrimination().stream()
                    .filter(b -> b.year() == v.lastYear() && b.band().equals(band)).toList();
            if (rows.isEmpty()) continue;
            md.append("| ").append(band).append(" | ").append(rows.get(0).cases()).append(" | ").append(rows.get(0).positives()).append(" |");
            for (String p : predictors) {
                md.append(' ').append(rows.stream().filter(b -> b.predictor().equals(p)).map(b -> fixed(b.expected(), 1))
                        .findFirst().orElse("")).append(" |");
            }
            for (String p : predictors) {
                md.append(' ').append(rows.stream().filter(b -> b.predictor().equals(p)).map(b -> fixed(b.auc(), 3))
                        .findFirst().orElse("")).append(" |");
            }
            md.append('\n');
        }
        md.append('\n');

        md.append("## List sizes each September\n\n");
        md.append("The model's list (mean over the seeds in which the practice is open) against the workforce census, ")
                .append("for the practices open in both; bands by the real list. Error is model minus real, in patients.\n\n");
        md.append("| September | band | practices | Pearson | Pearson, seed range | Spearman | mean error | mean absolute error |\n");
        md.append("|---|---|---:|---:|---|---:|---:|---:|\n");
        for (ListSizes l : v.listSizes()) {
            md.append("| ").append(l.year()).append(" | ").append(l.band()).append(" | ").append(l.practices()).append(" | ")
                    .append(fixed(l.pearson(), 3)).append(" | ")
                    .append(Double.isNaN(l.pearsonMin()) ? "" : fixed(l.pearsonMin(), 3) + "-" + fixed(l.pearsonMax(), 3))
                    .append(" | ").append(fixed(l.spearman(), 3)).append(" | ").append(fixed(l.meanError(), 0)).append(" | ")
                    .append(fixed(l.meanAbsoluteError(), 0)).append(" |\n");
        }
        md.append("\n## Practices by size band each September\n\n");
        md.append("Open practices by list size; a practice open in reality but missing from that year's census is left out of both.\n\n");
        md.append("| September | band | real | model (mean) | model, seed range |\n|---|---|---:|---:|---|\n");
        for (SizeBand b : v.sizeBands()) {
            md.append("| ").append(b.year()).append(" | ").append(b.band()).append(" | ").append(b.real()).append(" | ")
                    .append(fixed(b.modelMean(), 1)).append(" | ").append(b.modelMin()).append("-").append(b.modelMax()).append(" |\n");
        }
        md.append("\n## Practices ended by area, to the end of ").append(v.lastYear()).append("\n\n");
        md.append("| areas | count | real ended | model ended (mean) | correlation over areas (Pearson) |\n|---|---:|---:|---:|---:|\n");
        for (String type : List.of("economy", "STP", "CCG")) {
            List<AreaEnded> of = v.areas().stream().filter(a -> a.areaType().equals(type)).toList();
            if (of.isEmpty()) continue;
            double[] model = new double[of.size()];
            double[] real = new double[of.size()];
            int realSum = 0;
            double modelSum = 0;
            for (int i = 0; i < of.size(); i++) {
                model[i] = of.get(i).modelMean();
                real[i] = of.get(i).real();
                realSum += of.get(i).real();
                modelSum += of.get(i).modelMean();
            }
            md.append("| ").append(type).append(" | ").append(of.size()).append(" | ").append(realSum).append(" | ")
                    .append(fixed(modelSum, 1)).append(" | ").append(fixed(Correlation.pearson(model, real), 3)).append(" |\n");
        }
        md.append("\nEach area's counts, with the seed range, are in `areas.csv`; each practice's probabilities in `practices.csv`.\n");
        return md.toString();
    }

    private static String f(double value) {
        return MetricsCsv.format(value);
    }

    /** A number for the report; "n/a" when it has no value (an AUC with no practice ended). */
    private static String fixed(double value, int decimals) {
        if (Double.isNaN(value)) return "n/a";
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }
}
