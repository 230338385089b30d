package org.icosim.model.patients;

/**
 * A fast random stream for the patient loop: xoshiro256** (Blackman and Vigna 2018), seeded by
 * SplitMix64 from one long drawn from the model's generator. The patient loop draws a few numbers
 * per patient per month (about 7 billion in a 120-month England run), where MASON's Mersenne
 * Twister would dominate the run time. The algorithm is written out here, not taken from the JDK,
 * so the stream is the same on every JVM version.
 */
public final class PatientRandom implements java.io.Serializable {

    // The state is read and written directly by the patient loop, which keeps it in locals for speed.
    long s0;
    long s1;
    long s2;
    long s3;

    public PatientRandom(long seed) {
        long x = seed;
        x += 0x9E3779B97F4A7C15L;
        s0 = mix(x);
        x += 0x9E3779B97F4A7C15L;
        s1 = mix(x);
        x += 0x9E3779B97F4A7C15L;
        s2 = mix(x);
        x += 0x9E3779B97F4A7C15L;
        s3 = mix(x);
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    public long nextLong() {
        long result = Long.rotateLeft(s1 * 5, 7) * 9;
        long t = s1 << 17;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = Long.rotateLeft(s3, 45);
        return result;
    }

    /** Uniform in [0, 1). */
    public double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** Uniform in [0, n). */
    public int nextInt(int n) {
        if (n <= 0) throw new IllegalArgumentException("bound must be positive (" + n + ")");
        return (int) (((nextLong() >>> 33) * n) >>> 31);
    }

    public float nextGaussianFloat() {
        // Box-Muller; StrictMath keeps it identical on every machine.
        double u = 1 - nextDouble();
        double v = nextDouble();
        return (float) (StrictMath.sqrt(-2 * StrictMath.log(u)) * StrictMath.cos(2 * StrictMath.PI * v));
    }
}
