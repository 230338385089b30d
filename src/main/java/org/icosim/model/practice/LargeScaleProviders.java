package org.icosim.model.practice;

import java.util.ArrayList;
import java.util.List;

import org.icosim.model.parameters.ParameterValues;
import org.icosim.model.parameters.Parameters;
import org.icosim.model.world.Federation;
import org.icosim.model.world.Gp;
import org.icosim.model.world.Memberships;
import org.icosim.model.world.Practice;
import org.icosim.model.world.PracticeStatus;
import org.icosim.model.world.Provider;
import org.icosim.model.world.Role;
import org.icosim.model.world.World;
import org.icosim.network.Node;

/**
 * ODD 8.39, large-scale providers: super-partnerships that hold several practices' contracts.
 * Each quarter an eligible practice weighs, with probability {@link Parameters#PROVIDER_REVIEW_RATE},
 * joining the provider of its nearest neighbour in one, or founding one with a neighbour that
 * agrees, against the autonomy it gives up; members save part of their fixed costs; a member left
 * without a partner gets one from the member with the most; a provider takes on a neighbour's
 * handed-back contract if it values it; each member, with probability
 * {@link Parameters#PROVIDER_RECRUIT_RATE}, invites its nearest eligible neighbour. Membership is a MEMBER_OF tie to a {@link Provider} vertex.
 */
public final class LargeScaleProviders implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private final World world;
    private final Memberships memberships;
    private final PracticeMoveRule.Context context;
    private final PracticeCapacity capacity;
    private final boolean on;
    private final double start;
    private final double reviewRate;
    private final double saving;
    private final double recruitRate;

    public LargeScaleProviders(World world, Memberships memberships, PracticeMoveRule.Context context,
            PracticeCapacity capacity) {
        this.world = world;
        this.memberships = memberships;
        this.context = context;
        this.capacity = capacity;
        ParameterValues p = world.params();
        on = p.getBoolean(Parameters.LARGE_SCALE_PROVIDERS);
        start = p.get(Parameters.PROVIDER_START);
        reviewRate = p.get(Parameters.PROVIDER_REVIEW_RATE);
        saving = p.get(Parameters.PROVIDER_SAVING);
        recruitRate = p.get(Parameters.PROVIDER_RECRUIT_RATE);
    }

    /** Whether providers may form this month: switched on and on or after the start month. */
    public boolean active() {
        return on && world.calendar().calendarMonth() >= start;
    }

    /** A practice that may join or found a provider: open, independent or federated, with a partner, in none. */
    boolean eligible(Practice p) {
        return p.isOpen() && (p.status() == PracticeStatus.INDEPENDENT || p.status() == PracticeStatus.FEDERATED)
                && p.partners() > 0 && memberships.providerOf(p) == null;
    }

    /** Partners of the open members of {@code pr}. */
    int partnersOf(Provider pr) {
        int n = 0;
        for (Practice m : memberships.providerMembers(pr)) if (m.isOpen()) n += m.partners();
        return n;
    }

    /**
     * Value to {@code p}'s partners of sharing a provider with {@code otherPartners} partners: the
     * back-office saving per partner, the fall in last-person-standing risk, less the autonomy lost.
     */
    public double joinValue(Practice p, int otherPartners) {
        ParameterValues params = context.parameters();
        if (p.partners() == 0) return Double.NEGATIVE_INFINITY;
        double saved = params.get(Parameters.FIXED_COST) * context.costIndex() * p.fixedCostUnits() * saving;
        double cover = 1.0 / p.partners() - 1.0 / (p.partners() + otherPartners);
        return params.get(Parameters.MONEY_WEIGHT) * saved / p.partners() / PracticeValues.MONEY_UNIT
                + params.get(Parameters.COVER_WEIGHT) * cover
                - params.get(Parameters.PROVIDER_AUTONOMY_COST);
    }

    /**
     * Value to the partners of {@code pr} of taking on the handed-back {@code p}: its income less its
     * variable costs and its fixed costs after the back-office saving, per partner of the provider,
     * less the cost of a merger's disruption halved (as a takeover, 8.15).
     */
    public double takeOnValue(Provider pr, Practice p) {
        ParameterValues params = context.parameters();
        int partners = partnersOf(pr);
        if (partners == 0) return Double.NEGATIVE_INFINITY;
        double list = (double) p.listAgents() * context.patientScale();
        double costIndex = context.costIndex();
        double net = p.income() - params.get(Parameters.VARIABLE_COST) * list * costIndex
                - params.get(Parameters.FIXED_COST) * costIndex * p.fixedCostUnits() * (1 - saving);
        return params.get(Parameters.MONEY_WEIGHT) * net / partners / PracticeValues.MONEY_UNIT
                - params.get(Parameters.MERGER_COST) / 2;
    }

    /** Phase 4, at quarter ends after the practice decisions: members leave or providers dissolve, then practices weigh joining. */
    public void quarterly() {
        if (!on) return;
        tidy();
        if (!active()) return;
        List<Practice> order = new ArrayList<>();
        for (Practice p : world.practices()) if (eligible(p)) order.add(p);
        world.random().shuffle(order);
        for (Practice p : order) {
            if (!eligible(p) || world.random().nextDouble() >= reviewRate) continue;
            review(p);
        }
        recruit();
    }

    /**
     * After the reviews: each provider in the order formed, and each of its open members as they
     * stood at the start of the step (in the order they joined), with probability
     * {@link Parameters#PROVIDER_RECRUIT_RATE} approaches its nearest eligible neighbour, which joins
     * if {@code V_prov} with the provider's partners beats a Gumbel draw each side. Practices that
     * join in this step do not recruit until the next quarter.
     */
    void recruit() {
        if (recruitRate <= 0) return;
        List<Provider> providers = new ArrayList<>(world.providers());
        for (Provider pr : providers) {
            if (!pr.isActive()) continue;
            for (Practice m : memberships.providerMembers(pr)) {
                if (!m.isOpen() || world.random().nextDouble() >= recruitRate) continue;
                Practice q = nearestEligible(m);
                if (q == null) continue;
                if (joinValue(q, partnersOf(pr)) + context.gumbel() > context.gumbel()) {
                    join(q, pr);
                    pr.countRecruited();
                }
            }
        }
    }

    /** The nearest of {@code p}'s neighbours that may join a provider, or null. */
    private Practice nearestEligible(Practice p) {
        for (Practice q : context.neighbours(p)) if (eligible(q)) return q;
        return null;
    }

    /** {@code p} weighs joining its nearest neighbour's provider, or founding one with a neighbour. */
    void review(Practice p) {
        List<Practice> near = context.neighbours(p);
        for (Practice q : near) {
            Provider pr = q.isOpen() ? memberships.providerOf(q) : null;
            if (pr == null) continue;
            if (joinValue(p, partnersOf(pr)) + context.gumbel() > context.gumbel()) join(p, pr);
            return;
        }
        for (Practice q : near) {
            if (!eligible(q)) continue;
            if (joinValue(p, q.partners()) + context.gumbel() <= context.gumbel()) return;
            break;
        }
        for (Practice q : near) {
            if (eligible(q) && joinValue(q, p.partners()) + context.gumbel() > context.gumbel()) {
                Provider pr = world.newProvider(p.economy());
                join(p, pr);
                join(q, pr);
                // A federation turns into a super-partnership: the founder's fellow members weigh joining it too.
                Federation f = memberships.federationOf(p);
                if (f != null) {
                    for (Practice m : memberships.federationMembers(f)) {
                        if (eligible(m) && joinValue(m, partnersOf(pr)) + context.gumbel() > context.gumbel()) join(m, pr);
                    }
                }
                return;
            }
        }
    }

    private void join(Practice p, Provider pr) {
        world.network().addMembership(p, pr);
        p.setProviderSaving(saving);
    }

    /** {@code p} leaves its provider, if any (a caretaker takes it on, or it is no longer partner-led). */
    public void leave(Practice p) {
        Provider pr = memberships.providerOf(p);
        if (pr == null) return;
        world.network().removeMembership(p, pr);
        p.setProviderSaving(0);
    }

    /**
     * Members that are closed, merged away or no longer partner-led leave; a provider left with fewer
     * than two members dissolves (its last member leaves) and goes out of the network.
     */
    void tidy() {
        for (Provider pr : world.providers()) {
            if (!pr.isActive()) continue;
            for (Practice m : memberships.providerMembers(pr)) {
                if (!m.isOpen() || !m.status().partnerLed()) {
                    world.network().removeMembership(m, pr);
                    m.setProviderSaving(0);
                }
            }
            List<Practice> left = memberships.providerMembers(pr);
            if (left.size() < 2) {
                for (Practice m : left) leave(m);
                pr.dissolve(world.calendar().month());
                world.network().remove(pr);
            }
        }
    }

    /**
     * Hand-back (8.15), before the neighbours are asked: a member with no partner gets the most
     * recently joined partner of the member with the most partners (at least two; the lower id on a
     * tie). Returns whether it now has a partner.
     */
    public boolean lendPartner(Practice p) {
        if (!on) return false;
        Provider pr = memberships.providerOf(p);
        if (pr == null) return false;
        Practice donor = null;
        for (Practice m : memberships.providerMembers(pr)) {
            if (m == p || !m.isOpen() || m.partners() < 2) continue;
            if (donor == null || m.partners() > donor.partners() || (m.partners() == donor.partners() && m.id() < donor.id())) donor = m;
        }
        if (donor == null) return false;
        Gp partner = null;
        for (Node n : world.network().staffOf(donor)) {
            Gp gp = (Gp) n;
            if (gp.isActive() && gp.role() == Role.PARTNER) partner = gp;
        }
        if (partner == null) return false;
        world.network().employ(partner, p);
        capacity.readStaff(donor);
        capacity.readStaff(p);
        p.resetPartnerlessMonths();
        pr.countPartnerLent();
        return true;
    }

    /**
     * Hand-back (8.15), after no neighbour took the list over: the provider of the nearest neighbour
     * in one takes the contract on if its partners value it (a Gumbel draw each side), and lends it a
     * partner as for a member. Returns whether it did.
     */
    public boolean takeOn(Practice p) {
        if (!active() || memberships.providerOf(p) != null || !p.status().partnerLed()) return false;
        for (Practice q : context.neighbours(p)) {
            Provider pr = q.isOpen() ? memberships.providerOf(q) : null;
            if (pr == null) continue;
            if (takeOnValue(pr, p) + context.gumbel() <= context.gumbel()) return false;
            join(p, pr);
            if (!lendPartner(p)) {
                leave(p);
                return false;
            }
            pr.countContractTakenOn();
            return true;
        }
        return false;
    }

    /** Merger (8.14), before the absorbed practice's ties go: an absorber in no provider joins the absorbed one's. */
    public void afterMerger(Practice absorbed, Practice absorber) {
        if (!on) return;
        Provider pr = memberships.providerOf(absorbed);
        if (pr != null && memberships.providerOf(absorber) == null && absorber.status().partnerLed()
                && absorber.status() != PracticeStatus.ICO_ALLIANCE) join(absorber, pr);
    }
}
