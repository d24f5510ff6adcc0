package io.pcrfd.dra;

import io.pcrfd.pcrf.config.RedisConfig;
import io.pcrfd.pcrf.config.StoreConfig;
import io.pcrfd.pcrf.runtime.StartupException;
import io.pcrfd.store.DraStore;
import io.pcrfd.store.StoreException;
import io.pcrfd.store.memory.InMemoryDraStore;
import io.pcrfd.store.redis.RedisDraStore;
import io.pcrfd.store.redis.RedisStoreOptions;
import java.time.Clock;

/** Opens the DRA's binding store from the {@code store} section; one that cannot open is one line. */
final class DraStores {
    private DraStores() {
    }

    static DraStore open(StoreConfig c, Clock clock) {
        if (c.type() == StoreConfig.Type.MEMORY) {
            return new InMemoryDraStore(clock);
        }
        RedisConfig r = c.redis();
        try {
            RedisStoreOptions options = RedisStoreOptions.DEFAULTS.withUri(r.uri()).withKeyPrefix(r.keyPrefix())
                    .withCommandTimeout(r.commandTimeout());
            return r.cluster() ? RedisDraStore.openCluster(options, r.seeds()) : RedisDraStore.open(options);
        } catch (StoreException e) {
            throw new StartupException("cannot connect to the Redis binding store at " + hostOnly(r.uri()) + ": "
                    + e.getMessage(), e);
        }
    }

    static String describe(StoreConfig c) {
        if (c.type() == StoreConfig.Type.MEMORY) {
            return "memory";
        }
        return (c.redis().cluster() ? "redis cluster via " : "redis ") + hostOnly(c.redis().uri());
    }

    /** The URI without credentials ({@code redis://:secret@host} must not reach a log). */
    private static String hostOnly(String uri) {
        int at = uri.lastIndexOf('@');
        int scheme = uri.indexOf("://");
        return at < 0 ? uri : uri.substring(0, scheme + 3) + uri.substring(at + 1);
    }
}
