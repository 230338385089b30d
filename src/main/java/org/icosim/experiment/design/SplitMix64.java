package org.icosim.experiment.design;

/**
 * A small seeded generator whose every output is fixed by its seed on any JVM: SplitMix64
 * (Steele, Lea and Flood, "Fast splittable pseudorandom number generators", OOPSLA 2014), the
 * generator behind {@code java.util.SplittableRandom}. Written out here rather than borrowed so
 * that designs cannot change when a JDK changes a library class's algorithm.
 */
public final class SplitMix64 {

    /** The odd constant added per step: 2^64 divided by the golden ratio (Steele et al. 2014). */
    public static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;

    private long state;

    public SplitMix64(long seed) {
        this.state = seed;
    }

    /**
     * SplitMix64's output function (Stafford's "Mix13" variant of MurmurHash3's finaliser): a
     * bijection of 64-bit values in which every input bit affects every output bit.
     */
    public static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    public long nextLong() {
        state += GOLDEN_GAMMA;
        return mix(state);
    }

    /** Uniform in [0, 1), on the 2^-53 grid. */
    public double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** Uniform in [0, bound), without modulo bias (rejection of the incomplete last block). */
    public int nextInt(int bound) {
        if (bound <= 0) throw new IllegalArgumentException("bound: got " + bound + ", expected at least 1");
        long limit = Long.MAX_VALUE - (Long.MAX_VALUE % bound) - 1;
        while (true) {
            long r = nextLong() >>> 1;
            if (r <= limit) return (int) (r % bound);
        }
    }

    /** A uniformly random permutation of 0..n-1 (Fisher-Yates, Durstenfeld's in-place form). */
    public int[] permutation(int n) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) order[i] = i;
        for (int i = n - 1; i > 0; i--) {
            int j = nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order;
    }
}
