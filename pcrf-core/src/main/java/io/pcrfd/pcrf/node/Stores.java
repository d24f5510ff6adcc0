package io.pcrfd.pcrf.node;

import io.pcrfd.pcrf.config.RedisConfig;
import io.pcrfd.pcrf.config.StoreConfig;
import io.pcrfd.pcrf.runtime.StartupException;
import io.pcrfd.store.Store;
import io.pcrfd.store.StoreException;
import io.pcrfd.store.memory.InMemoryStore;
import io.pcrfd.store.memory.InMemoryStoreOptions;
import io.pcrfd.store.redis.RedisStore;
import io.pcrfd.store.redis.RedisStoreOptions;
import java.net.URI;
import java.time.Clock;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Opens the store the configuration names; a store that cannot open is a {@link StartupException}. */
final class Stores {
    /** Bounds the Origin-State-Id read from Redis at start (beyond its own command timeout). */
    private static final long ORIGIN_STATE_WAIT_SECONDS = 30;

    private Stores() {
    }

    static Store open(StoreConfig c, Clock clock) {
        return switch (c.type()) {
            case MEMORY -> memory(c, clock);
            case REDIS -> redis(c);
        };
    }

    /** What {@code describe()} says about the store: its kind (a Redis URI without its credentials). */
    static String describe(StoreConfig c) {
        if (c.type() == StoreConfig.Type.MEMORY) {
            return "memory";
        }
        return "redis " + withoutCredentials(c.redis().uri());
    }

    static InMemoryStoreOptions memoryOptions(StoreConfig c) {
        InMemoryStoreOptions options = InMemoryStoreOptions.DEFAULTS.withClosedMaxEntries(c.closedMaxEntries())
                .withClosedPerSubscriber(c.closedPerSubscriber()).withUsageMaxEntries(c.usageMaxEntries())
                .withMeterMaxSubscribers(c.meterMaxSubscribers());
        return c.snapshot().enabled() ? options.withSnapshotFile(c.snapshot().path()) : options;
    }

    static RedisStoreOptions redisOptions(StoreConfig store) {
        RedisConfig c = store.redis();
        return RedisStoreOptions.DEFAULTS.withUri(c.uri()).withKeyPrefix(c.keyPrefix())
                .withCommandTimeout(c.commandTimeout()).withClosedMaxEntries(store.closedMaxEntries())
                .withClosedPerSubscriber(store.closedPerSubscriber());
    }

    /**
     * The Origin-State-Id {@code originHost} announces: the one kept with the store's state, else
     * a fresh one ({@link OriginStateIds}).
     */
    static long originStateId(Store store, String originHost, Clock clock) {
        long fresh = OriginStateIds.fresh(clock);
        try {
            long id = store.originStateId(originHost, fresh).toCompletableFuture()
                    .get(ORIGIN_STATE_WAIT_SECONDS, TimeUnit.SECONDS);
            return OriginStateIds.announce(originHost, id, fresh);
        } catch (ExecutionException e) {
            throw new StartupException("cannot read this node's Origin-State-Id from the store: "
                    + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new StartupException("cannot read this node's Origin-State-Id from the store: no answer within "
                    + ORIGIN_STATE_WAIT_SECONDS + " s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StartupException("interrupted while reading this node's Origin-State-Id", e);
        }
    }

    private static Store memory(StoreConfig c, Clock clock) {
        InMemoryStoreOptions options = memoryOptions(c);
        return SnapshotStart.open(c.snapshot(), () -> InMemoryStore.open(options, clock));
    }

    private static Store redis(StoreConfig store) {
        RedisConfig c = store.redis();
        RedisStoreOptions options = redisOptions(store);
        try {
            return c.cluster() ? RedisStore.openCluster(options, c.seeds()) : RedisStore.open(options);
        } catch (IllegalArgumentException e) {
            throw new StartupException("store.redis.keyPrefix: " + e.getMessage(), e);
        } catch (StoreException e) {
            throw new StartupException("cannot connect to the Redis store at " + withoutCredentials(c.uri()) + ": "
                    + e.getMessage(), e);
        }
    }

    static String withoutCredentials(String uri) {
        try {
            URI u = URI.create(uri);
            return u.getHost() == null ? u.getScheme() + "://…" : u.getScheme() + "://" + u.getHost()
                    + (u.getPort() < 0 ? "" : ":" + u.getPort());
        } catch (IllegalArgumentException e) {
            return "(unparsable uri)";
        }
    }
}
