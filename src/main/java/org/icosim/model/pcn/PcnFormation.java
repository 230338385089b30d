package org.icosim.model.pcn;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.icosim.model.parameters.Parameters;
import org.icosim.model.world.Economy;
import org.icosim.model.world.Memberships;
import org.icosim.model.world.Practice;
import org.icosim.model.world.PrimaryCareNetwork;
import org.icosim.model.world.World;
import org.icosim.network.Node;

/**
 * ODD 8.30, primary care network formation: in the month the network contract starts
 * ({@link Parameters#PCN_START}) every open practice joins a primary care network of neighbouring
 * practices of its economy (and, in the real England, of its CCG), of about 30,000-50,000 patients.
 * A federation or an ICO's members that fit in one network stay together. The rule draws no random
 * numbers: the same world gives the same networks. Afterwards a network loses the practices that
 * merge away or close (their MEMBER_OF ties go with their other ties) and is dissolved when it has
 * none left; networks are not re-formed.
 */
public final class PcnFormation implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private final World world;
    private final Memberships memberships;
    private final boolean on;
    private final double start;
    private final double minList;
    private final double targetList;
    private final double maxList;
    private boolean formed;

    public PcnFormation(World world, Memberships memberships) {
        this.world = world;
        this.memberships = memberships;
        Parameters p = world.params();
        on = p.getBoolean(Parameters.PRIMARY_CARE_NETWORKS);
        start = p.get(Parameters.PCN_START);
        minList = p.get(Parameters.PCN_MIN_LIST);
        targetList = p.get(Parameters.PCN_TARGET_LIST);
        maxList = p.get(Parameters.PCN_MAX_LIST);
    }

    /** Whether networks exist this month: switched on and on or after the start month. */
    public boolean active() {
        return on && world.calendar().calendarMonth() >= start;
    }

    /** Each month (phase 2): forms the networks in the first active month, and dissolves those left with no member. */
    public void monthly() {
        if (!active()) return;
        if (!formed) {
            formAll();
            formed = true;
        }
        for (PrimaryCareNetwork n : world.pcns()) {
            if (n.isActive() && world.network().memberView(n).isEmpty()) {
                n.dissolve(world.calendar().month());
                world.network().remove(n);
            }
        }
    }

    /** Forms the networks of every economy, group by group (an economy, or a CCG of it in the real England). */
    void formAll() {
        for (Economy e : world.economies()) {
            // Groups in the order their first practice appears (the builder's order); a synthetic world has one per economy.
            Map<String, List<Practice>> groups = new LinkedHashMap<>();
            for (Practice p : e.practices()) {
                if (!p.isOpen()) continue;
                String key = p.ccgCode() == null ? "" : p.ccgCode();
                groups.computeIfAbsent(key, k -> new ArrayList<>()).add(p);
            }
            for (Map.Entry<String, List<Practice>> g : groups.entrySet()) {
                String ccg = g.getKey().isEmpty() ? null : g.getKey();
                for (List<Practice> members : partition(g.getValue())) {
                    PrimaryCareNetwork n = world.newPcn(e, ccg);
                    for (Practice p : members) world.network().addMembership(p, n);
                }
            }
        }
    }

    /** A set of practices that joins a network whole: one practice, or a federation's or ICO's members in the group. */
    static final class Block {
        final List<Practice> practices = new ArrayList<>();
        double list;
        double x;
        double y;

        void add(Practice p, double patients) {
            practices.add(p);
            list += patients;
            x += (p.x() - x) / practices.size();
            y += (p.y() - y) / practices.size();
        }

        int firstId() {
            return practices.get(0).id();
        }
    }

    /** A forming network: its blocks and their list, and the centre of its practices. */
    private static final class Forming {
        final List<Block> blocks = new ArrayList<>();
        double list;
        int practices;
        double x;
        double y;

        void add(Block b) {
            blocks.add(b);
            list += b.list;
            for (Practice p : b.practices) {
                practices++;
                x += (p.x() - x) / practices;
                y += (p.y() - y) / practices;
            }
        }

        List<Practice> members() {
            List<Practice> out = new ArrayList<>();
            for (Block b : blocks) out.addAll(b.practices);
            return out;
        }
    }

    /**
     * The networks of one group of open practices, each a list of members:
     * <ol>
     * <li>blocks: a federation's members in the group, or else an ICO's, whose lists sum to at most
     * {@code pcnMaxList} form one block; every other practice is a block alone;</li>
     * <li>a block of at least {@code pcnMinList} patients is a network by itself;</li>
     * <li>the rest, while any is left: the block farthest from the centre of those left (the
     * lowest practice id on a tie) starts a network, which takes the nearest remaining block to its
     * centre that keeps it within {@code pcnMaxList}, again and again, until it reaches
     * {@code pcnTargetList} or no block fits;</li>
     * <li>a network that ends below {@code pcnMinList} is broken up, each of its blocks joining the
     * network of the group whose centre is nearest, when the group has one (else it stays, a network
     * of a small group).</li>
     * </ol>
     */
    List<List<Practice>> partition(List<Practice> group) {
        List<Block> blocks = blocks(group);
        List<Forming> networks = new ArrayList<>();
        List<Block> left = new ArrayList<>();
        for (Block b : blocks) {
            if (b.list >= minList) {
                Forming f = new Forming();
                f.add(b);
                networks.add(f);
            } else {
                left.add(b);
            }
        }
        List<Forming> small = new ArrayList<>();
        while (!left.isEmpty()) {
            double cx = 0;
            double cy = 0;
            for (Block b : left) {
                cx += b.x;
                cy += b.y;
            }
            cx /= left.size();
            cy /= left.size();
            Block seed = null;
            double far = -1;
            for (Block b : left) {
                double d = Math.hypot(b.x - cx, b.y - cy);
                if (d > far || (d == far && b.firstId() < seed.firstId())) {
                    far = d;
                    seed = b;
                }
            }
            left.remove(seed);
            Forming f = new Forming();
            f.add(seed);
            while (f.list < targetList) {
                Block next = null;
                double near = Double.POSITIVE_INFINITY;
                for (Block b : left) {
                    if (f.list + b.list > maxList) continue;
                    double d = Math.hypot(b.x - f.x, b.y - f.y);
                    if (d < near || (d == near && b.firstId() < next.firstId())) {
                        near = d;
                        next = b;
                    }
                }
                if (next == null) break;
                left.remove(next);
                f.add(next);
            }
            if (f.list >= minList) networks.add(f); else small.add(f);
        }
        if (networks.isEmpty()) {
            // A group too small for one network of pcnMinList: its practices form one network.
            if (!small.isEmpty()) {
                Forming all = new Forming();
                for (Forming f : small) for (Block b : f.blocks) all.add(b);
                networks.add(all);
            }
        } else {
            // Remnants join the nearest full network, block by block; the centres are those before any remnant joined.
            List<double[]> centres = new ArrayList<>();
            for (Forming f : networks) centres.add(new double[] {f.x, f.y});
            for (Forming f : small) {
                for (Block b : f.blocks) {
                    int best = 0;
                    double near = Double.POSITIVE_INFINITY;
                    for (int k = 0; k < networks.size(); k++) {
                        double d = Math.hypot(b.x - centres.get(k)[0], b.y - centres.get(k)[1]);
                        if (d < near) {
                            near = d;
                            best = k;
                        }
                    }
                    networks.get(best).add(b);
                }
            }
        }
        List<List<Practice>> out = new ArrayList<>();
        for (Forming f : networks) out.add(f.members());
        return out;
    }

    /** The group's blocks, in the order of their first practice. */
    private List<Block> blocks(List<Practice> group) {
        // Keyed by the organisation (a federation, else an ICO) whose members stay together; insertion-ordered.
        Map<Node, Block> byOrganisation = new LinkedHashMap<>();
        List<Block> out = new ArrayList<>();
        int scale = world.patientScale();
        for (Practice p : group) {
            Node organisation = memberships.federationOf(p);
            if (organisation == null) organisation = memberships.icoOf(p);
            if (organisation == null) {
                Block b = new Block();
                b.add(p, (double) p.listAgents() * scale);
                out.add(b);
                continue;
            }
            Block b = byOrganisation.get(organisation);
            if (b == null) {
                b = new Block();
                byOrganisation.put(organisation, b);
                out.add(b);
            }
            b.add(p, (double) p.listAgents() * scale);
        }
        // An organisation too large for one network is not kept whole: its practices are blocks alone.
        List<Block> result = new ArrayList<>();
        for (Block b : out) {
            if (b.practices.size() > 1 && b.list > maxList) {
                for (Practice p : b.practices) {
                    Block single = new Block();
                    single.add(p, (double) p.listAgents() * scale);
                    result.add(single);
                }
            } else {
                result.add(b);
            }
        }
        result.sort((a, b) -> Integer.compare(a.firstId(), b.firstId()));
        return result;
    }
}
