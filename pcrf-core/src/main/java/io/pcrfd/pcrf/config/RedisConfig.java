package io.pcrfd.pcrf.config;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The Redis server of a shared store.
 *
 * @param uri            a Lettuce URI ({@code redis://host:port/db}, {@code rediss://} for TLS);
 *                       with {@code cluster}, one node of the cluster to start from
 * @param keyPrefix      prepended to every key, so several deployments can share one Redis
 * @param commandTimeout a command not answered within this is failed (the request then gets
 *                       3002-like handling rather than hanging)
 * @param cluster        {@code uri} (and {@code nodes}) name nodes of a Redis Cluster: Lettuce's
 *                       cluster client is used, which discovers the other nodes and follows
 *                       MOVED and ASK redirections (see session-store's README, "Redis Cluster")
 * @param nodes          further cluster nodes to start from when the {@code uri} one is down;
 *                       only with {@code cluster}
 */
public record RedisConfig(String uri, String keyPrefix, Duration commandTimeout, boolean cluster,
                          List<String> nodes) {
    public static final String DEFAULT_URI = "redis://127.0.0.1:6379";
    public static final String DEFAULT_KEY_PREFIX = "pcrfd:";
    public static final Duration DEFAULT_COMMAND_TIMEOUT = Duration.ofSeconds(2);
    public static final boolean DEFAULT_CLUSTER = false;

    public RedisConfig {
        checkUri(uri, "uri");
        keyPrefix = keyPrefix == null ? "" : keyPrefix;
        Checks.positive(commandTimeout, "commandTimeout");
        nodes = nodes == null ? List.of() : List.copyOf(nodes);
        for (int i = 0; i < nodes.size(); i++) {
            checkUri(nodes.get(i), "nodes[" + i + "]");
        }
        InvalidValueException.check(cluster || nodes.isEmpty(), "nodes",
                "lists Redis Cluster nodes; set cluster: true to use them");
    }

    private static void checkUri(String uri, String key) {
        Checks.notBlank(uri, key);
        InvalidValueException.check(uri.startsWith("redis://") || uri.startsWith("rediss://")
                || uri.startsWith("redis-socket://"), key, "must start with redis:// or rediss://, got '" + uri + "'");
    }

    public static RedisConfig defaults() {
        return new RedisConfig(DEFAULT_URI, DEFAULT_KEY_PREFIX, DEFAULT_COMMAND_TIMEOUT, DEFAULT_CLUSTER, List.of());
    }

    /** Where a cluster client starts: {@code uri}, then {@code nodes}. */
    public List<String> seeds() {
        ArrayList<String> all = new ArrayList<>(nodes.size() + 1);
        all.add(uri);
        all.addAll(nodes);
        return List.copyOf(all);
    }
}
