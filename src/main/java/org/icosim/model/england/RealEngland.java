package org.icosim.model.england;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The real England of April 2015 (ODD 6, 7): its practices, acute trusts and CCGs, checked to fit
 * together, and the layout the world is built on: one economy per STP (in the order of their
 * codes), holding the practices of its CCGs (in the order of their ODS codes), each at its
 * projected site ({@link BritishNationalGrid}); each acute trust in the STP of the practice
 * nearest to it. The layout depends on the rows, not on their order in the files.
 *
 * @param source    where the data came from, for messages and records (e.g. the folder)
 * @param practices the practices, one per row
 * @param trusts    the acute trusts, one per row
 * @param ccgs      the CCGs, one per row
 */
public record RealEngland(String source, List<PracticeSite> practices, List<TrustSite> trusts, List<CcgArea> ccgs)
        implements java.io.Serializable {

    /**
     * @throws IllegalArgumentException when a code repeats, a practice's CCG is not among the CCGs,
     *                                  there is no practice or no trust, or an STP with practices
     *                                  has no acute trust nearer to one of its practices than to
     *                                  any other STP's
     */
    public RealEngland {
        Objects.requireNonNull(source, "source");
        practices = List.copyOf(practices);
        trusts = List.copyOf(trusts);
        ccgs = List.copyOf(ccgs);
        if (practices.isEmpty()) throw new IllegalArgumentException("no practice");
        if (trusts.isEmpty()) throw new IllegalArgumentException("no acute trust");
        Map<String, CcgArea> byCode = new HashMap<>();
        for (CcgArea c : ccgs) {
            if (byCode.put(c.code(), c) != null) throw new IllegalArgumentException("CCG " + c.code() + " appears twice");
        }
        java.util.Set<String> codes = new java.util.HashSet<>();
        for (PracticeSite p : practices) {
            if (!codes.add(p.odsCode())) throw new IllegalArgumentException("practice " + p.odsCode() + " appears twice");
            if (!byCode.containsKey(p.ccgCode())) {
                throw new IllegalArgumentException("practice " + p.odsCode() + ": CCG " + p.ccgCode() + " is not among the CCGs");
            }
        }
        codes.clear();
        for (TrustSite t : trusts) {
            if (!codes.add(t.odsCode())) throw new IllegalArgumentException("trust " + t.odsCode() + " appears twice");
        }
        Map<String, List<TrustSite>> trustsByStp = layoutTrusts(practices, trusts, byCode);
        for (String stp : layoutPractices(practices, byCode).keySet()) {
            if (!trustsByStp.containsKey(stp)) {
                throw new IllegalArgumentException("STP " + stp + " has no acute trust: no trust's nearest practice is one of its "
                        + "practices; expected at least one acute trust in every STP");
            }
        }
    }

    /** The CCG of a practice. */
    public CcgArea ccgOf(PracticeSite p) {
        for (CcgArea c : ccgs) if (c.code().equals(p.ccgCode())) return c;
        throw new IllegalArgumentException("practice " + p.odsCode() + ": CCG " + p.ccgCode() + " is not among the CCGs");
    }

    /** STP code to its practices, STPs by code, practices by ODS code. */
    public Map<String, List<PracticeSite>> practicesByStp() {
        return layoutPractices(practices, ccgMap());
    }

    /** STP code to its acute trusts (in the STP of the nearest practice), trusts by ODS code. */
    public Map<String, List<TrustSite>> trustsByStp() {
        return layoutTrusts(practices, trusts, ccgMap());
    }

    /** Registered patients of all practices, 2015. */
    public long patients() {
        long n = 0;
        for (PracticeSite p : practices) n += p.patients();
        return n;
    }

    private Map<String, CcgArea> ccgMap() {
        Map<String, CcgArea> byCode = new HashMap<>();
        for (CcgArea c : ccgs) byCode.put(c.code(), c);
        return byCode;
    }

    private static Map<String, List<PracticeSite>> layoutPractices(List<PracticeSite> practices, Map<String, CcgArea> ccgs) {
        Map<String, List<PracticeSite>> out = new TreeMap<>();
        for (PracticeSite p : practices) out.computeIfAbsent(ccgs.get(p.ccgCode()).stpCode(), k -> new ArrayList<>()).add(p);
        for (List<PracticeSite> list : out.values()) list.sort(Comparator.comparing(PracticeSite::odsCode));
        return out;
    }

    private static Map<String, List<TrustSite>> layoutTrusts(List<PracticeSite> practices, List<TrustSite> trusts,
            Map<String, CcgArea> ccgs) {
        List<PracticeSite> sorted = new ArrayList<>(practices);
        sorted.sort(Comparator.comparing(PracticeSite::odsCode));
        double[] px = new double[sorted.size()];
        double[] py = new double[sorted.size()];
        for (int i = 0; i < sorted.size(); i++) {
            px[i] = BritishNationalGrid.x(sorted.get(i).lat(), sorted.get(i).lon());
            py[i] = BritishNationalGrid.y(sorted.get(i).lat(), sorted.get(i).lon());
        }
        Map<String, List<TrustSite>> out = new TreeMap<>();
        List<TrustSite> byCode = new ArrayList<>(trusts);
        byCode.sort(Comparator.comparing(TrustSite::odsCode));
        for (TrustSite t : byCode) {
            double tx = BritishNationalGrid.x(t.lat(), t.lon());
            double ty = BritishNationalGrid.y(t.lat(), t.lon());
            int best = 0;
            double bestD = Double.POSITIVE_INFINITY;
            for (int i = 0; i < sorted.size(); i++) {
                double d = (px[i] - tx) * (px[i] - tx) + (py[i] - ty) * (py[i] - ty);
                if (d < bestD) {
                    bestD = d;
                    best = i;
                }
            }
            out.computeIfAbsent(ccgs.get(sorted.get(best).ccgCode()).stpCode(), k -> new ArrayList<>()).add(t);
        }
        return new LinkedHashMap<>(out);
    }
}
