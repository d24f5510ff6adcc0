package io.pcrfd.store.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lettuce.core.cluster.SlotHash;
import io.pcrfd.store.Store;
import io.pcrfd.store.StoreContractTest;
import io.pcrfd.store.model.IpCanSession;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The whole-store contract on a private three-master Redis Cluster through Lettuce's cluster
 * client, under a hash-tagged key prefix ({@code {testN}:}): every key of one store is in one
 * slot, so every script runs there. Each test has a prefix (and so a slot) of its own.
 */
class RedisClusterStoreTest extends StoreContractTest implements LegacyUsageFoldContract {

    private static final AtomicInteger PREFIXES = new AtomicInteger();
    private static RedisClusterProcess cluster;
    private String prefix;

    @BeforeAll
    static void startCluster() {
        Assumptions.assumeTrue(RedisServerProcess.available(),
                "redis-server is not on PATH: Redis Cluster store tests skipped");
        cluster = RedisClusterProcess.start();
    }

    @AfterAll
    static void stopCluster() {
        if (cluster != null) {
            cluster.close();
        }
    }

    private static RedisStoreOptions options(String prefix) {
        return RedisStoreOptions.DEFAULTS.withKeyPrefix(prefix).withCommandTimeout(Duration.ofSeconds(5));
    }

    @Override
    protected Store openEmptyStore(Clock clock) {
        prefix = "{test" + PREFIXES.incrementAndGet() + "}:";
        return RedisStore.openCluster(options(prefix), cluster.seeds());
    }

    @Override
    protected Store openEmptyStore(Clock clock, int closedMaxEntries) {
        return RedisStore.openCluster(options("{capped" + PREFIXES.incrementAndGet() + "}:")
                .withClosedMaxEntries(closedMaxEntries), cluster.seeds());
    }

    @Override
    protected Store openEmptyStoreWithClosedPerSubscriber(Clock clock, int closedPerSubscriber) {
        return RedisStore.openCluster(options("{bound" + PREFIXES.incrementAndGet() + "}:")
                .withClosedPerSubscriber(closedPerSubscriber), cluster.seeds());
    }

    @Override
    public Store openSecondNode() {
        return RedisStore.openCluster(options(prefix), cluster.seeds());
    }

    @Override
    public boolean exists(String suffix) {
        return cluster.owner(SlotHash.getSlot(prefix + suffix)).sync().exists(prefix + suffix) > 0;
    }

    /**
     * Why the usage scripts may move a previous pcrfd's counters: under the hash-tagged prefix
     * they share the usage hash's slot, and so its node.
     */
    @Test
    void theOldUsageCountersShareTheSlotOfTheUsageHash() {
        String hash = prefix + "u:IMSI:001010000000123:mk-video";
        for (String suffix : new String[] {"", "/input", "/output", "/time"}) {
            assertThat(SlotHash.getSlot(prefix + "c:MONITORING_KEY:IMSI:001010000000123:mk-video" + suffix))
                    .isEqualTo(SlotHash.getSlot(hash)).isEqualTo(SlotHash.getSlot(prefix));
        }
    }

    @Test
    void aSessionsKeysAllLiveOnTheMasterOfThePrefixSlot() {
        IpCanSession s = await(sessions().create(session(1).build())).value();
        int slot = SlotHash.getSlot(prefix);

        RedisClusterProcess.Node owner = cluster.owner(slot);
        assertThat(owner.sync().clusterCountKeysInSlot(slot)).isGreaterThan(5L);
        assertThat(owner.sync().hget(prefix + "s:" + s.sessionId(), "v")).isEqualTo("1");
        assertThat(owner.sync().smembers(prefix + "addr4:10.0.0.1")).containsExactly(s.sessionId());
    }

    @Test
    void aPrefixWithoutAHashTagIsRefusedInOneLine() {
        assertThatThrownBy(() -> RedisStore.openCluster(options("pcrfd:"), cluster.seeds()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("on Redis Cluster the key prefix must carry a hash tag, such as '{pcrfd}:', got 'pcrfd:'");
    }
}
