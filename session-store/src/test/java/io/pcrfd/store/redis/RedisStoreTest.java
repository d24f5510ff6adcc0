package io.pcrfd.store.redis;

import static org.assertj.core.api.Assertions.assertThat;

import io.lettuce.core.api.sync.RedisCommands;
import io.pcrfd.store.ExpiredSession;
import io.pcrfd.store.Store;
import io.pcrfd.store.StoreContractTest;
import io.pcrfd.store.model.CounterKey;
import io.pcrfd.store.model.CounterScope;
import io.pcrfd.store.model.IpCanSession;
import io.pcrfd.store.model.SubscriberBinding;
import io.pcrfd.store.model.SubscriberId;
import io.pcrfd.store.model.UsageKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The contract against a private redis-server, plus what only Redis has: the expiry of every
 * key (read as PTTL, not waited for) and the key layout. Each test gets its own key prefix,
 * so tests never see each other's keys.
 */
class RedisStoreTest extends StoreContractTest implements LegacyUsageFoldContract {

    private static final AtomicInteger PREFIXES = new AtomicInteger();
    private static InspectedRedis redis;

    private String prefix;

    @BeforeAll
    static void startRedis() {
        redis = InspectedRedis.startOrSkip("Redis store tests");
    }

    @AfterAll
    static void stopRedis() {
        if (redis != null) {
            redis.close();
        }
    }

    @Override
    protected Store openEmptyStore(Clock clock) {
        prefix = "test" + PREFIXES.incrementAndGet() + ":";
        // A generous command timeout: thousands of pipelined calls on a loaded CI machine must
        // not time out here; RedisOutageTest is where timeouts are tested.
        return RedisStore.open(RedisStoreOptions.DEFAULTS.withUri(redis.uri()).withKeyPrefix(prefix)
                .withCommandTimeout(java.time.Duration.ofSeconds(5)));
    }

    /** A store of its own key prefix; {@code prefix} stays the main store's. */
    @Override
    protected Store openEmptyStore(Clock clock, int closedMaxEntries) {
        return RedisStore.open(RedisStoreOptions.DEFAULTS.withUri(redis.uri())
                .withKeyPrefix("capped" + PREFIXES.incrementAndGet() + ":")
                .withCommandTimeout(java.time.Duration.ofSeconds(5)).withClosedMaxEntries(closedMaxEntries));
    }

    @Override
    protected Store openEmptyStoreWithClosedPerSubscriber(Clock clock, int closedPerSubscriber) {
        return RedisStore.open(RedisStoreOptions.DEFAULTS.withUri(redis.uri())
                .withKeyPrefix("bound" + PREFIXES.incrementAndGet() + ":")
                .withCommandTimeout(java.time.Duration.ofSeconds(5)).withClosedPerSubscriber(closedPerSubscriber));
    }

    @Override
    public Store openSecondNode() {
        return RedisStore.open(RedisStoreOptions.DEFAULTS.withUri(redis.uri()).withKeyPrefix(prefix)
                .withCommandTimeout(java.time.Duration.ofSeconds(5)));
    }

    @Override
    public boolean exists(String suffix) {
        return redis().exists(prefix + suffix) > 0;
    }

    private RedisCommands<String, String> redis() {
        return redis.sync();
    }

    /** Remaining time to live of a key, in ms, as Redis reports it. */
    private long pttl(String key) {
        return redis().pttl(prefix + key);
    }

    @Test
    void everySessionKeyExpiresWithTheSession() {
        IpCanSession s = await(sessions().create(session(1).expiresAt(Instant.now().plus(Duration.ofMinutes(10)))
                .build())).value();

        for (String key : new String[] {"s:" + s.sessionId(), "addr4:10.0.0.1",
                "addr6:2001:db8:0:1::/64", "sub:IMSI:001010000001:internet", "suba:IMSI:001010000001",
                "suba:MSISDN:46700001", "gw:pgw1.example.org",
                "uel:192.0.2.1", "henb:198.51.100.1"}) {
            assertThat(pttl(key)).as(key).isBetween(Duration.ofMinutes(9).toMillis(),
                    Duration.ofMinutes(10).toMillis());
        }
        assertThat(redis().hget(prefix + "s:" + s.sessionId(), "v")).isEqualTo("1");
        assertThat(redis().zscore(prefix + "upd", s.sessionId())).isEqualTo((double) s.updatedAt().toEpochMilli());
    }

    @Test
    void aSetIndexLivesAsLongAsItsLongestLivedMember() {
        await(sessions().create(session(2).expiresAt(Instant.now().plus(Duration.ofHours(2))).build()));
        await(sessions().create(session(3).expiresAt(Instant.now().plus(Duration.ofHours(1))).build()));

        assertThat(pttl("gw:pgw1.example.org")).isGreaterThan(Duration.ofMinutes(119).toMillis());
        assertThat(pttl("addr4:10.0.0.3")).isLessThanOrEqualTo(Duration.ofHours(1).toMillis());
    }

    @Test
    void closedContextKeyExpiresAtTheEndOfItsRetention() {
        IpCanSession s = await(sessions().create(session(4).build())).value();
        Instant retainUntil = Instant.now().plus(Duration.ofDays(7));

        await(sessions().close(s.sessionId(), Instant.now(), retainUntil));

        assertThat(pttl("ctx:IMSI:001010000004:internet:" + s.sessionId()))
                .isBetween(Duration.ofDays(7).minusMinutes(1).toMillis(), Duration.ofDays(7).toMillis());
        assertThat(pttl("ctxs:IMSI:001010000004")).as("the subscriber's list of closed contexts")
                .isBetween(Duration.ofDays(7).minusMinutes(1).toMillis(), Duration.ofDays(7).toMillis());
        assertThat(redis().exists(prefix + "s:" + s.sessionId(), prefix + "addr4:10.0.0.4",
                prefix + "gw:pgw1.example.org")).isZero();
    }

    @Test
    void bindingAndCounterKeysCarryTheirExpiry() {
        Instant in5 = Instant.now().plus(Duration.ofMinutes(5));
        await(store().bindings().bindIfAbsent(new SubscriberBinding(SubscriberId.msisdn("46701"),
                "ims", "pcrf-a", Instant.now(), in5)));
        await(store().counters().add(new CounterKey(CounterScope.SHARED_ACCOUNT, "acct", "total"), 5, in5));

        assertThat(pttl("bind:MSISDN:46701:ims")).isBetween(Duration.ofMinutes(4).toMillis(),
                Duration.ofMinutes(5).toMillis());
        assertThat(pttl("c:SHARED_ACCOUNT:acct:total")).isBetween(Duration.ofMinutes(4).toMillis(),
                Duration.ofMinutes(5).toMillis());
        assertThat(redis().get(prefix + "c:SHARED_ACCOUNT:acct:total")).isEqualTo("5");
    }

    /** One hash per owner and Monitoring-Key: the four totals and the expiry, which the key carries too. */
    @Test
    void usageTotalsAreOneHashWithTheirExpiry() {
        long in5 = Instant.now().plus(Duration.ofMinutes(5)).toEpochMilli();
        await(store().usage().add(new UsageKey("IMSI:001010000000001", "mk1"), 1500, 1000, 500, 60, in5));
        await(store().usage().add(new UsageKey("IMSI:001010000000001", "mk1"), 1500, 1000, 500, 60, in5));

        assertThat(redis().hgetall(prefix + "u:IMSI:001010000000001:mk1")).containsExactlyInAnyOrderEntriesOf(
                java.util.Map.of("t", "3000", "i", "2000", "o", "1000", "s", "120", "x", Long.toString(in5)));
        assertThat(pttl("u:IMSI:001010000000001:mk1")).isBetween(Duration.ofMinutes(4).toMillis(),
                Duration.ofMinutes(5).toMillis());
    }

    @Test
    void aSessionWhoseKeyExpiredIsHandedOverByIdOnceAndNotSweptAway() {
        IpCanSession s = await(sessions().create(session(5).build())).value();
        redis().del(prefix + "s:" + s.sessionId()); // what Redis does when the TTL passes

        assertThat(await(store().sweep())).isZero();
        assertThat(await(sessions().findInactiveSince(now().plus(TTL), 10))).isEmpty();
        assertThat(redis().zscore(prefix + "upd", s.sessionId())).as("kept for takeExpired").isNotNull();

        assertThat(await(sessions().takeExpired(now(), now().plus(TTL), 10)))
                .containsExactly(new ExpiredSession(s.sessionId(), null));
        assertThat(redis().zscore(prefix + "upd", s.sessionId())).isNull();
        assertThat(await(sessions().takeExpired(now(), now().plus(TTL), 10))).isEmpty();
        assertThat(await(sessions().findByGateway("pgw1.example.org"))).isEmpty();
        assertThat(redis().sismember(prefix + "gw:pgw1.example.org", s.sessionId())).isFalse();
    }

    @Test
    void oneAddressSetListsTheHoldersOfEveryApnAndDropsOneRedisExpired() {
        IpCanSession internet = await(sessions().create(session(11).build())).value();
        IpCanSession ims = await(sessions().create(session(12).apn("ims").ueIpv4("10.0.0.11").build())).value();
        assertThat(redis().smembers(prefix + "addr4:10.0.0.11"))
                .containsExactlyInAnyOrder(internet.sessionId(), ims.sessionId());

        redis().del(prefix + "s:" + internet.sessionId()); // what Redis does when the TTL passes
        IpCanSession next = await(sessions().create(session(13).ueIpv4("10.0.0.11").build())).value();

        assertThat(redis().smembers(prefix + "addr4:10.0.0.11"))
                .containsExactlyInAnyOrder(ims.sessionId(), next.sessionId());
        assertThat(redis().exists(prefix + "ip4:10.0.0.11")).as("no key of the former layout").isZero();
    }

    @Test
    void aSessionKeptWithoutExpiryHasNoTtlOnAnyKeyAndKeepsItsSetsWithoutOne() {
        IpCanSession s = await(sessions().create(session(9).expiresAt(IpCanSession.NO_EXPIRY).build())).value();
        await(sessions().create(session(10).build()));
        await(sessions().update(s.toBuilder().ratType("WLAN").build()));

        for (String key : new String[] {"s:" + s.sessionId(), "addr4:10.0.0.9", "addr6:2001:db8:0:9::/64",
                "sub:IMSI:001010000009:internet", "suba:IMSI:001010000009", "suba:MSISDN:46700009",
                "gw:pgw1.example.org", "uel:192.0.2.9", "henb:198.51.100.1"}) {
            assertThat(pttl(key)).as(key).isEqualTo(-1);
        }
        assertThat(pttl("addr4:10.0.0.10")).isPositive();
    }

    @Test
    void aLostSessionBehindManySessionsKeptWithoutExpiryIsFoundByTheMovingWindow() {
        int kept = 2 * RedisSessionStore.LOST_WINDOW + 100;
        var creates = new java.util.ArrayList<java.util.concurrent.CompletableFuture<?>>();
        for (int i = 0; i < kept; i++) {
            creates.add(sessions().create(session(5_000 + i).expiresAt(IpCanSession.NO_EXPIRY)
                    .updatedAt(now().minus(Duration.ofDays(1))).build()).toCompletableFuture());
        }
        await(java.util.concurrent.CompletableFuture.allOf(creates.toArray(java.util.concurrent.CompletableFuture[]::new)));
        IpCanSession lost = await(sessions().create(session(4_999).build())).value();
        redis().del(prefix + "s:" + lost.sessionId());

        java.util.List<ExpiredSession> found = new java.util.ArrayList<>();
        for (int call = 0; call < 3 && found.isEmpty(); call++) {
            found.addAll(await(sessions().takeExpired(now(), now().plus(TTL), 10)));
        }

        assertThat(found).extracting(ExpiredSession::sessionId).containsExactly(lost.sessionId());
        assertThat(redis().zcard(prefix + "upd")).isEqualTo(kept);
    }

    @Test
    void aFlushedScriptCacheIsRefilledOnTheNextCall() {
        await(sessions().create(session(6).build()));
        redis().scriptFlush();

        assertThat(await(sessions().create(session(7).build())).claimed()).isTrue();
        assertThat(await(sessions().findByIpv4("10.0.0.7", "internet", null))).isPresent();
    }

    @Test
    void aGatewayScanCrossesChunkBoundaries() {
        int n = 1_201;
        var creates = new java.util.ArrayList<java.util.concurrent.CompletableFuture<?>>();
        for (int i = 0; i < n; i++) {
            creates.add(sessions().create(session(1_000 + i).gatewayHost("pgw9.example.org").build())
                    .toCompletableFuture());
        }
        await(java.util.concurrent.CompletableFuture.allOf(creates.toArray(java.util.concurrent.CompletableFuture[]::new)));

        assertThat(await(sessions().findByGateway("pgw9.example.org")))
                .hasSize(n).extracting(IpCanSession::sessionId).doesNotHaveDuplicates();
    }

    @Test
    void theScheduledSweepTidiesWithoutBeingCalled() {
        String ownPrefix = "sweep" + PREFIXES.incrementAndGet() + ":";
        try (RedisStore swept = RedisStore.open(RedisStoreOptions.DEFAULTS.withUri(redis.uri())
                .withKeyPrefix(ownPrefix).withSweepInterval(Duration.ofMillis(100)))) {
            IpCanSession s = await(swept.sessions().create(session(8).build())).value();
            await(swept.sessions().close(s.sessionId(), Instant.now(), Instant.now().plus(TTL)));
            String context = ownPrefix + "ctx:IMSI:" + s.imsi() + ":internet";
            redis().del(context); // what Redis does when the retention passes

            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (redis().zscore(ownPrefix + "ctxz", context) != null) {
                assertThat(System.nanoTime()).as("swept within 10 s").isLessThan(deadline);
                Thread.onSpinWait();
            }
        }
    }

    @Test
    void aSubscriberClosingInALoopKeepsSetsOfTheBoundsSizeAndItsDropsAreCounted() {
        String own = "loop" + PREFIXES.incrementAndGet() + ":";
        try (RedisStore bounded = RedisStore.open(RedisStoreOptions.DEFAULTS.withUri(redis.uri())
                .withKeyPrefix(own).withSweepInterval(Duration.ZERO).withClosedPerSubscriber(3))) {
            for (int i = 0; i < 10; i++) {
                IpCanSession s = await(bounded.sessions().create(session(20 + i).imsi("001019999900002").build()))
                        .value();
                Instant at = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS).plusSeconds(i);
                await(bounded.sessions().close(s.sessionId(), at, at.plus(TTL)));
            }

            assertThat(redis().zcard(own + "ctxs:IMSI:001019999900002")).as("the subscriber's set").isEqualTo(3);
            assertThat(redis().zcard(own + "ctxz")).as("the store-wide order").isEqualTo(3);
            assertThat(redis().keys(own + "ctx:*")).hasSize(3)
                    .allMatch(k -> k.endsWith(";27") || k.endsWith(";28") || k.endsWith(";29"));
            assertThat(((RedisSessionStore) bounded.sessions()).takeClosedDropped()).isEqualTo(7);
        }
    }

    @Test
    void theOriginStateIdFirstRecordedIsAnnouncedByEveryLaterStartUntilRedisLosesIt() {
        assertThat(await(store().originStateId("pcrf-a.example.org", 1_000))).isEqualTo(1_000);
        try (RedisStore restarted = RedisStore.open(RedisStoreOptions.DEFAULTS.withUri(redis.uri())
                .withKeyPrefix(prefix))) {
            assertThat(await(restarted.originStateId("pcrf-a.example.org", 2_000))).isEqualTo(1_000);
            assertThat(await(restarted.originStateId("pcrf-b.example.org", 2_000))).as("another node").isEqualTo(2_000);
        }
        assertThat(pttl("osi:pcrf-a.example.org")).as("no expiry").isEqualTo(-1);

        redis().del(prefix + "osi:pcrf-a.example.org"); // Redis lost its data: the sessions are gone too
        assertThat(await(store().originStateId("pcrf-a.example.org", 3_000))).isEqualTo(3_000);
    }
}
