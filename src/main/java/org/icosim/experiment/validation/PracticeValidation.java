package org.icosim.experiment.validation;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.icosim.model.observe.PracticeRecord;

/**
 * The model against what happened, practice by practice: from the status quo's runs over several
 * seeds (every practice recorded in September of each year and at the end) and the real outcomes
 * joined on ODS code, the tables {@code icosim validate} writes.
 *
 * <ul>
 * <li>Discrimination and calibration, for each year 2015 to 2019: the model's probability that a
 * practice has closed or merged by the end of the year (the share of seeds in which it had)
 * against whether it had (its ODS close date); AUC, Brier score, ROC curve, deciles; each seed
 * alone as a 0/1 prediction gives the seed spread. Beside it the baselines a referee would fit on
 * 2015 covariates alone, each a {@link Logistic} regression fitted to the same outcomes (in-sample,
 * so flattered against the model, which saw no outcome).</li>
 * <li>List sizes each September: the model's list (mean over the seeds in which the practice is
 * open) against the census's, by size band of the real list: Pearson, Spearman, mean and mean
 * absolute error.</li>
 * <li>Practices by size band each September, model (mean, lowest and highest seed) against real.
 * A practice open in reality but missing from that year's census is left out of both.</li>
 * <li>Practices ended by the end of the last year, by area (STP or economy, and CCG), model
 * against real.</li>
 * <li>Practices ended by the end of each year, model (mean, lowest and highest seed) against real:
 * when the endings come.</li>
 * <li>Within bands of the 2015 list, for each year: the practices ended, real and as each predictor
 * expects (the sum of its probabilities), and each predictor's AUC among the practices of the band
 * alone, so that a ranking that only sorts practices by size is told from one that also knows which
 * practice of a size ends.</li>
 * </ul>
 */
public final class PracticeValidation {

    /** The first year compared: the runs start in April 2015. */
    public static final int FIRST_YEAR = 2015;
    /** The last year with outcomes: nothing after 2019 is read. */
    public static final int LAST_YEAR = 2019;
    /** Upper ends of the size bands but the last, real patients. */
    static final double SMALL = org.icosim.model.observe.Observer.SMALL_LIST;
    static final double LARGE = org.icosim.model.observe.Observer.LARGE_LIST;
    public static final List<String> BANDS = List.of("under 5,000", "5,000-20,000", "over 20,000");
    public static final String ALL = "all";

    public static final String MODEL = "model";
    /** The baselines, each with the 2015 covariates it is fitted on. */
    public static final Map<String, String> BASELINES = baselines();

    private static Map<String, String> baselines() {
        Map<String, String> b = new LinkedHashMap<>();
        b.put("baseRate", "the share of practices that ended (no covariate)");
        b.put("listSize", "log of the 2015 list size");
        b.put("singleHanded", "single-handed in 2015 (GP head count at most 1), and head count unknown");
        b.put("contractType", "contract type in 2015 (GMS, PMS, APMS, unknown)");
        b.put("all2015", "all of these and GP FTE per 1,000 patients in 2015 (0 and a flag if unknown)");
        return b;
    }

    public record Discrimination(int year, String predictor, int cases, int positives, double auc, double brier,
            double aucMin, double aucMax, double brierMin, double brierMax) {
    }

    public record RocRow(int year, String predictor, Classification.RocPoint point) {
    }

    public record DecileRow(int year, String predictor, Classification.Decile decile) {
    }

    public record ListSizes(int year, String band, int practices, double pearson, double spearman, double meanError,
            double meanAbsoluteError, double pearsonMin, double pearsonMax) {
    }

    public record SizeBand(int year, String band, int real, double modelMean, int modelMin, int modelMax) {
    }

    public record Endings(int year, int real, double modelMean, int modelMin, int modelMax) {
    }

    /**
     * @param expected the practices of the band a predictor expects to have ended: the sum of its
     *                 probabilities (for the model, the mean over seeds of the count)
     * @param auc      among the practices of the band alone; NaN when none or all of them ended
     */
    public record BandDiscrimination(int year, String band, String predictor, int cases, int positives, double expected,
            double auc) {
    }

    /** Bands of the 2015 list for {@link #bandDiscrimination}: upper ends but the last, and names. */
    static final double[] LIST_BAND_ENDS = {3000, 5000, 10000, 20000};
    public static final List<String> LIST_BANDS = List.of("under 3,000", "3,000-5,000", "5,000-10,000", "10,000-20,000",
            "over 20,000");

    /** 0 to 4 for {@link #LIST_BANDS}: a list on a band's upper end is in that band. */
    static int listBand(double patients) {
        int b = 0;
        while (b < LIST_BAND_ENDS.length && patients > LIST_BAND_ENDS[b]) b++;
        return b;
    }

    public record AreaEnded(String areaType, String code, String name, int practices, int real, double modelMean,
            int modelMin, int modelMax) {
    }

    private final List<Discrimination> discrimination = new ArrayList<>();
    private final List<RocRow> roc = new ArrayList<>();
    private final List<DecileRow> deciles = new ArrayList<>();
    private final List<ListSizes> listSizes = new ArrayList<>();
    private final List<SizeBand> sizeBands = new ArrayList<>();
    private final List<AreaEnded> areas = new ArrayList<>();
    private final List<Endings> endings = new ArrayList<>();
    private final List<BandDiscrimination> bandDiscrimination = new ArrayList<>();
    private final List<Integer> years = new ArrayList<>();
    private final Map<Integer, double[]> probabilities = new LinkedHashMap<>();
    private final int lastYear;
    private final int seeds;

    /**
     * @param practicesAt per seed, month index to every practice at the end of that month (in the
     *                    world's order, the same in every seed); must hold the last month
     * @param months      months each run simulated
     * @param start       the calendar month of month 0
     * @param outcomes    the real outcomes, in the world's order of practices
     * @param covariates  the 2015 covariates, in the same order
     */
    public PracticeValidation(List<SortedMap<Integer, List<PracticeRecord>>> practicesAt, int months, YearMonth start,
            List<PracticeOutcome> outcomes, List<PracticeCovariates> covariates) {
        if (practicesAt.isEmpty()) throw new IllegalArgumentException("no run to validate");
        this.seeds = practicesAt.size();
        int n = outcomes.size();
        if (covariates.size() != n) throw new IllegalArgumentException("outcomes for " + n + " practices, covariates for " + covariates.size());
        List<List<PracticeRecord>> finals = new ArrayList<>();
        for (SortedMap<Integer, List<PracticeRecord>> run : practicesAt) {
            List<PracticeRecord> last = run.get(months - 1);
            if (last == null || last.size() != n) {
                throw new IllegalArgumentException("a run without the " + n + " practices recorded at its last month " + (months - 1));
            }
            finals.add(last);
        }
        YearMonth end = start.plusMonths(months - 1);
        int last = Math.min(LAST_YEAR, end.getMonthValue() == 12 ? end.getYear() : end.getYear() - 1);
        this.lastYear = last;
        for (int year = Math.max(FIRST_YEAR, start.getYear()); year <= last; year++) years.add(year);

        for (int year : years) {
            boolean[] real = new boolean[n];
            for (int i = 0; i < n; i++) real[i] = outcomes.get(i).endedBy(year);
            int[] endedSeeds = new int[n];
            double[] aucs = new double[seeds];
            double[] briers = new double[seeds];
            for (int s = 0; s < seeds; s++) {
                double[] ended = new double[n];
                for (int i = 0; i < n; i++) {
                    ended[i] = endedBy(finals.get(s).get(i), start, year) ? 1 : 0;
                    if (ended[i] > 0) endedSeeds[i]++;
                }
                aucs[s] = Classification.auc(ended, real);
                briers[s] = Classification.brier(ended, real);
            }
            double[] probability = new double[n];
            for (int i = 0; i < n; i++) probability[i] = (double) endedSeeds[i] / seeds;
            addPredictor(year, MODEL, probability, real, aucs, briers);
            probabilities.put(year, probability);
            countEndings(year, real, finals, start);
            Map<String, double[]> predictors = new LinkedHashMap<>();
            predictors.put(MODEL, probability);
            for (String baseline : BASELINES.keySet()) {
                double[] fitted = baseline(baseline, covariates, real);
                addPredictor(year, baseline, fitted, real, null, null);
                predictors.put(baseline, fitted);
            }
            compareWithinBands(year, predictors, real, covariates);
        }

        for (int year : years) {
            int monthIndex = (int) ChronoUnit.MONTHS.between(start, YearMonth.of(year, 9));
            if (monthIndex < 0 || monthIndex >= months) continue;
            List<List<PracticeRecord>> september = new ArrayList<>();
            for (SortedMap<Integer, List<PracticeRecord>> run : practicesAt) {
                List<PracticeRecord> at = run.get(monthIndex);
                if (at == null) throw new IllegalArgumentException("a run without its practices in September " + year);
                september.add(at);
            }
            compareLists(year, september, outcomes);
        }
        compareAreas(finals, outcomes, start);
    }

    private void countEndings(int year, boolean[] real, List<List<PracticeRecord>> finals, YearMonth start) {
        int realCount = 0;
        for (boolean r : real) if (r) realCount++;
        SeedRange model = SeedRange.of(endedPerRun(finals, null, start, year));
        endings.add(new Endings(year, realCount, model.mean(), model.min(), model.max()));
    }

    /** Each run's count of the practices of {@code members} (every practice if null) ended by the end of {@code year}. */
    private static int[] endedPerRun(List<List<PracticeRecord>> finals, List<Integer> members, YearMonth start, int year) {
        int[] counts = new int[finals.size()];
        for (int s = 0; s < counts.length; s++) {
            List<PracticeRecord> run = finals.get(s);
            if (members == null) {
                for (PracticeRecord r : run) if (endedBy(r, start, year)) counts[s]++;
            } else {
                for (int i : members) if (endedBy(run.get(i), start, year)) counts[s]++;
            }
        }
        return counts;
    }

    /** The mean of per-seed counts, and the lowest and highest seed. */
    private record SeedRange(double mean, int min, int max) {
        static SeedRange of(int[] counts) {
            double mean = 0;
            int lo = Integer.MAX_VALUE;
            int hi = Integer.MIN_VALUE;
            for (int c : counts) {
                mean += (double) c / counts.length;
                lo = Math.min(lo, c);
                hi = Math.max(hi, c);
            }
            return new SeedRange(mean, lo, hi);
        }
    }

    private void compareWithinBands(int year, Map<String, double[]> predictors, boolean[] real, List<PracticeCovariates> covariates) {
        int n = real.length;
        for (int b = 0; b < LIST_BANDS.size(); b++) {
            List<Integer> in = new ArrayList<>();
            for (int i = 0; i < n; i++) if (listBand(covariates.get(i).patients()) == b) in.add(i);
            boolean[] y = new boolean[in.size()];
            int positives = 0;
            for (int j = 0; j < y.length; j++) {
                y[j] = real[in.get(j)];
                if (y[j]) positives++;
            }
            for (Map.Entry<String, double[]> e : predictors.entrySet()) {
                double[] p = new double[in.size()];
                double expected = 0;
                for (int j = 0; j < p.length; j++) {
                    p[j] = e.getValue()[in.get(j)];
                    expected += p[j];
                }
                double auc = positives == 0 || positives == y.length ? Double.NaN : Classification.auc(p, y);
                bandDiscrimination.add(new BandDiscrimination(year, LIST_BANDS.get(b), e.getKey(), y.length, positives, expected, auc));
            }
        }
    }

    private static boolean endedBy(PracticeRecord r, YearMonth start, int year) {
        return r.monthEnded() >= 0 && start.plusMonths(r.monthEnded()).getYear() <= year;
    }

    private void addPredictor(int year, String name, double[] p, boolean[] real, double[] seedAucs, double[] seedBriers) {
        int positives = 0;
        for (boolean r : real) if (r) positives++;
        discrimination.add(new Discrimination(year, name, p.length, positives, Classification.auc(p, real),
                Classification.brier(p, real), min(seedAucs), max(seedAucs), min(seedBriers), max(seedBriers)));
        for (Classification.RocPoint point : Classification.roc(p, real)) roc.add(new RocRow(year, name, point));
        for (Classification.Decile d : Classification.deciles(p, real, 10)) deciles.add(new DecileRow(year, name, d));
    }

    /** A baseline's in-sample fitted probabilities. */
    static double[] baseline(String name, List<PracticeCovariates> covariates, boolean[] real) {
        int n = covariates.size();
        double[][] x = new double[n][];
        for (int i = 0; i < n; i++) x[i] = covariatesOf(name, covariates.get(i));
        Logistic fit = Logistic.fit(x, real);
        double[] p = new double[n];
        for (int i = 0; i < n; i++) p[i] = fit.probability(x[i]);
        return p;
    }

    static double[] covariatesOf(String baseline, PracticeCovariates c) {
        double logList = Math.log(Math.max(1, c.patients()));
        double single = c.singleHanded() ? 1 : 0;
        double headcountUnknown = Double.isNaN(c.gpHeadcount()) ? 1 : 0;
        double pms = c.contract().equals("PMS") ? 1 : 0;
        double apms = c.contract().equals("APMS") ? 1 : 0;
        double contractUnknown = c.contract().isEmpty() ? 1 : 0;
        boolean fteKnown = !Double.isNaN(c.gpFte()) && c.patients() > 0;
        double ftePer1000 = fteKnown ? c.gpFte() / c.patients() * 1000 : 0;
        switch (baseline) {
            case "baseRate": return new double[0];
            case "listSize": return new double[] {logList};
            case "singleHanded": return new double[] {single, headcountUnknown};
            case "contractType": return new double[] {pms, apms, contractUnknown};
            case "all2015": return new double[] {logList, single, headcountUnknown, ftePer1000, fteKnown ? 0 : 1, pms, apms,
                contractUnknown};
            default: throw new IllegalArgumentException("unknown baseline " + baseline);
        }
    }

    /** 0, 1, 2 for the size bands. */
    static int band(double patients) {
        return patients < SMALL ? 0 : patients <= LARGE ? 1 : 2;
    }

    private void compareLists(int year, List<List<PracticeRecord>> september, List<PracticeOutcome> outcomes) {
        int n = outcomes.size();
        int k = year - FIRST_YEAR;
        LocalDate census = LocalDate.of(year, 9, 30);
        double[] modelMean = new double[n];
        boolean[] paired = new boolean[n];
        double[] real = new double[n];
        boolean[] excluded = new boolean[n];
        for (int i = 0; i < n; i++) {
            PracticeOutcome o = outcomes.get(i);
            real[i] = k < o.septemberPatients().length ? o.septemberPatients()[k] : Double.NaN;
            boolean openInReality = o.closed() == null || o.closed().isAfter(census);
            excluded[i] = !(real[i] > 0) && openInReality;
            double sum = 0;
            int open = 0;
            for (List<PracticeRecord> run : september) {
                PracticeRecord r = run.get(i);
                if (r.status().isOpen()) {
                    sum += r.patients();
                    open++;
                }
            }
            modelMean[i] = open > 0 ? sum / open : Double.NaN;
            paired[i] = real[i] > 0 && open > 0;
        }
        for (int b = -1; b < BANDS.size(); b++) {
            List<Integer> in = new ArrayList<>();
            for (int i = 0; i < n; i++) if (paired[i] && (b < 0 || band(real[i]) == b)) in.add(i);
            double[] x = new double[in.size()];
            double[] y = new double[in.size()];
            double error = 0;
            double absolute = 0;
            for (int j = 0; j < in.size(); j++) {
                x[j] = modelMean[in.get(j)];
                y[j] = real[in.get(j)];
                error += x[j] - y[j];
                absolute += Math.abs(x[j] - y[j]);
            }
            double[] seedPearson = new double[september.size()];
            for (int s = 0; s < september.size(); s++) {
                List<Double> mx = new ArrayList<>();
                List<Double> my = new ArrayList<>();
                for (int i : in) {
                    PracticeRecord r = september.get(s).get(i);
                    if (r.status().isOpen()) {
                        mx.add(r.patients());
                        my.add(real[i]);
                    }
                }
                seedPearson[s] = Correlation.pearson(unbox(mx), unbox(my));
            }
            int count = in.size();
            listSizes.add(new ListSizes(year, b < 0 ? ALL : BANDS.get(b), count, Correlation.pearson(x, y),
                    Correlation.spearman(x, y), count > 0 ? error / count : Double.NaN,
                    count > 0 ? absolute / count : Double.NaN, min(seedPearson), max(seedPearson)));
        }
        for (int b = 0; b < BANDS.size(); b++) {
            int realCount = 0;
            for (int i = 0; i < n; i++) if (!excluded[i] && real[i] > 0 && band(real[i]) == b) realCount++;
            int[] model = new int[september.size()];
            for (int s = 0; s < september.size(); s++) {
                for (int i = 0; i < n; i++) {
                    PracticeRecord r = september.get(s).get(i);
                    if (!excluded[i] && r.status().isOpen() && band(r.patients()) == b) model[s]++;
                }
            }
            SeedRange range = SeedRange.of(model);
            sizeBands.add(new SizeBand(year, BANDS.get(b), realCount, range.mean(), range.min(), range.max()));
        }
    }

    private void compareAreas(List<List<PracticeRecord>> finals, List<PracticeOutcome> outcomes, YearMonth start) {
        int n = outcomes.size();
        Map<String, List<Integer>> economies = new LinkedHashMap<>();
        Map<String, String[]> economyNames = new LinkedHashMap<>();
        SortedMap<String, List<Integer>> ccgs = new TreeMap<>();
        Map<String, String> ccgNames = new LinkedHashMap<>();
        boolean real = false;
        List<PracticeRecord> first = finals.get(0);
        for (int i = 0; i < n; i++) {
            PracticeRecord r = first.get(i);
            economies.computeIfAbsent(r.economyCode(), c -> new ArrayList<>()).add(i);
            economyNames.putIfAbsent(r.economyCode(), new String[] {r.economyName()});
            if (r.ccgCode() != null) {
                real = true;
                ccgs.computeIfAbsent(r.ccgCode(), c -> new ArrayList<>()).add(i);
                ccgNames.putIfAbsent(r.ccgCode(), r.ccgName() == null ? "" : r.ccgName());
            }
        }
        String economyType = real ? "STP" : "economy";
        for (Map.Entry<String, List<Integer>> e : economies.entrySet()) {
            areas.add(area(economyType, e.getKey(), economyNames.get(e.getKey())[0], e.getValue(), finals, outcomes, start));
        }
        for (Map.Entry<String, List<Integer>> e : ccgs.entrySet()) {
            areas.add(area("CCG", e.getKey(), ccgNames.get(e.getKey()), e.getValue(), finals, outcomes, start));
        }
    }

    private AreaEnded area(String type, String code, String name, List<Integer> members, List<List<PracticeRecord>> finals,
            List<PracticeOutcome> outcomes, YearMonth start) {
        int realEnded = 0;
        for (int i : members) if (outcomes.get(i).endedBy(lastYear)) realEnded++;
        SeedRange model = SeedRange.of(endedPerRun(finals, members, start, lastYear));
        return new AreaEnded(type, code, name, members.size(), realEnded, model.mean(), model.min(), model.max());
    }

    private static double[] unbox(List<Double> v) {
        double[] out = new double[v.size()];
        for (int i = 0; i < out.length; i++) out[i] = v.get(i);
        return out;
    }

    private static double min(double[] v) {
        if (v == null) return Double.NaN;
        double m = Double.POSITIVE_INFINITY;
        for (double x : v) m = Math.min(m, x);
        return v.length == 0 ? Double.NaN : m;
    }

    private static double max(double[] v) {
        if (v == null) return Double.NaN;
        double m = Double.NEGATIVE_INFINITY;
        for (double x : v) m = Math.max(m, x);
        return v.length == 0 ? Double.NaN : m;
    }

    /** The years compared, 2015 to the last the runs cover to December (at most 2019). */
    public List<Integer> years() { return List.copyOf(years); }
    /** The year whose end the areas' counts are taken at. */
    public int lastYear() { return lastYear; }
    public int seeds() { return seeds; }
    /** The model's probability that each practice (in the world's order) ended by the end of {@code year}. */
    public double[] probability(int year) { return probabilities.get(year).clone(); }
    public List<Discrimination> discrimination() { return List.copyOf(discrimination); }
    public List<RocRow> roc() { return List.copyOf(roc); }
    public List<DecileRow> deciles() { return List.copyOf(deciles); }
    public List<ListSizes> listSizes() { return List.copyOf(listSizes); }
    public List<SizeBand> sizeBands() { return List.copyOf(sizeBands); }
    public List<AreaEnded> areas() { return List.copyOf(areas); }
    /** Practices ended by the end of each year, model against real. */
    public List<Endings> endings() { return List.copyOf(endings); }
    /** Each year, band of the 2015 list and predictor: practices ended, expected and real, and the AUC within the band. */
    public List<BandDiscrimination> bandDiscrimination() { return List.copyOf(bandDiscrimination); }
}
