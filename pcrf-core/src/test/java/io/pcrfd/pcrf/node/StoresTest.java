package io.pcrfd.pcrf.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pcrfd.pcrf.config.ConfigException;
import io.pcrfd.pcrf.config.ConfigLoader;
import io.pcrfd.pcrf.config.SnapshotConfig;
import io.pcrfd.pcrf.config.StoreConfig;
import io.pcrfd.store.Store;
import io.pcrfd.store.memory.InMemoryStore;
import io.pcrfd.store.memory.InMemoryStoreOptions;
import io.pcrfd.store.model.IpCanSession;
import io.pcrfd.store.model.SubscriberId;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * store.closedMaxEntries from the file or PCRFD_STORE_CLOSED_MAX_ENTRIES bounds the store that opens;
 * store.closedPerSubscriber from the file or PCRFD_STORE_CLOSED_PER_SUBSCRIBER likewise, 1 to 1000;
 * store.snapshot.ifUnreadable from the file or PCRFD_STORE_SNAPSHOT_IF_UNREADABLE;
 * store.usageMaxEntries from the file or PCRFD_STORE_USAGE_MAX_ENTRIES bounds the in-memory usage
 * totals, at least 64 (one line naming the key otherwise); store.meterMaxSubscribers from the file
 * or PCRFD_STORE_METER_MAX_SUBSCRIBERS bounds the in-memory metering meters, at least 1.
 */
class StoresTest {

    private static StoreConfig store(String yaml, Map<String, String> env) {
        return ConfigLoader.load(yaml, null, env).store();
    }

    @Test
    void withNoKeyBothStoresGetTheDefaultCap() {
        StoreConfig c = store("rest: {enabled: false}\n", Map.of());

        assertThat(Stores.memoryOptions(c).closedMaxEntries()).isEqualTo(StoreConfig.DEFAULT_CLOSED_MAX_ENTRIES)
                .isEqualTo(InMemoryStoreOptions.DEFAULT_CLOSED_MAX_ENTRIES);
        assertThat(Stores.redisOptions(c).closedMaxEntries()).isEqualTo(StoreConfig.DEFAULT_CLOSED_MAX_ENTRIES);
    }

    @Test
    void theEnvironmentOverridesTheFileAndReachesTheRedisOptions() {
        StoreConfig c = store("store: {closedMaxEntries: 5000}\n", Map.of("PCRFD_STORE_CLOSED_MAX_ENTRIES", "7"));

        assertThat(c.closedMaxEntries()).isEqualTo(7);
        assertThat(Stores.redisOptions(c).closedMaxEntries()).isEqualTo(7);
    }

    @Test
    void theBoundPerSubscriberDefaultsToTheStoresAndIsReadFromTheFileOrTheEnvironment() {
        StoreConfig none = store("rest: {enabled: false}\n", Map.of());
        assertThat(Stores.memoryOptions(none).closedPerSubscriber()).isEqualTo(StoreConfig.DEFAULT_CLOSED_PER_SUBSCRIBER)
                .isEqualTo(InMemoryStoreOptions.DEFAULT_CLOSED_PER_SUBSCRIBER)
                .isEqualTo(io.pcrfd.store.redis.RedisStoreOptions.DEFAULT_CLOSED_PER_SUBSCRIBER);
        assertThat(Stores.redisOptions(none).closedPerSubscriber()).isEqualTo(32);

        StoreConfig c = store("store: {closedPerSubscriber: 1000}\n", Map.of("PCRFD_STORE_CLOSED_PER_SUBSCRIBER", "5"));
        assertThat(Stores.memoryOptions(c).closedPerSubscriber()).isEqualTo(5);
        assertThat(Stores.redisOptions(c).closedPerSubscriber()).isEqualTo(5);
        assertThat(store("store: {closedPerSubscriber: 1000}\n", Map.of()).closedPerSubscriber()).isEqualTo(1000);
    }

    @Test
    void aBoundPerSubscriberOutOfRangeIsOneLineNamingTheKey() {
        assertThatThrownBy(() -> store("store: {closedPerSubscriber: 0}\n", Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("store.closedPerSubscriber: must be between 1 and 1000, got 0");
        assertThatThrownBy(() -> store("rest: {enabled: false}\n", Map.of("PCRFD_STORE_CLOSED_PER_SUBSCRIBER", "1001")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("store.closedPerSubscriber: must be between 1 and 1000, got 1001");
    }

    @Test
    void theInMemoryStoreOpenedFromTheFileKeepsOnlyTheNewestClosedContexts() throws Exception {
        StoreConfig c = store("store: {closedMaxEntries: 2, snapshot: {enabled: false}}\n", Map.of());
        Instant t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        try (Store s = Stores.open(c, Clock.fixed(t0, ZoneOffset.UTC))) {
            for (int i = 1; i <= 3; i++) {
                IpCanSession session = IpCanSession.builder("pgw;" + i).imsi("00101000000000" + i).apn("internet")
                        .gatewayHost("pgw").startedAt(t0).updatedAt(t0).expiresAt(t0.plusSeconds(60)).build();
                s.sessions().create(session).toCompletableFuture().get(5, TimeUnit.SECONDS);
                Instant at = t0.plusSeconds(i);
                s.sessions().close(session.sessionId(), at, at.plusSeconds(3600)).toCompletableFuture()
                        .get(5, TimeUnit.SECONDS);
            }

            assertThat(((InMemoryStore) s).closedContextCount()).isEqualTo(2);
            assertThat(s.contexts().findClosed("internet", SubscriberId.imsi("001010000000001"))
                    .toCompletableFuture().get(5, TimeUnit.SECONDS)).isEmpty();
            assertThat(s.contexts().findClosed("internet", SubscriberId.imsi("001010000000003"))
                    .toCompletableFuture().get(5, TimeUnit.SECONDS)).isPresent();
        }
    }

    @Test
    void theUsageBoundDefaultsToTheStoresAndIsReadFromTheFileOrTheEnvironment() {
        StoreConfig none = store("rest: {enabled: false}\n", Map.of());
        assertThat(Stores.memoryOptions(none).usageMaxEntries()).isEqualTo(StoreConfig.DEFAULT_USAGE_MAX_ENTRIES)
                .isEqualTo(InMemoryStoreOptions.DEFAULT_USAGE_MAX_ENTRIES).isEqualTo(1_000_000);

        assertThat(Stores.memoryOptions(store("store: {usageMaxEntries: 5000}\n", Map.of())).usageMaxEntries())
                .isEqualTo(5000);
        StoreConfig c = store("store: {usageMaxEntries: 5000}\n", Map.of("PCRFD_STORE_USAGE_MAX_ENTRIES", "64"));
        assertThat(Stores.memoryOptions(c).usageMaxEntries()).isEqualTo(64);
    }

    @Test
    void aUsageBoundBelowOneEntryPerSegmentIsOneLineNamingTheKey() {
        assertThatThrownBy(() -> store("store: {usageMaxEntries: 0}\n", Map.of()))
                .isInstanceOf(ConfigException.class).hasMessageNotContaining("\n")
                .hasMessageContaining("store.usageMaxEntries: must be at least 64 (one entry for each segment of the"
                        + " usage table), got 0");
        assertThatThrownBy(() -> store("rest: {enabled: false}\n", Map.of("PCRFD_STORE_USAGE_MAX_ENTRIES", "-1")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("store.usageMaxEntries: must be at least 64");
        assertThatThrownBy(() -> store("store: {usageMaxEntries: many}\n", Map.of()))
                .isInstanceOf(ConfigException.class).hasMessageContaining("store.usageMaxEntries");
    }

    @Test
    void theInMemoryStoreOpenedFromTheFileKeepsAtMostTheUsageBound() throws Exception {
        StoreConfig c = store("store: {usageMaxEntries: 64, snapshot: {enabled: false}}\n", Map.of());
        try (Store s = Stores.open(c, Clock.systemUTC())) {
            long expires = System.currentTimeMillis() + 86_400_000L;
            for (int i = 0; i < 1_000; i++) {
                s.usage().add(new io.pcrfd.store.model.UsageKey("IMSI:00101" + (1_000_000_000L + i), "mk1"), 1, 1, 0,
                        1, expires).toCompletableFuture().get(5, TimeUnit.SECONDS);
            }
            InMemoryStore memory = (InMemoryStore) s;
            assertThat(memory.usageEntryCount()).isEqualTo(64);
            assertThat(memory.usageEvictionCount()).isEqualTo(1_000 - 64);
        }
    }

    @Test
    void theMeterBoundDefaultsToTheStoresAndIsReadFromTheFileOrTheEnvironment() {
        StoreConfig none = store("rest: {enabled: false}\n", Map.of());
        assertThat(Stores.memoryOptions(none).meterMaxSubscribers())
                .isEqualTo(StoreConfig.DEFAULT_METER_MAX_SUBSCRIBERS)
                .isEqualTo(InMemoryStoreOptions.DEFAULT_METER_MAX_SUBSCRIBERS).isEqualTo(1_000_000);

        assertThat(Stores.memoryOptions(store("store: {meterMaxSubscribers: 5000}\n", Map.of())).meterMaxSubscribers())
                .isEqualTo(5000);
        StoreConfig c = store("store: {meterMaxSubscribers: 5000}\n",
                Map.of("PCRFD_STORE_METER_MAX_SUBSCRIBERS", "3"));
        assertThat(Stores.memoryOptions(c).meterMaxSubscribers()).isEqualTo(3);
    }

    @Test
    void aMeterBoundBelowOneIsOneLineNamingTheKey() {
        assertThatThrownBy(() -> store("store: {meterMaxSubscribers: 0}\n", Map.of()))
                .isInstanceOf(ConfigException.class).hasMessageNotContaining("\n")
                .hasMessageContaining("store.meterMaxSubscribers: must be at least 1, got 0");
        assertThatThrownBy(() -> store("rest: {enabled: false}\n", Map.of("PCRFD_STORE_METER_MAX_SUBSCRIBERS", "-1")))
                .isInstanceOf(ConfigException.class).hasMessageNotContaining("\n")
                .hasMessageContaining("store.meterMaxSubscribers: must be at least 1, got -1");
        assertThatThrownBy(() -> store("store: {meterMaxSubscribers: many}\n", Map.of()))
                .isInstanceOf(ConfigException.class).hasMessageNotContaining("\n")
                .hasMessageContaining("store.meterMaxSubscribers");
    }

    @Test
    void theInMemoryStoreOpenedFromTheFileKeepsAtMostTheMeterBound() throws Exception {
        StoreConfig c = store("store: {meterMaxSubscribers: 3, snapshot: {enabled: false}}\n", Map.of());
        try (Store s = Stores.open(c, Clock.systemUTC())) {
            Instant periodEnd = Instant.now().plus(1, ChronoUnit.DAYS);
            for (int i = 0; i < 100; i++) {
                s.meters().add("IMSI:00101" + (1_000_000_000L + i), "r" + i, Map.of("bytes", 1L), periodEnd.plusSeconds(i))
                        .toCompletableFuture().get(5, TimeUnit.SECONDS);
            }
            InMemoryStore memory = (InMemoryStore) s;
            assertThat(memory.meterSubscriberCount()).isEqualTo(3);
            assertThat(memory.meterEvictionCount()).isEqualTo(100 - 3);
            assertThat(s.meters().get("IMSI:00101" + (1_000_000_000L + 99)).toCompletableFuture()
                    .get(5, TimeUnit.SECONDS)).isEqualTo(Map.of("bytes", 1L));
        }
    }

    @Test
    void ifUnreadableDefaultsToRefuseAndIsReadFromTheFileOrTheEnvironment() {
        assertThat(store("rest: {enabled: false}\n", Map.of()).snapshot().ifUnreadable())
                .isEqualTo(SnapshotConfig.IfUnreadable.REFUSE);
        assertThat(store("store: {snapshot: {ifUnreadable: start-empty}}\n", Map.of()).snapshot().ifUnreadable())
                .isEqualTo(SnapshotConfig.IfUnreadable.START_EMPTY);
        assertThat(store("rest: {enabled: false}\n", Map.of("PCRFD_STORE_SNAPSHOT_IF_UNREADABLE", "start-empty"))
                .snapshot().ifUnreadable()).isEqualTo(SnapshotConfig.IfUnreadable.START_EMPTY);
        assertThatThrownBy(() -> store("store: {snapshot: {ifUnreadable: ignore}}\n", Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("store.snapshot.ifUnreadable: expected one of refuse, start-empty, got 'ignore'");
    }

    @Test
    void aRedisClusterWithoutAHashTaggedPrefixStopsTheStartInOneLine() {
        StoreConfig c = store("store: {type: redis, redis: {uri: 'redis://127.0.0.1:1', cluster: true,"
                + " keyPrefix: 'pcrfd:'}}\n", Map.of());

        assertThatThrownBy(() -> Stores.open(c, Clock.systemUTC()))
                .isInstanceOf(io.pcrfd.pcrf.runtime.StartupException.class)
                .hasMessage("store.redis.keyPrefix: on Redis Cluster the key prefix must carry a hash tag, such as"
                        + " '{pcrfd}:', got 'pcrfd:'");
    }
}
