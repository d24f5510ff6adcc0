package io.pcrfd.pcrf.gx;

import static io.pcrfd.pcrf.gx.GxHarness.join;
import static io.pcrfd.pcrf.gx.GxHarness.resultCode;
import static io.pcrfd.pcrf.gx.GxHarness.u32;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.MessageBuilder;
import io.pcrfd.pcrf.policy.PolicyEngine;
import io.pcrfd.pcrf.policy.PolicyLoader;
import io.pcrfd.store.model.CounterKey;
import io.pcrfd.store.model.CounterScope;
import io.pcrfd.store.model.IpCanSession;
import io.pcrfd.store.model.SubscriberId;
import io.pcrfd.store.model.UsageKey;
import io.pcrfd.store.redis.RedisStore;
import io.pcrfd.store.redis.RedisStoreOptions;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** The same Gx flow over the Redis store: the Gx state survives Redis' JSON and Lua scripts. */
class GxOverRedisTest {

    @Test
    void aSessionLivesAndEndsInRedis() throws Exception {
        assumeTrue(LocalRedis.installed(), "redis-server is not on PATH");
        // Redis expires keys on the wall clock, so the test clock starts near the real now: at the
        // next noon UTC, outside the policy's 22:00-06:00 window whatever hour the test runs at
        MutableClock clock = new MutableClock(nextNoonUtc(Instant.now()));
        try (LocalRedis redis = LocalRedis.start();
             RedisStore store = RedisStore.open(new RedisStoreOptions(redis.uri(), "gxtest:", Duration.ofSeconds(5),
                     Duration.ofSeconds(5), Duration.ofSeconds(1), Duration.ZERO))) {
            GxApplication app = app(store, clock);
            Pcef pcef = new Pcef();
            String sid = "pgw1;redis;1";

            DiameterMessage cca = join(app.handle(pcef.initial(sid, Pcef.GOLD_IMSI, "10.9.0.1").build()));
            assertThat(resultCode(cca)).isEqualTo(2001);
            assertThat(cca.avp("Charging-Rule-Install")).isPresent();

            assertThat(resultCode(join(app.handle(pcef.usage(sid, 1, "mk1", 5_000, 33))))).isEqualTo(2001);
            IpCanSession s = join(store.sessions().get(sid)).orElseThrow();
            GxSessionState state = SessionRecords.state(s);
            assertThat(state.lastRequestNumber()).isEqualTo(1);
            assertThat(state.installed().rules()).containsKeys("internet", "base:gold-services", "video");
            assertThat(join(store.usage().get(new UsageKey(SubscriberId.imsi(Pcef.GOLD_IMSI).key(), "mk1")))
                    .totalOctets()).isEqualTo(5_000);
            assertThat(join(app.pusher().push(sid, GxPolicyPusher.Reason.OPERATOR)))
                    .isEqualTo(GxPolicyPusher.Outcome.APPLIED);

            assertThat(resultCode(join(app.handle(pcef.terminate(sid, 2, "mk1", 1))))).isEqualTo(2001);
            assertThat(join(store.sessions().get(sid))).isEmpty();
            assertThat(join(store.contexts().findClosed("internet", SubscriberId.imsi(Pcef.GOLD_IMSI))))
                    .isPresent();
        }
    }

    @Test
    void aSessionWhoseKeyRedisExpiredIsEndedByTheNextAuditBySessionId() throws Exception {
        assumeTrue(LocalRedis.installed(), "redis-server is not on PATH");
        MutableClock clock = new MutableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));
        List<String> ended = new CopyOnWriteArrayList<>();
        try (LocalRedis redis = LocalRedis.start();
             RedisStore store = RedisStore.open(new RedisStoreOptions(redis.uri(), "gxtest:", Duration.ofSeconds(5),
                     Duration.ofSeconds(5), Duration.ofSeconds(1), Duration.ZERO))) {
            PolicyEngine engine = new PolicyEngine(PolicyLoader.load(Path.of("src/test/resources/gx/policy.yaml")),
                    Set.of("00101"));
            GxApplication app = GxApplication.create(GxSettings.defaults().withInactivityTimeout(Duration.ofHours(1)),
                    Pcef.DICT, store, () -> engine, clock, new ManualTimer(clock),
                    rar -> CompletableFuture.failedFuture(new IllegalStateException("no RAR expected")),
                    new GxSessionListener() {
                        @Override
                        public void ended(String sessionId, String reason) {
                            ended.add(sessionId + " " + reason);
                        }
                    });
            Pcef pcef = new Pcef();
            String sid = "pgw1;redis;lost";
            assertThat(resultCode(join(app.handle(pcef.initial(sid, Pcef.BASIC_IMSI, "10.9.0.2").build()))))
                    .isEqualTo(2001);
            deleteKey(redis.uri(), "gxtest:s:" + sid); // what Redis does when the session's TTL passes

            assertThat(join(app.service().auditInactive())).isEqualTo(1);

            assertThat(ended).containsExactly(sid + " expired");
            assertThat(app.service().endCounters().snapshot().expired()).isEqualTo(1);
            assertThat(join(app.service().auditInactive())).as("handed over once").isZero();
            assertThat(resultCode(join(app.handle(pcef.usage(sid, 1, "mk1", 1, 33))))).isEqualTo(5002);
        }
    }

    /**
     * A Redis written by the previous pcrfd, which kept a subscriber's mk1 usage as four counters:
     * the basic plan's 1 GB throttle still holds after the upgrade, in the CCA-I (the usage is read)
     * and in the CCA-U of a report that crosses it only with the old usage (the usage is added).
     */
    @Test
    void usageCountedByThePreviousVersionStillThrottlesAfterTheUpgrade() throws Exception {
        assumeTrue(LocalRedis.installed(), "redis-server is not on PATH");
        MutableClock clock = new MutableClock(nextNoonUtc(Instant.now()));
        try (LocalRedis redis = LocalRedis.start();
             RedisStore store = RedisStore.open(new RedisStoreOptions(redis.uri(), "gxold:", Duration.ofSeconds(5),
                     Duration.ofSeconds(5), Duration.ofSeconds(1), Duration.ZERO))) {
            String reader = "001010000000004";
            String adder = "001010000000005";
            writeOldUsage(store, reader, 1_500_000_000L);
            writeOldUsage(store, adder, 900_000_000L);
            GxApplication app = app(store, clock);
            Pcef pcef = new Pcef();

            DiameterMessage read = join(app.handle(pcef.initial("pgw1;old;1", reader, "10.9.0.4").build()));
            assertThat(resultCode(read)).isEqualTo(2001);
            assertThat(u32(read.avp("QoS-Information").orElseThrow(), "APN-Aggregate-Max-Bitrate-DL"))
                    .isEqualTo(1_000_000);

            DiameterMessage initial = join(app.handle(pcef.initial("pgw1;old;2", adder, "10.9.0.5").build()));
            assertThat(u32(initial.avp("QoS-Information").orElseThrow(), "APN-Aggregate-Max-Bitrate-DL"))
                    .as("900 MB: not throttled yet").isEqualTo(50_000_000);
            DiameterMessage added = join(app.handle(pcef.usage("pgw1;old;2", 1, "mk1", 200_000_000L, 33)));
            assertThat(resultCode(added)).isEqualTo(2001);
            assertThat(u32(added.avp("QoS-Information").orElseThrow(), "APN-Aggregate-Max-Bitrate-DL"))
                    .isEqualTo(1_000_000);
            assertThat(join(store.usage().get(new UsageKey(SubscriberId.imsi(adder).key(), "mk1"))).totalOctets())
                    .isEqualTo(1_100_000_000L);
        }
    }

    /** What the previous UsageLedger wrote for one report: four MONITORING_KEY counters of mk1. */
    private static void writeOldUsage(RedisStore store, String imsi, long total) {
        String owner = SubscriberId.imsi(imsi).key();
        Instant expiry = Instant.now().plus(Duration.ofDays(1));
        long[] values = {total, total / 4, total - total / 4, 60};
        String[] names = {"mk1", "mk1/input", "mk1/output", "mk1/time"};
        for (int i = 0; i < names.length; i++) {
            join(store.counters().add(new CounterKey(CounterScope.MONITORING_KEY, owner, names[i]), values[i], expiry));
        }
    }

    /**
     * A session record the previous version wrote (the request number as the prefix of the
     * policy text, no number field), as Redis holds it after an upgrade: read, answered, and
     * rewritten in the current form at its next update.
     */
    @Test
    void aSessionRecordOfThePreviousVersionIsReadFromRedis() throws Exception {
        assumeTrue(LocalRedis.installed(), "redis-server is not on PATH");
        Instant noon = nextNoonUtc(Instant.now());
        MutableClock clock = new MutableClock(noon);
        String sid = "pgw1.epc.example;legacy;1";
        String raw = new String(GxOverRedisTest.class.getResourceAsStream("/gx/ipcan-session-numbered-state.json")
                .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                .replace("\"version\":2", "\"version\":1")
                .replace("2026-11-18T12:00:00Z", noon.toString())
                .replace("2026-11-19T12:00:00Z", noon.plus(Duration.ofDays(1)).toString());
        try (LocalRedis redis = LocalRedis.start();
             RedisStore store = RedisStore.open(new RedisStoreOptions(redis.uri(), "gxold:", Duration.ofSeconds(5),
                     Duration.ofSeconds(5), Duration.ofSeconds(1), Duration.ZERO))) {
            GxApplication app = app(store, clock);
            Pcef pcef = new Pcef();
            join(store.sessions().create(io.pcrfd.store.json.StoreJson.decode(raw, IpCanSession.class)));
            setField(redis.uri(), "gxold:s:" + sid, "d", raw); // the record exactly as the previous version wrote it

            assertThat(resultCode(join(app.handle(pcef.usage(sid, 1, "mk1", 7_000, 33))))).as("a retransmission")
                    .isEqualTo(2001);
            assertThat(join(store.sessions().get(sid)).orElseThrow().version()).isEqualTo(1);
            assertThat(resultCode(join(app.handle(pcef.usage(sid, 2, "mk1", 7_000, 33))))).isEqualTo(2001);

            IpCanSession s = join(store.sessions().get(sid)).orElseThrow();
            assertThat(s.policyState()).startsWith("{");
            assertThat(s.lastRequestNumber()).isEqualTo(2);
            assertThat(SessionRecords.state(s).installed().rules()).containsOnlyKeys("internet", "base:gold-services",
                    "video");
            assertThat(resultCode(join(app.handle(pcef.terminate(sid, 3, "mk1", 1))))).isEqualTo(2001);
            assertThat(join(store.sessions().get(sid))).isEmpty();
        }
    }

    private static void setField(String uri, String key, String field, String value) {
        RedisClient client = RedisClient.create(uri);
        try (StatefulRedisConnection<String, String> c = client.connect()) {
            assertThat(c.sync().hset(key, field, value)).as("an existing field replaced").isFalse();
        } finally {
            client.shutdown();
        }
    }

    private static Instant nextNoonUtc(Instant now) {
        Instant noon = now.truncatedTo(ChronoUnit.DAYS).plus(12, ChronoUnit.HOURS);
        return noon.isBefore(now) ? noon.plus(1, ChronoUnit.DAYS) : noon;
    }

    private static void deleteKey(String uri, String key) {
        RedisClient client = RedisClient.create(uri);
        try (StatefulRedisConnection<String, String> c = client.connect()) {
            assertThat(c.sync().del(key)).isEqualTo(1);
        } finally {
            client.shutdown();
        }
    }

    /** IP-CAN-Type and RAT-Type values without a name go through Redis' JSON as numbers and back. */
    @Test
    void aSessionWithUnnamedEnumeratedValuesCanBeEndedFromRedis() throws Exception {
        assumeTrue(LocalRedis.installed(), "redis-server is not on PATH");
        MutableClock clock = new MutableClock(nextNoonUtc(Instant.now()));
        try (LocalRedis redis = LocalRedis.start();
             RedisStore store = RedisStore.open(new RedisStoreOptions(redis.uri(), "gxodd:", Duration.ofSeconds(5),
                     Duration.ofSeconds(5), Duration.ofSeconds(1), Duration.ZERO))) {
            GxApplication app = app(store, clock);
            Pcef pcef = new Pcef();
            DiameterMessage ccr = GxOpenEnumeratedValuesTest.initial(pcef, "pgw1;redis;odd", "10.9.0.2", 0x40000005,
                    0x400003EC);

            assertThat(resultCode(join(app.handle(ccr)))).isEqualTo(2001);
            IpCanSession stored = join(store.sessions().get("pgw1;redis;odd")).orElseThrow();
            assertThat(stored.ipCanType()).isEqualTo("1073741829");
            assertThat(stored.ratType()).isEqualTo("1073742828");
            assertThat(resultCode(join(app.handle(pcef.usage("pgw1;redis;odd", 1, "mk1", 5_000, 33))))).isEqualTo(2001);
            assertThat(resultCode(join(app.handle(pcef.terminate("pgw1;redis;odd", 2, "mk1", 1))))).isEqualTo(2001);
            assertThat(join(store.sessions().get("pgw1;redis;odd"))).isEmpty();
        }
    }

    private static GxApplication app(RedisStore store, MutableClock clock) throws Exception {
        PolicyEngine engine = new PolicyEngine(PolicyLoader.load(Path.of("src/test/resources/gx/policy.yaml")),
                Set.of("00101"));
        return GxApplication.create(GxSettings.defaults(), Pcef.DICT, store, () -> engine, clock,
                new ManualTimer(clock), rar -> CompletableFuture.completedFuture(
                        MessageBuilder.answer(Pcef.DICT, rar).originHost(Pcef.HOST)
                                .originRealm(Pcef.REALM).resultCode(2001).build()), GxSessionListener.NONE);
    }
}
