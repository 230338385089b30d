package org.icosim.experiment.design;

/**
 * A full factorial design: every combination of every factor's levels. Points are numbered in
 * mixed radix with the first factor varying slowest, as nested loops in factor order would visit
 * them, so point {@code i} can be computed without building the grid.
 */
public final class GridDesign {

    private final int[] levels;
    private final long points;

    /** @param levels the number of values of each factor, each at least 1 */
    public GridDesign(int[] levels) {
        long count = 1;
        for (int i = 0; i < levels.length; i++) {
            if (levels[i] < 1) throw new IllegalArgumentException("factor " + i + ": " + levels[i] + " levels, expected at least 1");
            count = Math.multiplyExact(count, levels[i]);
        }
        this.levels = levels.clone();
        this.points = count;
    }

    /** Points in the grid (1 for no factors). */
    public long points() {
        return points;
    }

    /** The level index of each factor at point {@code point}. */
    public int[] levelsAt(long point) {
        if (point < 0 || point >= points) throw new IllegalArgumentException("point " + point + " is outside 0.." + (points - 1));
        int[] at = new int[levels.length];
        long rest = point;
        for (int i = levels.length - 1; i >= 0; i--) {
            at[i] = (int) (rest % levels[i]);
            rest /= levels[i];
        }
        return at;
    }
}
