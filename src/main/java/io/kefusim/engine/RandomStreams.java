package io.kefusim.engine;

import org.apache.commons.rng.RandomProviderState;
import org.apache.commons.rng.RestorableUniformRandomProvider;
import java.util.Map;

import org.apache.commons.rng.JumpableUniformRandomProvider;
import org.apache.commons.rng.LongJumpableUniformRandomProvider;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.core.source64.XoShiRo256PlusPlus;

/**
 * Independent random streams, one per (replication, source), cut from one seeded
 * xoshiro256++ sequence in the way SSJ does it: replication r starts r long-jumps (2^192
 * steps) along the sequence, and source s within it s jumps (2^128 steps) further. The
 * streams depend only on the seed and the indices, never on thread scheduling, and a
 * scenario that changes staffing sees the same arrivals, patience and messages for the same
 * replication (common random numbers).
 */
public final class RandomStreams {
    /** The random sources of a replication, each with its own stream. */
    /**
     * Sources are cut in this order; a new one goes last, so the streams of the others stay as they
     * were. DEMAND (issue 31): demand.uncertainty's draw, once per replication. RETRIAL (issue 25):
     * whether and when a buyer comes back, and the patience of the contact that comes back, drawn
     * only in scenarios with retrials.
     */
    public enum Source { ARRIVALS, MIX, DEFLECTION, PATIENCE, MESSAGES, THINK, REPLY, WRAP_UP, ABSENCE, DEMAND, RETRIAL, PICK_UP }

    private final UniformRandomProvider[] streams;

    private RandomStreams(UniformRandomProvider[] streams) {
        this.streams = streams;
    }

    /** Saved generator states every {@value #CHECKPOINT_EVERY} replications, for the last few seeds. */
    private static final int CHECKPOINT_EVERY = 256, SEEDS_KEPT = 16;
    private static final Map<Long, java.util.TreeMap<Integer, RandomProviderState>> CHECKPOINTS =
            new java.util.LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Long, java.util.TreeMap<Integer, RandomProviderState>> eldest) {
                    return size() > SEEDS_KEPT;
                }
            };

    public static RandomStreams forReplication(long seed, int replication) {
        JumpableUniformRandomProvider rep = (JumpableUniformRandomProvider) replicationStart(seed, replication);
        Source[] sources = Source.values();
        UniformRandomProvider[] s = new UniformRandomProvider[sources.length];
        for (int i = 0; i < s.length; i++) s[i] = rep.jump(); // jump() returns the stream before the jump
        return new RandomStreams(s);
    }

    /**
     * The sequence {@code replication} long jumps in. Long-jumping from the seed every time costs
     * O(r) for replication r, O(n^2) for a run — minutes at 100,000 replications — so the states at
     * every {@value #CHECKPOINT_EVERY}th replication are kept and a replication starts from the
     * nearest one below it. The state is exactly the one r long jumps give.
     */
    private static RestorableUniformRandomProvider replicationStart(long seed, int replication) {
        RestorableUniformRandomProvider base = xoshiro(seed);
        int at = 0;
        synchronized (CHECKPOINTS) {
            java.util.TreeMap<Integer, RandomProviderState> saved = CHECKPOINTS.computeIfAbsent(seed, k -> new java.util.TreeMap<>());
            Map.Entry<Integer, RandomProviderState> near = saved.floorEntry(replication);
            if (near != null) {
                base.restoreState(near.getValue());
                at = near.getKey();
            }
            while (at < replication) {
                ((LongJumpableUniformRandomProvider) base).longJump();
                at++;
                if (at % CHECKPOINT_EVERY == 0) saved.putIfAbsent(at, base.saveState());
            }
        }
        return base;
    }

    /**
     * The generator {@code RandomSource.XO_SHI_RO_256_PP.create(seed)} gives (Commons RNG 1.6: the
     * seed expanded to four longs by SplitMix64, i.e. Stafford's mix 13 of seed + k·0x9E3779B97F4A7C15,
     * k = 1..4), made directly: {@code RandomSource} loads and verifies its table of every generator
     * the library has, about 80 classes, which cost the first replication of a run some 20-30 ms of
     * CPU (issue 29). {@code RandomStreamsTest} checks both give the same numbers.
     */
    static XoShiRo256PlusPlus xoshiro(long seed) {
        long[] state = new long[4];
        long z = seed;
        for (int i = 0; i < state.length; i++) {
            z += 0x9E3779B97F4A7C15L;
            state[i] = stafford13(z);
        }
        return new XoShiRo256PlusPlus(state);
    }

    private static long stafford13(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    public UniformRandomProvider get(Source source) {
        return streams[source.ordinal()];
    }
}
