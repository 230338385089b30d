package org.icosim.model.observe;

import java.util.ArrayList;
import java.util.List;

import org.icosim.model.practice.PracticeHazard;
import org.icosim.model.world.Federation;
import org.icosim.model.world.Memberships;
import org.icosim.model.world.Practice;
import org.icosim.model.world.PracticeStatus;
import org.icosim.model.world.Trust;
import org.icosim.model.world.World;
import org.icosim.network.Node;
import org.icosim.network.OrgNetwork;
import org.icosim.network.TieType;

/**
 * One practice at the end of a month (ODD 8.25), as {@code practices.csv} reports it: who it is
 * (its ODS code, CCG and STP in a real world; its node id and economy in a synthetic one), its
 * status, list, GPs by role, the organisations it belongs to, when it ended, and its hazard
 * ({@link PracticeHazard}).
 *
 * @param code          ODS code, or the node id ("practice-12") in a synthetic world
 * @param ccgCode       CCG code, or {@code null} in a synthetic world
 * @param ccgName       CCG name, or {@code null}
 * @param economyCode   STP code, or the economy's id
 * @param economyName   STP name, or "economy N"
 * @param status        its status now
 * @param monthEnded    months since the start when it merged away or closed, -1 while open
 * @param patients      registered patients, real people (agents times the patient scale)
 * @param partners      partners working there
 * @param partnerFte    their FTE
 * @param salaried      salaried GPs working there (the practice's or, when an ICO runs it, the ICO's)
 * @param salariedFte   their FTE
 * @param locums        locums placed there this month
 * @param locumFte      their FTE
 * @param federation    the federation's node id, or {@code null}
 * @param provider      the node id of the large-scale provider it is a member of (8.39) or of the company that runs it (8.43), or {@code null}
 * @param ico           the node id of the ICO it is a member of (alliance or run), or {@code null}
 * @param caretaker     the node id of the trust running it as caretaker, or {@code null}
 * @param mergedInto    the code of the practice it merged into, or {@code null}
 * @param reconsiders   whether its next quarterly decision weighs its organisation, on its state now
 * @param hazard        the chance that decision ends it (merged or closed), {@link PracticeHazard#endChance}
 */
public record PracticeRecord(String code, String ccgCode, String ccgName, String economyCode, String economyName,
        PracticeStatus status, int monthEnded, double patients, int partners, double partnerFte, int salaried,
        double salariedFte, int locums, double locumFte, String federation, String provider, String ico, String caretaker,
        String mergedInto, boolean reconsiders, double hazard) {

    /** Every practice of the world, in the world's order. */
    public static List<PracticeRecord> of(World world, Memberships memberships, PracticeHazard hazard) {
        OrgNetwork network = world.network();
        int scale = world.patientScale();
        List<PracticeRecord> records = new ArrayList<>(world.practices().size());
        for (Practice p : world.practices()) {
            Federation f = memberships.federationOf(p);
            // The provider column names the super-partnership or, for a practice a company runs, the company (8.43).
            Node provider = memberships.providerOf(p);
            if (provider == null) provider = memberships.companyOf(p);
            Trust ico = memberships.icoOf(p);
            Trust caretaker = p.status() == PracticeStatus.TRUST_RUN ? memberships.runningTrust(p) : null;
            String mergedInto = null;
            if (p.status() == PracticeStatus.MERGED_INTO) {
                List<Node> into = network.targets(p, TieType.MERGED_INTO);
                if (!into.isEmpty()) mergedInto = ((Practice) into.get(0)).code();
            }
            records.add(new PracticeRecord(p.code(), p.ccgCode(), p.ccgName(), p.economy().code(), p.economy().name(),
                    p.status(), p.monthEnded(), (double) p.listAgents() * scale, p.partners(), p.partnerFte(),
                    p.salaried(), p.salariedFte(), p.locums(), p.locumFte(), f == null ? null : f.nodeId(), provider == null ? null : provider.nodeId(),
                    ico == null ? null : ico.nodeId(), caretaker == null ? null : caretaker.nodeId(), mergedInto,
                    hazard.reconsiders(p), hazard.endChance(p)));
        }
        return records;
    }
}
