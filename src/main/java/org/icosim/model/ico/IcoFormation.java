package org.icosim.model.ico;

import java.util.List;

import org.icosim.model.parameters.ParameterValues;
import org.icosim.model.parameters.Parameters;
import org.icosim.model.patients.Demography;
import org.icosim.model.policy.PolicyLevers;
import org.icosim.model.practice.PracticeMoveRule;
import org.icosim.model.practice.PracticeValues;
import org.icosim.model.world.Federation;
import org.icosim.model.world.IcoStatus;
import org.icosim.model.world.Leadership;
import org.icosim.model.world.Memberships;
import org.icosim.model.world.Practice;
import org.icosim.model.world.Trust;
import org.icosim.model.world.TrustKind;
import org.icosim.model.world.World;
import org.icosim.network.Node;

/**
 * ODD 8.18, ICO formation: each quarter while the ICO policy applies, every acute trust not yet an
 * ICO decides, with the probability the run's {@link IcoFormationRule} gives, whether to start
 * forming one, led by the hospital or, where the policy allows, by the largest GP group (a
 * federation or practice of at least {@link Parameters#GP_LED_MIN_LIST} patients referring mainly
 * to it, not already leading an ICO), or, if no GP group can, with probability
 * {@link Parameters#COMMUNITY_LEAD_PROBABILITY} by the nearest community or mental-health trust of
 * its economy not already leading one. A trust judges local GP support by the partners' own value of
 * an alliance ({@link PracticeValues#allianceValue}), whatever rule the practices use to decide.
 */
public final class IcoFormation implements IcoFormationRule.Context, java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private final World world;
    private final Memberships memberships;
    private final PolicyLevers levers;
    private final IcoFormationRule rule;
    private final PracticeMoveRule.Context practices;
    private final double tariff;
    private final double gpLedMinList;
    private final double communityLead;
    private final int enrolledTier;

    public IcoFormation(World world, Memberships memberships, PolicyLevers levers, IcoFormationRule rule,
            PracticeMoveRule.Context practices) {
        this.world = world;
        this.memberships = memberships;
        this.levers = levers;
        this.rule = rule;
        this.practices = practices;
        Parameters p = world.params();
        tariff = p.get(Parameters.YEAR_OF_CARE_TARIFF);
        gpLedMinList = p.get(Parameters.GP_LED_MIN_LIST);
        communityLead = p.get(Parameters.COMMUNITY_LEAD_PROBABILITY);
        enrolledTier = Demography.lowestEnrolledTier(p);
    }

    @Override public ParameterValues parameters() { return world.params(); }
    @Override public double pushLevel() { return levers.pushLevel(); }
    @Override public boolean mandated() { return levers.mandated(); }
    @Override public List<Trust> trusts() { return world.trusts(); }

    /** Phase 5, in the last month of each quarter. */
    public void quarterlyFormation() {
        if (!levers.policyActive()) return;
        for (Trust t : world.trusts()) {
            if (t.icoStatus() != IcoStatus.NONE || t.kind() != TrustKind.ACUTE) continue;
            Node lead = levers.hospitalLedOnly() ? null : gpLeadFor(t);
            Leadership leadership = lead == null ? Leadership.HOSPITAL_LED : Leadership.GP_LED;
            if (lead == null && !levers.hospitalLedOnly() && communityLead > 0) {
                Trust community = communityLeadFor(t);
                // Drawn only when a community trust could lead, so runs without one draw as before.
                if (community != null && world.random().nextDouble() < communityLead) {
                    lead = community;
                    leadership = Leadership.COMMUNITY_LED;
                }
            }
            double probability = rule.formationProbability(t, leadership, this);
            if (probability > 0 && world.random().nextDouble() < probability) {
                t.startForming(world.calendar().month(), leadership, lead);
            }
        }
    }

    @Override
    public double gpSupport(Trust t, Leadership leadership) {
        double sum = 0;
        int n = 0;
        for (Practice p : memberships.mainlyReferring(t)) {
            if (!p.status().partnerLed() || p.status().inIco() || p.partners() == 0) continue;
            // Staying and joining each carry a Gumbel error: the logit probability of joining.
            sum += 1 / (1 + StrictMath.exp(-PracticeValues.allianceValue(p, t, leadership, practices)));
            n++;
        }
        return n == 0 ? 0 : sum / n;
    }

    @Override
    public double potentialYearOfCareIncome(Trust t) {
        double agents = 0;
        for (Practice p : memberships.mainlyReferring(t)) agents += p.agentsInTiersFrom(enrolledTier);
        return tariff * agents * world.patientScale();
    }

    /**
     * The GP group that would lead an ICO with {@code t}: the largest federation or practice (by
     * registered patients) among those referring mainly to it, if at least
     * {@link Parameters#GP_LED_MIN_LIST} and not already leading another ICO; else {@code null}.
     */
    Node gpLeadFor(Trust t) {
        Node best = null;
        double bestList = gpLedMinList;
        for (Practice p : memberships.mainlyReferring(t)) {
            if (!p.status().partnerLed() || p.status().inIco()) continue;
            Federation f = memberships.federationOf(p);
            Node group = f != null ? f : p;
            double list = f != null ? federationList(f) : (double) p.listAgents() * world.patientScale();
            if (list >= bestList && !leadsAnIco(group) && group != best) {
                best = group;
                bestList = list;
            }
        }
        return best;
    }

    /**
     * The community or mental-health trust that would lead an ICO with {@code t}: the nearest
     * trust of t's economy that is not acute and not already leading one (the lower id on a tie;
     * community trusts never form ICOs of their own); {@code null} if none.
     */
    Trust communityLeadFor(Trust t) {
        Trust best = null;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (Trust c : t.economy().trusts()) {
            if (c.kind() != TrustKind.COMMUNITY || leadsAnIco(c)) continue;
            double d = Math.hypot(c.x() - t.x(), c.y() - t.y());
            if (d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        return best;
    }

    private double federationList(Federation f) {
        double agents = 0;
        for (Practice p : memberships.federationMembers(f)) agents += p.listAgents();
        return agents * world.patientScale();
    }

    private boolean leadsAnIco(Node group) {
        for (Trust t : world.trusts()) if (t.leadGroup() == group) return true;
        return false;
    }
}
