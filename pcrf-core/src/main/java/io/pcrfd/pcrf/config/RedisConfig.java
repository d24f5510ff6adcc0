package io.pcrfd.pcrf.config;

import java.time.Duration;

/**
 * The Redis server of a shared store.
 *
 * @param uri            a Lettuce URI ({@code redis://host:port/db}, {@code rediss://} for TLS)
 * @param keyPrefix      prepended to every key, so several deployments can share one Redis
 * @param commandTimeout a command not answered within this is failed (the request then gets
 *                       3002-like handling rather than hanging)
 */
public record RedisConfig(String uri, String keyPrefix, Duration commandTimeout) {
    public static final String DEFAULT_URI = "redis://127.0.0.1:6379";
    public static final String DEFAULT_KEY_PREFIX = "pcrfd:";
    public static final Duration DEFAULT_COMMAND_TIMEOUT = Duration.ofSeconds(2);

    public RedisConfig {
        Checks.notBlank(uri, "uri");
        InvalidValueException.check(uri.startsWith("redis://") || uri.startsWith("rediss://")
                || uri.startsWith("redis-socket://"), "uri", "must start with redis:// or rediss://, got '" + uri + "'");
        keyPrefix = keyPrefix == null ? "" : keyPrefix;
        Checks.positive(commandTimeout, "commandTimeout");
    }

    public static RedisConfig defaults() {
        return new RedisConfig(DEFAULT_URI, DEFAULT_KEY_PREFIX, DEFAULT_COMMAND_TIMEOUT);
    }
}
