package org.icosim.experiment;

import java.util.ArrayList;
import java.util.List;

/**
 * One of {@code count} shards of a sweep: the runs whose id leaves {@code index} when divided by
 * {@code count} (0-based), so shards interleave and each gets a share of every region of the
 * design (a slow corner of the parameter space does not all land on one task).
 *
 * @param index 0 to count - 1 (a Slurm array task id)
 * @param count shards in all, at least 1
 */
public record Shard(int index, int count) {

    public static final Shard ALL = new Shard(0, 1);

    public Shard {
        if (count < 1) throw new IllegalArgumentException("shard count: got " + count + ", expected at least 1");
        if (index < 0 || index >= count) {
            throw new IllegalArgumentException("shard index: got " + index + ", expected 0 to " + (count - 1));
        }
    }

    /**
     * Reads {@code i/K}.
     *
     * @throws IllegalArgumentException saying what was expected
     */
    public static Shard parse(String text) {
        String expected = "i/K with 0 <= i < K, e.g. 0/4 (shards are numbered from 0, like Slurm array task ids)";
        int slash = text.indexOf('/');
        if (slash < 0) throw new IllegalArgumentException("got " + text + ", expected " + expected);
        try {
            int index = Integer.parseInt(text.substring(0, slash).trim());
            int count = Integer.parseInt(text.substring(slash + 1).trim());
            if (count < 1 || index < 0 || index >= count) throw new IllegalArgumentException("got " + text + ", expected " + expected);
            return new Shard(index, count);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("got " + text + ", expected " + expected, e);
        }
    }

    public boolean contains(int runId) {
        return runId % count == index;
    }

    /** This shard's run ids among 0..runCount-1, ascending. */
    public List<Integer> runs(int runCount) {
        List<Integer> runs = new ArrayList<>();
        for (int run = index; run < runCount; run += count) runs.add(run);
        return runs;
    }

    /** The name of this shard's part of the work on an output folder, for its lock: {@code shard-3-of-8}. */
    public String lockPart() {
        return "shard-" + index + "-of-" + count;
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
