package io.kefusim.engine;

import org.apache.commons.rng.JumpableUniformRandomProvider;
import org.apache.commons.rng.LongJumpableUniformRandomProvider;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

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
    public enum Source { ARRIVALS, MIX, DEFLECTION, PATIENCE, MESSAGES, THINK, REPLY, WRAP_UP, ABSENCE }

    private final UniformRandomProvider[] streams;

    private RandomStreams(UniformRandomProvider[] streams) {
        this.streams = streams;
    }

    public static RandomStreams forReplication(long seed, int replication) {
        LongJumpableUniformRandomProvider base =
                (LongJumpableUniformRandomProvider) RandomSource.XO_SHI_RO_256_PP.create(seed);
        for (int r = 0; r < replication; r++) base.longJump();
        JumpableUniformRandomProvider rep = (JumpableUniformRandomProvider) base;
        Source[] sources = Source.values();
        UniformRandomProvider[] s = new UniformRandomProvider[sources.length];
        for (int i = 0; i < s.length; i++) s[i] = rep.jump(); // jump() returns the stream before the jump
        return new RandomStreams(s);
    }

    public UniformRandomProvider get(Source source) {
        return streams[source.ordinal()];
    }
}
