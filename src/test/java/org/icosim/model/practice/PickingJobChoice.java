package org.icosim.model.practice;

import java.util.ArrayList;
import java.util.List;

import org.icosim.model.workforce.JobChoice;
import org.icosim.model.workforce.Post;
import org.icosim.model.world.Gp;

/**
 * A job choice for tests of what happens around a choice: it takes the first option of the first
 * kind in its order of preference that is offered, else the first option. It draws nothing and
 * records the options each GP saw.
 */
final class PickingJobChoice implements JobChoice {

    private static final long serialVersionUID = 1L;

    private final Post.Kind[] preference;
    /** The options of each choice, in order. */
    final List<List<Post>> seen = new ArrayList<>();

    private PickingJobChoice(Post.Kind... preference) {
        this.preference = preference;
    }

    /** Prefers the kinds in that order. */
    static PickingJobChoice preferring(Post.Kind... preference) {
        return new PickingJobChoice(preference);
    }

    @Override
    public Post choose(Gp gp, List<Post> options, Context context) {
        seen.add(List.copyOf(options));
        for (Post.Kind kind : preference) {
            for (Post post : options) if (post.kind() == kind) return post;
        }
        return options.get(0);
    }
}
