package io.pcrfd.store.redis;

import io.pcrfd.store.Store;
import io.pcrfd.store.StoreContractTest;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.utility.DockerImageName;

/**
 * The contract against the official {@code redis:7} image when a Docker engine is present
 * (skipped cleanly when it is not, as on machines without Docker).
 */
@Testcontainers(disabledWithoutDocker = true)
class RedisContainerStoreTest extends StoreContractTest {

    @Container
    private static final GenericContainer<?> REDIS =
            new GenericContainer<>(DockerImageName.parse("redis:7")).withExposedPorts(6379);

    private static final AtomicInteger PREFIXES = new AtomicInteger();

    @Override
    protected Store openEmptyStore(Clock clock) {
        String uri = "redis://" + REDIS.getHost() + ":" + REDIS.getMappedPort(6379);
        return RedisStore.open(RedisStoreOptions.DEFAULTS.withUri(uri)
                .withKeyPrefix("tc" + PREFIXES.incrementAndGet() + ":"));
    }

    @Override
    protected Store openEmptyStore(Clock clock, int closedMaxEntries) {
        String uri = "redis://" + REDIS.getHost() + ":" + REDIS.getMappedPort(6379);
        return RedisStore.open(RedisStoreOptions.DEFAULTS.withUri(uri)
                .withKeyPrefix("tc" + PREFIXES.incrementAndGet() + ":").withClosedMaxEntries(closedMaxEntries));
    }

    @Override
    protected Store openEmptyStoreWithClosedPerSubscriber(Clock clock, int closedPerSubscriber) {
        String uri = "redis://" + REDIS.getHost() + ":" + REDIS.getMappedPort(6379);
        return RedisStore.open(RedisStoreOptions.DEFAULTS.withUri(uri)
                .withKeyPrefix("tc" + PREFIXES.incrementAndGet() + ":").withClosedPerSubscriber(closedPerSubscriber));
    }
}
