package org.icosim.model.workforce;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.icosim.model.WorldKit;
import org.icosim.model.policy.PolicyLevers;
import org.icosim.model.practice.PracticeCapacity;
import org.icosim.model.world.Economy;
import org.icosim.model.world.Gp;
import org.icosim.model.world.Memberships;
import org.icosim.model.world.Practice;
import org.icosim.model.world.Role;
import org.icosim.model.world.Trust;
import org.icosim.model.world.World;
import org.icosim.network.Node;

/**
 * The workforce submodels wired over a {@link WorldKit} world as {@link org.icosim.model.Submodels}
 * wires them, but with a job-choice rule of the test's own (usually a {@link Picker}), so a test
 * sees the options a GP is offered and decides what it takes.
 */
final class WorkforceKit {

    final WorldKit kit;
    final World world;
    final PracticeCapacity capacity;
    final LocumPlacement locums;
    final Sessions sessions;
    final Exits exits;
    final PeerShares peers;
    final PolicyLevers levers;
    final Memberships memberships;
    final IcoEmployment ico;
    final JobMarket jobs;
    final Entry entry;
    final GpMonth month;

    WorkforceKit(WorldKit kit, JobChoice rule) {
        this.kit = kit;
        this.world = kit.world;
        capacity = new PracticeCapacity(world);
        locums = new LocumPlacement(world, capacity);
        sessions = new Sessions(world);
        exits = new Exits(world, capacity);
        peers = new PeerShares(world);
        levers = new PolicyLevers(world.params(), world.calendar());
        memberships = new Memberships(world.network());
        ico = new IcoEmployment(world, memberships, levers, peers, sessions, capacity);
        jobs = new JobMarket(world, rule, capacity, locums, exits, ico, peers, sessions);
        entry = new Entry(world, jobs, sessions);
        month = new GpMonth(world, exits, entry, jobs);
    }

    /**
     * A GP as {@link WorldKit#gp} makes one, but aged {@code ageMonths} months, with the sessions
     * z-score, tastes and review offset given.
     */
    Gp gp(Node employer, Role role, double fte, int ageMonths, double sessionsZ, double autonomy, double flexibility,
            double risk, int reviewOffset) {
        Economy e = employer instanceof Practice ? ((Practice) employer).economy() : ((Trust) employer).economy();
        Gp gp = new Gp(world.nextGpId(), e, ageMonths, role, sessionsZ, autonomy, flexibility, risk, reviewOffset);
        gp.takeRole(role, fte);
        world.addGp(gp);
        world.network().add(gp);
        world.network().employ(gp, employer);
        return gp;
    }

    /** Reads the staff of every practice (8.4), as the practice phase does. */
    void readStaff() {
        for (Practice p : world.practices()) capacity.readStaff(p);
    }

    /**
     * A job-choice rule for tests: it records every call (the GP and a copy of its options) and
     * takes the first option that {@code pick} accepts, or, if none does, the first option.
     */
    static final class Picker implements JobChoice {
        private static final long serialVersionUID = 1L;

        final List<Gp> gps = new ArrayList<>();
        final List<List<Post>> offered = new ArrayList<>();
        Predicate<Post> pick;

        Picker(Predicate<Post> pick) {
            this.pick = pick;
        }

        /** Takes the first option of kind {@code kind}. */
        static Picker kind(Post.Kind kind) {
            return new Picker(p -> p.kind() == kind);
        }

        @Override
        public Post choose(Gp gp, List<Post> options, Context context) {
            gps.add(gp);
            offered.add(List.copyOf(options));
            for (Post p : options) if (pick.test(p)) return p;
            return options.get(0);
        }

        /** The options of the last call. */
        List<Post> last() {
            return offered.get(offered.size() - 1);
        }

        /** Calls so far. */
        int calls() {
            return gps.size();
        }
    }
}
