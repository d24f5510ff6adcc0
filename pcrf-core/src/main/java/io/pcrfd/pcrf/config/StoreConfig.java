package io.pcrfd.pcrf.config;

import java.time.Duration;

/**
 * Where sessions, bindings, triggers and usage live (session-store/README.md).
 *
 * @param type            {@code memory} (one node) or {@code redis} (several nodes sharing state)
 * @param redis           the Redis connection, used when {@code type} is redis
 * @param snapshot        the in-memory store's snapshot written at graceful shutdown
 * @param closedRetention how long a closed session context is kept before removal
 * @param closedMaxEntries at most this many closed session contexts are kept (every finished
 *                        session leaves one); past it the oldest are dropped first, so memory
 *                        stays bounded whatever the session rate. 0 keeps none.
 * @param closedPerSubscriber at most this many closed session contexts are kept per subscriber
 *                        (trafficId, every APN); past it the subscriber's context updated longest
 *                        ago is dropped by the close that went over it, so one subscriber closing
 *                        sessions in a loop keeps its newest ones and each close stays cheap
 *                        (session-store/README.md). 1 to {@link #MAX_CLOSED_PER_SUBSCRIBER}.
 * @param usageMaxEntries the in-memory store keeps at most this many usage totals (one per owner
 *                        and Monitoring-Key, kept for the usage retention); past it a new key
 *                        evicts the totals updated about longest ago, whose owner's running total
 *                        then restarts from zero (counted and logged). At least
 *                        {@link #MIN_USAGE_MAX_ENTRIES}. No "unbounded" value: a table without a
 *                        bound fills the heap under a flood of fresh subscribers, and a bound far
 *                        above the subscriber count costs nothing until it is reached. Redis keeps
 *                        usage under its own {@code maxmemory} policy (session-store/README.md).
 * @param meterMaxSubscribers the in-memory store keeps the metering meters of at most this many
 *                        subscribers (one record each, kept until its metering period ends); past
 *                        it a new subscriber evicts the record whose period ends first, whose
 *                        meters then restart from zero (counted and logged). At least 1; no
 *                        "unbounded" value, as for {@code usageMaxEntries}. Redis keeps meters
 *                        under its own {@code maxmemory} policy.
 */
public record StoreConfig(Type type, RedisConfig redis, SnapshotConfig snapshot, Duration closedRetention,
                          int closedMaxEntries, int closedPerSubscriber, int usageMaxEntries,
                          int meterMaxSubscribers) {
    public static final Type DEFAULT_TYPE = Type.MEMORY;
    public static final Duration DEFAULT_CLOSED_RETENTION = Duration.ofHours(24);
    /**
     * 100,000: about 30 MiB of heap (measured ~300 B per closed context in the in-memory store,
     * see BENCHMARKS.md) and, up to about 1 session ending per second, the whole default day of
     * retention.
     */
    public static final int DEFAULT_CLOSED_MAX_ENTRIES = 100_000;
    /** 32: a day of a phone's PDN connections on a few APNs; the same as both stores' default. */
    public static final int DEFAULT_CLOSED_PER_SUBSCRIBER = 32;
    /**
     * 1,000,000: about 85 MB of heap at the bound (85 B per entry measured, session-store/README.md);
     * the same as the in-memory store's default.
     */
    public static final int DEFAULT_USAGE_MAX_ENTRIES = 1_000_000;
    /** 1,000,000 subscribers' meters: the same as the in-memory store's default. */
    public static final int DEFAULT_METER_MAX_SUBSCRIBERS = 1_000_000;
    /** 64: one entry for each of the in-memory usage table's 64 segments. */
    public static final int MIN_USAGE_MAX_ENTRIES = 64;
    /** 1,000: the most one page of the exposure API's subscriber-info shows ({@code limit}). */
    public static final int MAX_CLOSED_PER_SUBSCRIBER = 1_000;

    /** The store implementation. */
    public enum Type { MEMORY, REDIS }

    public StoreConfig {
        Checks.notNegative(closedRetention, "closedRetention");
        Checks.atLeast(closedMaxEntries, 0, "closedMaxEntries");
        Checks.between(closedPerSubscriber, 1, MAX_CLOSED_PER_SUBSCRIBER, "closedPerSubscriber");
        InvalidValueException.check(usageMaxEntries >= MIN_USAGE_MAX_ENTRIES, "usageMaxEntries",
                "must be at least " + MIN_USAGE_MAX_ENTRIES + " (one entry for each segment of the usage table), got "
                        + usageMaxEntries);
        Checks.atLeast(meterMaxSubscribers, 1, "meterMaxSubscribers");
    }

    public static StoreConfig defaults() {
        return new StoreConfig(DEFAULT_TYPE, RedisConfig.defaults(), SnapshotConfig.defaults(),
                DEFAULT_CLOSED_RETENTION, DEFAULT_CLOSED_MAX_ENTRIES, DEFAULT_CLOSED_PER_SUBSCRIBER,
                DEFAULT_USAGE_MAX_ENTRIES, DEFAULT_METER_MAX_SUBSCRIBERS);
    }
}
