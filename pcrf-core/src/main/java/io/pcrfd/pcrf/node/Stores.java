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

/** Opens the store the configuration names; a store that cannot open is a {@link StartupException}. */
final class Stores {
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
        InMemoryStoreOptions options = InMemoryStoreOptions.DEFAULTS.withClosedMaxEntries(c.closedMaxEntries());
        return c.snapshot().enabled() ? options.withSnapshotFile(c.snapshot().path()) : options;
    }

    static RedisStoreOptions redisOptions(StoreConfig store) {
        RedisConfig c = store.redis();
        return RedisStoreOptions.DEFAULTS.withUri(c.uri()).withKeyPrefix(c.keyPrefix())
                .withCommandTimeout(c.commandTimeout()).withClosedMaxEntries(store.closedMaxEntries());
    }

    private static Store memory(StoreConfig c, Clock clock) {
        InMemoryStoreOptions options = memoryOptions(c);
        try {
            return InMemoryStore.open(options, clock);
        } catch (StoreException e) {
            throw new StartupException("cannot load the store snapshot " + c.snapshot().path() + ": "
                    + e.getMessage() + " (move it away to start empty)", e);
        }
    }

    private static Store redis(StoreConfig store) {
        RedisConfig c = store.redis();
        RedisStoreOptions options = redisOptions(store);
        try {
            return RedisStore.open(options);
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
