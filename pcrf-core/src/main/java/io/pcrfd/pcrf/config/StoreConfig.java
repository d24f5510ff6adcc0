package io.pcrfd.pcrf.config;

import java.time.Duration;

/**
 * Where sessions, bindings, triggers and usage live (DESIGN.md "The store").
 *
 * @param type            {@code memory} (one node) or {@code redis} (several nodes sharing state)
 * @param redis           the Redis connection, used when {@code type} is redis
 * @param snapshot        the in-memory store's snapshot written at graceful shutdown
 * @param closedRetention how long a closed session context is kept (seed 004) before removal
 */
public record StoreConfig(Type type, RedisConfig redis, SnapshotConfig snapshot, Duration closedRetention) {
    public static final Type DEFAULT_TYPE = Type.MEMORY;
    public static final Duration DEFAULT_CLOSED_RETENTION = Duration.ofHours(24);

    /** The store implementation. */
    public enum Type { MEMORY, REDIS }

    public StoreConfig {
        Checks.notNegative(closedRetention, "closedRetention");
    }

    public static StoreConfig defaults() {
        return new StoreConfig(DEFAULT_TYPE, RedisConfig.defaults(), SnapshotConfig.defaults(),
                DEFAULT_CLOSED_RETENTION);
    }
}
