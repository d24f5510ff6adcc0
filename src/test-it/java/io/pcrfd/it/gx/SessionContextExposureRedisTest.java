package io.pcrfd.it.gx;

import static io.pcrfd.it.gx.GxPcef.resultCode;
import static io.pcrfd.it.gx.PcrfUnderTest.call;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/**
 * Session context exposure end to end on the Redis store (a private redis-server per test).
 * Redis expires keys on its own clock, so the PCRF's clock starts at the real now; the removal
 * of old closed contexts without a session ending is Redis's expiry, checked by the key's TTL.
 */
class SessionContextExposureRedisTest extends SessionContextExposureEndToEnd {
    private final Instant begin = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private RedisServer redis;

    @Override
    String storeYaml() {
        assumeTrue(RedisServer.available(), "redis-server is not installed: skipped (CI installs it)");
        try {
            redis = RedisServer.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        toClose.add(redis);
        return "store: {type: redis, redis: {uri: \"" + redis.uri() + "\", keyPrefix: \"e2e:\"}}";
    }

    @Override
    Instant start() {
        return begin;
    }

    @Override
    void assertRemovedWithoutASessionEnding(String imsi, String old, String kept) {
        String key = "e2e:ctx:IMSI:" + imsi + ":ims:" + old;
        long ttl = Long.parseLong(redis.command("PTTL", key).substring(1));
        // updated 11 days before the PCRF's clock, which runs 14 days ahead of Redis's
        Instant expiry = pcrf.clock.instant().minus(Duration.ofDays(11)).plus(Duration.ofDays(7));
        long left = Duration.between(Instant.now(), expiry).toMillis();
        assertThat(ttl).as("Redis expires it a week after its update, on its own clock")
                .isBetween(left - 60_000, left + 1_000);
    }

    @Test
    void aStoreThatFailsIsA500WithItsCause() throws Exception {
        startPcrf(ENABLED);
        assertThat(resultCode(call(pgw, pcef.initial("pgw7;r;1", GxPcef.BASIC_IMSI, "10.80.5.1")))).isEqualTo(2001);
        redis.kill();

        error(get("/subscribers/" + GxPcef.BASIC_IMSI + "/subscriber-info"), 500, "store failure");
        error(get("/sessions/10.80.5.1/imsi-list"), 500, "store failure");
    }
}
