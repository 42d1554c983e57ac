package io.kefusim.engine;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The directly seeded xoshiro256++ is Commons RNG's {@code RandomSource.XO_SHI_RO_256_PP.create(seed)}, number for number. */
class RandomStreamsTest {
    @Test
    void directSeedingIsRandomSources() {
        long[] seeds = {0, 1, 7, 42, 100, 20261111L, -1, -7046029254386353131L, Long.MIN_VALUE, Long.MAX_VALUE, 0x9E3779B97F4A7C15L};
        for (long seed : seeds) {
            UniformRandomProvider a = RandomSource.XO_SHI_RO_256_PP.create(seed), b = RandomStreams.xoshiro(seed);
            for (int i = 0; i < 1000; i++) assertEquals(a.nextLong(), b.nextLong(), "seed " + seed + ", draw " + i);
        }
        java.util.SplittableRandom r = new java.util.SplittableRandom(29);
        for (int k = 0; k < 200; k++) {
            long seed = r.nextLong();
            assertEquals(RandomSource.XO_SHI_RO_256_PP.create(seed).nextLong(), RandomStreams.xoshiro(seed).nextLong(), "seed " + seed);
        }
    }

    @Test
    void streamsAfterJumpsAreTheSame() {
        // replication 3's streams: long jumps, then jumps, from either generator
        for (long seed : new long[]{7, 100}) {
            RandomStreams rs = RandomStreams.forReplication(seed, 3);
            org.apache.commons.rng.LongJumpableUniformRandomProvider base =
                    (org.apache.commons.rng.LongJumpableUniformRandomProvider) RandomSource.XO_SHI_RO_256_PP.create(seed);
            for (int i = 0; i < 3; i++) base.longJump();
            for (RandomStreams.Source s : RandomStreams.Source.values()) {
                UniformRandomProvider expected = ((org.apache.commons.rng.JumpableUniformRandomProvider) base).jump();
                UniformRandomProvider got = rs.get(s);
                for (int i = 0; i < 100; i++) assertEquals(expected.nextLong(), got.nextLong(), "seed " + seed + ", " + s + ", draw " + i);
            }
        }
    }
}
