package org.icosim.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.icosim.model.england.BritishNationalGrid;
import org.icosim.model.england.GpSplit;
import org.icosim.model.england.PracticeSite;
import org.icosim.model.england.RealEngland;
import org.icosim.model.england.TrustSite;
import org.icosim.model.parameters.Parameters;
import org.icosim.model.patients.PatientRandom;
import org.icosim.model.patients.Patients;
import org.icosim.model.world.Economy;
import org.icosim.model.world.Practice;
import org.icosim.model.world.Trust;
import org.icosim.model.world.TrustKind;
import org.icosim.model.world.World;

/**
 * Builds the real England of April 2015 (ODD 6): one economy per STP, whose region is the
 * bounding square of its practices and trusts and whose towns are its acute trusts' sites; every
 * acute trust at its site, in the STP of its nearest practice; every practice at its site with its
 * ODS code, CCG, premises and MPIG drawn as in the synthetic world, and its 2015 list as patient
 * agents around it; its census GPs split into partners and salaried by {@link GpSplit}; then
 * locums and registrars as in the synthetic world. No community trust: the data hold none.
 */
final class RealEnglandBuilder {

    private final Submodels sub;
    private final World world;
    private final Parameters p;
    private final RealEngland data;
    private final Initialisation init;

    RealEnglandBuilder(Submodels sub, RealEngland data) {
        this.sub = sub;
        this.world = sub.world;
        this.p = world.params();
        this.data = data;
        this.init = new Initialisation(sub);
    }

    void build() {
        Map<String, List<PracticeSite>> practicesByStp = data.practicesByStp();
        Map<String, List<TrustSite>> trustsByStp = data.trustsByStp();
        int scale = world.patientScale();
        List<String> stps = new ArrayList<>(practicesByStp.keySet());
        for (int e = 0; e < stps.size(); e++) {
            List<PracticeSite> sites = practicesByStp.get(stps.get(e));
            List<TrustSite> trusts = trustsByStp.get(stps.get(e));
            double minX = Double.POSITIVE_INFINITY;
            double minY = Double.POSITIVE_INFINITY;
            double maxX = Double.NEGATIVE_INFINITY;
            double maxY = Double.NEGATIVE_INFINITY;
            long patients = 0;
            for (PracticeSite s : sites) {
                double x = BritishNationalGrid.x(s.lat(), s.lon());
                double y = BritishNationalGrid.y(s.lat(), s.lon());
                minX = Math.min(minX, x);
                maxX = Math.max(maxX, x);
                minY = Math.min(minY, y);
                maxY = Math.max(maxY, y);
                patients += s.patients();
            }
            double[] tx = new double[trusts.size()];
            double[] ty = new double[trusts.size()];
            for (int t = 0; t < trusts.size(); t++) {
                tx[t] = BritishNationalGrid.x(trusts.get(t).lat(), trusts.get(t).lon());
                ty[t] = BritishNationalGrid.y(trusts.get(t).lat(), trusts.get(t).lon());
                minX = Math.min(minX, tx[t]);
                maxX = Math.max(maxX, tx[t]);
                minY = Math.min(minY, ty[t]);
                maxY = Math.max(maxY, ty[t]);
            }
            double side = Math.max(1, Math.max(maxX - minX, maxY - minY));
            int capacity = (int) Math.min(Integer.MAX_VALUE - 64, patients / scale * 1.3 + 64);
            Economy economy = new Economy(e, minX, minY, side, tx, ty, new Patients(capacity),
                    new PatientRandom(world.random().nextLong()));
            // The data name no STP: its code stands for its name too.
            economy.identify(stps.get(e), stps.get(e));
            world.addEconomy(economy);
        }
        int id = 0;
        for (Economy e : world.economies()) {
            for (int t = 0; t < e.towns(); t++) world.addTrust(new Trust(id++, e, e.townX(t), e.townY(t), TrustKind.ACUTE));
        }
        List<PracticeSite> inOrder = new ArrayList<>();
        id = 0;
        for (Economy e : world.economies()) {
            for (PracticeSite s : practicesByStp.get(e.code())) {
                Practice pr = init.newPractice(id++, e, BritishNationalGrid.x(s.lat(), s.lon()), BritishNationalGrid.y(s.lat(), s.lon()));
                pr.identify(s.odsCode(), s.ccgCode(), data.ccgOf(s).name());
                pr.setApms(s.contractType().equals("APMS"));
                world.addPractice(pr);
                inOrder.add(s);
            }
        }
        world.signals().allocate(world.practices().size());
        init.beginPatients();
        for (int i = 0; i < inOrder.size(); i++) init.populate(world.practice(i), inOrder.get(i).patients());
        init.endPatients();
        init.tie();
        buildWorkforce(inOrder);
        sub.practicePhase();
    }

    private static boolean[] absentFromCensus(List<PracticeSite> sites) {
        boolean[] out = new boolean[sites.size()];
        for (int i = 0; i < out.length; i++) out[i] = GpSplit.absentFromCensus(sites.get(i));
        return out;
    }

    private void buildWorkforce(List<PracticeSite> sites) {
        init.populationShares();
        double perPartner = p.get(Parameters.PATIENTS_PER_PARTNER);
        double perSalaried = p.get(Parameters.PATIENTS_PER_SALARIED);
        // The national partner share of the head count: 24,491 / (24,491 + 10,270) with the
        // defaults, which are those head counts over England's 57.1M patients (G1, N1, P5).
        double share = perSalaried / (perPartner + perSalaried);
        double meanFte = share * p.get(Parameters.PARTNER_MEAN_FTE) + (1 - share) * p.get(Parameters.SALARIED_MEAN_FTE);
        // Without any census FTE, the national GPs per patient at that mean.
        double fallback = (1 / perPartner + 1 / perSalaried) * meanFte;
        int[] headcounts = GpSplit.headcounts(GpSplit.fte(sites, fallback), meanFte);
        boolean absentHandBack = p.getBoolean(Parameters.CENSUS_ABSENT_HAND_BACK);
        int m = p.getInt(Parameters.MIN_PARTNERS);
        double q = absentHandBack ? GpSplit.factorWithout(headcounts, share, absentFromCensus(sites), m) : GpSplit.factor(headcounts, share, m);
        int handBackMonths = p.getInt(Parameters.HAND_BACK_MONTHS);
        for (int i = 0; i < sites.size(); i++) {
            Practice pr = world.practice(i);
            if (absentHandBack && GpSplit.absentFromCensus(sites.get(i))) {
                // ODD 6: already on its way out; the build's practice phase below counts one more month.
                for (int g = 0; g < headcounts[i]; g++) init.hireSalaried(pr);
                pr.startPartnerless(Math.max(0, handBackMonths - 1));
                continue;
            }
            int partners = GpSplit.partners(headcounts[i], q, m);
            for (int k = 0; k < partners; k++) init.hirePartner(pr);
            for (int k = partners; k < headcounts[i]; k++) init.hireSalaried(pr);
        }
        for (Economy e : world.economies()) init.hireLocums(e, e.practices(), Initialisation.cumulativeLists(e.practices()));
        init.enrolRegistrars();
    }
}
