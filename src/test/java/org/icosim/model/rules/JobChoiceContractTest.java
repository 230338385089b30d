package org.icosim.model.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.icosim.model.WorldKit;
import org.icosim.model.parameters.Parameter;
import org.icosim.model.parameters.ParameterValues;
import org.icosim.model.parameters.Parameters;
import org.icosim.model.workforce.JobChoice;
import org.icosim.model.workforce.Post;
import org.icosim.model.world.Economy;
import org.icosim.model.world.Gp;
import org.icosim.model.world.ModelRandom;
import org.icosim.model.world.Practice;
import org.icosim.model.world.Role;
import org.junit.jupiter.api.Test;

import ec.util.MersenneTwisterFast;

/**
 * What every job-choice rule of the catalogue must do (ODD 8.12): return one of the options it was
 * given (the very object, never null), whatever the GP, the options and the parameter values in
 * their ranges, and change neither the GP nor the options.
 */
class JobChoiceContractTest {

    @Test
    void theChoiceIsOneOfTheOptionsAndNothingChanges() {
        MersenneTwisterFast r = new MersenneTwisterFast(12);
        WorldKit kit = new WorldKit(new Parameters());
        Economy e = kit.economy();
        Practice[] employers = {kit.practice(e, 0, 0), kit.practice(e, 5, 5)};
        Post.Kind[] kinds = Post.Kind.values();
        Role[] roles = Role.values();
        for (String name : Rules.JOB_CHOICE.names()) {
            JobChoice rule = Rules.JOB_CHOICE.create(name);
            for (int trial = 0; trial < 2000; trial++) {
                Parameters params = new Parameters();
                for (Parameter p : Parameters.all()) {
                    if (p.group().equals("jobChoice") && p.kind() == Parameter.Kind.REAL) {
                        params.set(p, ReferralRuleContractTest.anyValue(p, r));
                    }
                }
                ModelRandom random = new ModelRandom(new MersenneTwisterFast(trial));
                JobChoice.Context context = new JobChoice.Context() {
                    @Override public ParameterValues parameters() { return params; }
                    @Override public double gumbel() { return random.gumbel(); }
                };
                Role role = roles[r.nextInt(roles.length)];
                Gp gp = new Gp(trial, e, (24 + r.nextInt(50)) * 12 + r.nextInt(12), role, r.nextGaussian(),
                        3 * r.nextGaussian(), 3 * r.nextGaussian(), 3 * r.nextGaussian(), r.nextInt(24));
                gp.takeRole(role, 0.1 + r.nextDouble());
                gp.setBurnout(r.nextDouble());
                List<Post> options = new ArrayList<>();
                int n = 1 + r.nextInt(7);
                for (int k = 0; k < n; k++) {
                    options.add(new Post(kinds[r.nextInt(kinds.length)], r.nextBoolean() ? employers[r.nextInt(2)] : null,
                            Math.pow(10, 3 + 3 * r.nextDouble()), r.nextDouble(), r.nextDouble(), 5 * r.nextDouble(),
                            5 * r.nextDouble(), r.nextDouble(), 20 * (r.nextDouble() - 0.5)));
                }
                List<Post> before = List.copyOf(options);
                int age = gp.ageMonths();
                double fte = gp.fte();
                double burnout = gp.burnout();
                int inRole = gp.monthsInRole();

                Post chosen = rule.choose(gp, options, context);

                assertNotNull(chosen, name + " chose nothing");
                assertTrue(options.stream().anyMatch(o -> o == chosen), name + " chose " + chosen + ", not one of " + options);
                assertEquals(before, options, name + " changed the options");
                for (int k = 0; k < n; k++) assertSame(before.get(k), options.get(k));
                assertEquals(role, gp.role(), name + " changed the GP");
                assertEquals(fte, gp.fte(), 0.0);
                assertEquals(age, gp.ageMonths());
                assertEquals(burnout, gp.burnout(), 0.0);
                assertEquals(inRole, gp.monthsInRole());
                if (n == 1) assertSame(options.get(0), chosen);
            }
        }
    }
}
