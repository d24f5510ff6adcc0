package io.pcrfd.store.redis;

import java.time.Duration;
import java.util.Objects;

/**
 * Options of the Redis store, immutable, with named defaults.
 *
 * @param uri               Redis URI, e.g. {@code redis://127.0.0.1:6379/0} (Lettuce syntax;
 *                          {@code rediss://} for TLS, {@code redis://:password@host})
 * @param keyPrefix         put in front of every key, so several deployments can share one
 *                          Redis; use a hash tag such as {@code {pcrfd}:} on Redis Cluster
 *                          (see the package documentation)
 * @param commandTimeout    every command fails with
 *                          {@link io.pcrfd.store.StoreTimeoutException} after this
 * @param connectTimeout    TCP connect timeout, for the first connection and reconnects
 * @param reconnectDelayMax upper bound of Lettuce's exponential reconnect back-off, so a
 *                          restarted Redis is used again within about this long
 * @param sweepInterval     how often {@link RedisStore#sweep()} tidies the sorted-set indexes
 *                          on a background thread; zero for never (then the caller sweeps)
 * @param closedMaxEntries  at most this many closed session contexts are kept under this key
 *                          prefix; past it a close drops the ones whose retention ends first
 *                          (several nodes sharing the prefix should use one value)
 * @param closedPerSubscriber at most this many closed session contexts are kept per trafficId
 *                          (at least 1); past it a close drops the subscriber's context
 *                          updated longest ago (the same bound as the in-memory store's)
 */
public record RedisStoreOptions(String uri, String keyPrefix, Duration commandTimeout,
                                Duration connectTimeout, Duration reconnectDelayMax,
                                Duration sweepInterval, int closedMaxEntries, int closedPerSubscriber) {

    public static final String DEFAULT_URI = "redis://127.0.0.1:6379";
    public static final String DEFAULT_KEY_PREFIX = "pcrfd:";
    public static final Duration DEFAULT_COMMAND_TIMEOUT = Duration.ofSeconds(1);
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(2);
    public static final Duration DEFAULT_RECONNECT_DELAY_MAX = Duration.ofSeconds(2);
    public static final Duration DEFAULT_SWEEP_INTERVAL = Duration.ofMinutes(1);

    /** The same cap as the in-memory store's. */
    public static final int DEFAULT_CLOSED_MAX_ENTRIES = 100_000;

    /** The same bound per subscriber as the in-memory store's. */
    public static final int DEFAULT_CLOSED_PER_SUBSCRIBER = 32;

    public static final RedisStoreOptions DEFAULTS = new RedisStoreOptions(DEFAULT_URI,
            DEFAULT_KEY_PREFIX, DEFAULT_COMMAND_TIMEOUT, DEFAULT_CONNECT_TIMEOUT,
            DEFAULT_RECONNECT_DELAY_MAX, DEFAULT_SWEEP_INTERVAL, DEFAULT_CLOSED_MAX_ENTRIES,
            DEFAULT_CLOSED_PER_SUBSCRIBER);

    public RedisStoreOptions {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(keyPrefix, "keyPrefix");
        requirePositive(commandTimeout, "commandTimeout");
        requirePositive(connectTimeout, "connectTimeout");
        requirePositive(reconnectDelayMax, "reconnectDelayMax");
        Objects.requireNonNull(sweepInterval, "sweepInterval");
        if (sweepInterval.isNegative()) {
            throw new IllegalArgumentException("sweepInterval must not be negative: " + sweepInterval);
        }
        if (closedMaxEntries < 0) {
            throw new IllegalArgumentException("closedMaxEntries must not be negative: " + closedMaxEntries);
        }
        if (closedPerSubscriber < 1) {
            throw new IllegalArgumentException("closedPerSubscriber must be at least 1: " + closedPerSubscriber);
        }
    }

    /** Options with the default bound per subscriber. */
    public RedisStoreOptions(String uri, String keyPrefix, Duration commandTimeout, Duration connectTimeout,
                             Duration reconnectDelayMax, Duration sweepInterval, int closedMaxEntries) {
        this(uri, keyPrefix, commandTimeout, connectTimeout, reconnectDelayMax, sweepInterval, closedMaxEntries,
                DEFAULT_CLOSED_PER_SUBSCRIBER);
    }

    /** Options with the default cap on closed contexts. */
    public RedisStoreOptions(String uri, String keyPrefix, Duration commandTimeout, Duration connectTimeout,
                             Duration reconnectDelayMax, Duration sweepInterval) {
        this(uri, keyPrefix, commandTimeout, connectTimeout, reconnectDelayMax, sweepInterval,
                DEFAULT_CLOSED_MAX_ENTRIES, DEFAULT_CLOSED_PER_SUBSCRIBER);
    }

    private static void requirePositive(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be positive: " + d);
        }
    }

    public RedisStoreOptions withUri(String v) {
        return new RedisStoreOptions(v, keyPrefix, commandTimeout, connectTimeout, reconnectDelayMax,
                sweepInterval, closedMaxEntries, closedPerSubscriber);
    }

    public RedisStoreOptions withKeyPrefix(String v) {
        return new RedisStoreOptions(uri, v, commandTimeout, connectTimeout, reconnectDelayMax,
                sweepInterval, closedMaxEntries, closedPerSubscriber);
    }

    public RedisStoreOptions withCommandTimeout(Duration v) {
        return new RedisStoreOptions(uri, keyPrefix, v, connectTimeout, reconnectDelayMax,
                sweepInterval, closedMaxEntries, closedPerSubscriber);
    }

    public RedisStoreOptions withConnectTimeout(Duration v) {
        return new RedisStoreOptions(uri, keyPrefix, commandTimeout, v, reconnectDelayMax,
                sweepInterval, closedMaxEntries, closedPerSubscriber);
    }

    public RedisStoreOptions withReconnectDelayMax(Duration v) {
        return new RedisStoreOptions(uri, keyPrefix, commandTimeout, connectTimeout, v,
                sweepInterval, closedMaxEntries, closedPerSubscriber);
    }

    public RedisStoreOptions withSweepInterval(Duration v) {
        return new RedisStoreOptions(uri, keyPrefix, commandTimeout, connectTimeout,
                reconnectDelayMax, v, closedMaxEntries, closedPerSubscriber);
    }

    public RedisStoreOptions withClosedMaxEntries(int v) {
        return new RedisStoreOptions(uri, keyPrefix, commandTimeout, connectTimeout,
                reconnectDelayMax, sweepInterval, v, closedPerSubscriber);
    }

    public RedisStoreOptions withClosedPerSubscriber(int v) {
        return new RedisStoreOptions(uri, keyPrefix, commandTimeout, connectTimeout,
                reconnectDelayMax, sweepInterval, closedMaxEntries, v);
    }
}
