package io.pcrfd.store.redis;

import static org.assertj.core.api.Assertions.assertThat;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.pcrfd.store.Claim;
import io.pcrfd.store.StoreException;
import io.pcrfd.store.StoreTimeoutException;
import io.pcrfd.store.StoreUnavailableException;
import io.pcrfd.store.model.AccessInfo;
import io.pcrfd.store.model.IpCanSession;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Redis failing under the store: killed (SIGKILL) and restarted on the same port, or frozen.
 * Every call must end with a typed error within the command timeout (plus scheduling slack),
 * and the same store object must work again once Redis is back. All waits are bounded.
 */
class RedisOutageTest {

    private static final Duration COMMAND_TIMEOUT = Duration.ofMillis(500);
    private static final Duration SLACK = Duration.ofMillis(2000);

    private RedisServerProcess server;
    private RedisStore store;

    @BeforeEach
    void start() {
        Assumptions.assumeTrue(RedisServerProcess.available(),
                "redis-server is not on PATH: Redis outage tests skipped");
        server = RedisServerProcess.start();
        store = RedisStore.open(RedisStoreOptions.DEFAULTS.withUri(server.uri())
                .withCommandTimeout(COMMAND_TIMEOUT)
                .withReconnectDelayMax(Duration.ofMillis(200)));
    }

    @AfterEach
    void stop() {
        if (store != null) {
            store.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void killedRedisFailsFastWithATypedErrorAndIsUsedAgainWhenItReturns() {
        assertThat(complete(store.sessions().create(session(1))).claimed()).isTrue();

        server.kill();

        for (int i = 0; i < 5; i++) {
            long t0 = System.nanoTime();
            Throwable error = failure(store.sessions().get("gx;1"));
            assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(COMMAND_TIMEOUT.plus(SLACK));
            assertThat(error).isInstanceOfAny(StoreUnavailableException.class, StoreTimeoutException.class);
        }

        server.startAgain();
        awaitUsable(Duration.ofSeconds(15));

        // The restarted Redis is empty (persistence off) and has no script cache: the create
        // goes through EVALSHA → NOSCRIPT → EVAL.
        Claim<IpCanSession> again = complete(store.sessions().create(session(2)));
        assertThat(again.claimed()).isTrue();
        assertThat(complete(store.sessions().findByIpv4("10.0.0.2", "internet", null))).contains(again.value());
    }

    @Test
    void aFrozenRedisYieldsATimeoutWithinTheCommandTimeout() throws Exception {
        complete(store.counters().add(new io.pcrfd.store.model.CounterKey(
                io.pcrfd.store.model.CounterScope.SUBSCRIBER, "x", "y"), 1, Instant.now().plusSeconds(60)));
        RedisClient admin = RedisClient.create(server.uri());
        try (StatefulRedisConnection<String, String> c = admin.connect()) {
            c.sync().clientPause(1500);
            long t0 = System.nanoTime();

            Throwable error = failure(store.sessions().get("gx;1"));

            Duration took = Duration.ofNanos(System.nanoTime() - t0);
            assertThat(error).isInstanceOf(StoreTimeoutException.class);
            assertThat(took).isBetween(COMMAND_TIMEOUT.minusMillis(50), COMMAND_TIMEOUT.plus(SLACK));
        } finally {
            admin.shutdown();
        }
        awaitUsable(Duration.ofSeconds(10));
    }

    @Test
    void openingAgainstNothingFailsWithUnavailableWithinTheConnectTimeout() {
        server.kill();
        long t0 = System.nanoTime();

        Throwable error = org.assertj.core.api.Assertions.catchThrowable(() -> RedisStore.open(
                RedisStoreOptions.DEFAULTS.withUri(server.uri()).withConnectTimeout(Duration.ofSeconds(1))));

        assertThat(error).isInstanceOf(StoreUnavailableException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(1).plus(SLACK));
    }

    /** Polls a cheap read until it succeeds; fails the test at the deadline. */
    private void awaitUsable(Duration deadline) {
        long end = System.nanoTime() + deadline.toNanos();
        StoreException last = null;
        while (System.nanoTime() < end) {
            try {
                store.sessions().get("probe").toCompletableFuture().get(5, TimeUnit.SECONDS);
                return;
            } catch (ExecutionException e) {
                last = (StoreException) e.getCause();
            } catch (InterruptedException | TimeoutException e) {
                throw new AssertionError("probe did not complete", e);
            }
        }
        throw new AssertionError("store not usable again within " + deadline, last);
    }

    private static <T> T complete(CompletionStage<T> stage) {
        try {
            return stage.toCompletableFuture().get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** The failure of a stage that must fail; the stage itself must end within 5 s. */
    private static Throwable failure(CompletionStage<?> stage) {
        try {
            stage.toCompletableFuture().get(5, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            return e.getCause();
        } catch (InterruptedException | TimeoutException e) {
            throw new AssertionError("store call hung", e);
        }
        throw new AssertionError("store call succeeded while Redis was down");
    }

    private static IpCanSession session(int n) {
        Instant now = Instant.now();
        return IpCanSession.builder("gx;" + n).imsi("00101000000000" + n).apn("internet")
                .ueIpv4("10.0.0." + n).gatewayHost("pgw").access(AccessInfo.NONE)
                .startedAt(now).updatedAt(now).expiresAt(now.plusSeconds(600)).build();
    }
}
