package io.pcrfd.store.redis;

import static org.assertj.core.api.Assertions.assertThat;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.pcrfd.store.DraStore;
import io.pcrfd.store.DraStoreContractTest;
import io.pcrfd.store.TestClock;
import io.pcrfd.store.model.PcrfBinding;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The DRA store contract against a private redis-server: two connections with one key prefix
 * are two DRA nodes sharing bindings. Each test has a prefix of its own.
 */
class RedisDraStoreTest extends DraStoreContractTest {

    private static final AtomicInteger PREFIXES = new AtomicInteger();
    private static RedisServerProcess server;
    private String prefix;

    @BeforeAll
    static void startRedis() {
        Assumptions.assumeTrue(RedisServerProcess.available(),
                "redis-server is not on PATH: Redis DRA store tests skipped");
        server = RedisServerProcess.start();
    }

    @AfterAll
    static void stopRedis() {
        if (server != null) {
            server.close();
        }
    }

    @Override
    protected DraStore openEmpty(TestClock clock) {
        prefix = "dra" + PREFIXES.incrementAndGet() + ":";
        return open();
    }

    @Override
    protected DraStore openSibling(TestClock clock) {
        return open();
    }

    private RedisDraStore open() {
        return RedisDraStore.open(RedisStoreOptions.DEFAULTS.withUri(server.uri()).withKeyPrefix(prefix)
                .withCommandTimeout(Duration.ofSeconds(5)));
    }

    @Test
    void theBindingKeyCarriesItsExpiryAndTheSessionsExtendIt() throws Exception {
        try (RedisDraStore s = open(); RedisClient inspector = RedisClient.create(server.uri());
             StatefulRedisConnection<String, String> c = inspector.connect()) {
            Instant in5 = Instant.now().plus(Duration.ofMinutes(5));
            s.findOrCreate(new PcrfBinding(IMSI, "web", "pcrf-a.example", "p", false, "s1", List.of(), Instant.now()),
                    in5).toCompletableFuture().get(5, TimeUnit.SECONDS);
            assertThat(c.sync().pttl(prefix + "dra:b:{" + IMSI + "}:web"))
                    .isBetween(Duration.ofMinutes(4).toMillis(), Duration.ofMinutes(5).toMillis());

            s.attach(new io.pcrfd.store.model.BoundSession("s1", IMSI + ":web", true, 16777238L, "pgw", "r",
                    "pcrf-a.example", Instant.now().plus(Duration.ofHours(1)))).toCompletableFuture().get(5, TimeUnit.SECONDS);

            assertThat(c.sync().pttl(prefix + "dra:b:{" + IMSI + "}:web")).isGreaterThan(Duration.ofMinutes(59).toMillis());
            assertThat(c.sync().pttl(prefix + "dra:bs:{" + IMSI + "}:web")).isGreaterThan(Duration.ofMinutes(59).toMillis());
            assertThat(c.sync().pttl(prefix + "dra:s:s1")).isGreaterThan(Duration.ofMinutes(59).toMillis());
        }
    }

    /**
     * An alternate key is a pointer written after the binding step; one the binding does not
     * list (left by a writer that stopped between the two steps, or by a confirm that lost a
     * race with a removal and a new binding) is not trusted.
     */
    @Test
    void anAlternateKeyTheBindingDoesNotListFindsNothing() throws Exception {
        try (RedisDraStore s = open(); RedisClient inspector = RedisClient.create(server.uri());
             StatefulRedisConnection<String, String> c = inspector.connect()) {
            Instant in5 = Instant.now().plus(Duration.ofMinutes(5));
            s.findOrCreate(new PcrfBinding(IMSI, "web", "pcrf-a.example", "p", false, "s1", List.of(), Instant.now()),
                    in5).toCompletableFuture().get(5, TimeUnit.SECONDS);
            c.sync().set(prefix + "dra:alt:IPV4:10.9.9.9", IMSI + ":web");

            assertThat(s.bindingByAlternate("IPV4:10.9.9.9").toCompletableFuture().get(5, TimeUnit.SECONDS)).isEmpty();
        }
    }
}
